// The manager's office from the command line: the catalogue and its prices,
// promotions and points rules, redemption, the figures and their exports,
// the day close. What changes is recorded with the manager who ran it.

#include "CliText.h"
#include "Command.h"
#include "JsonViews.h"
#include "services/CatalogueService.h"
#include "services/DayCloseService.h"
#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/ReportExport.h"
#include "services/ReportService.h"
#include "services/StaffService.h"

namespace viptill::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

std::optional<QList<int>> numberList(const QString& text)
{
    QList<int> numbers;
    for (const QString& part : text.split(u',')) {
        bool isNumber = false;
        const int n = part.trimmed().toInt(&isNumber);
        if (!isNumber)
            return std::nullopt;
        numbers << n;
    }
    return numbers;
}

// --date D, or `fallback` when it is not given; a bad date is INVALID_DATE.
Result<QDate> dateOption(const Options& o, const QString& name, QDate fallback)
{
    if (!o.isSet(name))
        return fallback;
    const QDate date = parseDate(o.value(name));
    if (!date.isValid())
        return Error(ErrorCode::InvalidDate, CliText::badDate(o.value(name)));
    return date;
}

// --from D --to D, or --month YYYY-MM.
Result<DayRange> rangeOptions(const Options& o, Outcome& usageError)
{
    if (o.isSet(s("month"))) {
        if (o.isSet(s("from")) || o.isSet(s("to"))) {
            usageError = usage(CliText::rangeOrMonth());
            return Error(ErrorCode::Usage, {});
        }
        const std::optional<DayRange> month = parseMonth(o.value(s("month")));
        if (!month)
            return Error(ErrorCode::InvalidMonth,
                         QCoreApplication::translate("ReportService",
                                                     "\"%1\" is not a month of the form YYYY-MM.")
                             .arg(o.value(s("month"))));
        return *month;
    }
    if (!o.isSet(s("from")) || !o.isSet(s("to"))) {
        usageError = usage(CliText::rangeOrMonth());
        return Error(ErrorCode::Usage, {});
    }
    DayRange range;
    for (auto [name, day] : {std::pair{s("from"), &range.from}, std::pair{s("to"), &range.to}}) {
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
    if (!o.isSet(s("csv")))
        return std::nullopt;
    const QString path = o.value(s("csv"));
    if (const Status written = ReportExport::writeCsv(path, tables); !written)
        return refused(written.error());
    json.insert(s("csv"), path);
    return std::nullopt;
}

Outcome productImport(const Call& call)
{
    const Options& o = call.options;
    const bool dryRun = o.isSet(s("dry-run"));
    if (o.positional().size() != 1)
        return usage(dryRun ? CliText::dryRunUsage() : CliText::importUsage());
    CatalogueService catalogue(call.ctx());
    if (dryRun) {
        const Result<ImportPreview> preview = catalogue.previewCsvFile(o.positional().first());
        if (!preview)
            return refused(preview.error());
        return ok(json::importPreview(*preview));
    }
    const Result<ImportOutcome> done = catalogue.importCsvFile(o.positional().first(), call.staff);
    if (!done)
        return refused(done.error());
    return ok({{s("imported"), static_cast<qint64>(done->imported)},
               {s("updated"), static_cast<qint64>(done->updated)},
               {s("unchanged"), static_cast<qint64>(done->unchanged)}});
}

Outcome productPrice(const Call& call)
{
    const Options& o = call.options;
    const Result<PriceChangeOutcome> done =
        CatalogueService(call.ctx())
            .changePrice(o.value(s("barcode")), o.value(s("price")), call.staff);
    if (!done)
        return refused(done.error());
    return ok(json::priceChange(*done));
}

Outcome productSpecial(const Call& call)
{
    const Options& o = call.options;
    const bool byBarcode = o.isSet(s("barcode"));
    if (byBarcode == o.isSet(s("counter")))
        return usage(CliText::barcodeOrCounter());
    const QString set = o.value(s("set"));
    if (set != u"0" && set != u"1")
        return usage(CliText::setFlag());
    CatalogueService catalogue(call.ctx());
    if (byBarcode) {
        const Result<PriceChangeOutcome> done =
            catalogue.setSpecial(o.value(s("barcode")), set == u"1", call.staff);
        if (!done)
            return refused(done.error());
        return ok(json::priceChange(*done));
    }
    const Result<std::int64_t> changed =
        catalogue.setCounterSpecial(o.value(s("counter")), set == u"1", call.staff);
    if (!changed)
        return refused(changed.error());
    return ok({{s("counter"), o.value(s("counter"))},
               {s("special"), set == u"1"},
               {s("changed"), static_cast<qint64>(changed.value())}});
}

Outcome productHistory(const Call& call)
{
    const QString barcode = call.options.value(s("barcode"));
    const Result<QList<PriceChange>> history = CatalogueService(call.ctx()).priceHistory(barcode);
    if (!history)
        return refused(history.error());
    return ok(json::priceHistory(barcode.trimmed(), *history));
}

Outcome counterPromo(const Call& call)
{
    const Options& o = call.options;
    const QString counter = o.value(s("counter"));
    if (counter.isEmpty())
        return usage(CliText::missing(s("counter")));
    CatalogueService catalogue(call.ctx());
    if (o.isSet(s("clear"))) {
        if (o.isSet(s("rate")))
            return usage(CliText::oneOf(s("--rate"), s("--clear")));
        if (const Status cleared = catalogue.clearPromotion(counter, call.staff); !cleared)
            return refused(cleared.error());
        return ok({{s("counter"), counter}, {s("rate"), QJsonValue(QJsonValue::Null)}});
    }
    if (!o.isSet(s("rate")))
        return usage(CliText::oneOf(s("--rate"), s("--clear")));
    const Result<Rate> rate = catalogue.setPromotion(
        counter, o.value(s("rate")), o.value(s("from")), o.value(s("to")), call.staff);
    if (!rate)
        return refused(rate.error());
    return ok({{s("counter"), counter}, {s("rate"), rate->toString()}});
}

Outcome ruleAdd(const Call& call)
{
    const Options& o = call.options;
    MultiplierRule rule;
    rule.name = o.value(s("name"));
    if (rule.name.isEmpty())
        return usage(CliText::missing(s("name")));
    const std::optional<std::int64_t> multiplier = wholeNumber(o.value(s("multiplier")));
    if (!multiplier || *multiplier < 1 || *multiplier > 10)
        return refused(
            Error(ErrorCode::InvalidMultiplier,
                  QCoreApplication::translate(
                      "CatalogueService", "The multiplier must be a whole number from 1 to 10.")));
    rule.multiplier = static_cast<int>(*multiplier);
    for (auto [name, target] :
         {std::pair{s("weekdays"), &rule.weekdays}, std::pair{s("months"), &rule.months}}) {
        if (!o.isSet(name))
            continue;
        const std::optional<QList<int>> list = numberList(o.value(name));
        if (!list)
            return usage(CliText::badList(name));
        *target = *list;
    }
    for (auto [name, target] : {std::pair{s("from"), &rule.from}, std::pair{s("to"), &rule.to}}) {
        if (!o.isSet(name))
            continue;
        const QDate d = parseDate(o.value(name));
        if (!d.isValid())
            return refused(Error(ErrorCode::InvalidDate, CliText::badDate(o.value(name))));
        *target = d;
    }
    rule.birthdayOnly = o.isSet(s("birthday"));
    if (o.isSet(s("first-members-per-day"))) {
        const std::optional<std::int64_t> n = wholeNumber(o.value(s("first-members-per-day")));
        if (!n || *n < 1 || *n > 100000)
            return usage(CliText::notNumber(s("first-members-per-day"),
                                            o.value(s("first-members-per-day"))));
        rule.firstMembersPerDay = static_cast<int>(*n);
    }
    const Result<Id> id = CatalogueService(call.ctx()).addRule(rule, call.staff);
    if (!id)
        return refused(id.error());
    return ok({{s("rule_id"), static_cast<qint64>(id.value())}});
}

// The manager who redeems at the CLI is also the one approving it.
Outcome redeem(const Call& call)
{
    const Options& o = call.options;
    Outcome bad;
    const std::optional<std::int64_t> points = numberOption(o, s("points"), bad);
    if (!points)
        return bad;
    const bool byId = o.isSet(s("member"));
    if (byId == o.isSet(s("card")))
        return usage(CliText::oneOf(s("--member"), s("--card")));
    Id member = 0;
    if (byId) {
        const std::optional<std::int64_t> id = numberOption(o, s("member"), bad);
        if (!id)
            return bad;
        member = *id;
    } else {
        const Result<MemberView> view = MemberService(call.ctx()).memberForCard(o.value(s("card")));
        if (!view)
            return refused(view.error());
        member = view->member.id;
    }
    const Result<RedemptionOutcome> done =
        RedemptionService(call.ctx())
            .redeem(member, *points, o.value(s("barcode")), call.staffId(), call.staffId());
    if (!done)
        return refused(done.error());
    return ok(json::redemption(done.value()));
}

Outcome redeemCancel(const Call& call)
{
    Outcome bad;
    const std::optional<std::int64_t> id = numberOption(call.options, s("redemption"), bad);
    if (!id)
        return bad;
    const Result<CancelledRedemption> done =
        RedemptionService(call.ctx()).cancel(*id, call.staffId(), call.staffId());
    if (!done)
        return refused(done.error());
    return ok(json::cancelledRedemption(*done));
}

Outcome reportDay(const Call& call)
{
    const Options& o = call.options;
    QDate date = call.ctx().clock.today();
    if (o.isSet(s("date"))) {
        date = parseDate(o.value(s("date")));
        if (!date.isValid())
            return usage(CliText::badDate(o.value(s("date"))));
    }
    const Result<DayReport> report = ReportService(call.ctx()).day(date);
    if (!report)
        return refused(report.error());
    return ok(json::dayReport(report.value()));
}

Outcome reportFigures(const Call& call, bool countersOnly)
{
    const Options& o = call.options;
    Outcome usageError;
    const Result<DayRange> range = rangeOptions(o, usageError);
    if (!range)
        return range.error().code() == ErrorCode::Usage ? usageError : refused(range.error());
    const Result<Figures> f = ReportService(call.ctx()).figures(range.value());
    if (!f)
        return refused(f.error());
    QList<ReportTable> tables = ReportExport::figures(*f);
    QJsonObject json;
    if (countersOnly) {
        json = {{s("from"), formatDate(f->range.from)},
                {s("to"), formatDate(f->range.to)},
                {s("counters"), json::counters(f->counters)}};
        tables = {tables.at(1)};
    } else {
        json = json::figures(*f);
    }
    if (std::optional<Outcome> failed = exportCsv(o, tables, json))
        return *failed;
    return ok(json);
}

Outcome reportRange(const Call& call)
{
    return reportFigures(call, false);
}

Outcome reportCounters(const Call& call)
{
    return reportFigures(call, true);
}

Outcome reportSettlement(const Call& call)
{
    const Options& o = call.options;
    const Result<Settlement> settlement =
        ReportService(call.ctx()).settlement(o.value(s("month")), o.value(s("counter")));
    if (!settlement)
        return refused(settlement.error());
    QJsonObject json = json::settlement(*settlement);
    if (std::optional<Outcome> failed = exportCsv(o, ReportExport::settlement(*settlement), json))
        return *failed;
    return ok(json);
}

// The list's CSV carries whole mobiles and addresses for the invitations:
// as in the office, a manager takes it and the copy is recorded first.
Outcome reportDiamondEvent(const Call& call)
{
    const Options& o = call.options;
    int year = call.ctx().clock.today().year();
    if (o.isSet(s("year"))) {
        bool isNumber = false;
        year = o.value(s("year")).toInt(&isNumber);
        if (!isNumber)
            return usage(CliText::notNumber(s("year"), o.value(s("year"))));
    }
    const Result<DiamondEventList> list = ReportService(call.ctx()).diamondEvent(year);
    if (!list)
        return refused(list.error());
    QJsonObject json = json::diamondEvent(*list);
    if (o.isSet(s("csv")) && call.staff) {
        if (const Status logged =
                StaffService(call.ctx())
                    .record(*call.staff, s("export_diamond_list"), o.value(s("csv")));
            !logged)
            return refused(logged.error());
    }
    if (std::optional<Outcome> failed = exportCsv(o, {ReportExport::diamondEvent(*list)}, json))
        return *failed;
    return ok(json);
}

Outcome dayClose(const Call& call)
{
    const Result<QDate> day = dateOption(call.options, s("date"), call.ctx().clock.today());
    if (!day)
        return refused(day.error());
    const Result<DayClose> closed = DayCloseService(call.ctx()).close(day.value(), call.staff);
    if (!closed)
        return refused(closed.error());
    return ok(json::dayClose(*closed));
}

} // namespace

