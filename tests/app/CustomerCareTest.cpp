// Customer care driven by key events on the real window: a clerk's morning
// of calls, the member file, the lists, the messages and the feedback.

#include "ApprovalDialog.h"
#include "CallDialog.h"
#include "CareModels.h"
#include "CheckoutPage.h"
#include "CustomerCarePage.h"
#include "LoginPage.h"
#include "MemberFileDialog.h"
#include "PointsAdjustDialog.h"
#include "ReceiptOutput.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "services/StaffService.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

// Today is 18 November 2026. One member bought 500 yuan a week ago (a
// product-use call is due), one has a card that lapsed this month and has not bought for
// a year (a dormant call), one has a birthday (a birthday call).
class CustomerCareWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store.seedCatalogue();
        at(QDate(2025, 11, 1));
        lapsedCard = store.seedMember(idNumberFor(QDate(1970, 1, 1)), QDate(1970, 1, 1), 300);
        at(QDate(2026, 11, 11));
        weekAgoCard = store.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20), 500);
        at(QDate(2026, 6, 1));
        birthdayCard = store.seedMember(idNumberFor(QDate(1990, 11, 18)), QDate(1990, 11, 18), 300);
        at(QDate(2026, 11, 18), QTime(9, 0));
        StaffService staff(store.context());
        ASSERT_TRUE(staff
                        .addStaff(QStringLiteral("2001"), QStringLiteral("陈静"),
                                  StaffRole::ServiceDesk, QStringLiteral("2222"))
                        .ok());
        ASSERT_TRUE(staff
                        .addStaff(QStringLiteral("1001"), QStringLiteral("王丽"),
                                  StaffRole::Cashier, QStringLiteral("1111"))
                        .ok());
        printer.kind = PrinterSettings::Kind::None;
        receipts =
            std::make_unique<ReceiptOutput>(printer, store.context(), QStringLiteral("测试百货"));
        till = std::make_unique<TillContext>(TillContext{store.context(), *receipts});
        window = std::make_unique<TillWindow>(*till, QList<CardReader*>{&emulated});
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    void at(QDate day, QTime time = QTime(10, 0)) { store.clock().set(QDateTime(day, time)); }

    // Chinese comes from the input method, as a committed string.
    static void commit(QWidget* target, const QString& text)
    {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(target, &event);
    }

    QLineEdit* field(QWidget* in, const char* name)
    {
        return in->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    void logIn(const char* number = "2001", const char* pin = "2222")
    {
        QTest::keyClicks(field(window->loginPage(), "staffNumber"), QString::fromLatin1(number));
        QTest::keyClick(field(window->loginPage(), "staffNumber"), Qt::Key_Return);
        QTest::keyClicks(field(window->loginPage(), "pin"), QString::fromLatin1(pin));
        QTest::keyClick(field(window->loginPage(), "pin"), Qt::Key_Return);
        // The desk opens at its counter; customer care is Ctrl+3.
        if (window->currentArea() != Area::CustomerCare)
            QTest::keyClick(window->focusWidget(), Qt::Key_3, Qt::ControlModifier);
    }

    CustomerCarePage* care()
    {
        return qobject_cast<CustomerCarePage*>(window->workspace(Area::CustomerCare));
    }
    QTableView* table(const char* name)
    {
        return care()->findChild<QTableView*>(QString::fromLatin1(name));
    }
    QWidget* dialog()
    {
        QCoreApplication::processEvents();
        return QApplication::activeModalWidget();
    }
    Id memberOf(const QString& card) { return store.memberIdOfCard(card); }

    TestStore store;
    QString lapsedCard;
    QString weekAgoCard;
    QString birthdayCard;
    PrinterSettings printer;
    std::unique_ptr<ReceiptOutput> receipts;
    std::unique_ptr<TillContext> till;
    EmulatedCardReader emulated;
    std::unique_ptr<TillWindow> window;
};

} // namespace

