// The service desk driven by keys: joining with today's receipts and writing
// the card, replacing a lost card, the diamond gift, on the emulated reader.

#include "CardWriteDialog.h"
#include "CheckoutPage.h"
#include "MemberListModel.h"
#include "ServiceDeskPage.h"
#include "TerminalFixture.h"
#include "cards/NfcCardReader.h"
#include "services/SaleService.h"
#include "storage/SqlConnection.h"
#include "support/IssuedCards.h"
#include "support/Pn532Emulator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QTabBar>
#include <QTest>

using namespace viptill;
using namespace viptill::test;

namespace {

class ServiceDeskTest : public TerminalTest
{
protected:
    ServiceDeskPage* desk()
    {
        return static_cast<ServiceDeskPage*>(window->workspace(Area::ServiceDesk));
    }
    QLineEdit* search() { return field(desk(), "search"); }

    QString walkIn(const char* barcode, std::int64_t qty = 1)
    {
        SaleService tills(store.context());
        const Result<Receipt> r =
            tills.sell({std::nullopt, {{QString::fromLatin1(barcode), qty}}, {}});
        EXPECT_TRUE(r.ok());
        return r->sale.receiptNo;
    }

    static void typeInto(QWidget* form, const char* name, const QString& text)
    {
        QLineEdit* edit = field(form, name);
        ASSERT_NE(edit, nullptr) << name;
        edit->setFocus();
        typeText(edit, text);
    }

    // The card the member holds now, as the database says.
    Card cardOf(Id member) { return *store.store().currentCard(member); }

    // The staff numbers the audit trail's entries about `subject` name, in order.
    QStringList namedIn(const char* action, const QString& subject)
    {
        QStringList numbers;
        for (const SqlRow& row : store.database().connect()->query(
                 "SELECT COALESCE(s.number, '') FROM staff_events e LEFT JOIN staff s ON s.id = "
                 "e.staff_id WHERE e.action = $1 AND e.subject = $2 ORDER BY e.id",
                 {QString::fromLatin1(action), subject}))
            numbers << row.text(0);
        return numbers;
    }
};

const QDate Birthday(1992, 3, 14);

} // namespace

