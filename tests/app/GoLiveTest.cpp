// Going live, as a store does it: the first-run screen on an empty store,
// the manager's staff and settings screens, the log-in's forced PIN change
// and unlock, the receipts' top from the settings and a training store's
// mark; and the walk from nothing to the first sale. Real widgets, real key
// events, on SQLite and on PostgreSQL.

#include "CheckoutPage.h"
#include "FiguresScreen.h"
#include "FirstRunPage.h"
#include "LoginPage.h"
#include "ManagerOffice.h"
#include "MemberImportScreen.h"
#include "ReceiptOutput.h"
#include "SettingsModel.h"
#include "SettingsScreen.h"
#include "StaffListModel.h"
#include "StaffScreen.h"
#include "TerminalFixture.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "printing/EscPos.h"
#include "services/CatalogueService.h"
#include "services/SettingsService.h"
#include "services/StaffService.h"
#include "services/StoreKeys.h"
#include "services/StoreMode.h"
#include "storage/Store.h"
#include "support/TestStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

// What drives the terminal as staff do: keys to whatever has the focus.
struct Keyboard
{
    TillWindow* window = nullptr;

    static QWidget* focused() { return QApplication::focusWidget(); }

    // Latin keys as key presses, 汉字 as the input method commits them.
    static void type(const QString& text)
    {
        ASSERT_NE(focused(), nullptr);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(focused(), c.toLatin1());
                continue;
            }
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(focused(), &commit);
        }
    }

    static void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ASSERT_NE(focused(), nullptr);
        QTest::keyClick(focused(), Qt::Key(k), modifiers);
        QCoreApplication::processEvents();
    }

    // Types into the focused field, replacing what it held, then Enter.
    static void enter(const QString& text)
    {
        if (auto* line = qobject_cast<QLineEdit*>(focused()))
            line->clear();
        type(text);
        key(Qt::Key_Return);
    }

    static QWidget* dialog()
    {
        QCoreApplication::processEvents();
        return QApplication::activeModalWidget();
    }

    // A dialog closed: the window is active again, as a window manager makes
    // it (the offscreen platform has none).
    void settle() const
    {
        QCoreApplication::processEvents();
        if (!QApplication::activeModalWidget()) {
            window->activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(window));
        }
        QCoreApplication::processEvents();
    }

    // The manager on duty confirms with their PIN (their number is filled in).
    void approve(const char* pin = "9999") const
    {
        QWidget* approval = dialog();
        ASSERT_NE(approval, nullptr);
        auto* pinField = approval->findChild<QLineEdit*>(QStringLiteral("pin"));
        ASSERT_TRUE(pinField->hasFocus());
        QTest::keyClicks(pinField, QString::fromLatin1(pin));
        QTest::keyClick(pinField, Qt::Key_Return);
        settle();
    }

    void logIn(const char* number, const char* pin) const
    {
        auto* numberField =
            window->loginPage()->findChild<QLineEdit*>(QStringLiteral("staffNumber"));
        auto* pinField = window->loginPage()->findChild<QLineEdit*>(QStringLiteral("pin"));
        numberField->setText(QString::fromLatin1(number));
        QTest::keyClick(numberField, Qt::Key_Return);
        QTest::keyClicks(pinField, QString::fromLatin1(pin));
        QTest::keyClick(pinField, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    ManagerOffice* office() const
    {
        return static_cast<ManagerOffice*>(window->workspace(Area::ManagerOffice));
    }

    // Ctrl+4, then the screen's key.
    void openOffice(int screenKey, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const
    {
        key(Qt::Key_4, Qt::ControlModifier);
        ASSERT_EQ(window->currentArea(), Area::ManagerOffice);
        key(screenKey, modifiers);
    }

    void payCash() const
    {
        QLineEdit* barcode =
            window->checkoutPage()->findChild<QLineEdit*>(QStringLiteral("barcode"));
        QTest::keyClick(barcode, Qt::Key_F10);
        QWidget* payment = dialog();
        ASSERT_NE(payment, nullptr);
        QTest::keyClick(payment->findChild<QLineEdit*>(QStringLiteral("cash")), Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    void scan(const QString& code) const
    {
        QLineEdit* barcode =
            window->checkoutPage()->findChild<QLineEdit*>(QStringLiteral("barcode"));
        QTest::keyClicks(barcode, code);
        QTest::keyClick(barcode, Qt::Key_Return);
    }
};

// A till opened on a store nobody has worked on: no staff, no goods. The
// key file goes where $VIPTILL_KEYS says: on SQLite the till makes it at
// start, as main does; a PostgreSQL store has none until IT makes one.
class FirstRun : public ::testing::Test, protected Keyboard
{
protected:
    void SetUp() override
    {
        qputenv("VIPTILL_KEYS", keyPath().toLocal8Bit());
        if (!store.database().onPostgres())
            keys = KeyFile::forStore(store.location());
        if (keys)
            applyKeys(store.store(), keys.value());
        store.context().keys = &keys;
        printer.kind = PrinterSettings::Kind::None;
        receipts = std::make_unique<ReceiptOutput>(printer, store.context());
        till = std::make_unique<TillContext>(TillContext{store.context(), *receipts});
        till->storeLocation = store.location();
        till->keys = &keys;
        till->keyFileMadeNow = keys.ok();
        wedge = std::make_unique<MagstripeWedgeReader>(qApp);
        tillWindow = std::make_unique<TillWindow>(*till, QList<CardReader*>{&reader, wedge.get()});
        window = tillWindow.get();
        tillWindow->show();
        tillWindow->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));

        QFile csv(catalogue());
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("barcode,name,counter,price,special\n"
                  "6909000000015,李宁 跑步鞋,运动,499.00,0\n"
                  "6909000000022,李宁 运动袜,运动,39.90,0\n");
        QFile export_(members());
        ASSERT_TRUE(export_.open(QIODevice::WriteOnly));
        export_.write("card_number,name,gender,birthday,id_number,mobile,address,tier,"
                      "points_balance,points_lifetime,joined_on\n"
                      "20150000001,陈静,F,1980-04-12,110105198004120018,13600000001,"
                      "上海市黄浦区南京东路100号,gold,1200,5000,2015-03-01\n");
    }

    void TearDown() override { qunsetenv("VIPTILL_KEYS"); }

    QString keyPath() const { return keysFolder.filePath(QStringLiteral("viptill.keys")); }
    QString catalogue() const { return store.database().filePath(QStringLiteral("goods.csv")); }
    QString members() const { return store.database().filePath(QStringLiteral("members.csv")); }
    FirstRunPage* page() const { return window->firstRunPage(); }
    QLineEdit* line(const char* name) const
    {
        return page()->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    // The key step: on PostgreSQL refused until `viptillctl keys create`
    // has made the file, then found; on SQLite the file made at start.
    void passTheKeyFile()
    {
        ASSERT_EQ(page()->step(), FirstRunPage::Step::KeyFile);
        const QString shown = page()->findChild<QLabel*>(QStringLiteral("keyFilePath"))->text();
        EXPECT_EQ(shown, QDir::toNativeSeparators(keyPath()));
        if (store.database().onPostgres()) {
            EXPECT_FALSE(page()->hasKeys());
            EXPECT_EQ(page()->messageTone(), QStringLiteral("error"));
            // How IT makes it: the command, to type on the back-office computer.
            const auto* command = page()->findChild<QLabel*>(QStringLiteral("keyFileCommand"));
            EXPECT_TRUE(command->isVisible());
            EXPECT_TRUE(command->text().contains(QStringLiteral("keys create")));
            EXPECT_TRUE(command->text().contains(displayLocation(store.location())));
            key(Qt::Key_Return); // no file yet: no step on
            EXPECT_EQ(page()->step(), FirstRunPage::Step::KeyFile);
            ASSERT_TRUE(KeyFile::create(keyPath()).ok()); // what `viptillctl keys create` does
            key(Qt::Key_Return);
            EXPECT_TRUE(page()->hasKeys());
            EXPECT_EQ(page()->messageTone(), QStringLiteral("good"));
            EXPECT_EQ(page()->step(), FirstRunPage::Step::KeyFile);
        } else {
            EXPECT_TRUE(page()->hasKeys());
            EXPECT_TRUE(QFileInfo::exists(keyPath()));
            EXPECT_TRUE(page()
                            ->findChild<QLabel*>(QStringLiteral("keyFileIntro"))
                            ->text()
                            .contains(QStringLiteral("made just now")));
        }
        EXPECT_TRUE(page()
                        ->findChild<QLabel*>(QStringLiteral("keyFileAdvice"))
                        ->text()
                        .contains(QStringLiteral("safe")));
        key(Qt::Key_Return);
        ASSERT_EQ(page()->step(), FirstRunPage::Step::Manager);
    }

    // The whole first run, as it goes when nothing is wrong.
    void setUpTheStore(bool withCatalogue)
    {
        ASSERT_TRUE(window->isFirstRun());
        enter(QStringLiteral("东方百货 南京路店"));
        enter(QStringLiteral("上海市黄浦区南京东路100号"));
        enter(QStringLiteral("021-6322 5000"));
        passTheKeyFile();
        enter(QStringLiteral("9001"));
        enter(QStringLiteral("李强"));
        key(Qt::Key_Return); // the role: manager, as offered
        enter(QStringLiteral("9999"));
        enter(QStringLiteral("9999"));
        ASSERT_EQ(page()->step(), FirstRunPage::Step::Catalogue)
            << page()->messageText().toStdString();
        if (withCatalogue) {
            enter(catalogue()); // the dry run
            enter(catalogue()); // the import
        } else {
            enter(QString());
        }
        ASSERT_FALSE(window->isFirstRun())
            << page()->faultOf(QStringLiteral("cataloguePath")).toStdString();
    }

    QString printed() const { return decodeEscPosText(receipts->lastEscPos()).join(u'\n'); }

    QTemporaryDir keysFolder;
    TestStore store;
    Result<StoreKeys> keys{Error(ErrorCode::KeyFile, QStringLiteral("no key file yet"))};
    PrinterSettings printer;
    std::unique_ptr<ReceiptOutput> receipts;
    std::unique_ptr<TillContext> till;
    EmulatedCardReader reader;
    std::unique_ptr<MagstripeWedgeReader> wedge; // the cashier's swipe reader
    std::unique_ptr<TillWindow> tillWindow;
};

// The terminal of TerminalFixture (cashier 1001, desk 2001, manager 9001, a
// member's gold card), driven by a manager in the office.
class GoLiveOffice : public TerminalTest, protected Keyboard
{
protected:
    using Keyboard::dialog;
    using Keyboard::logIn;

    void SetUp() override
    {
        TerminalTest::SetUp();
        Keyboard::window = TerminalTest::window.get();
    }

    StaffScreen* staffScreen() const
    {
        return static_cast<StaffScreen*>(office()->screen(ManagerOffice::Screen::Staff));
    }
    SettingsScreen* settingsScreen() const
    {
        return static_cast<SettingsScreen*>(office()->screen(ManagerOffice::Screen::Settings));
    }
    QLineEdit* staffField(const char* name) const
    {
        return staffScreen()->findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    std::optional<StaffMember> staffMember(const char* number)
    {
        return store.store().staffByNumber(QString::fromLatin1(number));
    }
    LoginPage* login() const { return Keyboard::window->loginPage(); }
    QString officeMessage() const { return office()->messageText(); }
    void expectGood() const
    {
        EXPECT_EQ(office()->messageTone(), QStringLiteral("good")) << officeMessage().toStdString();
    }
    void logOut() const
    {
        key(Qt::Key_Q, Qt::ControlModifier);
        ASSERT_FALSE(Keyboard::window->staff().has_value());
    }
    // In the settings, a setting chosen by ↑ ↓ from the top.
    void chooseSetting(const QString& settingKey) const
    {
        SettingsScreen* s = settingsScreen();
        const int target = s->settings().rowOf(settingKey);
        ASSERT_GE(target, 0);
        ASSERT_EQ(focused(), s->findChild<QTableView*>(QStringLiteral("settingsTable")));
        while (s->chosenRow() > target)
            key(Qt::Key_Up);
        while (s->chosenRow() < target)
            key(Qt::Key_Down);
        ASSERT_EQ(s->chosenRow(), target);
    }
    // Enter on the chosen setting, then its value, from, last day and note.
    void changeChosen(const QString& value, const QString& from = {}, const QString& to = {},
                      const QString& note = {}) const
    {
        key(Qt::Key_Return);
        ASSERT_EQ(focused(), settingsScreen()->findChild<QLineEdit*>(QStringLiteral("value")));
        enter(value);
        enter(from);
        enter(to);
        enter(note);
        approve();
    }
    QString settingToday(const QString& settingKey) const
    {
        const SettingsModel& m = settingsScreen()->settings();
        const int row = m.rowOf(settingKey);
        return m.data(m.index(row, SettingsModel::Today)).toString();
    }
};

} // namespace

// ---------------------------------------------------------------- first run

TEST_F(FirstRun, AStoreWithoutStaffOpensOnTheFirstRunScreen)
{
    EXPECT_TRUE(window->isFirstRun());
    EXPECT_EQ(page()->step(), FirstRunPage::Step::Store);
    EXPECT_EQ(focused(), line("storeName"));
    EXPECT_FALSE(window->staff().has_value());
    EXPECT_TRUE(window->openAreas().isEmpty());
}

TEST_F(FirstRun, EachRefusalIsShownBesideItsFieldAndChangesNothing)
{
    const QStringList empty = store.snapshot();
    // The store: a name it must have, a telephone of digits.
    key(Qt::Key_Return);
    EXPECT_EQ(page()->step(), FirstRunPage::Step::Store);
    EXPECT_FALSE(page()->faultOf(QStringLiteral("storeName")).isEmpty());
    EXPECT_EQ(focused(), line("storeName"));
    enter(QStringLiteral("东方百货 南京路店"));
    EXPECT_TRUE(page()->faultOf(QStringLiteral("storeName")).isEmpty());
    enter(QString());
    enter(QStringLiteral("call us"));
    EXPECT_EQ(page()->step(), FirstRunPage::Step::Store);
    EXPECT_FALSE(page()->faultOf(QStringLiteral("storePhone")).isEmpty());
    EXPECT_EQ(focused(), line("storePhone"));
    enter(QStringLiteral("021-6322 5000"));
    ASSERT_EQ(page()->step(), FirstRunPage::Step::KeyFile);
    // Esc goes back, Enter on again.
    key(Qt::Key_Escape);
    EXPECT_EQ(page()->step(), FirstRunPage::Step::Store);
    QTest::keyClick(line("storePhone"), Qt::Key_Return);
    ASSERT_EQ(page()->step(), FirstRunPage::Step::KeyFile);
    passTheKeyFile();

    // The first manager: a cashier is refused; so are PINs that differ and
    // an empty name.
    enter(QStringLiteral("9001"));
    enter(QStringLiteral("李强"));
    auto* role = page()->findChild<QComboBox*>(QStringLiteral("managerRole"));
    ASSERT_EQ(focused(), role);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    EXPECT_EQ(role->currentData().toInt(), static_cast<int>(StaffRole::Cashier));
    key(Qt::Key_Return);
    enter(QStringLiteral("1111"));
    enter(QStringLiteral("1111"));
    EXPECT_EQ(page()->step(), FirstRunPage::Step::Manager);
    EXPECT_FALSE(page()->faultOf(QStringLiteral("managerRole")).isEmpty());
    EXPECT_EQ(focused(), role);
    EXPECT_EQ(store.snapshot(), empty);

    key(Qt::Key_Up);
    key(Qt::Key_Up);
    EXPECT_EQ(role->currentData().toInt(), static_cast<int>(StaffRole::Manager));
    key(Qt::Key_Return);
    enter(QStringLiteral("9999"));
    enter(QStringLiteral("9998"));
    EXPECT_FALSE(page()->faultOf(QStringLiteral("managerPinAgain")).isEmpty());
    EXPECT_TRUE(page()->faultOf(QStringLiteral("managerRole")).isEmpty());
    EXPECT_EQ(focused(), line("managerPin"));
    EXPECT_TRUE(line("managerPin")->text().isEmpty());
    EXPECT_EQ(store.snapshot(), empty);

    line("managerName")->clear();
    enter(QStringLiteral("9999"));
    enter(QStringLiteral("9999"));
    EXPECT_FALSE(page()->faultOf(QStringLiteral("managerName")).isEmpty());
    EXPECT_EQ(focused(), line("managerName"));
    EXPECT_EQ(store.snapshot(), empty);

    // Put right: the manager is recorded, with the store's name.
    enter(QStringLiteral("李强"));
    key(Qt::Key_Return);
    enter(QStringLiteral("9999"));
    enter(QStringLiteral("9999"));
    ASSERT_EQ(page()->step(), FirstRunPage::Step::Catalogue);
    const std::optional<StaffMember> manager = store.store().staffByNumber(QStringLiteral("9001"));
    ASSERT_TRUE(manager.has_value());
    EXPECT_EQ(manager->role, StaffRole::Manager);
    const StoreIdentity identity =
        SettingsService(store.context()).on(store.clock().today()).value().identity();
    EXPECT_EQ(identity.name, QStringLiteral("东方百货 南京路店"));
    EXPECT_EQ(identity.phone, QStringLiteral("021-6322 5000"));
    EXPECT_TRUE(identity.address.isEmpty());
    const QList<SettingChange> changes = SettingsService(store.context()).history().value();
    EXPECT_EQ(changes.size(), 2); // the name and the telephone; no address was given
    for (const SettingChange& c : changes)
        EXPECT_EQ(c.staffId, manager->id);
    // No way back past the manager now.
    key(Qt::Key_Escape);
    EXPECT_EQ(page()->step(), FirstRunPage::Step::Catalogue);

    // The catalogue: a file that is not there, then the dry run changes
    // nothing, then Enter imports it.
    enter(store.database().filePath(QStringLiteral("missing.csv")));
    EXPECT_FALSE(page()->faultOf(QStringLiteral("cataloguePath")).isEmpty());
    const QStringList withManager = store.snapshot();
    enter(catalogue());
    EXPECT_TRUE(page()->faultOf(QStringLiteral("cataloguePath")).isEmpty());
    EXPECT_TRUE(page()
                    ->findChild<QLabel*>(QStringLiteral("catalogueSummary"))
                    ->text()
                    .contains(QStringLiteral("2 new")));
    EXPECT_EQ(store.snapshot(), withManager);
    enter(catalogue());
    EXPECT_FALSE(window->isFirstRun());
    EXPECT_TRUE(CatalogueService(store.context()).product(QStringLiteral("6909000000015")).ok());
    // The log-in, with the manager's number filled in.
    EXPECT_EQ(window->loginPage()->findChild<QLineEdit*>(QStringLiteral("staffNumber"))->text(),
              QStringLiteral("9001"));
    EXPECT_TRUE(window->loginPage()->messageText().contains(QStringLiteral("9001")));
}

TEST_F(FirstRun, TheCatalogueMayWaitForTheOffice)
{
    setUpTheStore(false);
    EXPECT_FALSE(CatalogueService(store.context()).product(QStringLiteral("6909000000015")).ok());
    logIn("9001", "9999");
    EXPECT_EQ(window->currentArea(), Area::Checkout);
    EXPECT_TRUE(window->loginPage()
                    ->findChild<QLabel*>(QStringLiteral("title"))
                    ->text()
                    .contains(QStringLiteral("东方百货 南京路店")));
}

// The go-live walk: a store from nothing to its first sale, on both engines.
TEST_F(FirstRun, AStoreFromNothingToItsFirstSale)
{
    setUpTheStore(true);

    // The manager adds a cashier and renames the store.
    logIn("9001", "9999");
    ASSERT_EQ(window->staff()->number, QStringLiteral("9001"));
    openOffice(Qt::Key_F2, Qt::ShiftModifier);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Staff);
    enter(QStringLiteral("1002"));
    enter(QStringLiteral("赵敏"));
    key(Qt::Key_Return); // a cashier, as offered for someone new
    enter(QStringLiteral("2468"));
    approve();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    const std::optional<StaffMember> cashier = store.store().staffByNumber(QStringLiteral("1002"));
    ASSERT_TRUE(cashier.has_value());
    EXPECT_EQ(cashier->role, StaffRole::Cashier);

    key(Qt::Key_F3, Qt::ShiftModifier);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Settings);
    auto* settings =
        static_cast<SettingsScreen*>(office()->screen(ManagerOffice::Screen::Settings));
    ASSERT_TRUE(settings->choose(QStringLiteral("store_name")));
    key(Qt::Key_Return);
    enter(QStringLiteral("东方百货 旗舰店"));
    enter(QString());
    enter(QString());
    enter(QString());
    approve();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();

    // The members of the old system: a dry run, then the import.
    key(Qt::Key_F4, Qt::ShiftModifier);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::MemberImport);
    enter(members());
    EXPECT_EQ(office()->messageTone(), QStringLiteral("info"))
        << office()->messageText().toStdString();
    EXPECT_FALSE(store.store().cardByNumber(QStringLiteral("20150000001")).has_value());
    key(Qt::Key_F9);
    approve();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    ASSERT_TRUE(store.store().cardByNumber(QStringLiteral("20150000001")).has_value());
    key(Qt::Key_Q, Qt::ControlModifier);
    ASSERT_FALSE(window->staff().has_value());

    // The new cashier sells, to a member whose card the old system issued.
    logIn("1002", "2468");
    ASSERT_EQ(window->currentArea(), Area::Checkout);
    EXPECT_EQ(window->openAreas(), QList<Area>{Area::Checkout});
    scan(QStringLiteral("6909000000015"));
    scan(QStringLiteral(";20150000001?")); // the magnetic reader types track 2
    QTest::qWait(120);
    ASSERT_TRUE(window->checkoutPage()->session()->member().has_value())
        << window->checkoutPage()->messageText().toStdString();
    // Gold 8.8折 of 499.00.
    ASSERT_EQ(window->checkoutPage()->session()->total().fen(), 43912)
        << window->checkoutPage()->messageText().toStdString();
    payCash();
    EXPECT_EQ(window->checkoutPage()->messageTone(), QStringLiteral("good"))
        << window->checkoutPage()->messageText().toStdString();
    const QString receipt = printed();
    EXPECT_TRUE(receipt.contains(QStringLiteral("东方百货 旗舰店"))) << receipt.toStdString();
    EXPECT_TRUE(receipt.contains(QStringLiteral("021-6322 5000")));
    EXPECT_TRUE(receipt.contains(QStringLiteral("1002")));
    EXPECT_FALSE(receipt.contains(QStringLiteral("培训")));
    key(Qt::Key_Q, Qt::ControlModifier);

    // The day's figures show it.
    logIn("9001", "9999");
    openOffice(Qt::Key_F3);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Figures);
    auto* figures = static_cast<FiguresScreen*>(office()->screen(ManagerOffice::Screen::Figures));
    ASSERT_TRUE(figures->figures().has_value());
    EXPECT_EQ(figures->figures()->range, DayRange::day(store.clock().today()));
    EXPECT_EQ(figures->figures()->totals.tickets, 1);
    EXPECT_EQ(figures->figures()->sales.fen(), 43912);
}