TEST_F(CustomerCareWindow, AClerksMorningOfCallsByKeyboardAlone)
{
    logIn();
    ASSERT_EQ(window->currentArea(), Area::CustomerCare);
    EXPECT_EQ(care()->section(), CustomerCarePage::Calls);
    // Today: the birthday call in the morning, then the day's calls.
    const QList<CallView> calls = care()->calls().calls();
    ASSERT_EQ(calls.size(), 3);
    EXPECT_EQ(calls.at(0).call.kind, CallKind::Birthday);
    EXPECT_EQ(calls.at(0).call.window.text(), QStringLiteral("09:00-11:00"));
    EXPECT_EQ(calls.at(1).call.kind, CallKind::Dormant);
    EXPECT_EQ(calls.at(1).member.id, memberOf(lapsedCard));
    EXPECT_EQ(calls.at(2).call.kind, CallKind::ProductUse);
    EXPECT_EQ(calls.at(2).member.id, memberOf(weekAgoCard));

    QTableView* callTable = table("callTable");
    ASSERT_TRUE(callTable->hasFocus());
    QTest::keyClick(callTable, Qt::Key_Down);
    QTest::keyClick(callTable, Qt::Key_Down);
    QTest::keyClick(callTable, Qt::Key_Return);
    QWidget* call = dialog();
    ASSERT_NE(qobject_cast<CallDialog*>(call), nullptr);
    // The clerk sees the number to dial, whole.
    bool dialShown = false;
    for (const QLabel* l : call->findChildren<QLabel*>())
        dialShown = dialShown || l->text() == store.store().member(memberOf(weekAgoCard))->mobile;
    EXPECT_TRUE(dialShown);
    auto* outcome = call->findChild<QComboBox*>(QStringLiteral("outcome"));
    ASSERT_TRUE(outcome->hasFocus());
    EXPECT_EQ(outcome->currentData().toString(), QStringLiteral("reached"));
    QTest::keyClick(outcome, Qt::Key_Tab);
    auto* satisfaction = call->findChild<QComboBox*>(QStringLiteral("satisfaction"));
    ASSERT_TRUE(satisfaction->hasFocus());
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(satisfaction, Qt::Key_Down);
    EXPECT_EQ(satisfaction->currentData().toInt(), 4);
    QTest::keyClick(satisfaction, Qt::Key_Tab);
    auto* suggestions = call->findChild<QPlainTextEdit*>(QStringLiteral("suggestions"));
    ASSERT_TRUE(suggestions->hasFocus());
    commit(suggestions, QStringLiteral("希望周末延长营业时间"));
    QTest::keyClick(suggestions, Qt::Key_F10);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog(), nullptr) << "the dialog closes once logged";

    const std::optional<FollowUpCall> stored = store.store().call(calls.at(2).call.id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->outcome, CallOutcome::Reached);
    EXPECT_EQ(stored->satisfaction, 4);
    EXPECT_EQ(stored->suggestions, QStringLiteral("希望周末延长营业时间"));
    EXPECT_EQ(care()->messageTone(), QStringLiteral("good"));
    EXPECT_EQ(care()->calls().data(care()->calls().index(2, CallListModel::Outcome)).toString(),
              QStringLiteral("Reached · 4/5"));
}

TEST_F(CustomerCareWindow, AnUnfinishedCallStaysOpenAndNothingIsLogged)
{
    logIn();
    QTest::keyClick(table("callTable"), Qt::Key_Return);
    QWidget* call = dialog();
    ASSERT_NE(call, nullptr);
    const QStringList before = store.snapshot();
    QTest::keyClick(call, Qt::Key_F10); // reached, but no satisfaction chosen
    QCoreApplication::processEvents();
    ASSERT_EQ(dialog(), call);
    EXPECT_TRUE(qobject_cast<CallDialog*>(call)->messageText().contains(QStringLiteral("1")));
    EXPECT_EQ(store.snapshot(), before);
    // "No answer" needs no satisfaction and greys it out.
    auto* outcome = call->findChild<QComboBox*>(QStringLiteral("outcome"));
    QTest::keyClick(outcome, Qt::Key_Down);
    EXPECT_EQ(outcome->currentData().toString(), QStringLiteral("no_answer"));
    EXPECT_FALSE(call->findChild<QComboBox*>(QStringLiteral("satisfaction"))->isEnabled());
    QTest::keyClick(call, Qt::Key_F10);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("call_log")), 1);
}

