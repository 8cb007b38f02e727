#include "TillWindow.h"

#include "CheckoutPage.h"
#include "CustomerDisplay.h"
#include "LoginPage.h"
#include "ReceiptOutput.h"
#include "SaleLinesModel.h"
#include "TerminalFixture.h"
#include "cards/CardReader.h"
#include "core/Pricing.h"
#include "printing/EscPos.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/StaffService.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class TillWindowTest : public TerminalTest
{
protected:
    int lineCount()
    {
        return window->checkoutPage()
            ->findChild<QTableView*>(QStringLiteral("lines"))
            ->model()
            ->rowCount();
    }
};

} // namespace

TEST_F(TillWindowTest, AWholeSaleByKeyboardAlone)
{
    logIn();
    ASSERT_TRUE(window->staff().has_value());
    ASSERT_TRUE(barcode()->hasFocus() || barcode()->isVisible());
    scan(QStringLiteral("6901000000017"));             // 500 dress at 全柜8折
    QTest::keyClicks(barcode(), QStringLiteral("2*")); // ×2 for the next item
    QTest::keyClick(barcode(), Qt::Key_Return);
    scan(QStringLiteral("6903000000015")); // 2 × 200 cream
    EXPECT_EQ(lineCount(), 2);
    // The member swipes: the magnetic reader types track 2 at machine speed.
    QTest::keyClicks(barcode(), QLatin1Char(';') + card + QLatin1Char('?'));
    QTest::keyClick(barcode(), Qt::Key_Return);
    QTest::qWait(120);
    EXPECT_TRUE(barcode()->text().isEmpty()) << barcode()->text().toStdString();
    ASSERT_TRUE(window->checkoutPage()->session()->member().has_value())
        << window->checkoutPage()->messageText().toStdString();
    EXPECT_EQ(window->checkoutPage()->session()->total().fen(), 35200 + 35200);
    EXPECT_TRUE(window->customerDisplay()->totalText().contains(QStringLiteral("704.00")));

    QTest::keyClick(barcode(), Qt::Key_F10);
    QWidget* payment = dialog();
    ASSERT_NE(payment, nullptr);
    QLineEdit* cash = field(payment, "cash");
    cash->selectAll();
    QTest::keyClicks(cash, QStringLiteral("800"));
    QTest::keyClick(cash, Qt::Key_Return);
    QCoreApplication::processEvents();

    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("good"));
    EXPECT_TRUE(window->checkoutPage()->messageText().contains(QStringLiteral("96.00")));
    EXPECT_TRUE(window->checkoutPage()->session()->isEmpty());
    const std::optional<Sale> sale =
        store.store().saleByReceipt(QStringLiteral("T01-20261118-0002"));
    ASSERT_TRUE(sale.has_value());
    EXPECT_EQ(sale->total().fen(), 70400);
    EXPECT_TRUE(sale->staffId.has_value());
    // The receipt went out as ESC/POS: read it back.
    EXPECT_TRUE(printed().contains(QStringLiteral("704.00")));
    EXPECT_TRUE(printed().contains(QStringLiteral("T01-20261118-0002")));
}

// Issue 13: F10 puts the total into cash; choosing WeChat Pay (F7) and typing
// the total there takes the amount over, so no false change is shown,
// recorded or printed.
TEST_F(TillWindowTest, WeChatPayAfterF10RecordsAndPrintsNoChange)
{
    logIn();
    scan(QStringLiteral("6901000000017")); // 400.00 at 全柜8折, no card
    QTest::keyClick(barcode(), Qt::Key_F10);
    QWidget* payment = dialog();
    ASSERT_NE(payment, nullptr);
    QTest::keyClick(field(payment, "cash"), Qt::Key_F7);
    QLineEdit* wechat = field(payment, "wechat");
    EXPECT_TRUE(wechat->hasFocus());
    EXPECT_EQ(wechat->text(), QStringLiteral("400.00"));
    EXPECT_TRUE(field(payment, "cash")->text().isEmpty());
    QTest::keyClicks(wechat, QStringLiteral("400")); // the total, typed over the selection
    auto* balance = payment->findChild<QLabel*>(QStringLiteral("balance"));
    ASSERT_NE(balance, nullptr);
    EXPECT_TRUE(balance->text().contains(QStringLiteral("0.00"))) << balance->text().toStdString();
    EXPECT_FALSE(balance->text().contains(QStringLiteral("400"))) << balance->text().toStdString();
    QTest::keyClick(wechat, Qt::Key_Return);
    QCoreApplication::processEvents();

    const std::optional<Sale> sale =
        store.store().saleByReceipt(QStringLiteral("T01-20261118-0002"));
    ASSERT_TRUE(sale.has_value()) << window->checkoutPage()->messageText().toStdString();
    ASSERT_EQ(sale->tenders.size(), 1);
    EXPECT_EQ(sale->tenders.first().kind, TenderKind::WeChatPay);
    EXPECT_EQ(sale->tenders.first().amount.fen(), 40000);
    EXPECT_TRUE(printed().contains(tenderKindName(TenderKind::WeChatPay)))
        << printed().toStdString();
    EXPECT_FALSE(printed().contains(QStringLiteral("Change"))) << printed().toStdString();
    EXPECT_FALSE(printed().contains(QStringLiteral("找零"))) << printed().toStdString();
    EXPECT_TRUE(window->checkoutPage()->changeText().contains(QStringLiteral("¥0.00")));
    EXPECT_TRUE(window->customerDisplay()->changeText().contains(QStringLiteral("¥0.00")));
}