// ---------------------------------------------------------------- members

TEST_F(GoLiveOffice, AMemberFileWithFaultsListsEachByLineAndImportsNothing)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("members.csv"));
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    // Line 2 is good; line 3's ID number fails its check digit; line 4 is
    // line 2's person again.
    csv.write("card_number,name,gender,birthday,id_number,mobile,address,tier,"
              "points_balance,points_lifetime,joined_on\n"
              "20150000001,陈静,F,1980-04-12,110105198004120018,13600000001,,gold,1200,5000,"
              "2015-03-01\n"
              "20150000002,刘伟,M,1975-12-01,110105197512010022,13600000002,,gold,0,0,"
              "2016-07-01\n"
              "20150000003,陈静,F,1980-04-12,110105198004120018,13600000003,,gold,0,0,"
              "2016-07-01\n");
    csv.close();

    logIn("9001", "9999");
    openOffice(Qt::Key_F4, Qt::ShiftModifier);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::MemberImport);
    const QStringList before = store.snapshot();
    auto* screen =
        static_cast<MemberImportScreen*>(office()->screen(ManagerOffice::Screen::MemberImport));
    // F9 before any dry run: refused.
    key(Qt::Key_F9);
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(dialog(), nullptr);

    enter(path);
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_FALSE(screen->report().has_value());
    auto* faults = screen->findChild<QTableView*>(QStringLiteral("faults"));
    ASSERT_EQ(faults->model()->rowCount(), 2);
    EXPECT_EQ(faults->model()->index(0, 0).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(faults->model()->index(1, 0).data().toString(), QStringLiteral("4"));
    // Never a whole ID number on screen.
    for (int row = 0; row < 2; ++row)
        EXPECT_FALSE(faults->model()->index(row, 2).data().toString().contains(
            QStringLiteral("110105198004120018")));

    // A file with faults cannot be imported.
    key(Qt::Key_F9);
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(dialog(), nullptr);
    EXPECT_FALSE(store.store().cardByNumber(QStringLiteral("20150000001")).has_value());

    // A file that is not there: said so, nothing changed.
    screen->findChild<QLineEdit*>(QStringLiteral("path"))->clear();
    enter(folder.filePath(QStringLiteral("missing.csv")));
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(store.snapshot(), before);
}

