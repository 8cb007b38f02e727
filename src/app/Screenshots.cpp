#include "Screenshots.h"

#include "CheckoutPage.h"
#include "CustomerDisplay.h"
#include "LoginPage.h"
#include "ReceiptOutput.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "services/DemoStore.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
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

} // namespace

int renderScreenshots(const QString& folder)
{
    QDir().mkpath(folder);
    QTemporaryDir dir;
    std::unique_ptr<Store> store = openStore(dir.filePath(QStringLiteral("demo.db")));
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(15, 30)));
    ServiceContext services{*store, clock, QStringLiteral("T01"), Programme{}};
    if (Result<DemoOutcome> demo = DemoStore(services).fill(); !demo) {
        QTextStream(stderr) << demo.error().message() << '\n';
        return 1;
    }
    PrinterSettings printer;
    printer.kind = PrinterSettings::Kind::None;
    ReceiptOutput receipts(printer, QObject::tr("VipTill Department Store"));
    TillContext till{services, receipts, QObject::tr("VipTill Department Store")};
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
    return ok ? 0 : 1;
}

} // namespace viptill
