// Going live from the command line (shared/docs/cli.md, "Going live"): the
// store's staff, the programme's settings, its multiplier rules and counter
// promotions as lists.

#include "CliText.h"
#include "Command.h"
#include "JsonViews.h"
#include "services/CatalogueService.h"
#include "services/MemberImportService.h"
#include "services/SettingsService.h"
#include "services/StaffService.h"

#include <QJsonArray>

namespace viptill::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// cli.md's words for a role: cashier, desk, manager.
QString roleWord(StaffRole role)
{
    switch (role) {
    case StaffRole::Cashier:
        return s("cashier");
    case StaffRole::ServiceDesk:
        return s("desk");
    case StaffRole::Manager:
        return s("manager");
    }
    return {};
}

std::optional<StaffRole> roleOf(const QString& word)
{
    if (word == u"desk")
        return StaffRole::ServiceDesk;
    return staffRoleFromCode(word);
}

QJsonObject staffJson(const StaffMember& staff, const QDateTime& now)
{
    return {{s("number"), staff.number},
            {s("name"), staff.name},
            {s("role"), roleWord(staff.role)},
            {s("active"), staff.active},
            {s("locked"), staff.lockedUntil.has_value() && *staff.lockedUntil > now},
            {s("must_change_pin"), staff.mustChangePin}};
}

Result<StaffRole> roleOption(const Options& o)
{
    const std::optional<StaffRole> role = roleOf(o.value(s("role")));
    if (!role)
        return Error(ErrorCode::Usage,
                     CliText::mustBeOneOf(s("role"), {s("cashier"), s("desk"), s("manager")}));
    return *role;
}

Outcome staffAdd(const Call& call)
{
    const Result<StaffRole> role = roleOption(call.options);
    if (!role)
        return usage(role.error().message());
    const Result<StaffMember> added =
        StaffService(call.ctx())
            .add(call.staff, call.options.value(s("number")), call.options.value(s("name")),
                 role.value(), call.options.value(s("new-pin")));
    if (!added)
        return refused(added.error());
    return ok(staffJson(added.value(), call.ctx().clock.now()));
}

Outcome staffList(const Call& call)
{
    const Result<QList<StaffMember>> all = StaffService(call.ctx()).list();
    if (!all)
        return refused(all.error());
    QJsonArray staff;
    for (const StaffMember& member : all.value())
        staff.append(staffJson(member, call.ctx().clock.now()));
    return ok({{s("staff"), staff}});
}

Outcome staffRole(const Call& call)
{
    const Result<StaffRole> role = roleOption(call.options);
    if (!role)
        return usage(role.error().message());
    const Result<StaffMember> changed =
        StaffService(call.ctx())
            .setRole(*call.staff, call.options.value(s("number")), role.value());
    if (!changed)
        return refused(changed.error());
    return ok(staffJson(changed.value(), call.ctx().clock.now()));
}

Outcome staffDisable(const Call& call)
{
    const Result<StaffMember> changed =
        StaffService(call.ctx()).disable(*call.staff, call.options.value(s("number")));
    if (!changed)
        return refused(changed.error());
    return ok(staffJson(changed.value(), call.ctx().clock.now()));
}

Outcome staffUnlock(const Call& call)
{
    const Result<StaffMember> changed =
        StaffService(call.ctx()).unlock(*call.staff, call.options.value(s("number")));
    if (!changed)
        return refused(changed.error());
    return ok(staffJson(changed.value(), call.ctx().clock.now()));
}

// A manager resets someone's PIN (to be changed at their next log-in); a
// member of staff sets their own (the one a manager gave them, say).
Outcome staffPin(const Call& call)
{
    const QString number = call.options.value(s("number"));
    const QString newPin = call.options.value(s("new-pin"));
    StaffService staff(call.ctx());
    const Result<StaffMember> changed =
        number == call.staff->number ? staff.changePin(number, call.pin, newPin)
        : call.staff->role == StaffRole::Manager
            ? staff.resetPin(*call.staff, number, newPin)
            : Result<StaffMember>(Error(ErrorCode::NotPermitted,
                                        CliText::forManagers(call.staff->number, s("staff pin"))));
    if (!changed)
        return refused(changed.error());
    return ok({{s("number"), changed->number}, {s("must_change_pin"), changed->mustChangePin}});
}

// A setting's value as JSON: money, points, days and counts as integers,
// rates and text as strings, no return window as null.
QJsonValue settingJson(const SettingSpec& spec, const QString& value)
{
    switch (spec.kind) {
    case SettingKind::Fen:
    case SettingKind::Number:
        return value.toLongLong();
    case SettingKind::MaybeDays:
        return value == u"none" ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
    case SettingKind::Rate:
    case SettingKind::Text:
        return value;
    }
    return value;
}