// ---------------------------------------------------------------- staff

TEST_F(GoLiveOffice, AManagerAddsACashierWhoLogsInAtOnce)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F2, Qt::ShiftModifier);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Staff);
    EXPECT_EQ(staffScreen()->model().rowCount(), 3);
    QAbstractItemModelTester tester(const_cast<StaffListModel*>(&staffScreen()->model()),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(focused(), staffField("number"));
    // A PIN of letters is refused, in the office's message line.
    enter(QStringLiteral("1002"));
    typeText(focused(), QStringLiteral("赵敏"));
    key(Qt::Key_Return);
    key(Qt::Key_Return);
    enter(QStringLiteral("12ab"));
    approve();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_FALSE(staffMember("1002").has_value());
    // Only the approval was recorded.
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("staff_add")), 0);

    staffField("pin")->setFocus();
    enter(QStringLiteral("2468"));
    approve();
    expectGood();
    ASSERT_TRUE(staffMember("1002").has_value());
    EXPECT_EQ(staffMember("1002")->role, StaffRole::Cashier);
    EXPECT_EQ(staffScreen()->model().rowCount(), 4);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("staff_add")), 1);
    logOut();
    logIn("1002", "2468");
    EXPECT_EQ(Keyboard::window->currentArea(), Area::Checkout);
}

