// viptill: the till (收银台) of the VipTill terminal.

#include "CustomerDisplay.h"
#include "EmulatedReaderPanel.h"
#include "ReceiptOutput.h"
#include "Screenshots.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "cards/NfcCardReader.h"
#include "services/BackupService.h"
#include "services/ServiceContext.h"
#include "services/StoreKeys.h"
#include "storage/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <memory>

using namespace viptill;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VipTill"));
    QCoreApplication::setApplicationName(QStringLiteral("VipTill"));

    QCommandLineParser args;
    args.addHelpOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("The store's database: a file, or postgresql://… for the server the "
                       "store's tills share."),
        QStringLiteral("path or URI"));
    const QCommandLineOption terminal(QStringLiteral("terminal"),
                                      QStringLiteral("This till's code, e.g. T01."),
                                      QStringLiteral("code"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("zh_CN (default) or en."),
                                      QStringLiteral("language"));
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        QStringLiteral("none, device:PATH, tcp:HOST:PORT or pdf:FOLDER."), QStringLiteral("where"));
    const QCommandLineOption emulated(
        QStringLiteral("emulated-reader"),
        QStringLiteral("Show the demo store's emulated card reader."));
    const QCommandLineOption customerDisplay(
        QStringLiteral("customer-display"),
        QStringLiteral("Show the customer display even on one screen."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Render every screen to PNG files in a folder and quit."),
        QStringLiteral("folder"));
    const QCommandLineOption nfcReader(
        QStringLiteral("nfc-reader"),
        QStringLiteral("The NFC card reader, a libnfc connection string such as "
                       "pn532_uart:/dev/ttyUSB0 or acr122_usb (setting cards/nfcReader)."),
        QStringLiteral("connection"));
    args.addOptions(
        {db, terminal, language, printer, emulated, customerDisplay, screenshots, nfcReader});
    args.process(app);

    QSettings settings;
    TillWindow::installLanguage(
        args.isSet(language)
            ? args.value(language)
            : settings.value(QStringLiteral("language"), QStringLiteral("zh_CN")).toString());
    QFile style(QStringLiteral(":/style/till.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    if (args.isSet(screenshots))
        return renderScreenshots(args.value(screenshots));

    std::unique_ptr<Store> store;
    // --db, else $VIPTILL_DB, else the `database` setting, else the local file.
    const QString location = args.isSet(db) ? args.value(db) : configuredStoreLocation();
    try {
        store = openStore(location);
    } catch (const StorageError& e) {
        QMessageBox::critical(nullptr, QObject::tr("VipTill"),
                              QObject::tr("The database %1 cannot be opened: %2")
                                  .arg(displayLocation(location), QString::fromUtf8(e.what())));
        return 1;
    }
    SystemClock clock;
    const QString code =
        args.isSet(terminal)
            ? args.value(terminal)
            : settings.value(QStringLiteral("terminal"), QStringLiteral("T01")).toString();
    // The store's key file: card MACs and keys, the audit chain, personal data.
    // A new SQLite store gets one made beside it now; the first-run screen
    // says so.
    const bool keyFileExisted = QFileInfo::exists(KeyFile::defaultPath(location));
    Result<StoreKeys> keys = KeyFile::forStore(location);
    if (keys)
        applyKeys(*store, *keys);
    ServiceContext services{*store, clock, code, &keys};
    PrinterSettings printerSettings = PrinterSettings::load(settings);
    if (args.isSet(printer)) {
        if (const std::optional<PrinterSettings> p = PrinterSettings::parse(args.value(printer)))
            printerSettings = *p;
    }
    if (printerSettings.kind == PrinterSettings::Kind::Pdf && printerSettings.target.isEmpty())
        printerSettings.target = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                 QStringLiteral("/receipts");
    // The store names itself in its settings; a till set up before that
    // keeps the name its settings file gave it until a manager sets one.
    ReceiptOutput receipts(printerSettings, services,
                           settings.value(QStringLiteral("storeName")).toString());
    TillContext till{services, receipts};
    till.storeLocation = location;
    till.keys = &keys;
    till.keyFileMadeNow = keys && !keyFileExisted;
    till.idleLock =
        std::chrono::minutes(settings.value(QStringLiteral("lockAfterMinutes"), 5).toInt());

    MagstripeWedgeReader magstripe(&app);
    EmulatedCardReader emulatedReader;
    QList<CardReader*> readers{&magstripe};
    if (args.isSet(emulated))
        readers << &emulatedReader;
    // The NFC reader, when the till has one; it polls on its own thread.
    const QString nfcConnection =
        args.isSet(nfcReader) ? args.value(nfcReader)
                              : settings.value(QStringLiteral("cards/nfcReader")).toString();
    std::unique_ptr<NfcCardReader> nfc;
    std::optional<QString> nfcProblem;
    if (!nfcConnection.isEmpty()) {
        const std::optional<CardKeys> cardKeys =
            keys ? CardKeys::fromBytes(keys->cardMac, keys->cardMaster) : std::nullopt;
        if (cardKeys) {
            nfc = std::make_unique<NfcCardReader>(nfcConnection, *cardKeys);
            readers << nfc.get();
        } else {
            nfcProblem = keys ? QString() : keys.error().message();
        }
    }
    TillWindow window(till, readers);
    window.resize(1366, 768);
    window.show();
    if (nfc)
        nfc->start();
    if (nfcProblem)
        window.showStoreProblem(*nfcProblem);
    if (args.isSet(customerDisplay))
        window.customerDisplay()->show();
    std::unique_ptr<EmulatedReaderPanel> panel;
    if (args.isSet(emulated)) {
        panel = std::make_unique<EmulatedReaderPanel>(emulatedReader, *store);
        panel->show();
        window.activateWindow();
    }
    // The whole file is checked page by page beside the work: on a year of
    // sales this takes longer than a till may take to start.
    std::unique_ptr<Store> checkStore;
    try {
        checkStore = openStore(location);
    } catch (const StorageError& e) {
        window.showStoreProblem(QString::fromUtf8(e.what()));
    }
    QThread* checker = QThread::create([&] {
        if (!checkStore)
            return;
        ServiceContext own{*checkStore, clock, code};
        if (const Status sound = BackupService(own).checkIntegrity(); !sound)
            QMetaObject::invokeMethod(
                &window,
                [&window, message = sound.error().message()] { window.showStoreProblem(message); },
                Qt::QueuedConnection);
    });
    checker->start(QThread::LowPriority);
    const int exitCode = QApplication::exec();
    if (checkStore)
        checkStore->interrupt();
    checker->wait();
    delete checker;
    if (nfc)
        nfc->stop();
    return exitCode;
}