// Part by card, the rest in cash with change: the change is what the cash
// handed over leaves, shown large at the till and to the customer until the
// next sale starts.
TEST_F(TillWindowTest, TheChangeStaysInSightUntilTheNextSale)
{
    logIn();
    scan(QStringLiteral("6901000000017")); // 400.00
    QTest::keyClick(barcode(), Qt::Key_F10);
    QWidget* payment = dialog();
    ASSERT_NE(payment, nullptr);
    QTest::keyClick(field(payment, "cash"), Qt::Key_F6);
    QTest::keyClicks(field(payment, "bankCard"), QStringLiteral("300"));
    EXPECT_EQ(field(payment, "cash")->text(), QStringLiteral("100.00")); // the rest, suggested
    QTest::keyClick(field(payment, "bankCard"), Qt::Key_F5);
    QTest::keyClicks(field(payment, "cash"), QStringLiteral("200")); // handed over
    QTest::keyClick(field(payment, "cash"), Qt::Key_Return);
    QCoreApplication::processEvents();

    const std::optional<Sale> sale =
        store.store().saleByReceipt(QStringLiteral("T01-20261118-0002"));
    ASSERT_TRUE(sale.has_value()) << window->checkoutPage()->messageText().toStdString();
    ASSERT_EQ(sale->tenders.size(), 2);
    EXPECT_EQ(sale->tenders.at(0).kind, TenderKind::BankCard);
    EXPECT_EQ(sale->tenders.at(0).amount.fen(), 30000);
    EXPECT_EQ(sale->tenders.at(1).kind, TenderKind::Cash);
    EXPECT_EQ(sale->tenders.at(1).amount.fen(), 10000);
    EXPECT_TRUE(window->checkoutPage()->changeText().contains(QStringLiteral("¥100.00")));
    EXPECT_TRUE(window->customerDisplay()->changeText().contains(QStringLiteral("¥100.00")));

    // A mistyped barcode does not start the next sale; its first item does.
    scan(QStringLiteral("6999999999999"));
    EXPECT_TRUE(window->checkoutPage()->changeText().contains(QStringLiteral("¥100.00")));
    EXPECT_TRUE(window->customerDisplay()->changeText().contains(QStringLiteral("¥100.00")));
    scan(QStringLiteral("6903000000015"));
    EXPECT_TRUE(window->checkoutPage()->changeText().isEmpty());
    EXPECT_TRUE(window->customerDisplay()->changeText().isEmpty());
    EXPECT_TRUE(window->customerDisplay()->totalText().contains(QStringLiteral("200.00")));
}

// Issue 13: "3*" typed and the scanner's barcode straight after it, in the
// same field before Enter, is one entry of three, not an unknown barcode.
TEST_F(TillWindowTest, AQuantityAndAScanAtOnceAreOneEntry)
{
    logIn();
    QTest::keyClicks(barcode(), QStringLiteral("3*"));
    scan(QStringLiteral("6903000000015")); // 200.00 cream, no card
    ASSERT_EQ(lineCount(), 1) << window->checkoutPage()->messageText().toStdString();
    EXPECT_EQ(window->checkoutPage()->session()->draft().lines.first().price.quantity, 3);
    EXPECT_EQ(window->checkoutPage()->session()->total().fen(), 60000);
    EXPECT_NE(window->checkoutPage()->messageTone(), QStringLiteral("error"));

    // The till reads BARCODE*2 as the command line does.
    scan(QStringLiteral("6901000000017*2"));
    EXPECT_EQ(lineCount(), 2);
    EXPECT_EQ(window->checkoutPage()->session()->draft().lines.last().price.quantity, 2);

    // "+5" is no quantity, 1000 is too many: refused, said so, nothing rung up.
    for (const QString& bad :
         {QStringLiteral("+5"), QStringLiteral("1000*"), QStringLiteral("1000*6903000000015")}) {
        QTest::keyClicks(barcode(), bad);
        QTest::qWait(120); // typed by a person: a '+' held as a track's start comes back
        QTest::keyClick(barcode(), Qt::Key_Return);
        EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("error"))
            << bad.toStdString();
        EXPECT_TRUE(window->checkoutPage()->messageText().contains(bad)) << bad.toStdString();
        EXPECT_EQ(lineCount(), 2) << bad.toStdString();
    }
    EXPECT_EQ(window->checkoutPage()->session()->total().fen(), 60000 + 80000);
}