QList<Command> managerCommands()
{
    const Area area = Area::ManagersOffice;
    const QList<Option> range{valued("from", "DATE"), valued("to", "DATE"),
                              valued("month", "YYYY-MM"), valued("csv", "FILE")};
    return {
        {.words = s("product import"),
         .options = {flag("dry-run")},
         .positionals = s("FILE.csv"),
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Imports the catalogue (barcode,name,counter,price,"
                                              "special); --dry-run says what would change."),
         .run = &productImport,
         .area = area},
        {.words = s("product price"),
         .options = {required(valued("barcode", "BARCODE")), required(valued("price", "YUAN"))},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Gives an item a new list price."),
         .run = &productPrice,
         .area = area},
        {.words = s("product special"),
         .options = {valued("barcode", "BARCODE"), valued("counter", "NAME"), valued("set", "1/0")},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP(
             "CliText", "Makes an item, or a whole counter, special-price goods (特价) or not."),
         .run = &productSpecial,
         .area = area},
        {.words = s("product history"),
         .options = {required(valued("barcode", "BARCODE"))},
         .help = QT_TRANSLATE_NOOP("CliText", "Every price an item has had."),
         .run = &productHistory,
         .area = area},
        {.words = s("counter promo"),
         .options = {required(valued("counter", "NAME")), valued("rate", "RATE"),
                     valued("from", "DATE"), valued("to", "DATE"), flag("clear")},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Sets or clears a whole-counter promotion."),
         .run = &counterPromo,
         .area = area},
        {.words = s("rule add"),
         .options = {required(valued("name", "TEXT")), required(valued("multiplier", "M")),
                     valued("weekdays", "1,3"), valued("months", "2,3,4"), flag("birthday"),
                     valued("first-members-per-day", "N"), valued("from", "DATE"),
                     valued("to", "DATE")},
         .access = Access::Manager,
         .help =
             QT_TRANSLATE_NOOP("CliText", "Adds a points multiplier rule (weekday 1 = Monday)."),
         .run = &ruleAdd,
         .area = area},
        {.words = s("redeem"),
         .options = {valued("member", "ID"), valued("card", "CARD"),
                     required(valued("points", "P")), required(valued("barcode", "BARCODE"))},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Gives one gift item for points (积分兑换)."),
         .run = &redeem,
         .area = area},
        {.words = s("redeem cancel"),
         .options = {required(valued("redemption", "ID"))},
         .access = Access::Manager,
         .help =
             QT_TRANSLATE_NOOP("CliText", "Cancels a redemption of today; the points come back."),
         .run = &redeemCancel,
         .area = area},
        {.words = s("report day"),
         .options = {valued("date", "DATE")},
         .help = QT_TRANSLATE_NOOP("CliText", "The day's figures."),
         .run = &reportDay,
         .area = area},
        {.words = s("report range"),
         .options = range,
         .help = QT_TRANSLATE_NOOP("CliText", "The figures of any range, or of a month."),
         .run = &reportRange,
         .area = area},
        {.words = s("report counters"),
         .options = range,
         .help = QT_TRANSLATE_NOOP("CliText", "Sales by counter."),
         .run = &reportCounters,
         .area = area},
        {.words = s("report settlement"),
         .options = {required(valued("month", "YYYY-MM")), valued("counter", "NAME"),
                     valued("csv", "FILE")},
         .help = QT_TRANSLATE_NOOP("CliText", "The gifts the mall owes each counter."),
         .run = &reportSettlement,
         .area = area},
        {.words = s("report diamond-event"),
         .options = {valued("year", "YEAR"), valued("csv", "FILE")},
         .writingOption = s("csv"),
         .writingAccess = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "The year's diamond thank-you invitations."),
         .run = &reportDiamondEvent,
         .area = area},
        {.words = s("day close"),
         .options = {valued("date", "DATE")},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Closes the day (日结): its figures are frozen."),
         .run = &dayClose,
         .area = area},
    };
}

} // namespace viptill::cli