TEST_F(GoLiveOffice, ARoleChangeALeaverAndTheLastManager)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F2, Qt::ShiftModifier);
    // ↓ chooses the first in the list: 1001, the cashier.
    key(Qt::Key_Down);
    EXPECT_EQ(staffScreen()->chosenNumber(), QStringLiteral("1001"));
    EXPECT_EQ(staffField("name")->text(), QStringLiteral("王丽"));
    // 2001 becomes a manager: the role field, F8.
    key(Qt::Key_Down);
    ASSERT_EQ(staffScreen()->chosenNumber(), QStringLiteral("2001"));
    auto* role = staffScreen()->findChild<QComboBox*>(QStringLiteral("role"));
    role->setFocus();
    role->setCurrentIndex(role->findData(static_cast<int>(StaffRole::Manager)));
    key(Qt::Key_F8);
    approve();
    expectGood();
    EXPECT_EQ(staffMember("2001")->role, StaffRole::Manager);

    // 1001 leaves: F9; they can no longer log in, and stay in the list.
    staffField("number")->setFocus();
    key(Qt::Key_Up);
    ASSERT_EQ(staffScreen()->chosenNumber(), QStringLiteral("1001"));
    key(Qt::Key_F9);
    approve();
    expectGood();
    EXPECT_FALSE(staffMember("1001")->active);
    const StaffListModel& model = staffScreen()->model();
    EXPECT_EQ(model.data(model.index(model.rowOf(QStringLiteral("1001")), StaffListModel::Working))
                  .toString(),
              QStringLiteral("left"));

    // The last active manager but one may go; the very last may not.
    staffField("number")->setText(QStringLiteral("2001"));
    key(Qt::Key_F9);
    approve();
    expectGood();
    staffField("number")->setText(QStringLiteral("9001"));
    key(Qt::Key_F9);
    approve();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_TRUE(officeMessage().contains(QStringLiteral("last manager")))
        << officeMessage().toStdString();
    EXPECT_TRUE(staffMember("9001")->active);
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("staff_disable")), 2);

    logOut();
    logIn("1001", "1111");
    EXPECT_FALSE(Keyboard::window->staff().has_value());
    EXPECT_EQ(login()->messageTone(), QStringLiteral("error"));
}

