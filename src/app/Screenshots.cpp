#include "Screenshots.h"

#include "CatalogueScreen.h"
#include "CheckoutPage.h"
#include "CustomerCarePage.h"
#include "CustomerDisplay.h"
#include "FiguresScreen.h"
#include "FirstRunPage.h"
#include "LoginPage.h"
#include "ManagerOffice.h"
#include "MemberFileDialog.h"
#include "ReceiptOutput.h"
#include "SettingsScreen.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "services/DemoStore.h"
#include "services/DormancyService.h"
#include "services/FollowUpService.h"
#include "services/MemberFileService.h"
#include "services/SettingsService.h"
#include "services/StaffService.h"
#include "services/StoreKeys.h"
#include "storage/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace viptill {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

void type(QWidget* target, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
    }
}

void key(QWidget* target, int k)
{
    QKeyEvent press(QEvent::KeyPress, k, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &press);
    settle();
}

bool save(QWidget* widget, const QString& folder, const QString& name)
{
    settle();
    const bool ok = widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << name << ".png\n";
    return ok;
}

// Customer care (客户维护) as the service desk sees it over a few months of
// the demo store: the day's calls, a call, the member file, the messages of
// New Year's Day, the dormant and lapsing lists, the classes, the feedback.
bool renderCustomerCare(TillWindow& window, ServiceContext& services, FixedClock& clock,
                        const QString& folder)
{
    bool ok = true;
    window.logOut();
    settle();
    const std::optional<StaffMember> desk = services.store.staffByNumber(QStringLiteral("2001"));
    if (!desk)
        return false;
    // Two office workers, so the calls show their windows, and a few notes.
    MemberFileService files(services);
    for (const auto& [member, callWindow, job] :
         {std::tuple{Id(2), CallWindow::Noon, QStringLiteral("会计")},
          std::tuple{Id(5), CallWindow::Evening, QStringLiteral("工程师")}}) {
        const Result<MemberFile> file = files.open(member, *desk);
        if (!file)
            continue;
        const Member& m = file->view.member;
        MemberProfile profile = file->profile;
        profile.callWindow = callWindow;
        profile.job = job;
        profile.sizes = QStringLiteral("上衣 M · 鞋 37");
        profile.hobbies = QStringLiteral("瑜伽、旅行");
        profile.promotionResponse = PromotionResponse::Neutral;
        (void)files.save(member, {m.name, m.mobile, m.address, m.category}, profile, *desk);
    }
    QLineEdit* number = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("staffNumber"));
    QLineEdit* pin = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("pin"));
    type(number, QStringLiteral("2001"));
    key(number, Qt::Key_Return);
    type(pin, QStringLiteral("2222"));
    key(pin, Qt::Key_Return);
    // The desk opens at its counter; customer care is Ctrl+3.
    window.switchTo(Area::CustomerCare);
    settle();
    auto* care = qobject_cast<CustomerCarePage*>(window.workspace(Area::CustomerCare));
    if (!care || window.currentArea() != Area::CustomerCare) {
        QTextStream(stdout) << "FAILED customer care did not open\n";
        return false;
    }
    // One call already made this morning.
    FollowUpService calls(services);
    if (Result<QList<CallView>> today = calls.callsFor(clock.today()); today && !today->isEmpty())
        (void)calls.logCall(today->first().call.id, CallOutcome::Reached, 5,
                            QStringLiteral("试衣间周末太挤，希望多开两间"), *desk);
    care->showSection(CustomerCarePage::Calls);
    ok &= save(&window, folder, QStringLiteral("20-care-calls"));
    QTableView* callTable = care->findChild<QTableView*>(QStringLiteral("callTable"));
    key(callTable, Qt::Key_Down);
    key(callTable, Qt::Key_Return);
    if (QWidget* call = QApplication::activeModalWidget()) {
        ok &= save(call, folder, QStringLiteral("21-care-call"));
        key(call, Qt::Key_Escape);
    }
    care->openChosenFile(); // F11
    if (QWidget* file = QApplication::activeModalWidget()) {
        ok &= save(file, folder, QStringLiteral("22-member-file"));
        auto* tabs = file->findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(1);
        ok &= save(file, folder, QStringLiteral("23-member-file-purchases"));
        tabs->setCurrentIndex(2);
        ok &= save(file, folder, QStringLiteral("24-member-file-calls"));
        key(file, Qt::Key_Escape);
    }

    clock.set(QDateTime(QDate(2027, 1, 1), QTime(8, 40)));
    care->showSection(CustomerCarePage::Messages);
    ok &= save(&window, folder, QStringLiteral("25-care-messages"));

    // A shorter lapse period than the default, so the lists have lapsing cards.
    services.store.setSetting(QStringLiteral("lapse_days"), QStringLiteral("90"));
    clock.set(QDateTime(QDate(2027, 2, 18), QTime(9, 15)));
    care->start(*desk);
    care->showSection(CustomerCarePage::Lists);
    ok &= save(&window, folder, QStringLiteral("26-care-dormant-lapsing"));
    care->showSection(CustomerCarePage::Classes);
    care->sectionAction(); // F9: classify now
    ok &= save(&window, folder, QStringLiteral("27-care-classes"));
    care->showSection(CustomerCarePage::Feedback);
    ok &= save(&window, folder, QStringLiteral("28-care-feedback"));

    // A member whose card lapsed opens at the desk; F8 revives it.
    care->showSection(CustomerCarePage::Lists);
    const Result<QList<LapsingCard>> lapsedCards = DormancyService(services).lapsed();
    const Id lapsedMember =
        lapsedCards && !lapsedCards->isEmpty() ? lapsedCards->first().clock.memberId : 1;
    const Result<MemberFileDialog*> lapsed =
        MemberFileDialog::openFor(services, *desk, lapsedMember, care);
    if (lapsed) {
        ok &= save(lapsed.value(), folder, QStringLiteral("29-member-file-lapsed"));
        key(lapsed.value(), Qt::Key_F8);
        ok &= save(lapsed.value(), folder, QStringLiteral("30-member-file-revived"));
        key(lapsed.value(), Qt::Key_F6); // a points adjustment, before its approval
        if (QWidget* adjust = QApplication::activeModalWidget();
            adjust && adjust != lapsed.value()) {
            ok &= save(adjust, folder, QStringLiteral("30a-points-adjust"));
            key(adjust, Qt::Key_Escape);
        }
        key(lapsed.value(), Qt::Key_Escape);
    }
    care->showHelp(); // F1
    if (QWidget* help = QApplication::activeModalWidget()) {
        ok &= save(help, folder, QStringLiteral("31-care-help"));
        key(help, Qt::Key_Escape);
    }
    return ok;
}