TEST_F(TillWindowTest, AnUnknownBarcodeIsShownAndTheSaleGoesOn)
{
    logIn();
    scan(QStringLiteral("6901000000017"));
    scan(QStringLiteral("6999999999999"));
    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("error"));
    EXPECT_TRUE(window->checkoutPage()->messageText().contains(QStringLiteral("6999999999999")));
    EXPECT_EQ(lineCount(), 1);
    scan(QStringLiteral("6903000000015"));
    EXPECT_EQ(lineCount(), 2);
}

// Issue 14: one sale comes to at most 99,999,999.99 yuan. The scan that
// would take it over is refused in red and the sale on screen stays as it was.
TEST_F(TillWindowTest, AScanThatTakesTheSaleOverTheCeilingIsRefusedInRed)
{
    ASSERT_TRUE(
        CatalogueService(store.context())
            .importRows({{2, QStringLiteral("6906000000016"), QStringLiteral("天王表 珐琅孤品"),
                          QStringLiteral("钟表"), HighestListPrice, false}},
                        QStringLiteral("test"))
            .ok());
    logIn();
    scan(QStringLiteral("10*6906000000016"));
    ASSERT_EQ(lineCount(), 1) << window->checkoutPage()->messageText().toStdString();
    const Money atTheEdge = window->checkoutPage()->session()->total();
    EXPECT_EQ(atTheEdge.fen(), 9'999'999'990);

    for (const QString& over : {QStringLiteral("6906000000016"), QStringLiteral("6903000000015")}) {
        scan(over);
        EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("error"))
            << over.toStdString();
        EXPECT_TRUE(window->checkoutPage()->messageText().contains(HighestSaleTotal.toYuanString()))
            << window->checkoutPage()->messageText().toStdString();
        EXPECT_EQ(lineCount(), 1);
        EXPECT_EQ(window->checkoutPage()->session()->total(), atTheEdge);
    }
}

TEST_F(TillWindowTest, ABlockedCardIsRefusedInRed)
{
    MemberService desk(store.context());
    ASSERT_TRUE(desk.replaceCard(store.memberIdOfCard(card), idNumberFor(QDate(1985, 5, 20)),
                                 ReplacementReason::Lost)
                    .ok());
    logIn();
    scan(QStringLiteral("6901000000017"));
    emulated.tap(card);
    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("error"));
    EXPECT_FALSE(window->checkoutPage()->session()->member().has_value());
    EXPECT_EQ(window->checkoutPage()->session()->total().fen(), 40000);
}

TEST_F(TillWindowTest, VoidingALineNeedsAManagersPin)
{
    logIn();
    scan(QStringLiteral("6901000000017"));
    scan(QStringLiteral("6903000000015"));
    QTest::keyClick(barcode(), Qt::Key_Up);
    QTest::keyClick(barcode(), Qt::Key_F8);
    approveAsManager("1001", "1111"); // a cashier cannot approve
    QWidget* still = dialog();
    ASSERT_NE(still, nullptr);
    QTest::keyClick(still, Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_EQ(lineCount(), 2);

    QTest::keyClick(barcode(), Qt::Key_F8);
    approveAsManager();
    QCoreApplication::processEvents();
    EXPECT_EQ(lineCount(), 1);
    EXPECT_EQ(window->checkoutPage()->session()->draft().lines.first().barcode,
              QStringLiteral("6903000000015"));
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("void_line")), 1);
}