TEST_F(GoLiveOffice, AResetPinIsChangedAtTheNextLogInBeforeAnythingElse)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F2, Qt::ShiftModifier);
    key(Qt::Key_Down);
    ASSERT_EQ(staffScreen()->chosenNumber(), QStringLiteral("1001"));
    staffField("pin")->setFocus();
    type(QStringLiteral("4321"));
    key(Qt::Key_F10);
    approve();
    expectGood();
    EXPECT_TRUE(staffMember("1001")->mustChangePin);
    logOut();

    logIn("1001", "4321");
    EXPECT_EQ(login()->step(), LoginPage::Step::NewPin);
    EXPECT_FALSE(Keyboard::window->staff().has_value()); // nothing opens yet
    EXPECT_FALSE(Keyboard::window->currentArea().has_value());
    // Two PINs that differ, then the PIN given: refused, nothing opens.
    enter(QStringLiteral("5678"));
    enter(QStringLiteral("5679"));
    EXPECT_EQ(login()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(login()->step(), LoginPage::Step::NewPin);
    enter(QStringLiteral("4321"));
    enter(QStringLiteral("4321"));
    EXPECT_EQ(login()->messageTone(), QStringLiteral("error"));
    EXPECT_FALSE(Keyboard::window->staff().has_value());
    // Esc: not now; the next log-in asks again.
    key(Qt::Key_Escape);
    EXPECT_EQ(login()->step(), LoginPage::Step::LogIn);
    logIn("1001", "4321");
    ASSERT_EQ(login()->step(), LoginPage::Step::NewPin);
    enter(QStringLiteral("5678"));
    enter(QStringLiteral("5678"));
    EXPECT_EQ(Keyboard::window->currentArea(), Area::Checkout);
    EXPECT_FALSE(staffMember("1001")->mustChangePin);
    logOut();
    logIn("1001", "4321");
    EXPECT_FALSE(Keyboard::window->staff().has_value());
    logIn("1001", "5678");
    EXPECT_EQ(Keyboard::window->currentArea(), Area::Checkout);
}