// The office's keys are shortcuts of the active window: make it active, as
// a window manager would after a dialog closes.
void activate(QWidget* window)
{
    window->activateWindow();
    QElapsedTimer waited;
    waited.start();
    while (!window->isActiveWindow() && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    settle();
}

QWidget* focused(QWidget* window)
{
    activate(window);
    return QApplication::focusWidget() ? QApplication::focusWidget() : window;
}

// The store's own set-up in the office: the staff (Shift+F2) with a
// lock-out and a PIN to change, the settings (Shift+F3) with a VIP 专场
// running and another planned, the change form, the rules; then the log-in's
// PIN change and a manager's unlock.
bool staffAndSettings(TillWindow& window, ServiceContext& services, const QString& folder)
{
    bool ok = true;
    StaffService staff(services);
    const std::optional<StaffMember> manager = services.store.staffByNumber(QStringLiteral("9001"));
    if (!manager)
        return false;
    for (int i = 0; i < StaffService::MaxFailedAttempts; ++i)
        (void)staff.logIn(QStringLiteral("2001"), QStringLiteral("0000"));
    (void)staff.add(*manager, QStringLiteral("1002"), QStringLiteral("赵敏"), StaffRole::Cashier,
                    QStringLiteral("2468"));
    (void)staff.add(*manager, QStringLiteral("1003"), QStringLiteral("孙磊"), StaffRole::Cashier,
                    QStringLiteral("1357"));
    (void)staff.disable(*manager, QStringLiteral("1003"));
    (void)staff.resetPin(*manager, QStringLiteral("1001"), QStringLiteral("4321"));
    SettingsService settings(services);
    const QDate today = services.clock.today();
    for (const auto& [settingKey, rate] : {std::pair{QStringLiteral("gold_rate"), "0.85"},
                                           std::pair{QStringLiteral("diamond_rate"), "0.75"}})
        (void)settings.set(*manager, settingKey, QString::fromLatin1(rate), today, today.addDays(2),
                           QStringLiteral("VIP专场"));
    (void)settings.set(*manager, QStringLiteral("gold_join_fen"), QStringLiteral("0"),
                       today.addDays(10), today.addDays(12), QStringLiteral("三天免费办卡"));
    (void)settings.set(*manager, QStringLiteral("join_gift"), QStringLiteral("精美保温杯一只"),
                       today.addDays(10), today.addDays(12), QStringLiteral("三天免费办卡"));
    (void)settings.set(*manager, QStringLiteral("store_address"),
                       QStringLiteral("上海市黄浦区南京东路100号"), std::nullopt, std::nullopt, {});

    auto* office = static_cast<ManagerOffice*>(window.workspace(Area::ManagerOffice));
    activate(&window);
    office->show(ManagerOffice::Screen::Staff);
    QWidget* chosen = office->screen(ManagerOffice::Screen::Staff)
                          ->findChild<QLineEdit*>(QStringLiteral("number"));
    key(chosen, Qt::Key_Down); // the first in the list
    ok &= save(&window, folder, QStringLiteral("50-office-staff"));

    office->show(ManagerOffice::Screen::Settings);
    auto* screen = static_cast<SettingsScreen*>(office->screen(ManagerOffice::Screen::Settings));
    screen->choose(QStringLiteral("gold_rate"));
    ok &= save(&window, folder, QStringLiteral("51-office-settings"));
    screen->choose(QStringLiteral("gold_join_fen"));
    QWidget* table = screen->findChild<QTableView*>(QStringLiteral("settingsTable"));
    key(table, Qt::Key_Down); // the 三天免费办卡 planned under it
    ok &= save(&window, folder, QStringLiteral("52-office-settings-planned"));
    screen->choose(QStringLiteral("diamond_lifetime_points"));
    key(table, Qt::Key_Return);
    if (auto* value = screen->findChild<QLineEdit*>(QStringLiteral("value"))) {
        value->setText(QStringLiteral("6000"));
        screen->findChild<QLineEdit*>(QStringLiteral("from"))
            ->setText(formatDate(today.addMonths(1).addDays(1 - today.day())));
        screen->findChild<QLineEdit*>(QStringLiteral("note"))->setText(QStringLiteral("春季起"));
    }
    ok &= save(&window, folder, QStringLiteral("53-office-settings-change"));
    key(screen->findChild<QLineEdit*>(QStringLiteral("value")), Qt::Key_Escape);
    screen->showSection(SettingsScreen::Section::Rules);
    ok &= save(&window, folder, QStringLiteral("54-office-rules"));
    screen->showSection(SettingsScreen::Section::Settings);

    // 导入会员 (Shift+F4): an old system's export with faults, then one without.
    QTemporaryDir exports;
    const QString faulty = exports.filePath(QStringLiteral("old-members.csv"));
    const QString good = exports.filePath(QStringLiteral("old-members-fixed.csv"));
    const QByteArray header = "card_number,name,gender,birthday,id_number,mobile,address,tier,"
                              "points_balance,points_lifetime,joined_on\n";
    const QByteArray chen = "20150000001,陈静,F,1980-04-12,110105198004120018,13600000001,"
                            "上海市黄浦区南京东路100号,gold,1200,5000,2015-03-01\n";
    for (const auto& [path, body] :
         {std::pair{faulty, header + chen +
                                "20150000002,刘伟,M,1975-12-01,110105197512010022,13600000002,,"
                                "gold,0,0,2016-07-01\n"
                                "20150000003,陈静,F,1980-04-12,110105198004120018,13600000003,,"
                                "platinum,-5,0,2016-07-01\n"},
          std::pair{good, header + chen +
                              "20150000002,刘伟,M,1975-12-01,110105197512010021,13600000002,,"
                              "diamond,9000,9000,2016-07-01\n"}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            return false;
    }
    office->show(ManagerOffice::Screen::MemberImport);
    auto* path = office->screen(ManagerOffice::Screen::MemberImport)
                     ->findChild<QLineEdit*>(QStringLiteral("path"));
    type(path, QDir::toNativeSeparators(faulty));
    key(path, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("58-office-member-import-faults"));
    path->setText(QDir::toNativeSeparators(good));
    key(path, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("59-office-member-import"));

    // 1001's PIN was reset: the log-in asks for a new one before anything.
    window.logOut();
    QLineEdit* number = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("staffNumber"));
    QLineEdit* pin = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("pin"));
    type(number, QStringLiteral("1001"));
    key(number, Qt::Key_Return);
    type(pin, QStringLiteral("4321"));
    key(pin, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("55-login-new-pin"));
    key(focused(&window), Qt::Key_Escape);
    // 2001 is locked out: a manager unlocks with F2.
    number->setText(QStringLiteral("2001"));
    key(number, Qt::Key_Return);
    type(pin, QStringLiteral("2222"));
    key(pin, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("56-login-locked"));
    key(focused(&window), Qt::Key_F2);
    type(focused(&window), QStringLiteral("9001"));
    ok &= save(&window, folder, QStringLiteral("57-login-unlock"));
    return ok;
}