TEST_F(CustomerCareWindow, TheMemberFileOpensIsLoggedEditsAndSaves)
{
    logIn();
    QTableView* callTable = table("callTable");
    QTest::keyClick(callTable, Qt::Key_Down);
    QTest::keyClick(callTable, Qt::Key_Down);
    QTest::keyClick(callTable, Qt::Key_F11);
    auto* file = qobject_cast<MemberFileDialog*>(dialog());
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(file->file().view.member.id, memberOf(weekAgoCard));
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("member_file_read")), 1);
    // Masked in the file.
    const QString mobile = store.store().member(memberOf(weekAgoCard))->mobile;
    for (const QLabel* l : file->findChildren<QLabel*>())
        EXPECT_FALSE(l->text().contains(mobile)) << l->objectName().toStdString();

    QLineEdit* name = field(file, "name");
    ASSERT_TRUE(name->hasFocus());
    // Enter walks down the form: name, new mobile, address, category, e-mail, sizes.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget(), field(file, "sizes"));
    commit(field(file, "sizes"), QStringLiteral("上衣L 鞋39"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    commit(field(file, "job"), QStringLiteral("护士"));
    file->findChild<QCheckBox*>(QStringLiteral("smsOptOut"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10);
    EXPECT_EQ(file->messageTone(), QStringLiteral("good")) << file->messageText().toStdString();
    const MemberProfile profile = store.store().memberProfile(memberOf(weekAgoCard)).value();
    EXPECT_EQ(profile.sizes, QStringLiteral("上衣L 鞋39"));
    EXPECT_EQ(profile.job, QStringLiteral("护士"));
    EXPECT_TRUE(profile.smsOptOut);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("member_file_edit")), 1);

    // A wrong new mobile is refused on screen and nothing changes.
    const QStringList before = store.snapshot();
    QTest::keyClicks(field(file, "newMobile"), QStringLiteral("12345"));
    QTest::keyClick(field(file, "newMobile"), Qt::Key_F10);
    EXPECT_EQ(file->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(store.snapshot(), before);
    QTest::keyClick(file, Qt::Key_Escape);
    EXPECT_EQ(dialog(), nullptr);
}

TEST_F(CustomerCareWindow, ASwipedLapsedCardOpensTheFileAndF8RevivesIt)
{
    logIn();
    const Id member = memberOf(lapsedCard);
    const std::int64_t balance = store.store().pointsBalance(member);
    emulated.tap(lapsedCard);
    auto* file = qobject_cast<MemberFileDialog*>(dialog());
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->file().lapse.lapsed);
    QTest::keyClick(field(file, "name"), Qt::Key_F8);
    EXPECT_EQ(file->messageTone(), QStringLiteral("good")) << file->messageText().toStdString();
    EXPECT_FALSE(file->file().lapse.lapsed);
    EXPECT_EQ(store.store().currentCard(member)->status, CardStatus::Active);
    EXPECT_EQ(store.store().pointsBalance(member), balance);
    // Once revived, F8 again is refused and changes nothing.
    const QStringList before = store.snapshot();
    QTest::keyClick(field(file, "name"), Qt::Key_F8);
    EXPECT_EQ(file->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(store.snapshot(), before);
}

TEST_F(CustomerCareWindow, EachSectionIsAKeyAway)
{
    logIn();
    QTest::keyClick(table("callTable"), Qt::Key_F3);
    EXPECT_EQ(care()->section(), CustomerCarePage::Messages);
    ASSERT_EQ(care()->messages().rowCount(), 1); // the birthday greeting
    EXPECT_EQ(care()->messages().messages().first().memberId, memberOf(birthdayCard));

    QTest::keyClick(table("messageTable"), Qt::Key_F4);
    EXPECT_EQ(care()->section(), CustomerCarePage::Lists);
    // Dormant for 60 days: the lapsed card's member and the birthday member.
    EXPECT_EQ(care()->dormant().rowCount(), 2);
    EXPECT_EQ(care()->lapsing().rowCount(), 0);
    auto* days = care()->findChild<QSpinBox*>(QStringLiteral("lapsingDays"));
    ASSERT_NE(days, nullptr);
    days->setValue(200); // the birthday member's card lapses on 2027-06-01
    EXPECT_EQ(care()->lapsing().rowCount(), 1);

    QTest::keyClick(table("dormantTable"), Qt::Key_F5);
    EXPECT_EQ(care()->section(), CustomerCarePage::Classes);
    EXPECT_EQ(care()->classes().rowCount(), 0);
    QTest::keyClick(table("classTable"), Qt::Key_F9); // classify now
    EXPECT_EQ(care()->classes().rowCount(), 3);
    auto* classFilter = care()->findChild<QComboBox*>(QStringLiteral("classFilter"));
    classFilter->setCurrentIndex(classFilter->findData(QStringLiteral("A")));
    EXPECT_EQ(care()->classes().rowCount(), 0);

    QTest::keyClick(table("classTable"), Qt::Key_F6);
    EXPECT_EQ(care()->section(), CustomerCarePage::Feedback);
    EXPECT_EQ(care()->feedbackSeason().code(), QStringLiteral("2026-09"));
    EXPECT_TRUE(care()->feedbackText().contains(QStringLiteral("2026-05-01")));
    QTest::keyClick(care()->findChild<QWidget*>(QStringLiteral("feedback")), Qt::Key_PageDown);
    EXPECT_EQ(care()->feedbackSeason().code(), QStringLiteral("2026-12"));
    EXPECT_TRUE(care()->feedbackText().contains(QStringLiteral("3 calls planned")));

    QTest::keyClick(care()->findChild<QWidget*>(QStringLiteral("feedback")), Qt::Key_F2);
    EXPECT_EQ(care()->section(), CustomerCarePage::Calls);
}

TEST_F(CustomerCareWindow, TheDaysMessagesAreExportedForTheGateway)
{
    logIn();
    QTest::keyClick(table("callTable"), Qt::Key_F3);
    QTest::keyClick(table("messageTable"), Qt::Key_F9);
    auto* ask = qobject_cast<QInputDialog*>(dialog());
    ASSERT_NE(ask, nullptr);
    const QString path = store.database().filePath(QStringLiteral("sms/out.csv"));
    auto* line = ask->findChild<QLineEdit*>();
    line->selectAll();
    QTest::keyClicks(line, path);
    QTest::keyClick(line, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(care()->messageTone(), QStringLiteral("good")) << care()->messageText().toStdString();
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_EQ(care()->messages().messages().first().status, OutboxStatus::Exported);
}

TEST_F(CustomerCareWindow, ACashierNeverReachesCustomerCare)
{
    logIn("1001", "1111");
    EXPECT_EQ(window->openAreas(), QList<Area>{Area::Checkout});
    QTest::keyClick(window->checkoutPage()->findChild<QLineEdit*>(QStringLiteral("barcode")),
                    Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window->currentArea(), Area::Checkout);
    EXPECT_FALSE(window->switchTo(Area::CustomerCare));
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("member_file_read")), 0);
}