QJsonObject changeJson(const SettingChange& c)
{
    const SettingSpec* spec = settingSpec(c.key);
    return {{s("change_id"), static_cast<qint64>(c.id)},
            {s("key"), c.key},
            {s("value"), spec ? settingJson(*spec, c.value) : QJsonValue(c.value)},
            {s("from"), formatDate(c.from)},
            {s("to"), c.to ? QJsonValue(formatDate(*c.to)) : QJsonValue(QJsonValue::Null)},
            {s("last_day"),
             c.ends() ? QJsonValue(formatDate(*c.ends())) : QJsonValue(QJsonValue::Null)},
            {s("note"), c.note},
            {s("set_at"), formatLocalTime(c.setAt)},
            {s("stopped"), c.stoppedAt.has_value()}};
}

Outcome settingsShow(const Call& call)
{
    const Result<QList<SettingState>> shown =
        SettingsService(call.ctx()).show(call.ctx().clock.today());
    if (!shown)
        return refused(shown.error());
    QJsonObject values;
    QJsonArray ahead;
    for (const SettingState& state : shown.value()) {
        values.insert(state.spec->key, settingJson(*state.spec, state.value));
        for (const SettingChange& c : state.ahead)
            ahead.append(changeJson(c));
    }
    return ok({{s("date"), formatDate(call.ctx().clock.today())},
               {s("settings"), values},
               {s("ahead"), ahead}});
}

Outcome settingsHistory(const Call& call)
{
    const Result<QList<SettingChange>> history = SettingsService(call.ctx()).history();
    if (!history)
        return refused(history.error());
    QJsonArray changes;
    for (const SettingChange& c : history.value())
        changes.append(changeJson(c));
    return ok({{s("changes"), changes}});
}

// --from/--to/--on D: a date, or INVALID_DATE; not given, none.
Result<std::optional<QDate>> dayOption(const Options& o, const char* name)
{
    if (!o.isSet(s(name)))
        return std::optional<QDate>();
    const QDate day = parseDate(o.value(s(name)));
    if (!day.isValid())
        return Error(ErrorCode::InvalidDate, CliText::badDate(o.value(s(name))));
    return std::optional(day);
}

Outcome settingsSet(const Call& call)
{
    const QStringList words = call.options.positional();
    if (words.size() != 2)
        return usage(CliText::settingsSetUsage());
    const Result<std::optional<QDate>> from = dayOption(call.options, "from");
    if (!from)
        return refused(from.error());
    const Result<std::optional<QDate>> to = dayOption(call.options, "to");
    if (!to)
        return refused(to.error());
    const Result<SettingChange> set = SettingsService(call.ctx())
                                          .set(*call.staff, words.at(0), words.at(1), from.value(),
                                               to.value(), call.options.value(s("note")));
    if (!set)
        return refused(set.error());
    return ok(changeJson(set.value()));
}

Outcome settingsStop(const Call& call)
{
    Outcome bad;
    const std::optional<std::int64_t> id = numberOption(call.options, s("change-id"), bad);
    if (!id)
        return bad;
    const Result<std::optional<QDate>> on = dayOption(call.options, "on");
    if (!on)
        return refused(on.error());
    const Result<SettingChange> stopped =
        SettingsService(call.ctx()).stop(*call.staff, *id, on.value());
    if (!stopped)
        return refused(stopped.error());
    return ok(changeJson(stopped.value()));
}

QJsonValue numbersJson(const QList<int>& numbers)
{
    QJsonArray list;
    for (int n : numbers)
        list.append(n);
    return list;
}

QJsonObject ruleJson(const RuleState& state)
{
    const MultiplierRule& r = state.rule;
    auto day = [](const std::optional<QDate>& d) {
        return d ? QJsonValue(formatDate(*d)) : QJsonValue(QJsonValue::Null);
    };
    return {{s("rule_id"), static_cast<qint64>(r.id)},
            {s("name"), r.name},
            {s("multiplier"), r.multiplier},
            {s("active"), state.active},
            {s("weekdays"), numbersJson(r.weekdays)},
            {s("months"), numbersJson(r.months)},
            {s("birthday"), r.birthdayOnly},
            {s("first_members_per_day"), r.firstMembersPerDay},
            {s("from"), day(r.from)},
            {s("to"), day(r.to)},
            {s("stopped"), r.stoppedAt.has_value()}};
}

Outcome ruleList(const Call& call)
{
    const Result<QList<RuleState>> rules = CatalogueService(call.ctx()).rules();
    if (!rules)
        return refused(rules.error());
    QJsonArray list;
    for (const RuleState& r : rules.value())
        list.append(ruleJson(r));
    return ok({{s("rules"), list}});
}

Outcome ruleStop(const Call& call)
{
    Outcome bad;
    const std::optional<std::int64_t> id = numberOption(call.options, s("rule-id"), bad);
    if (!id)
        return bad;
    const Result<std::optional<QDate>> on = dayOption(call.options, "on");
    if (!on)
        return refused(on.error());
    const Result<RuleState> stopped =
        CatalogueService(call.ctx()).stopRule(*call.staff, *id, on.value());
    if (!stopped)
        return refused(stopped.error());
    return ok(ruleJson(stopped.value()));
}