TEST_F(GoLiveOffice, AManagerUnlocksALockedOutCashierAtTheLogInScreen)
{
    for (int i = 0; i < StaffService::MaxFailedAttempts; ++i)
        logIn("1001", "0000");
    logIn("1001", "1111");
    EXPECT_FALSE(Keyboard::window->staff().has_value());
    EXPECT_TRUE(login()->messageText().contains(QStringLiteral("F2")))
        << login()->messageText().toStdString();
    // F2: the locked number is filled in; the manager gives their own.
    key(Qt::Key_F2);
    ASSERT_EQ(login()->step(), LoginPage::Step::Unlock);
    EXPECT_EQ(login()->findChild<QLineEdit*>(QStringLiteral("lockedNumber"))->text(),
              QStringLiteral("1001"));
    ASSERT_EQ(focused(), login()->findChild<QLineEdit*>(QStringLiteral("managerNumber")));
    // A cashier cannot, nor a wrong PIN.
    enter(QStringLiteral("2001"));
    enter(QStringLiteral("2222"));
    EXPECT_EQ(login()->messageTone(), QStringLiteral("error"));
    login()
        ->findChild<QLineEdit*>(QStringLiteral("managerNumber"))
        ->setText(QStringLiteral("9001"));
    enter(QStringLiteral("0000"));
    EXPECT_EQ(login()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(login()->step(), LoginPage::Step::Unlock);
    EXPECT_TRUE(staffMember("1001")->lockedUntil.has_value());
    enter(QStringLiteral("9999"));
    EXPECT_EQ(login()->step(), LoginPage::Step::LogIn);
    EXPECT_EQ(login()->messageTone(), QStringLiteral("good"));
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("staff_unlock")), 1);
    // Back at the log-in with the number filled in: the PIN is all it takes.
    ASSERT_EQ(focused(), login()->findChild<QLineEdit*>(QStringLiteral("pin")));
    enter(QStringLiteral("1111"));
    EXPECT_EQ(Keyboard::window->currentArea(), Area::Checkout);
}

TEST_F(GoLiveOffice, StaffAreUnlockedAndTheirListTellsWhoIsLocked)
{
    for (int i = 0; i < StaffService::MaxFailedAttempts; ++i)
        logIn("1001", "0000");
    logIn("9001", "9999");
    openOffice(Qt::Key_F2, Qt::ShiftModifier);
    const StaffListModel& model = staffScreen()->model();
    const int row = model.rowOf(QStringLiteral("1001"));
    EXPECT_FALSE(model.data(model.index(row, StaffListModel::Locked)).toString().isEmpty());
    staffField("number")->setText(QStringLiteral("1001"));
    key(Qt::Key_F11);
    approve();
    expectGood();
    EXPECT_TRUE(model.data(model.index(row, StaffListModel::Locked)).toString().isEmpty());
    EXPECT_FALSE(staffMember("1001")->lockedUntil.has_value());
}

// ---------------------------------------------------------------- settings

