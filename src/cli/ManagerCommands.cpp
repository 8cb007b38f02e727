#include "ManagerCommands.h"

#include "JsonViews.h"
#include "services/CatalogueService.h"
#include "services/DayCloseService.h"
#include "services/RedemptionService.h"
#include "services/ReportExport.h"
#include "services/ReportService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace viptill::cli {

namespace {

class ManagerCliText
{
    Q_DECLARE_TR_FUNCTIONS(ManagerCliText)
public:
    static QString missing(const QString& option)
    {
        return tr("The option --%1 is required.").arg(option);
    }
    static QString badDate(const QString& value)
    {
        return tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(value);
    }
    static QString rangeOrMonth() { return tr("Give --from and --to, or --month YYYY-MM."); }
    static QString notNumber(const QString& option, const QString& value)
    {
        return tr("--%1 takes a whole number, not \"%2\".").arg(option, value);
    }
    static QString barcodeOrCounter() { return tr("Give exactly one of --barcode or --counter."); }
    static QString setFlag() { return tr("--set takes 1 (special-price goods) or 0."); }
    static QString importUsage()
    {
        return tr("Usage: viptillctl product import --dry-run FILE.csv");
    }
};

// A command's own options (QCommandLineParser, long options only).
class Options
{
public:
    Options(const QStringList& args, int commandWords, const QStringList& valued,
            const QStringList& flags = {})
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        for (const QString& name : valued)
            m_parser.addOption(QCommandLineOption(name, QString(), name));
        for (const QString& name : flags)
            m_parser.addOption(QCommandLineOption(name));
        m_ok = m_parser.parse(QStringList{QStringLiteral("viptillctl")} + args.mid(commandWords));
    }
    bool ok() const { return m_ok; }
    QString errorText() const { return m_parser.errorText(); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    bool m_ok = false;
};

Outcome ok(QJsonObject json)
{
    return {Ok, std::move(json)};
}

// --date D, or today when it is not given.
Result<QDate> dateOption(const Options& o, const QString& name, QDate fallback)
{
    if (!o.isSet(name))
        return fallback;
    const QDate date = parseDate(o.value(name));
    if (!date.isValid())
        return Error(ErrorCode::InvalidDate, ManagerCliText::badDate(o.value(name)));
    return date;
}

// --from D --to D, or --month YYYY-MM.
Result<DayRange> rangeOptions(const Options& o, Outcome& usageError)
{
    if (o.isSet(QStringLiteral("month"))) {
        if (o.isSet(QStringLiteral("from")) || o.isSet(QStringLiteral("to"))) {
            usageError = usage(ManagerCliText::rangeOrMonth());
            return Error(ErrorCode::Usage, {});
        }
        const std::optional<DayRange> month = parseMonth(o.value(QStringLiteral("month")));
        if (!month)
            return Error(ErrorCode::InvalidMonth,
                         QCoreApplication::translate("ReportService",
                                                     "\"%1\" is not a month of the form YYYY-MM.")
                             .arg(o.value(QStringLiteral("month"))));
        return *month;
    }
    if (!o.isSet(QStringLiteral("from")) || !o.isSet(QStringLiteral("to"))) {
        usageError = usage(ManagerCliText::rangeOrMonth());
        return Error(ErrorCode::Usage, {});
    }
    DayRange range;
    for (auto [name, day] : {std::pair{QStringLiteral("from"), &range.from},
                             std::pair{QStringLiteral("to"), &range.to}}) {
        const Result<QDate> d = dateOption(o, name, {});
        if (!d)
            return d.error();
        *day = d.value();
    }
    return range;
}

// Writes the tables to --csv FILE when it is given; the path goes in the JSON.
std::optional<Outcome> exportCsv(const Options& o, const QList<ReportTable>& tables,
                                 QJsonObject& json)
{
    if (!o.isSet(QStringLiteral("csv")))
        return std::nullopt;
    const QString path = o.value(QStringLiteral("csv"));
    if (const Status written = ReportExport::writeCsv(path, tables); !written)
        return refused(written.error());
    json.insert(QStringLiteral("csv"), path);
    return std::nullopt;
}

Outcome reportRange(ServiceContext& ctx, const Options& o, bool countersOnly)
{
    Outcome usageError;
    const Result<DayRange> range = rangeOptions(o, usageError);
    if (!range)
        return range.error().code() == ErrorCode::Usage ? usageError : refused(range.error());
    const Result<Figures> f = ReportService(ctx).figures(range.value());
    if (!f)
        return refused(f.error());
    QList<ReportTable> tables = ReportExport::figures(*f);
    QJsonObject json;
    if (countersOnly) {
        json = {{QStringLiteral("from"), formatDate(f->range.from)},
                {QStringLiteral("to"), formatDate(f->range.to)},
                {QStringLiteral("counters"), json::counters(f->counters)}};
        tables = {tables.at(1)};
    } else {
        json = json::figures(*f);
    }
    if (std::optional<Outcome> failed = exportCsv(o, tables, json))
        return *failed;
    return ok(json);
}

Outcome reportSettlement(ServiceContext& ctx, const Options& o)
{
    if (!o.isSet(QStringLiteral("month")))
        return usage(ManagerCliText::missing(QStringLiteral("month")));
    const Result<Settlement> s = ReportService(ctx).settlement(o.value(QStringLiteral("month")),
                                                               o.value(QStringLiteral("counter")));
    if (!s)
        return refused(s.error());
    QJsonObject json = json::settlement(*s);
    if (std::optional<Outcome> failed = exportCsv(o, ReportExport::settlement(*s), json))
        return *failed;
    return ok(json);
}

Outcome reportDiamondEvent(ServiceContext& ctx, const Options& o)
{
    int year = ctx.clock.today().year();
    if (o.isSet(QStringLiteral("year"))) {
        bool isNumber = false;
        year = o.value(QStringLiteral("year")).toInt(&isNumber);
        if (!isNumber)
            return usage(
                ManagerCliText::notNumber(QStringLiteral("year"), o.value(QStringLiteral("year"))));
    }
    const Result<DiamondEventList> list = ReportService(ctx).diamondEvent(year);
    if (!list)
        return refused(list.error());
    QJsonObject json = json::diamondEvent(*list);
    if (std::optional<Outcome> failed = exportCsv(o, {ReportExport::diamondEvent(*list)}, json))
        return *failed;
    return ok(json);
}

Outcome dayClose(ServiceContext& ctx, const Options& o)
{
    const Result<QDate> day = dateOption(o, QStringLiteral("date"), ctx.clock.today());
    if (!day)
        return refused(day.error());
    const Result<DayClose> closed = DayCloseService(ctx).close(day.value(), std::nullopt);
    if (!closed)
        return refused(closed.error());
    return ok(json::dayClose(*closed));
}

Outcome redeemCancel(ServiceContext& ctx, const Options& o)
{
    if (!o.isSet(QStringLiteral("redemption")))
        return usage(ManagerCliText::missing(QStringLiteral("redemption")));
    bool isNumber = false;
    const Id id = o.value(QStringLiteral("redemption")).toLongLong(&isNumber);
    if (!isNumber)
        return usage(ManagerCliText::notNumber(QStringLiteral("redemption"),
                                               o.value(QStringLiteral("redemption"))));
    const Result<CancelledRedemption> done = RedemptionService(ctx).cancel(id);
    if (!done)
        return refused(done.error());
    return ok(json::cancelledRedemption(*done));
}

Outcome productImportDryRun(ServiceContext& ctx, const Options& o)
{
    if (o.positional().size() != 1)
        return usage(ManagerCliText::importUsage());
    const Result<ImportPreview> preview =
        CatalogueService(ctx).previewCsvFile(o.positional().first());
    if (!preview)
        return refused(preview.error());
    return ok(json::importPreview(*preview));
}

Outcome productPrice(ServiceContext& ctx, const Options& o)
{
    for (const QString& required : {QStringLiteral("barcode"), QStringLiteral("price")}) {
        if (!o.isSet(required))
            return usage(ManagerCliText::missing(required));
    }
    const Result<PriceChangeOutcome> done = CatalogueService(ctx).changePrice(
        o.value(QStringLiteral("barcode")), o.value(QStringLiteral("price")), std::nullopt);
    if (!done)
        return refused(done.error());
    return ok(json::priceChange(*done));
}

Outcome productSpecial(ServiceContext& ctx, const Options& o)
{
    const bool byBarcode = o.isSet(QStringLiteral("barcode"));
    if (byBarcode == o.isSet(QStringLiteral("counter")))
        return usage(ManagerCliText::barcodeOrCounter());
    const QString set = o.value(QStringLiteral("set"));
    if (set != u"0" && set != u"1")
        return usage(ManagerCliText::setFlag());
    CatalogueService catalogue(ctx);
    if (byBarcode) {
        const Result<PriceChangeOutcome> done =
            catalogue.setSpecial(o.value(QStringLiteral("barcode")), set == u"1", std::nullopt);
        if (!done)
            return refused(done.error());
        return ok(json::priceChange(*done));
    }
    const Result<std::int64_t> changed =
        catalogue.setCounterSpecial(o.value(QStringLiteral("counter")), set == u"1", std::nullopt);
    if (!changed)
        return refused(changed.error());
    return ok({{QStringLiteral("counter"), o.value(QStringLiteral("counter"))},
               {QStringLiteral("special"), set == u"1"},
               {QStringLiteral("changed"), static_cast<qint64>(changed.value())}});
}

Outcome productHistory(ServiceContext& ctx, const Options& o)
{
    if (!o.isSet(QStringLiteral("barcode")))
        return usage(ManagerCliText::missing(QStringLiteral("barcode")));
    const Result<QList<PriceChange>> history =
        CatalogueService(ctx).priceHistory(o.value(QStringLiteral("barcode")));
    if (!history)
        return refused(history.error());
    return ok(json::priceHistory(o.value(QStringLiteral("barcode")).trimmed(), *history));
}

} // namespace