TEST_F(TillWindowTest, ASaleIsHeldAndResumed)
{
    logIn();
    scan(QStringLiteral("6901000000017"));
    QTest::keyClick(barcode(), Qt::Key_F3);
    EXPECT_EQ(lineCount(), 0);
    scan(QStringLiteral("6903000000015"));
    QTest::keyClick(barcode(), Qt::Key_F10);
    QWidget* payment = dialog();
    ASSERT_NE(payment, nullptr);
    QTest::keyClick(field(payment, "cash"), Qt::Key_Return);
    QCoreApplication::processEvents();
    QTest::keyClick(barcode(), Qt::Key_F3);
    QWidget* held = dialog();
    ASSERT_NE(held, nullptr);
    QTest::keyClick(held->findChild<QListWidget*>(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(lineCount(), 1);
    EXPECT_EQ(window->checkoutPage()->session()->total().fen(), 40000);
}

TEST_F(TillWindowTest, AReturnByReceiptBarcodeWithAManagersPin)
{
    logIn();
    emulated.tap(card);
    scan(QStringLiteral("6903000000015"));
    QTest::keyClick(barcode(), Qt::Key_F10);
    QTest::keyClick(field(dialog(), "cash"), Qt::Key_Return);
    QCoreApplication::processEvents();
    const QString receipt = QStringLiteral("T01-20261118-0002");
    ASSERT_TRUE(store.store().saleByReceipt(receipt).has_value());
    const std::int64_t before = store.store().pointsBalance(store.memberIdOfCard(card));

    QTest::keyClick(barcode(), Qt::Key_F12);
    QWidget* ret = dialog();
    ASSERT_NE(ret, nullptr);
    QLineEdit* number = ret->findChild<QLineEdit*>();
    QTest::keyClicks(number, receipt);
    QTest::keyClick(number, Qt::Key_Return);
    QTableView* lines = ret->findChild<QTableView*>();
    ASSERT_NE(lines, nullptr);
    QTest::keyClick(lines, Qt::Key_A);
    QTest::keyClick(lines, Qt::Key_Return);
    approveAsManager();
    QCoreApplication::processEvents();
    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("good"))
        << window->checkoutPage()->messageText().toStdString();
    EXPECT_TRUE(window->checkoutPage()->messageText().contains(QStringLiteral("176.00")));
    EXPECT_EQ(store.store().pointsBalance(store.memberIdOfCard(card)), before - 17);
    EXPECT_TRUE(printed().contains(QStringLiteral("176.00")));
}

TEST_F(TillWindowTest, AReturnThatTakesTheJoiningBelowGoldSaysTheMembershipIsCancelled)
{
    logIn();
    // Walk-in: 面霜 200 and 保温杯 100, then the customer joins with both.
    scan(QStringLiteral("6903000000015"));
    QTest::keyClick(barcode(), Qt::Key_F10);
    QTest::keyClick(field(dialog(), "cash"), Qt::Key_Return);
    QCoreApplication::processEvents();
    scan(QStringLiteral("6905000000013"));
    QTest::keyClick(barcode(), Qt::Key_F10);
    QTest::keyClick(field(dialog(), "cash"), Qt::Key_Return);
    QCoreApplication::processEvents();
    const QString cream = QStringLiteral("T01-20261118-0002");
    const QString flask = QStringLiteral("T01-20261118-0003");
    ASSERT_TRUE(store.store().saleByReceipt(flask).has_value());
    const QDate born(1990, 6, 1);
    const Result<JoinOutcome> joined =
        MemberService(store.context())
            .join({QStringLiteral("周芳"), QStringLiteral("F"), born, idNumberFor(born, 321),
                   QStringLiteral("13955556666"), QStringLiteral("杭州市"), QStringLiteral("美妆")},
                  {cream, flask});
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();

    QTest::keyClick(barcode(), Qt::Key_F12);
    QWidget* ret = dialog();
    ASSERT_NE(ret, nullptr);
    QLineEdit* number = ret->findChild<QLineEdit*>();
    QTest::keyClicks(number, flask);
    QTest::keyClick(number, Qt::Key_Return);
    QTableView* lines = ret->findChild<QTableView*>();
    QTest::keyClick(lines, Qt::Key_A);
    QTest::keyClick(lines, Qt::Key_Return);
    approveAsManager();
    QCoreApplication::processEvents();
    EXPECT_TRUE(
        window->checkoutPage()->messageText().contains(QStringLiteral("membership cancelled")))
        << window->checkoutPage()->messageText().toStdString();
    const QString slip = printed().replace(u'\n', u' ');
    EXPECT_TRUE(slip.contains(QStringLiteral("membership is cancelled"))) << slip.toStdString();
    EXPECT_FALSE(slip.contains(QStringLiteral("Tier"))) << "no tier for a cancelled membership";
    EXPECT_TRUE(store.store().member(joined->view.member.id)->membershipCancelledAt.has_value());
}

TEST_F(TillWindowTest, ACashierGetsTheCheckoutOnly)
{
    logIn();
    EXPECT_EQ(window->openAreas(), QList<Area>{Area::Checkout});
    EXPECT_EQ(window->currentArea(), Area::Checkout);
    EXPECT_FALSE(window->findChild<QTabBar*>(QStringLiteral("areas"))->isVisible());
    QTest::keyClick(barcode(), Qt::Key_4, Qt::ControlModifier); // the manager's office
    EXPECT_EQ(window->currentArea(), Area::Checkout);
    EXPECT_FALSE(window->switchTo(Area::ManagerOffice));
}

TEST_F(TillWindowTest, LogOutWaitsForTheSaleOnScreen)
{
    logIn();
    scan(QStringLiteral("6901000000017"));
    QTest::keyClick(barcode(), Qt::Key_Q, Qt::ControlModifier);
    ASSERT_TRUE(window->staff().has_value());
    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("error"));
    QTest::keyClick(barcode(), Qt::Key_F3); // held, so nothing is lost
    QTest::keyClick(barcode(), Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(window->staff().has_value());
    EXPECT_FALSE(window->currentArea().has_value());
    // The next cashier finds the held sale.
    logIn();
    ASSERT_EQ(window->currentArea(), Area::Checkout);
    QTest::keyClick(barcode(), Qt::Key_F3);
    QWidget* held = dialog();
    ASSERT_NE(held, nullptr);
    QTest::keyClick(held->findChild<QListWidget*>(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(lineCount(), 1);
}

TEST(SaleLinesModel, PassesTheModelTester)
{
    SaleLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    SaleLine line;
    line.name = QStringLiteral("歌莉娅 真丝连衣裙");
    line.counterName = QStringLiteral("女装");
    line.price =
        priceLine(Money::fromYuan(500), 1, Rate::fromScaled(8000), Rate::fromScaled(8800), false);
    model.setLines({line, line});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, SaleLinesModel::Amount)).toString(),
              QStringLiteral("352.00"));
    EXPECT_EQ(SaleLinesModel::zheText(Rate::fromScaled(8800)), QStringLiteral("8.8 zhe"));
    EXPECT_EQ(SaleLinesModel::zheText(Rate::fromScaled(8000)), QStringLiteral("8 zhe"));
    EXPECT_TRUE(SaleLinesModel::zheText(Rate::one()).isEmpty());
}

