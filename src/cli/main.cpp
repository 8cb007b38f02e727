// viptillctl: the scripting interface of cli.md, a thin shell over the services.

#include "Commands.h"
#include "JsonViews.h"
#include "services/BackupService.h"
#include "services/StoreKeys.h"
#include "storage/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace viptill;

namespace {

class MainText
{
    Q_DECLARE_TR_FUNCTIONS(MainText)
public:
    static QString badNow(const QString& v)
    {
        return tr("VIPTILL_NOW must be a local time YYYY-MM-DDTHH:MM:SS, not \"%1\".").arg(v);
    }
    static QString badTerminal(const QString& v)
    {
        return tr("A terminal code is 1 to 8 capital letters or digits, not \"%1\".").arg(v);
    }
    static QString cannotOpen(const QString& path, const QString& why)
    {
        return tr("The database %1 cannot be opened: %2").arg(path, why);
    }
    static QString help()
    {
        return tr("Usage: viptillctl [--db PATH] [--terminal CODE] COMMAND ...\n"
                  "Commands: init, product import, counter promo, rule add, sale, return,\n"
                  "member register, member show, card replace, redeem, report day, demo.\n"
                  "See docs/cli.md for each command's options and output.") +
               u'\n' +
               tr("Customer care: crm dormant, crm lapsing, crm lapsed, crm revive, crm calls,\n"
                  "crm call log, crm feedback, crm greetings, crm outbox, crm template,\n"
                  "crm classify, crm classes, crm daily, crm settings, member file, member edit.") +
               u'\n' +
               tr("Manager's office: report range, report counters, report settlement,\n"
                  "report diamond-event, day close, redeem cancel, product import --dry-run,\n"
                  "product price, product special, product history.") +
               u'\n' +
               tr("Cards and trust: card write, card read, keys create, audit verify, backup,\n"
                  "restore, check.");
    }
};

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
    const QCommandLineOption helpOption(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions({dbOption, terminalOption, helpOption, versionOption});
    if (!parser.parse(QCoreApplication::arguments()))
        return printOutcome(cli::usage(parser.errorText()));
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(MainText::help() + u'\n'), stdout);
        return cli::Ok;
    }
    if (parser.isSet(versionOption)) {
        return printOutcome(cli::Outcome{
            cli::Ok,
            QJsonObject{{QStringLiteral("version"), QCoreApplication::applicationVersion()}}});
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return printOutcome(cli::usage(MainText::help()));

    std::unique_ptr<Clock> clock;
    const QString now = qEnvironmentVariable("VIPTILL_NOW");
    if (now.isEmpty()) {
        clock = std::make_unique<SystemClock>();
    } else {
        const QDateTime at = parseLocalTime(now);
        if (!at.isValid())
            return printOutcome(cli::usage(MainText::badNow(now)));
        clock = std::make_unique<FixedClock>(at);
    }

    const QString location =
        parser.isSet(dbOption) ? parser.value(dbOption) : configuredStoreLocation();
    // `keys create [--to FILE]`: the store's key file, made once and copied
    // to every till; it needs no store open.
    if (args.size() >= 2 && args.at(0) == u"keys" && args.at(1) == u"create")
        return printOutcome(cli::createKeys(args, KeyFile::defaultPath(location)));
    std::unique_ptr<Store> store;
    try {
        store = openStore(location);
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Corrupt) // its schema unreadable, say so
            return printOutcome(
                cli::refused(BackupService::storeDamaged(QString::fromUtf8(e.what()))));
        return printOutcome(cli::refused(Error::database(
            MainText::cannotOpen(displayLocation(location), QString::fromUtf8(e.what())))));
    }

    static const QRegularExpression terminalShape(QStringLiteral("^[A-Z0-9]{1,8}$"));
    QString terminal = parser.value(terminalOption);
    if (terminal.isEmpty())
        terminal = qEnvironmentVariable("VIPTILL_TERMINAL");
    if (terminal.isEmpty()) {
        try {
            terminal = store->setting(QStringLiteral("terminal")).value_or(QStringLiteral("T01"));
        } catch (const StorageError& e) {
            return printOutcome(cli::refused(Error::database(QString::fromUtf8(e.what()))));
        }
    }
    if (!terminalShape.match(terminal).hasMatch())
        return printOutcome(cli::usage(MainText::badTerminal(terminal)));

    // Read here, used by the commands that need a key (cards, the audit).
    const Result<StoreKeys> keys = KeyFile::forStore(location);
    if (keys)
        applyKeys(*store, *keys);
    ServiceContext context{*store, *clock, terminal, &keys};
    return printOutcome(cli::runCommand(context, args));
}
