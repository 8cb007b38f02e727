// viptillctl: the scripting interface of cli.md, a thin shell over the services.

#include "CliText.h"
#include "CommandTable.h"
#include "services/BackupService.h"
#include "services/StoreKeys.h"
#include "services/StoreMode.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace viptill;
using cli::CliText;

namespace {

int printOutcome(const cli::Outcome& outcome)
{
    const QByteArray text = QJsonDocument(outcome.json).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    return outcome.exit;
}

void installTranslation(QCoreApplication& app, QTranslator& translator)
{
    // Chinese is the store's language; VIPTILL_LANG=en gives English.
    const QString lang = qEnvironmentVariable("VIPTILL_LANG", QStringLiteral("zh_CN"));
    if (lang.startsWith(u"en"))
        return;
    if (translator.load(QStringLiteral(":/i18n/viptill_zh_CN.qm")))
        app.installTranslator(&translator);
}

// Who runs it: --staff/--pin before the command's words, else the
// environment's, always as a pair from one place.
std::optional<cli::Credentials> givenStaff(const QCommandLineParser& parser,
                                           const QCommandLineOption& staff,
                                           const QCommandLineOption& pin)
{
    if (parser.isSet(staff) || parser.isSet(pin))
        return cli::Credentials{parser.value(staff), parser.value(pin)};
    const QString number = qEnvironmentVariable("VIPTILL_STAFF");
    const QString secret = qEnvironmentVariable("VIPTILL_PIN");
    if (number.isEmpty() && secret.isEmpty())
        return std::nullopt;
    return cli::Credentials{number, secret};
}

// The store is open: everything that reads it happens here, and a store
// that fails under it (a lost server) is caught by the caller.
int runOnStore(Store& store, const QString& terminalGiven, const cli::Invocation& invocation,
               cli::Session& session)
{
    static const QRegularExpression terminalShape(QStringLiteral("^[A-Z0-9]{1,8}$"));
    QString terminal = terminalGiven;
    if (terminal.isEmpty())
        terminal = qEnvironmentVariable("VIPTILL_TERMINAL");
    if (terminal.isEmpty())
        terminal = store.setting(QStringLiteral("terminal")).value_or(QStringLiteral("T01"));
    if (!terminalShape.match(terminal).hasMatch())
        return printOutcome(cli::usage(CliText::badTerminal(terminal)));

    // The clock is the system's, except in a training store (or one being
    // made one), where $VIPTILL_NOW may set it: a live store's books are
    // never dated by hand.
    const Result<bool> training = StoreMode::isTraining(store);
    if (!training)
        return printOutcome(cli::refused(training.error()));
    session.training = training.value();
    std::unique_ptr<Clock> clock = std::make_unique<SystemClock>();
    const QString now = qEnvironmentVariable("VIPTILL_NOW");
    if (!now.isEmpty() && (session.training || invocation.makesTrainingStore())) {
        const QDateTime at = parseLocalTime(now);
        if (!at.isValid())
            return printOutcome(cli::usage(CliText::badNow(now)));
        clock = std::make_unique<FixedClock>(at);
    }

    // Read here, used by the commands that need a key (cards, the audit).
    const Result<StoreKeys> keys = KeyFile::forStore(session.location);
    if (keys)
        applyKeys(store, *keys);
    ServiceContext context{store, *clock, terminal, &keys};
    const cli::Outcome outcome = cli::run(invocation, session, &context);
    return printOutcome(outcome);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VipTill"));
    QCoreApplication::setApplicationName(QStringLiteral("VipTill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIPTILL_VERSION));
    QTranslator translator;
    installTranslation(app, translator);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("path"));
    const QCommandLineOption terminalOption(QStringLiteral("terminal"), QString(),
                                            QStringLiteral("code"));
    const QCommandLineOption staffOption(cli::StaffOption, QString(), QStringLiteral("number"));
    const QCommandLineOption pinOption(cli::PinOption, QString(), QStringLiteral("pin"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions(
        {dbOption, terminalOption, staffOption, pinOption, helpOption, versionOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return printOutcome(cli::usage(parser.errorText()));
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(cli::helpText()), stdout);
        return cli::Ok;
    }
    if (parser.isSet(versionOption)) {
        return printOutcome(cli::Outcome{
            cli::Ok,
            QJsonObject{{QStringLiteral("version"), QCoreApplication::applicationVersion()}}});
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return printOutcome(cli::usage(cli::helpText()));
    const cli::Invocation invocation(args);
    if (!invocation.ok())
        return printOutcome(invocation.usageError());

    cli::Session session;
    session.location = parser.isSet(dbOption) ? parser.value(dbOption) : configuredStoreLocation();
    session.staff = givenStaff(parser, staffOption, pinOption);
    if (!invocation.command().needsStore)
        return printOutcome(cli::run(invocation, session, nullptr));

    try {
        std::unique_ptr<Store> store;
        try {
            store = openStore(session.location);
        } catch (const StorageError& e) {
            if (e.kind() == StorageError::Kind::Corrupt) // its schema unreadable, say so
                return printOutcome(
                    cli::refused(BackupService::storeDamaged(QString::fromUtf8(e.what()))));
            return printOutcome(cli::refused(Error::database(CliText::cannotOpen(
                displayLocation(session.location), QString::fromUtf8(e.what())))));
        }
        return runOnStore(*store, parser.value(terminalOption), invocation, session);
    } catch (const StorageError& e) {
        // Whatever failed on the way to the command (a server lost after
        // opening): said, never a crash.
        return printOutcome(cli::refused(Error::database(QString::fromUtf8(e.what()))));
    }
}