bool isManagerCommand(const QString& command)
{
    static const QStringList known{
        QStringLiteral("report range"),      QStringLiteral("report counters"),
        QStringLiteral("report settlement"), QStringLiteral("report diamond-event"),
        QStringLiteral("day close"),         QStringLiteral("redeem cancel"),
        QStringLiteral("product price"),     QStringLiteral("product special"),
        QStringLiteral("product history")};
    return known.contains(command);
}

std::optional<Outcome> runManagerCommand(ServiceContext& ctx, const QString& command,
                                         const QStringList& args)
{
    const bool dryRun = command == u"product import" && args.contains(QStringLiteral("--dry-run"));
    if (!dryRun && !isManagerCommand(command))
        return std::nullopt;
    const int words = 2;
    auto run = [&](const QStringList& valued, const QStringList& flags, auto&& body) -> Outcome {
        const Options o(args, words, valued, flags);
        if (!o.ok())
            return usage(o.errorText());
        return body(o);
    };
    if (dryRun)
        return run({}, {QStringLiteral("dry-run")},
                   [&](const Options& o) { return productImportDryRun(ctx, o); });
    const QStringList rangeOptionNames{QStringLiteral("from"), QStringLiteral("to"),
                                       QStringLiteral("month"), QStringLiteral("csv")};
    if (command == u"report range")
        return run(rangeOptionNames, {},
                   [&](const Options& o) { return reportRange(ctx, o, false); });
    if (command == u"report counters")
        return run(rangeOptionNames, {},
                   [&](const Options& o) { return reportRange(ctx, o, true); });
    if (command == u"report settlement")
        return run({QStringLiteral("month"), QStringLiteral("counter"), QStringLiteral("csv")}, {},
                   [&](const Options& o) { return reportSettlement(ctx, o); });
    if (command == u"report diamond-event")
        return run({QStringLiteral("year"), QStringLiteral("csv")}, {},
                   [&](const Options& o) { return reportDiamondEvent(ctx, o); });
    if (command == u"day close")
        return run({QStringLiteral("date")}, {},
                   [&](const Options& o) { return dayClose(ctx, o); });
    if (command == u"redeem cancel")
        return run({QStringLiteral("redemption")}, {},
                   [&](const Options& o) { return redeemCancel(ctx, o); });
    if (command == u"product price")
        return run({QStringLiteral("barcode"), QStringLiteral("price")}, {},
                   [&](const Options& o) { return productPrice(ctx, o); });
    if (command == u"product special")
        return run({QStringLiteral("barcode"), QStringLiteral("counter"), QStringLiteral("set")},
                   {}, [&](const Options& o) { return productSpecial(ctx, o); });
    return run({QStringLiteral("barcode")}, {},
               [&](const Options& o) { return productHistory(ctx, o); });
}

} // namespace viptill::cli