TEST_F(GoLiveOffice, EverySettingIsOnOneScreenByGroupInPeoplesWords)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F3, Qt::ShiftModifier);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Settings);
    const SettingsModel& model = settingsScreen()->settings();
    QAbstractItemModelTester tester(const_cast<SettingsModel*>(&model),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    int settings = 0;
    int groups = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.isGroup(row))
            ++groups;
        else
            ++settings;
    }
    EXPECT_EQ(settings, settingSpecs().size());
    EXPECT_EQ(groups, 7);
    EXPECT_TRUE(model.isGroup(0));
    EXPECT_EQ(settingToday(QStringLiteral("gold_rate")), QStringLiteral("0.88 (8.8折)"));
    EXPECT_EQ(settingToday(QStringLiteral("gold_join_fen")), QStringLiteral("¥300.00"));
    EXPECT_EQ(settingToday(QStringLiteral("return_days")), QStringLiteral("no limit"));
    // ↑ ↓ pass over the groups' headings.
    EXPECT_EQ(settingsScreen()->chosenRow(), 1);
    key(Qt::Key_Up);
    EXPECT_EQ(settingsScreen()->chosenRow(), 1);
    chooseSetting(QStringLiteral("gold_rate"));
    key(Qt::Key_Up);
    EXPECT_FALSE(model.isGroup(settingsScreen()->chosenRow()));
    // The form shows while a change is typed; Esc puts it away.
    auto* form = settingsScreen()->findChild<QWidget*>(QStringLiteral("changeBox"));
    EXPECT_FALSE(form->isVisible());
    key(Qt::Key_Return);
    EXPECT_TRUE(form->isVisible());
    EXPECT_EQ(focused(), settingsScreen()->findChild<QLineEdit*>(QStringLiteral("value")));
    key(Qt::Key_Escape);
    EXPECT_FALSE(form->isVisible());
    EXPECT_EQ(focused(), settingsScreen()->findChild<QTableView*>(QStringLiteral("settingsTable")));
}

TEST_F(GoLiveOffice, ARateChangedFromTodayPricesTheTillsNextSale)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F3, Qt::ShiftModifier);
    chooseSetting(QStringLiteral("gold_rate"));
    // A rate out of range is refused and changes nothing.
    changeChosen(QStringLiteral("1.5"));
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(settingToday(QStringLiteral("gold_rate")), QStringLiteral("0.88 (8.8折)"));
    EXPECT_EQ(store.store().countStaffEvents(QStringLiteral("setting_change")), 0);
    changeChosen(QStringLiteral("0.80"));
    expectGood();
    EXPECT_EQ(settingToday(QStringLiteral("gold_rate")), QStringLiteral("0.80 (8折)"));

    key(Qt::Key_1, Qt::ControlModifier);
    ASSERT_EQ(Keyboard::window->currentArea(), Area::Checkout);
    emulated.tap(card);
    TerminalTest::scan(QStringLiteral("6903000000015")); // 美妆 cream, 200.00
    EXPECT_EQ(Keyboard::window->checkoutPage()->session()->total().fen(), 16000);
}

TEST_F(GoLiveOffice, AVipEventHoldsForItsDaysAndAPlannedOneIsStopped)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F3, Qt::ShiftModifier);
    // VIP 专场 today and the next two days: gold 8.5折, diamond 7.5折.
    const QString today = formatDate(store.clock().today());
    const QString last = formatDate(store.clock().today().addDays(2));
    chooseSetting(QStringLiteral("gold_rate"));
    changeChosen(QStringLiteral("0.85"), today, last, QStringLiteral("VIP专场"));
    expectGood();
    chooseSetting(QStringLiteral("diamond_rate"));
    changeChosen(QStringLiteral("0.75"), today, last, QStringLiteral("VIP专场"));
    expectGood();
    const SettingsModel& model = settingsScreen()->settings();
    const int gold = model.rowOf(QStringLiteral("gold_rate"));
    EXPECT_EQ(settingToday(QStringLiteral("gold_rate")), QStringLiteral("0.85 (8.5折)"));
    EXPECT_EQ(model.data(model.index(gold, SettingsModel::Days)).toString(),
              QStringLiteral("%1 to %2").arg(today, last));
    EXPECT_EQ(model.data(model.index(gold, SettingsModel::Note)).toString(),
              QStringLiteral("VIP专场"));

    // A second one planned for next month shows under the setting.
    const QString next = formatDate(store.clock().today().addMonths(1));
    chooseSetting(QStringLiteral("gold_rate"));
    changeChosen(QStringLiteral("0.82"), next, next, QStringLiteral("店庆"));
    expectGood();
    const int planned = model.rowOf(QStringLiteral("gold_rate")) + 1;
    ASSERT_EQ(model.row(planned).kind, SettingsModel::Row::Kind::Ahead);
    EXPECT_EQ(model.data(model.index(planned, SettingsModel::Today)).toString(),
              QStringLiteral("0.82 (8.2折)"));
    // The member pays the event's rate at the till today.
    key(Qt::Key_1, Qt::ControlModifier);
    emulated.tap(card);
    TerminalTest::scan(QStringLiteral("6903000000015"));
    EXPECT_EQ(Keyboard::window->checkoutPage()->session()->total().fen(), 17000);

    // The planned one is called off: ↓ onto it, F8.
    key(Qt::Key_4, Qt::ControlModifier);
    chooseSetting(QStringLiteral("gold_rate"));
    key(Qt::Key_Down);
    ASSERT_EQ(settingsScreen()->chosenRow(), planned);
    key(Qt::Key_F8);
    approve();
    expectGood();
    EXPECT_NE(model.row(model.rowOf(QStringLiteral("gold_rate")) + 1).kind,
              SettingsModel::Row::Kind::Ahead);

    // After its last day the event is over by itself.
    store.clock().set(QDateTime(store.clock().today().addDays(3), QTime(10, 0)));
    settingsScreen()->load();
    EXPECT_EQ(settingToday(QStringLiteral("gold_rate")), QStringLiteral("0.88 (8.8折)"));
    EXPECT_EQ(settingToday(QStringLiteral("diamond_rate")), QStringLiteral("0.80 (8折)"));
}