// The manager's office, screen by screen, driven by its keys.
bool managerScreens(TillWindow& window, ServiceContext& services, ReceiptOutput& receipts,
                    const QString& folder)
{
    Store& store = services.store;
    bool ok = true;
    activate(&window);
    QTemporaryDir exports;
    window.logOut();
    QLineEdit* number = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("staffNumber"));
    QLineEdit* pin = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("pin"));
    type(number, QStringLiteral("9001"));
    key(number, Qt::Key_Return);
    type(pin, QStringLiteral("9999"));
    key(pin, Qt::Key_Return);
    auto* office = static_cast<ManagerOffice*>(window.workspace(Area::ManagerOffice));
    office->setExportFolder(exports.path());
    window.switchTo(Area::ManagerOffice);
    ok &= save(&window, folder, QStringLiteral("20-office-redemption"));

    // The member with the most points comes for a gift.
    Id richest = 1;
    for (Id id = 1; store.member(id); ++id) {
        if (store.pointsBalance(id) > store.pointsBalance(richest))
            richest = id;
    }
    const Member member = *store.member(richest);
    QWidget* query = office->findChild<QLineEdit*>(QStringLiteral("memberQuery"));
    type(query, member.mobile + u' ' + member.idNumber.right(4));
    key(query, Qt::Key_Return);
    QWidget* steps = office->findChild<QListWidget*>(QStringLiteral("steps"));
    key(steps, Qt::Key_Down);
    ok &= save(&window, folder, QStringLiteral("21-redemption-member"));
    key(steps, Qt::Key_Return);
    QWidget* gifts = office->findChild<QLineEdit*>(QStringLiteral("giftQuery"));
    ok &= save(&window, folder, QStringLiteral("22-redemption-gifts"));
    key(gifts, Qt::Key_Return);
    if (QWidget* approval = QApplication::activeModalWidget()) {
        ok &= save(approval, folder, QStringLiteral("23-redemption-approval"));
        QLineEdit* managerPin = approval->findChild<QLineEdit*>(QStringLiteral("pin"));
        type(managerPin, QStringLiteral("9999"));
        key(managerPin, Qt::Key_Return);
    }
    activate(&window);
    ok &= save(&window, folder, QStringLiteral("24-redemption-done"));
    if (!receipts.lastPreview().isNull())
        ok &= receipts.lastPreview().save(
            QDir(folder).filePath(QStringLiteral("25-redemption-slips.png")));
    key(focused(&window), Qt::Key_F8);
    if (QWidget* cancel = QApplication::activeModalWidget()) {
        ok &= save(cancel, folder, QStringLiteral("26-redemption-cancel"));
        key(cancel, Qt::Key_Escape);
    }

    auto* figures = static_cast<FiguresScreen*>(office->screen(ManagerOffice::Screen::Figures));
    office->show(ManagerOffice::Screen::Figures);
    ok &= save(&window, folder, QStringLiteral("27-figures-day"));
    key(figures, Qt::Key_3);
    ok &= save(&window, folder, QStringLiteral("28-figures-month-charts"));
    key(figures, Qt::Key_PageDown);
    ok &= save(&window, folder, QStringLiteral("29-figures-counters"));
    key(figures, Qt::Key_PageDown);
    ok &= save(&window, folder, QStringLiteral("30-figures-top-members"));
    key(figures, Qt::Key_PageDown);
    key(figures, Qt::Key_PageDown);
    ok &= save(&window, folder, QStringLiteral("31-figures-all"));
    key(figures, Qt::Key_PageDown);

    office->show(ManagerOffice::Screen::Catalogue);
    auto* catalogue = office->screen(ManagerOffice::Screen::Catalogue);
    QLineEdit* barcodeField = catalogue->findChild<QLineEdit*>(QStringLiteral("barcode"));
    type(barcodeField, QStringLiteral("6900001000181"));
    key(barcodeField, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("32-catalogue-price"));
    const QString csv = exports.filePath(QStringLiteral("catalogue.csv"));
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("barcode,name,counter,price,special\n"
                   "6900001000181,歌莉娅 羊绒大衣,女装,599.00,0\n"
                   "6909000000015,李宁 跑步鞋,运动,499.00,0\n");
        file.close();
    }
    static_cast<CatalogueScreen*>(catalogue)->showSection(CatalogueScreen::Section::Import);
    QLineEdit* path = catalogue->findChild<QLineEdit*>(QStringLiteral("importPath"));
    type(path, csv);
    key(path, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("33-catalogue-dry-run"));
    static_cast<CatalogueScreen*>(catalogue)->showSection(CatalogueScreen::Section::Counters);
    ok &= save(&window, folder, QStringLiteral("34-catalogue-counters"));

    office->show(ManagerOffice::Screen::Settlement);
    ok &= save(&window, folder, QStringLiteral("35-settlement"));
    office->show(ManagerOffice::Screen::DiamondEvent);
    ok &= save(&window, folder, QStringLiteral("36-diamond-event"));
    office->show(ManagerOffice::Screen::DayClose);
    ok &= save(&window, folder, QStringLiteral("37-day-close"));
    key(focused(&window), Qt::Key_F8);
    if (QWidget* approval = QApplication::activeModalWidget()) {
        QLineEdit* managerPin = approval->findChild<QLineEdit*>(QStringLiteral("pin"));
        type(managerPin, QStringLiteral("9999"));
        key(managerPin, Qt::Key_Return);
    }
    activate(&window);
    ok &= save(&window, folder, QStringLiteral("38-day-closed"));
    key(focused(&window), Qt::Key_F1);
    if (QWidget* help = QApplication::activeModalWidget()) {
        ok &= save(help, folder, QStringLiteral("39-office-help"));
        key(help, Qt::Key_Escape);
    }
    ok &= staffAndSettings(window, services, folder);
    return ok;
}