TEST_F(ServiceDeskTest, TheDeskOpensItsOwnPartsAndAManagerAllOfThem)
{
    logIn("2001", "2222");
    EXPECT_EQ(window->currentArea(), Area::ServiceDesk);
    EXPECT_FALSE(window->openAreas().contains(Area::Checkout));
    window->logOut();
    logIn("9001", "9999");
    EXPECT_TRUE(window->openAreas().contains(Area::Checkout));
    EXPECT_TRUE(window->openAreas().contains(Area::ServiceDesk));
    EXPECT_TRUE(window->findChild<QTabBar*>(QStringLiteral("areas"))->isVisible());
    QTest::keyClick(barcode(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->currentArea(), Area::ServiceDesk);
    EXPECT_TRUE(search()->hasFocus());
    QTest::keyClick(search(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->currentArea(), Area::Checkout);
}

TEST_F(ServiceDeskTest, JoiningWithTodaysReceiptsAndWritingTheCardByKeysAlone)
{
    const QString first = walkIn("6903000000015");  // 200.00
    const QString second = walkIn("6905000000013"); // 100.00 (special price)
    logIn("2001", "2222");
    QTest::keyClick(search(), Qt::Key_F3);
    QWidget* form = dialog();
    ASSERT_NE(form, nullptr);
    QLineEdit* receipt = field(form, "receipt");
    ASSERT_TRUE(receipt->hasFocus());
    QTest::keyClicks(receipt, first);
    QTest::keyClick(receipt, Qt::Key_Return);
    QTest::keyClicks(receipt, QStringLiteral("T01-20991231-0001")); // no such receipt
    QTest::keyClick(receipt, Qt::Key_Return);
    QTest::keyClick(receipt, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(receipt, second);
    QTest::keyClick(receipt, Qt::Key_Return);
    EXPECT_TRUE(form->findChild<QLabel*>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("300.00")));

    // Too little on the form: F10 shows each fault beside its field.
    typeInto(form, "name", QStringLiteral("林晓燕"));
    QTest::keyClick(form, Qt::Key_F10);
    EXPECT_FALSE(form->findChild<QLabel*>(QStringLiteral("mobileFault"))->text().isEmpty());
    EXPECT_TRUE(form->findChild<QLabel*>(QStringLiteral("nameFault"))->text().isEmpty());
    EXPECT_EQ(dialog(), form);

    // The ID number fills in the birthday and the gender.
    typeInto(form, "idNumber", idNumberFor(Birthday, 2));
    EXPECT_EQ(field(form, "birthday")->text(), QStringLiteral("1992-03-14"));
    EXPECT_EQ(form->findChild<QComboBox*>(QStringLiteral("gender"))->currentData().toString(),
              QStringLiteral("F"));
    typeInto(form, "mobile", QStringLiteral("13912345678"));
    typeInto(form, "address", QStringLiteral("上海市黄浦区南京东路100号"));
    QComboBox* category = form->findChild<QComboBox*>(QStringLiteral("category"));
    category->setFocus();
    typeText(category->lineEdit(), QStringLiteral("美妆"));
    QTest::keyClick(form, Qt::Key_F10);

    // The card is written next: the member exists, the card waits.
    QWidget* writing = dialog();
    ASSERT_NE(writing, nullptr);
    ASSERT_NE(qobject_cast<CardWriteDialog*>(writing), nullptr);
    const std::optional<Member> member = store.store().memberByIdNumber(idNumberFor(Birthday, 2));
    ASSERT_TRUE(member.has_value());
    EXPECT_EQ(cardOf(member->id).status, CardStatus::Pending);
    EXPECT_EQ(store.store().pointsBalance(member->id), 30);

    // Taken away too soon: refused, nothing issued; Enter tries again.
    emulated.failNextWrite();
    QTest::keyClick(writing, Qt::Key_Return);
    EXPECT_TRUE(
        static_cast<CardWriteDialog*>(writing)->messageText().contains(QStringLiteral("again")));
    EXPECT_EQ(cardOf(member->id).status, CardStatus::Pending);
    QTest::keyClick(writing, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog(), nullptr);
    const Card written = cardOf(member->id);
    EXPECT_EQ(written.status, CardStatus::Active);
    EXPECT_EQ(written.chipUid.size(), 7);
    EXPECT_EQ(desk()->messageTone(), QStringLiteral("good")) << desk()->messageText().toStdString();
    EXPECT_TRUE(printed().contains(written.number)) << printed().toStdString();
    EXPECT_TRUE(printed().contains(QStringLiteral("139****5678")));
    EXPECT_FALSE(printed().contains(idNumberFor(Birthday, 2)));
    // The clerk logged in at the desk is named on the tier and on each change
    // of the card: issued (pending), then written.
    EXPECT_EQ(namedIn("tier", QString::number(member->id)), QStringList{QStringLiteral("2001")});
    EXPECT_EQ(namedIn("card", written.number),
              (QStringList{QStringLiteral("2001"), QStringLiteral("2001")}));

    // The new card works at the till at once.
    window->logOut();
    logIn();
    scan(QStringLiteral("6901000000017"));
    emulated.tap(written.number);
    ASSERT_TRUE(window->checkoutPage()->session()->member().has_value())
        << window->checkoutPage()->messageText().toStdString();
}

TEST_F(ServiceDeskTest, ALostCardIsReplacedAndRefusedAtEveryTillAtOnce)
{
    logIn("2001", "2222");
    const Id member = store.memberIdOfCard(card);
    const std::int64_t balance = store.store().pointsBalance(member);
    emulated.tap(card); // the desk finds the member by the card
    ASSERT_EQ(desk()->found().rowCount(), 1);
    QTest::keyClick(search(), Qt::Key_F4);
    QWidget* form = dialog();
    ASSERT_NE(form, nullptr);
    QTest::keyClicks(field(form, "idNumber"), idNumberFor(QDate(1985, 5, 20), 999));
    QTest::keyClick(field(form, "idNumber"), Qt::Key_Return);
    EXPECT_EQ(dialog(), form); // the wrong ID number: nothing happens
    EXPECT_EQ(cardOf(member).number, card);
    field(form, "idNumber")->clear();
    QTest::keyClicks(field(form, "idNumber"), idNumberFor(QDate(1985, 5, 20)));
    QTest::keyClick(field(form, "idNumber"), Qt::Key_Return);

    // Lost: blocked before the new card is even written.
    MemberService members(store.context());
    EXPECT_EQ(members.memberForCard(card).error().code(), ErrorCode::CardBlocked);
    QWidget* writing = dialog();
    ASSERT_NE(qobject_cast<CardWriteDialog*>(writing), nullptr);
    QTest::keyClick(writing, Qt::Key_Return);
    QCoreApplication::processEvents();
    const Card replacement = cardOf(member);
    EXPECT_EQ(replacement.status, CardStatus::Active);
    EXPECT_EQ(replacement.generation, 2);
    EXPECT_EQ(store.store().pointsBalance(member), balance);
    EXPECT_TRUE(printed().contains(replacement.number));
    EXPECT_TRUE(printed().contains(card));
    EXPECT_EQ(namedIn("card", card).last(), QStringLiteral("2001")) << "blocked by the clerk";
    EXPECT_EQ(namedIn("card", replacement.number),
              (QStringList{QStringLiteral("2001"), QStringLiteral("2001")}));

    window->logOut();
    logIn();
    emulated.tap(card);
    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("error"));
    EXPECT_FALSE(window->checkoutPage()->session()->member().has_value());
    emulated.tap(replacement.number);
    EXPECT_TRUE(window->checkoutPage()->session()->member().has_value());
}

TEST_F(ServiceDeskTest, ADamagedCardKeepsWorkingWhileItsReplacementIsNotWritten)
{
    logIn("2001", "2222");
    const Id member = store.memberIdOfCard(card);
    typeText(search(), QStringLiteral("测试会员"));
    QTest::keyClick(search(), Qt::Key_Return);
    QTest::keyClick(search(), Qt::Key_F4);
    QWidget* form = dialog();
    ASSERT_NE(form, nullptr);
    QComboBox* reason = form->findChild<QComboBox*>(QStringLiteral("reason"));
    reason->setCurrentIndex(reason->findData(static_cast<int>(ReplacementReason::Damaged)));
    QTest::keyClicks(field(form, "idNumber"), idNumberFor(QDate(1985, 5, 20)));
    QTest::keyClick(field(form, "idNumber"), Qt::Key_Return);
    QWidget* writing = dialog();
    ASSERT_NE(qobject_cast<CardWriteDialog*>(writing), nullptr);
    emulated.failNextWrite();
    QTest::keyClick(writing, Qt::Key_Return);
    QTest::keyClick(writing, Qt::Key_Escape); // the clerk gives up for now
    QCoreApplication::processEvents();
    MemberService members(store.context());
    EXPECT_TRUE(members.memberForCard(card).ok());
    EXPECT_EQ(cardOf(member).status, CardStatus::Pending);
    // Later: F5 writes the card waiting.
    QTest::keyClick(search(), Qt::Key_F5);
    writing = dialog();
    ASSERT_NE(qobject_cast<CardWriteDialog*>(writing), nullptr);
    QTest::keyClick(writing, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(members.memberForCard(card).error().code(), ErrorCode::CardBlocked);
    EXPECT_EQ(cardOf(member).status, CardStatus::Active);
}

TEST_F(ServiceDeskTest, TheDiamondGiftIsRecordedOnceAQuarter)
{
    const QString diamond = store.seedMember(idNumberFor(QDate(1975, 2, 3)), QDate(1975, 2, 3),
                                             3000, QStringLiteral("13600000001"));
    logIn("2001", "2222");
    QTest::keyClicks(search(), QStringLiteral("13600000001"));
    QTest::keyClick(search(), Qt::Key_Return);
    ASSERT_EQ(desk()->found().rowCount(), 1);
    for (int round = 0; round < 2; ++round) {
        QTest::keyClick(search(), Qt::Key_F6);
        auto* ask = qobject_cast<QInputDialog*>(dialog());
        ASSERT_NE(ask, nullptr);
        typeText(ask->findChild<QLineEdit*>(), QStringLiteral("真丝丝巾"));
        QTest::keyClick(ask->findChild<QLineEdit*>(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(desk()->messageTone(), QStringLiteral("error")); // the second time
    EXPECT_TRUE(store.store().diamondGift(store.memberIdOfCard(diamond), 2026, 4).has_value());
}

TEST_F(ServiceDeskTest, OnlyAManagerSeesTheMobileInFullAndItIsLogged)
{
    logIn("2001", "2222");
    emulated.tap(card);
    QTest::keyClick(search(), Qt::Key_F9);
    EXPECT_EQ(desk()->messageTone(), QStringLiteral("error"));
    window->logOut();
    logIn("9001", "9999");
    window->switchTo(Area::ServiceDesk);
    emulated.tap(card);
    QLabel* mobile = desk()->findChild<QLabel*>(QStringLiteral("mobile"));
    EXPECT_TRUE(mobile->text().contains(u'*'));
    QTest::keyClick(search(), Qt::Key_F9);
    EXPECT_FALSE(mobile->text().contains(u'*'));
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("reveal_member")), 1);
}

TEST(MemberListModel, PassesTheModelTester)
{
    MemberListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MemberView view;
    view.member.name = QStringLiteral("陈静");
    view.member.mobile = QStringLiteral("13812345678");
    view.balance = 1200;
    view.card = Card{};
    view.card->number = QStringLiteral("8800000000013");
    view.card->status = CardStatus::Blocked;
    model.setMembers({view, view});
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(0, MemberListModel::Mobile)).toString(),
              QStringLiteral("138****5678"));
    EXPECT_EQ(model.data(model.index(1, MemberListModel::CardState)).toString(),
              QStringLiteral("blocked"));
}

// The whole way down: the desk writes a new member's card on an NFC reader
// (the real libnfc, a PN532 emulated on a pseudo-terminal), and a till reads
// the card it finds on its reader.
TEST_F(ServiceDeskTest, AJoiningWrittenOnARealNfcReaderIsReadAtTheTill)
{
    using namespace viptill::testsupport;
    Pn532Emulator pn532;
    NfcCardReader nfc(QString::fromStdString(pn532.connectionString()), testCardKeys(),
                      NfcCardReader::Timing{std::chrono::milliseconds(50),
                                            std::chrono::milliseconds(200),
                                            std::chrono::milliseconds(5000)});
    window = std::make_unique<TillWindow>(*till, QList<CardReader*>{&nfc});
    window->show();
    nfc.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return nfc.state() == CardReader::State::Ready; }, 10000));

    const QString receipt = walkIn("6903000000015", 2);
    logIn("2001", "2222");
    QTest::keyClick(search(), Qt::Key_F3);
    QWidget* form = dialog();
    ASSERT_NE(form, nullptr);
    QTest::keyClicks(field(form, "receipt"), receipt);
    QTest::keyClick(field(form, "receipt"), Qt::Key_Return);
    typeInto(form, "name", QStringLiteral("林晓燕"));
    typeInto(form, "idNumber", idNumberFor(Birthday, 2));
    typeInto(form, "mobile", QStringLiteral("13912345678"));
    typeInto(form, "address", QStringLiteral("上海市黄浦区南京东路100号"));
    QComboBox* category = form->findChild<QComboBox*>(QStringLiteral("category"));
    category->setFocus();
    typeText(category->lineEdit(), QStringLiteral("美妆"));
    QTest::keyClick(form, Qt::Key_F10);
    QWidget* writing = dialog();
    ASSERT_NE(qobject_cast<CardWriteDialog*>(writing), nullptr);

    pn532.place(EmulatedTag::mifareClassic1k({0xA1, 0xB2, 0xC3, 0x01}));
    QTest::keyClick(writing, Qt::Key_Return);
    const Id member = store.store().memberByIdNumber(idNumberFor(Birthday, 2))->id;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return cardOf(member).status == CardStatus::Active; }, 10000));
    EXPECT_EQ(cardOf(member).chipUid, QByteArray::fromHex("A1B2C301"));

    // The member takes the card to a till: it is on the reader there.
    pn532.takeAway();
    window->logOut();
    logIn();
    scan(QStringLiteral("6901000000017"));
    pn532.putBack();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->checkoutPage()->session()->member().has_value(); }, 10000))
        << window->checkoutPage()->messageText().toStdString();
    EXPECT_EQ(window->checkoutPage()->session()->member()->member.id, member);
    nfc.stop();
}

TEST_F(ServiceDeskTest, F8OpensTheMemberFileAndTheReadingIsLogged)
{
    logIn("2001", "2222");
    emulated.tap(card);
    QTest::keyClick(search(), Qt::Key_F8);
    QWidget* file = dialog();
    ASSERT_NE(file, nullptr);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("member_file_read")), 1);
    QTest::keyClick(file, Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return search()->hasFocus(); }, 2000))
        << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString()
                                        : std::string("none"));
}