TEST_F(GoLiveOffice, AStandingChangeIsStoppedAndTheDefaultHoldsAgain)
{
    logIn("9001", "9999");
    openOffice(Qt::Key_F3, Qt::ShiftModifier);
    chooseSetting(QStringLiteral("gold_join_fen"));
    // Money is typed in yuan.
    changeChosen(QStringLiteral("200"));
    expectGood();
    EXPECT_EQ(settingToday(QStringLiteral("gold_join_fen")), QStringLiteral("¥200.00"));
    const QStringList before = store.snapshot();
    chooseSetting(QStringLiteral("diamond_join_fen"));
    key(Qt::Key_F8); // the default holds: nothing to stop
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(store.snapshot(), before);
    chooseSetting(QStringLiteral("gold_join_fen"));
    key(Qt::Key_F8);
    approve();
    expectGood();
    // Stopped from today: its last day was yesterday, so the default holds.
    EXPECT_EQ(settingToday(QStringLiteral("gold_join_fen")), QStringLiteral("¥300.00"));
}

TEST_F(GoLiveOffice, ARuleIsListedAndStoppedAndPromotionsAreListed)
{
    const StaffMember manager = *staffMember("9001");
    MultiplierRule wednesdays;
    wednesdays.name = QStringLiteral("淡季周三双倍积分");
    wednesdays.multiplier = 2;
    wednesdays.weekdays = {3};
    wednesdays.months = {2, 3, 4};
    ASSERT_TRUE(CatalogueService(store.context()).addRule(wednesdays, manager).ok());
    logIn("9001", "9999");
    openOffice(Qt::Key_F3, Qt::ShiftModifier);
    key(Qt::Key_PageDown);
    ASSERT_EQ(settingsScreen()->section(), SettingsScreen::Section::Rules);
    ASSERT_EQ(settingsScreen()->rules().size(), 1);
    EXPECT_TRUE(settingsScreen()->rules().first().active);
    // The counters' promotions: 女装 at 8折 in the test catalogue.
    const ReportTableModel& promotions = settingsScreen()->promotions();
    ASSERT_EQ(promotions.rowCount(), 1);
    EXPECT_EQ(promotions.data(promotions.index(0, 0)).toString(), QStringLiteral("女装"));
    EXPECT_EQ(promotions.data(promotions.index(0, 1)).toString(), QStringLiteral("0.80 (8折)"));

    key(Qt::Key_F8);
    approve();
    expectGood();
    ASSERT_EQ(settingsScreen()->rules().size(), 1);
    EXPECT_FALSE(settingsScreen()->rules().first().active);
    EXPECT_FALSE(CatalogueService(store.context()).rules().value().first().active);
    // Stopped already: F8 again is refused.
    key(Qt::Key_F8);
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

// ---------------------------------------------------------------- receipts

TEST_F(GoLiveOffice, TheReceiptsNameIsTheStoresSettingOnceAManagerSetsIt)
{
    logIn("1001", "1111");
    TerminalTest::scan(QStringLiteral("6903000000015"));
    payCash();
    // Before any manager named the store, the till's own name.
    EXPECT_TRUE(printed().startsWith(QStringLiteral("测试百货"))) << printed().toStdString();
    EXPECT_FALSE(printed().contains(QStringLiteral("培训")));
    ASSERT_TRUE(SettingsService(store.context())
                    .set(*staffMember("9001"), QStringLiteral("store_name"),
                         QStringLiteral("东方百货 南京路店"), std::nullopt, std::nullopt, {})
                    .ok());
    TerminalTest::scan(QStringLiteral("6903000000015"));
    payCash();
    EXPECT_TRUE(printed().startsWith(QStringLiteral("东方百货 南京路店")))
        << printed().toStdString();
}

TEST(TrainingStore, EveryReceiptSaysTrainingAtTheTopAndTheBottom)
{
    TestStore t;
    ASSERT_TRUE(StoreMode::makeTraining(t.store()).ok());
    t.seedCatalogue();
    ASSERT_TRUE(StaffService(t.context())
                    .addStaff(QStringLiteral("1001"), QStringLiteral("王丽"), StaffRole::Cashier,
                              QStringLiteral("1111"))
                    .ok());
    t.setSetting(QStringLiteral("store_name"), QStringLiteral("培训百货"));
    PrinterSettings printer;
    printer.kind = PrinterSettings::Kind::None;
    ReceiptOutput receipts(printer, t.context(), QStringLiteral("测试百货"));
    TillContext till{t.context(), receipts};
    EmulatedCardReader reader;
    TillWindow window(till, {&reader});
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    Keyboard keys{&window};
    keys.logIn("1001", "1111");
    ASSERT_EQ(window.currentArea(), Area::Checkout);
    keys.scan(QStringLiteral("6903000000015"));
    keys.payCash();
    const QStringList rows = decodeEscPosText(receipts.lastEscPos());
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_TRUE(rows.first().contains(QStringLiteral("培训"))) << rows.join(u'\n').toStdString();
    EXPECT_GE(rows.filter(QStringLiteral("培训")).size(), 2);
    const auto lastMark = rows.lastIndexOf(rows.filter(QStringLiteral("培训")).last());
    EXPECT_GT(lastMark, rows.indexOf(QStringLiteral("培训百货")));
    EXPECT_GT(lastMark, static_cast<qsizetype>(rows.size()) - 4);
    EXPECT_TRUE(rows.contains(QStringLiteral("培训百货")));
    EXPECT_FALSE(rows.join(u'\n').contains(QStringLiteral("测试百货")));
}