Outcome counterPromos(const Call& call)
{
    const Result<QList<Promotion>> promotions = CatalogueService(call.ctx()).promotions();
    if (!promotions)
        return refused(promotions.error());
    QJsonArray list;
    for (const Promotion& p : promotions.value())
        list.append(QJsonObject{
            {s("counter"), p.counter},
            {s("rate"), p.rate.toString()},
            {s("from"), p.from ? QJsonValue(formatDate(*p.from)) : QJsonValue(QJsonValue::Null)},
            {s("to"), p.to ? QJsonValue(formatDate(*p.to)) : QJsonValue(QJsonValue::Null)}});
    return ok({{s("promotions"), list}});
}

// The dry run lists every fault and changes nothing (exit 0); the import
// takes all or none (IMPORT_FAULTS with the same list).
Outcome memberImport(const Call& call)
{
    if (call.options.positional().size() != 1)
        return usage(CliText::memberImportUsage());
    const QString path = call.options.positional().first();
    MemberImportService members(call.ctx());
    const bool dryRun = call.options.isSet(s("dry-run"));
    const Result<MemberImportReport> report =
        dryRun ? members.dryRun(path) : members.importFile(path, *call.staff);
    if (!report)
        return refused(report.error());
    QJsonObject json{{s("members"), static_cast<qint64>(report->members)},
                     {s("imported"), static_cast<qint64>(report->imported)},
                     {s("faults"), json::lineFaults(report->faults)},
                     {s("sha256"), report->sha256}};
    if (dryRun)
        json.insert(s("dry_run"), true);
    return ok(json);
}

} // namespace

QList<Command> programmeCommands()
{
    const Area area = Area::StaffAndProgramme;
    const Option number = required(valued("number", "N"));
    return {
        {.words = s("staff add"),
         .options = {number, required(valued("name", "TEXT")),
                     required(valued("role", "cashier/desk/manager")),
                     required(valued("new-pin", "PIN"))},
         .access = Access::ManagerOrNoStaffYet,
         .help = QT_TRANSLATE_NOOP("CliText", "Adds a member of staff (a PIN of 4 to 8 digits); "
                                              "a new store's first is its manager."),
         .run = &staffAdd,
         .area = area},
        {.words = s("staff list"),
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Everyone, leavers too; never a PIN."),
         .run = &staffList,
         .area = area},
        {.words = s("staff role"),
         .options = {number, required(valued("role", "cashier/desk/manager"))},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Changes a member of staff's role."),
         .run = &staffRole,
         .area = area},
        {.words = s("staff disable"),
         .options = {number},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "A leaver: can no longer log in; the history keeps the name."),
         .run = &staffDisable,
         .area = area},
        {.words = s("staff unlock"),
         .options = {number},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Lifts a lock-out after too many wrong PINs."),
         .run = &staffUnlock,
         .area = area},
        {.words = s("staff pin"),
         .options = {number, required(valued("new-pin", "PIN"))},
         .access = Access::AnyStaff,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "A manager resets a PIN (changed at the next log-in); your own "
                                   "number: you choose your own PIN."),
         .run = &staffPin,
         .area = area},
        {.words = s("settings show"),
         .help =
             QT_TRANSLATE_NOOP("CliText", "The programme's settings today, and the changes ahead."),
         .run = &settingsShow,
         .area = area},
        {.words = s("settings history"),
         .help = QT_TRANSLATE_NOOP("CliText", "Every change of a setting, newest first."),
         .run = &settingsHistory,
         .area = area},
        {.words = s("settings set"),
         .options = {valued("from", "DATE"), valued("to", "DATE"), valued("note", "TEXT")},
         .positionals = s("KEY VALUE"),
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Changes a setting from today or a later day (never "
                                              "backwards); with --to, for those days only."),
         .run = &settingsSet,
         .area = area},
        {.words = s("settings stop"),
         .options = {required(valued("change-id", "N")), valued("on", "DATE")},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Ends a change of a setting: it no longer holds from DATE "
                                   "(default today)."),
         .run = &settingsStop,
         .area = area},
        {.words = s("rule list"),
         .help = QT_TRANSLATE_NOOP("CliText", "The points multiplier rules, stopped ones too."),
         .run = &ruleList,
         .area = area},
        {.words = s("rule stop"),
         .options = {required(valued("rule-id", "N")), valued("on", "DATE")},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Stops a rule: its last day is the day before DATE (default "
                                   "today)."),
         .run = &ruleStop,
         .area = area},
        {.words = s("member import"),
         .options = {flag("dry-run")},
         .positionals = s("FILE.csv"),
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Members, cards and points from the old system (card_number,"
                                   "name,gender,birthday,id_number,mobile,address,tier,"
                                   "points_balance,points_lifetime,joined_on); any fault imports "
                                   "nothing; --dry-run lists every fault."),
         .run = &memberImport,
         .area = area},
        {.words = s("counter promos"),
         .help = QT_TRANSLATE_NOOP("CliText", "The counter promotions running today or later."),
         .run = &counterPromos,
         .area = area},
    };
}

} // namespace viptill::cli