TEST(CareModels, PassTheModelTester)
{
    CallListModel calls;
    QAbstractItemModelTester callTester(&calls,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    CallView v;
    v.member.name = QStringLiteral("王秀英");
    v.call.kind = CallKind::Dormant;
    v.call.window = preferredWindow(CallWindow::Noon);
    v.call.outcome = CallOutcome::Reached;
    v.call.satisfaction = 5;
    calls.setCalls({v, v});
    EXPECT_EQ(calls.rowCount(), 2);
    EXPECT_EQ(calls.data(calls.index(0, CallListModel::Window)).toString(),
              QStringLiteral("12:30-13:00"));
    EXPECT_EQ(calls.data(calls.index(0, CallListModel::Outcome)).toString(),
              QStringLiteral("Reached · 5/5"));

    CareMemberModel members({CareMemberModel::Name, CareMemberModel::Spend});
    QAbstractItemModelTester memberTester(&members,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    MemberRow row;
    row.name = QStringLiteral("李建国");
    row.spend = Money::fromFen(123456);
    members.setRows({row});
    EXPECT_EQ(members.columnCount(), 2);
    EXPECT_EQ(members.data(members.index(0, 1)).toString(), QStringLiteral("1234.56"));

    OutboxModel outbox;
    QAbstractItemModelTester outboxTester(&outbox,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    OutboxMessage m;
    m.memberId = 7;
    m.mobile = QStringLiteral("13912345678");
    m.occasion = QStringLiteral("mid_autumn+national_day");
    outbox.setMessages({m}, {{7, QStringLiteral("王秀英")}});
    EXPECT_EQ(outbox.data(outbox.index(0, OutboxModel::Mobile)).toString(),
              QStringLiteral("139****5678"));
    EXPECT_EQ(outbox.data(outbox.index(0, OutboxModel::Member)).toString(),
              QStringLiteral("王秀英"));

    PurchaseListModel purchases;
    QAbstractItemModelTester purchaseTester(&purchases,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    Sale sale;
    sale.receiptNo = QStringLiteral("T01-20261118-0001");
    SaleLine line;
    line.name = QStringLiteral("清仓 保温杯");
    line.price = priceLine(Money::fromYuan(100), 2, Rate::one(), Rate::one(), true);
    line.returnedQuantity = 1;
    sale.lines << line;
    purchases.setPurchases({sale});
    EXPECT_EQ(purchases.data(purchases.index(0, PurchaseListModel::Paid)).toString(),
              QStringLiteral("200.00"));
    EXPECT_EQ(purchases.data(purchases.index(0, PurchaseListModel::Kept)).toString(),
              QStringLiteral("100.00"));
}

TEST_F(CustomerCareWindow, TheFileAdjustsPointsExportsAndErasesWithAManagersApproval)
{
    ASSERT_TRUE(StaffService(store.context())
                    .addStaff(QStringLiteral("9001"), QStringLiteral("李强"), StaffRole::Manager,
                              QStringLiteral("9999"))
                    .ok());
    logIn();
    const Id member = memberOf(weekAgoCard);
    const std::int64_t balance = store.store().pointsBalance(member);
    const std::int64_t lifetime = store.store().pointsLifetime(member);
    emulated.tap(weekAgoCard);
    auto* file = qobject_cast<MemberFileDialog*>(dialog());
    ASSERT_NE(file, nullptr);
    auto approve = [&](const char* pin) {
        auto* approval = qobject_cast<ApprovalDialog*>(dialog());
        ASSERT_NE(approval, nullptr);
        QTest::keyClicks(field(approval, "managerNumber"), QStringLiteral("9001"));
        QTest::keyClick(field(approval, "managerNumber"), Qt::Key_Return);
        QTest::keyClicks(field(approval, "pin"), QString::fromLatin1(pin));
        QTest::keyClick(field(approval, "pin"), Qt::Key_Return);
    };

    // F6: 500 points back for a receipt the till missed, approved on the spot.
    QTest::keyClick(field(file, "name"), Qt::Key_F6);
    auto* adjust = qobject_cast<PointsAdjustDialog*>(dialog());
    ASSERT_NE(adjust, nullptr);
    auto* points = adjust->findChild<QSpinBox*>(QStringLiteral("points"));
    ASSERT_TRUE(points->hasFocus());
    QTest::keyClick(points, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(points, QStringLiteral("500"));
    QTest::keyClick(points, Qt::Key_Return);
    ASSERT_TRUE(field(adjust, "reason")->hasFocus());
    commit(field(adjust, "reason"), QStringLiteral("补登小票 T01-0042"));
    QTest::keyClick(field(adjust, "reason"), Qt::Key_Return);
    approve("0000"); // a wrong PIN: nothing happens
    EXPECT_EQ(store.store().pointsBalance(member), balance);
    QTest::keyClick(dialog(), Qt::Key_Escape);
    QTest::keyClick(field(adjust, "reason"), Qt::Key_Return);
    approve("9999");
    EXPECT_EQ(dialog(), file) << file->messageText().toStdString();
    EXPECT_EQ(file->messageTone(), QStringLiteral("good")) << file->messageText().toStdString();
    EXPECT_EQ(store.store().pointsBalance(member), balance + 500);
    EXPECT_EQ(store.store().pointsLifetime(member), lifetime);
    EXPECT_EQ(file->file().view.balance, balance + 500);

    // F7: the member's own copy, into the export folder.
    QTemporaryDir folder;
    file->setExportFolder(folder.path());
    QTest::keyClick(field(file, "name"), Qt::Key_F7);
    EXPECT_EQ(file->messageTone(), QStringLiteral("good")) << file->messageText().toStdString();
    const QStringList written = QDir(folder.path()).entryList(QDir::Files);
    ASSERT_EQ(written.size(), 1);
    QFile copy(folder.filePath(written.first()));
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    const QString mobile = store.store().member(member)->mobile;
    EXPECT_TRUE(copy.readAll().contains(mobile.toUtf8()));

    // F9: erased, with a manager's approval; the file shows what is left.
    QTest::keyClick(field(file, "name"), Qt::Key_F9);
    approve("9999");
    EXPECT_EQ(file->messageTone(), QStringLiteral("good")) << file->messageText().toStdString();
    EXPECT_TRUE(store.store().member(member)->erasedAt.has_value());
    EXPECT_TRUE(file->file().view.member.erasedAt.has_value());
    EXPECT_EQ(store.store().pointsBalance(member), 0);
    EXPECT_EQ(store.store().currentCard(member)->status, CardStatus::Blocked);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("member_erase")), 2); // asked, done
}