// A new store's first run, step by step, on an empty store of its own; and
// the key step of a store of many tills that has no key file yet.
bool renderFirstRun(const QString& folder)
{
    bool ok = true;
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0)));
    PrinterSettings printer;
    printer.kind = PrinterSettings::Kind::None;
    EmulatedCardReader reader;
    {
        const QString path = dir.filePath(QStringLiteral("new-store.db"));
        std::unique_ptr<Store> store = openStore(path);
        Result<StoreKeys> keys = KeyFile::forStore(path);
        if (keys)
            applyKeys(*store, *keys);
        ServiceContext services{*store, clock, QStringLiteral("T01"), &keys};
        ReceiptOutput receipts(printer, services);
        TillContext till{services, receipts};
        till.storeLocation = path;
        till.keys = &keys;
        till.keyFileMadeNow = keys.ok();
        TillWindow window(till, {&reader});
        window.resize(1366, 768);
        window.show();
        activate(&window);
        FirstRunPage* page = window.firstRunPage();
        auto field = [page](const char* name) {
            return page->findChild<QLineEdit*>(QString::fromLatin1(name));
        };
        field("storeName")->setText(QStringLiteral("东方百货 南京路店"));
        key(field("storeName"), Qt::Key_Return);
        field("storeAddress")->setText(QStringLiteral("上海市黄浦区南京东路100号"));
        key(field("storeAddress"), Qt::Key_Return);
        field("storePhone")->setText(QStringLiteral("电话6322"));
        key(field("storePhone"), Qt::Key_Return);
        ok &= save(&window, folder, QStringLiteral("40-first-run-store"));
        field("storePhone")->setText(QStringLiteral("021-6322 5000"));
        key(field("storePhone"), Qt::Key_Return);
        ok &= save(&window, folder, QStringLiteral("41-first-run-key-file"));
        key(focused(&window), Qt::Key_Return);
        field("managerNumber")->setText(QStringLiteral("9001"));
        key(field("managerNumber"), Qt::Key_Return);
        field("managerName")->setText(QStringLiteral("李强"));
        key(field("managerName"), Qt::Key_Return);
        key(focused(&window), Qt::Key_Return); // the role: manager
        type(field("managerPin"), QStringLiteral("9999"));
        key(field("managerPin"), Qt::Key_Return);
        type(field("managerPinAgain"), QStringLiteral("9998"));
        key(field("managerPinAgain"), Qt::Key_Return);
        ok &= save(&window, folder, QStringLiteral("42-first-run-manager"));
        type(field("managerPin"), QStringLiteral("9999"));
        type(field("managerPinAgain"), QStringLiteral("9999"));
        key(field("managerPinAgain"), Qt::Key_Return);
        const QString csv = dir.filePath(QStringLiteral("catalogue.csv"));
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly)) {
            file.write("barcode,name,counter,price,special\n"
                       "6901000000017,歌莉娅 真丝连衣裙,女装,500.00,0\n"
                       "6902000000016,雅戈尔 商务衬衫,男装,559.00,0\n"
                       "6903000000015,自然堂 保湿面霜,美妆,200.00,0\n"
                       "6905000000013,清仓 保温杯,特卖,100.00,1\n");
            file.close();
        }
        field("cataloguePath")->setText(csv);
        key(field("cataloguePath"), Qt::Key_Return);
        ok &= save(&window, folder, QStringLiteral("43-first-run-catalogue"));
        key(field("cataloguePath"), Qt::Key_Return);
        ok &= save(&window, folder, QStringLiteral("44-first-run-ready"));
    }
    {
        // The server's store is another empty file here: only its key step is shown.
        std::unique_ptr<Store> store = openStore(dir.filePath(QStringLiteral("server.db")));
        Result<StoreKeys> keys = KeyFile::load(dir.filePath(QStringLiteral("viptill.keys")));
        ServiceContext services{*store, clock, QStringLiteral("T07"), &keys};
        ReceiptOutput receipts(printer, services);
        TillContext till{services, receipts};
        till.storeLocation = QStringLiteral("postgresql://viptill@db.store.lan/viptill");
        till.keys = &keys;
        TillWindow window(till, {&reader});
        window.resize(1366, 768);
        window.show();
        activate(&window);
        auto* name = window.firstRunPage()->findChild<QLineEdit*>(QStringLiteral("storeName"));
        name->setText(QStringLiteral("东方百货 南京路店"));
        auto* phone = window.firstRunPage()->findChild<QLineEdit*>(QStringLiteral("storePhone"));
        key(phone, Qt::Key_Return);
        key(focused(&window), Qt::Key_Return); // refused: no key file
        ok &= save(&window, folder, QStringLiteral("41a-first-run-key-file-server"));
    }
    return ok;
}

} // namespace