TEST_F(TillWindowTest, AnIdleTerminalLocksAndTheSamePinContinues)
{
    logIn();
    scan(QStringLiteral("6901000000017"));
    window->lock();
    EXPECT_TRUE(window->isLocked());
    EXPECT_FALSE(window->currentArea().has_value());
    EXPECT_FALSE(window->switchTo(Area::Checkout)); // Ctrl+1 does not open it
    window->logOut();                               // nor does Ctrl+Q
    EXPECT_TRUE(window->isLocked());
    // The staff number is there already: the PIN is all it takes.
    QLineEdit* pin = field(window->loginPage(), "pin");
    QTest::keyClicks(pin, QStringLiteral("1111"));
    QTest::keyClick(pin, Qt::Key_Return);
    EXPECT_FALSE(window->isLocked());
    EXPECT_EQ(window->currentArea(), Area::Checkout);
    EXPECT_EQ(lineCount(), 1);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("lock")), 1);
}

TEST_F(TillWindowTest, AnotherCashierTakingOverALockedTillFindsTheSaleOnHold)
{
    logIn();
    scan(QStringLiteral("6901000000017"));
    window->lock();
    field(window->loginPage(), "staffNumber")->clear();
    logIn("9001", "9999");
    ASSERT_EQ(window->staff()->number, QStringLiteral("9001"));
    EXPECT_EQ(lineCount(), 0);
    QTest::keyClick(barcode(), Qt::Key_F3);
    QWidget* held = dialog();
    ASSERT_NE(held, nullptr);
    QTest::keyClick(held->findChild<QListWidget*>(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(lineCount(), 1);
}

TEST_F(TillWindowTest, TheTerminalLocksItselfAfterTheIdleTime)
{
    till->idleLock = std::chrono::milliseconds(60);
    window = std::make_unique<TillWindow>(*till, QList<CardReader*>{&emulated});
    window->show();
    logIn();
    EXPECT_FALSE(window->isLocked());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->isLocked(); }, 5000));
}

TEST(TillLanguage, QtsOwnButtonsAreInChineseToo)
{
    ASSERT_TRUE(TillWindow::installLanguage(QStringLiteral("zh_CN")));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    ASSERT_TRUE(TillWindow::installLanguage(QStringLiteral("en")));
    QDialogButtonBox english(QDialogButtonBox::Ok);
    EXPECT_EQ(english.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
}