int renderScreenshots(const QString& folder)
{
    QDir().mkpath(folder);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    std::unique_ptr<Store> store = openStore(path);
    const Result<StoreKeys> keys = KeyFile::forStore(path);
    if (!keys) {
        QTextStream(stderr) << keys.error().message() << '\n';
        return 1;
    }
    applyKeys(*store, *keys);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(15, 30)));
    ServiceContext services{*store, clock, QStringLiteral("T01")};
    if (Result<DemoOutcome> demo = DemoStore(services).fill(); !demo) {
        QTextStream(stderr) << demo.error().message() << '\n';
        return 1;
    }
    PrinterSettings printer;
    printer.kind = PrinterSettings::Kind::None;
    ReceiptOutput receipts(printer, services, QObject::tr("VipTill Department Store"));
    TillContext till{services, receipts};
    EmulatedCardReader reader;
    TillWindow window(till, {&reader});
    window.resize(1366, 768);
    window.show();
    bool ok = true;

    ok &= save(&window, folder, QStringLiteral("01-login"));
    QLineEdit* number = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("staffNumber"));
    QLineEdit* pin = window.loginPage()->findChild<QLineEdit*>(QStringLiteral("pin"));
    type(number, QStringLiteral("1001"));
    key(number, Qt::Key_Return);
    type(pin, QStringLiteral("0000"));
    key(pin, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("02-login-wrong-pin"));
    type(pin, QStringLiteral("1111"));
    key(pin, Qt::Key_Return);

    QLineEdit* barcode = window.checkoutPage()->findChild<QLineEdit*>(QStringLiteral("barcode"));
    const QStringList items = {QStringLiteral("6900001000181"), QStringLiteral("6900001000488")};
    ok &= save(&window, folder, QStringLiteral("03-checkout-empty"));
    for (const QString& item : items) {
        type(barcode, item);
        key(barcode, Qt::Key_Return);
    }
    type(barcode, QStringLiteral("2*"));
    key(barcode, Qt::Key_Return);
    type(barcode, QStringLiteral("6900001000679"));
    key(barcode, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("04-checkout-lines"));
    reader.tap(store->currentCard(1)->number);
    ok &= save(&window, folder, QStringLiteral("05-checkout-member"));
    ok &= save(window.customerDisplay(), folder, QStringLiteral("06-customer-display"));
    type(barcode, QStringLiteral("6999999999999"));
    key(barcode, Qt::Key_Return);
    ok &= save(&window, folder, QStringLiteral("07-unknown-barcode"));

    key(barcode, Qt::Key_F1);
    if (QWidget* help = QApplication::activeModalWidget()) {
        ok &= save(help, folder, QStringLiteral("08-help"));
        key(help, Qt::Key_Escape);
    }
    key(barcode, Qt::Key_F8);
    if (QWidget* approval = QApplication::activeModalWidget()) {
        ok &= save(approval, folder, QStringLiteral("09-manager-approval"));
        key(approval, Qt::Key_Escape);
    }
    key(barcode, Qt::Key_F10);
    if (QWidget* payment = QApplication::activeModalWidget()) {
        ok &= save(payment, folder, QStringLiteral("10-payment"));
        QLineEdit* cash = payment->findChild<QLineEdit*>(QStringLiteral("cash"));
        cash->setText(QStringLiteral("5000"));
        key(cash, Qt::Key_Return);
    }
    ok &= save(&window, folder, QStringLiteral("11-paid"));
    if (!receipts.lastPreview().isNull())
        ok &= receipts.lastPreview().save(QDir(folder).filePath(QStringLiteral("12-receipt.png")));
    {
        QKeyEvent preview(QEvent::KeyPress, Qt::Key_P, Qt::ControlModifier);
        QCoreApplication::sendEvent(barcode, &preview);
        settle();
        if (QWidget* shown = QApplication::activeModalWidget()) {
            ok &= save(shown, folder, QStringLiteral("12-receipt-preview"));
            key(shown, Qt::Key_Escape);
        }
    }
    key(barcode, Qt::Key_F12);
    if (QWidget* ret = QApplication::activeModalWidget()) {
        ok &= save(ret, folder, QStringLiteral("13-return"));
        key(ret, Qt::Key_Escape);
    }

    // The service desk (服务台), as its clerk sees it.
    window.logOut();
    type(number, QStringLiteral("2001"));
    key(number, Qt::Key_Return);
    type(pin, QStringLiteral("2222"));
    key(pin, Qt::Key_Return);
    auto* desk = window.workspace(Area::ServiceDesk);
    QLineEdit* search = desk->findChild<QLineEdit*>(QStringLiteral("search"));
    ok &= save(&window, folder, QStringLiteral("20-desk"));
    reader.tap(store->currentCard(2)->number);
    ok &= save(&window, folder, QStringLiteral("21-desk-member"));
    key(search, Qt::Key_F4);
    if (QWidget* replace = QApplication::activeModalWidget()) {
        ok &= save(replace, folder, QStringLiteral("22-desk-replace"));
        key(replace, Qt::Key_Escape);
    }
    key(search, Qt::Key_F3);
    if (QWidget* joining = QApplication::activeModalWidget()) {
        auto fill = [&](const char* name, const QString& text) {
            QLineEdit* field = joining->findChild<QLineEdit*>(QString::fromLatin1(name));
            field->setText(text);
        };
        QLineEdit* receipt = joining->findChild<QLineEdit*>(QStringLiteral("receipt"));
        type(receipt, QStringLiteral("T01-20261122-0003"));
        key(receipt, Qt::Key_Return);
        fill("name", QStringLiteral("林晓燕"));
        fill("idNumber", QStringLiteral("110105199203140024"));
        fill("mobile", QStringLiteral("1391234567"));
        fill("address", QStringLiteral("上海市黄浦区南京东路100号"));
        ok &= save(joining, folder, QStringLiteral("23-desk-join"));
        key(joining, Qt::Key_F10);
        ok &= save(joining, folder, QStringLiteral("24-desk-join-faults"));
        key(joining, Qt::Key_Escape);
    }
    ok &= renderCustomerCare(window, services, clock, folder);
    ok &= managerScreens(window, services, receipts, folder);
    ok &= renderFirstRun(folder);
    return ok ? 0 : 1;
}

} // namespace viptill
