// Customer care: the desk's lists, calls and messages, the member file and
// what PIPL asks of it, from scripts.

#include "CliText.h"
#include "Command.h"
#include "JsonViews.h"
#include "core/Identity.h"
#include "services/CareSettings.h"
#include "services/DailyCareRun.h"
#include "services/DormancyService.h"
#include "services/FollowUpService.h"
#include "services/GreetingService.h"
#include "services/JsonValues.h"
#include "services/MemberClassService.h"
#include "services/MemberData.h"
#include "services/MemberFileService.h"
#include "services/MemberService.h"
#include "services/StaffService.h"

#include <QJsonArray>
#include <array>

namespace viptill::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

using json::dateOrNull;
using json::fen;
using json::integer;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// A whole-number option (days, counts), or the usage error saying what is wrong.
std::optional<int> number(const Options& o, const char* name, Outcome& bad)
{
    bool isNumber = false;
    const int n = o.value(s(name)).toInt(&isNumber);
    if (!isNumber) {
        bad = usage(CliText::notNumber(s(name), o.value(s(name))));
        return std::nullopt;
    }
    return n;
}

std::optional<QDate> date(const Options& o, const char* name, Outcome& bad)
{
    const QDate d = parseDate(o.value(s(name)));
    if (!d.isValid()) {
        bad = usage(CliText::badDate(o.value(s(name))));
        return std::nullopt;
    }
    return d;
}

// --date D, today when not given.
std::optional<QDate> dayOption(ServiceContext& ctx, const Options& o, Outcome& bad)
{
    if (!o.isSet(s("date")))
        return ctx.clock.today();
    return date(o, "date", bad);
}

QJsonObject callJson(const CallView& v)
{
    const FollowUpCall& c = v.call;
    return {
        {s("call_id"), integer(c.id)},
        {s("member_id"), integer(c.memberId)},
        {s("kind"), callKindCode(c.kind)},
        {s("window"), c.window.text()},
        {s("due_on"), formatDate(c.dueOn)},
        {s("assigned_to"), textOrNull(v.assigneeNumber)},
        {s("about"), v.about},
        {s("outcome"),
         c.outcome ? QJsonValue(callOutcomeCode(*c.outcome)) : QJsonValue(QJsonValue::Null)},
        {s("satisfaction"),
         c.satisfaction ? QJsonValue(*c.satisfaction) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject message(const OutboxMessage& m)
{
    return {
        {s("message_id"), m.id != 0 ? integer(m.id) : QJsonValue(QJsonValue::Null)},
        {s("member_id"), integer(m.memberId)},
        {s("kind"), messageKindCode(m.kind)},
        {s("occasion"), m.occasion},
        {s("mobile_masked"), maskMobile(m.mobile)},
        {s("text"), m.text},
        {s("status"), outboxStatusCode(m.status)},
    };
}

Outcome crmDormant(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    int days = 0;
    if (o.isSet(s("days"))) {
        const std::optional<int> n = number(o, "days", bad);
        if (!n)
            return bad;
        days = *n;
    } else {
        const Result<CareSettings> settings = CareSettingsService(ctx).current();
        if (!settings)
            return refused(settings.error());
        days = settings->dormantDays;
    }
    const Result<QList<MemberVisit>> found = DormancyService(ctx).dormant(days);
    if (!found)
        return refused(found.error());
    QJsonArray members;
    for (const MemberVisit& v : found.value())
        members.append(QJsonObject{{s("member_id"), integer(v.memberId)},
                                   {s("last_visit"), formatDate(v.lastVisit)}});
    return ok({{s("days"), days}, {s("members"), members}});
}

QJsonArray lapseRows(const QList<LapsingCard>& cards)
{
    QJsonArray members;
    for (const LapsingCard& c : cards)
        members.append(QJsonObject{{s("member_id"), integer(c.clock.memberId)},
                                   {s("lapses_on"), formatDate(c.lapsesOn)},
                                   {s("card_number"), c.clock.cardNumber},
                                   {s("card_status"), cardStatusCode(c.clock.status)},
                                   {s("last_visit"), formatDate(c.clock.lastVisit)}});
    return members;
}

Outcome crmLapsing(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    int within = 0;
    if (o.isSet(s("within-days"))) {
        const std::optional<int> n = number(o, "within-days", bad);
        if (!n)
            return bad;
        within = *n;
    } else {
        const Result<CareSettings> settings = CareSettingsService(ctx).current();
        if (!settings)
            return refused(settings.error());
        within = settings->lapsingWithinDays;
    }
    const Result<QList<LapsingCard>> found = DormancyService(ctx).lapsing(within);
    if (!found)
        return refused(found.error());
    return ok({{s("within_days"), within}, {s("members"), lapseRows(found.value())}});
}

Outcome crmLapsed(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Result<QList<LapsingCard>> found = DormancyService(ctx).lapsed();
    if (!found)
        return refused(found.error());
    return ok({{s("members"), lapseRows(found.value())}});
}

Outcome crmRevive(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember>& staff = call.staff;
    const Result<Card> card = DormancyService(ctx).revive(*member, *staff);
    if (!card)
        return refused(card.error());
    // Revived: what follows only reads, and a failure there does not undo it.
    const Result<LapseState> lapse = DormancyService(ctx).lapseOf(*member);
    const Result<MemberView> view = MemberService(ctx).memberById(*member);
    return ok({{s("member_id"), integer(*member)},
               {s("card_number"), card->number},
               {s("card_status"), cardStatusCode(card->status)},
               {s("lapses_on"), lapse ? dateOrNull(lapse->lapsesOn) : QJsonValue()},
               {s("points_balance"), view ? integer(view->balance) : QJsonValue()}});
}

Outcome crmCalls(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<QDate> day = dayOption(ctx, o, bad);
    if (!day)
        return bad;
    const Result<QList<CallView>> calls = FollowUpService(ctx).callsFor(*day);
    if (!calls)
        return refused(calls.error());
    QJsonArray list;
    for (const CallView& v : calls.value())
        list.append(callJson(v));
    return ok({{s("date"), formatDate(*day)}, {s("calls"), list}});
}

Outcome crmCallLog(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<int> callId = number(o, "call", bad);
    if (!callId)
        return bad;
    const std::optional<CallOutcome> outcome = callOutcomeFromCode(o.value(s("outcome")));
    if (!outcome) {
        QStringList codes;
        for (CallOutcome c : allCallOutcomes)
            codes << callOutcomeCode(c);
        return usage(CliText::mustBeOneOf(s("outcome"), codes));
    }
    std::optional<int> satisfaction;
    if (o.isSet(s("satisfaction"))) {
        satisfaction = number(o, "satisfaction", bad);
        if (!satisfaction)
            return bad;
    }
    const std::optional<StaffMember>& staff = call.staff;
    const Result<FollowUpCall> logged = FollowUpService(ctx).logCall(
        *callId, *outcome, satisfaction, o.value(s("suggestions")), *staff);
    if (!logged)
        return refused(logged.error());
    return ok({{s("call_id"), integer(logged->id)},
               {s("member_id"), integer(logged->memberId)},
               {s("outcome"), callOutcomeCode(*logged->outcome)},
               {s("satisfaction"), logged->satisfaction ? QJsonValue(*logged->satisfaction)
                                                        : QJsonValue(QJsonValue::Null)},
               {s("called_at"), formatLocalTime(logged->calledAt)}});
}

Outcome crmFeedback(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    FeedbackSeason season = latestFeedbackSeason(ctx.clock.today());
    if (o.isSet(s("season"))) {
        const std::optional<FeedbackSeason> given = parseFeedbackSeason(o.value(s("season")));
        if (!given)
            return refused(
                Error(ErrorCode::InvalidSeason, CliText::badSeason(o.value(s("season")))));
        season = *given;
    }
    const Result<FeedbackReport> report = FollowUpService(ctx).feedback(season);
    if (!report)
        return refused(report.error());
    const FeedbackReport& r = report.value();
    QJsonObject counts;
    for (int i = 0; i < 5; ++i)
        counts.insert(QString::number(i + 1),
                      integer(r.satisfactionCounts.at(static_cast<std::size_t>(i))));
    QJsonArray byKind;
    for (const FeedbackByKind& k : r.byKind)
        byKind.append(QJsonObject{{s("kind"), callKindCode(k.kind)},
                                  {s("planned"), integer(k.planned)},
                                  {s("made"), integer(k.made)},
                                  {s("reached"), integer(k.reached)},
                                  {s("average_satisfaction"), k.averageSatisfaction}});
    QJsonArray suggestions;
    for (const Suggestion& sg : r.suggestions)
        suggestions.append(
            QJsonObject{{s("member_id"), integer(sg.memberId)},
                        {s("date"), formatDate(sg.day)},
                        {s("kind"), callKindCode(sg.kind)},
                        {s("satisfaction"), sg.satisfaction ? QJsonValue(*sg.satisfaction)
                                                            : QJsonValue(QJsonValue::Null)},
                        {s("text"), sg.text}});
    return ok({{s("season"), r.season.code()},
               {s("from"), formatDate(r.season.from)},
               {s("to"), formatDate(r.season.to)},
               {s("planned"), integer(r.planned)},
               {s("made"), integer(r.made)},
               {s("reached"), integer(r.reached)},
               {s("average_satisfaction"), r.averageSatisfaction},
               {s("satisfaction_counts"), counts},
               {s("by_kind"), byKind},
               {s("suggestions"), suggestions}});
}

Outcome crmGreetings(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<QDate> day = dayOption(ctx, o, bad);
    if (!day)
        return bad;
    const Result<DayMessages> found = GreetingService(ctx).messagesFor(*day);
    if (!found)
        return refused(found.error());
    QJsonArray messages;
    for (const OutboxMessage& m : found->messages)
        messages.append(message(m));
    return ok(
        {{s("date"), formatDate(*day)}, {s("preview"), found->preview}, {s("messages"), messages}});
}

Outcome crmOutbox(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<QDate> day = dayOption(ctx, o, bad);
    if (!day)
        return bad;
    CsvOutboxFile file(o.value(s("csv")));
    const Result<OutboxExport> done = GreetingService(ctx).exportOutbox(*day, file);
    if (!done)
        return refused(done.error());
    return ok({{s("date"), formatDate(*day)},
               {s("exported"), integer(done->exported)},
               {s("withdrawn"), integer(done->withdrawn)},
               {s("file"), done->exported > 0 ? QJsonValue(o.value(s("csv")))
                                              : QJsonValue(QJsonValue::Null)}});
}

Outcome crmTemplate(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    const QString occasion = o.value(s("occasion"));
    GreetingService greetings(ctx);
    if (o.isSet(s("text"))) {
        if (Status set = greetings.setTemplate(occasion, o.value(s("text"))); !set)
            return refused(set.error());
    }
    const Result<QString> text = greetings.messageTemplate(occasion);
    if (!text)
        return refused(text.error());
    return ok({{s("occasion"), occasion},
               {s("text"), text.value()},
               {s("default"), text.value() == defaultMessageTemplate(occasion)}});
}

Outcome crmClassify(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Result<ClassCounts> counts = MemberClassService(ctx).classify();
    if (!counts)
        return refused(counts.error());
    return ok({{s("computed_on"), formatDate(counts->computedOn)},
               {s("members"), integer(counts->total())},
               {s("A"), integer(counts->a)},
               {s("B"), integer(counts->b)},
               {s("C"), integer(counts->c)}});
}

Outcome crmClasses(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    ClassQuery query;
    if (o.isSet(s("class"))) {
        query.memberClass = memberClassFromCode(o.value(s("class")));
        if (!query.memberClass)
            return usage(CliText::mustBeOneOf(s("class"), {s("A"), s("B"), s("C")}));
    }
    if (o.isSet(s("tier"))) {
        query.tier = tierFromCode(o.value(s("tier")));
        if (!query.tier)
            return usage(CliText::mustBeOneOf(s("tier"), {s("gold"), s("diamond")}));
    }
    query.counter = o.value(s("counter"));
    if (o.isSet(s("visited-from"))) {
        query.visitedFrom = date(o, "visited-from", bad);
        if (!query.visitedFrom)
            return bad;
    }
    if (o.isSet(s("visited-to"))) {
        query.visitedTo = date(o, "visited-to", bad);
        if (!query.visitedTo)
            return bad;
    }
    const Result<QList<MemberClassRecord>> found = MemberClassService(ctx).members(query);
    if (!found)
        return refused(found.error());
    QJsonArray members;
    for (const MemberClassRecord& r : found.value())
        members.append(QJsonObject{{s("member_id"), integer(r.memberId)},
                                   {s("class"), memberClassCode(r.memberClass)},
                                   {s("tier"), tierCode(r.tier)},
                                   {s("last_visit"), formatDate(r.lastVisit)},
                                   {s("visits"), integer(r.visits)},
                                   {s("spend_fen"), fen(r.spend)},
                                   {s("computed_on"), formatDate(r.computedOn)}});
    return ok({{s("members"), members}});
}

Outcome crmDaily(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Result<DailyCareOutcome> done = DailyCareRun(ctx).run();
    if (!done)
        return refused(done.error());
    return ok({{s("date"), formatDate(ctx.clock.today())},
               {s("lapsed_cards"), done->lapsedCards},
               {s("classes"), QJsonObject{{s("A"), integer(done->classes.a)},
                                          {s("B"), integer(done->classes.b)},
                                          {s("C"), integer(done->classes.c)}}},
               {s("calls_planned"), done->callsPlanned},
               {s("messages_written"), done->messagesWritten}});
}

Outcome crmSettings(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    CareSettingsService settings(ctx);
    for (const QString& pair : o.values(s("set"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return usage(CliText::badSetting(pair));
        if (Status set = settings.set(*call.staff, pair.left(eq), pair.mid(eq + 1)); !set)
            return refused(set.error());
    }
    const Result<QList<CareSetting>> list = settings.list();
    if (!list)
        return refused(list.error());
    QJsonObject values;
    for (const CareSetting& setting : list.value()) {
        bool isNumber = false;
        const qint64 n = setting.value.toLongLong(&isNumber);
        values.insert(setting.key, isNumber ? QJsonValue(n) : QJsonValue(setting.value));
    }
    return ok({{s("settings"), values}});
}

Outcome memberFileCommand(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember>& staff = call.staff;
    const Result<MemberFile> file = MemberFileService(ctx).open(*member, *staff);
    if (!file)
        return refused(file.error());
    return ok(memberFileJson(file.value(), Masked::Yes));
}

// --approver NUMBER --approver-pin PIN: the manager approving on the spot;
// the approval is recorded with both staff numbers, as at a till.
std::optional<StaffMember> approverOption(ServiceContext& ctx, const Options& o,
                                          const StaffMember& requester, const QString& action,
                                          const QString& detail, Outcome& bad)
{
    Result<StaffMember> manager = StaffService(ctx).approve(
        o.value(s("approver")), o.value(s("approver-pin")), action, detail, requester);
    if (!manager) {
        bad = refused(manager.error());
        return std::nullopt;
    }
    return manager.value();
}

Outcome memberExportCommand(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember>& staff = call.staff;
    const Result<MemberExport> data = MemberFileService(ctx).exportData(*member, *staff);
    if (!data)
        return refused(data.error());
    if (!o.isSet(s("to")))
        return ok(memberExportJson(data.value()));
    if (Status written = writeMemberExport(data.value(), o.value(s("to"))); !written)
        return refused(written.error());
    return ok({{s("member_id"), integer(*member)}, {s("file"), o.value(s("to"))}});
}

Outcome memberEraseCommand(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember>& staff = call.staff;
    const std::optional<StaffMember> approver = approverOption(
        ctx, o, *staff, s("member_erase"), QStringLiteral("member %1").arg(*member), bad);
    if (!approver)
        return bad;
    const Result<Erasure> erased = MemberFileService(ctx).erase(*member, *staff, *approver);
    if (!erased)
        return refused(erased.error());
    return ok({{s("member_id"), integer(erased->memberId)},
               {s("erased_at"), formatLocalTime(erased->erasedAt)},
               {s("cards_blocked"), erased->cardsBlocked},
               {s("points_forfeited"), integer(erased->pointsForfeited)}});
}

Outcome pointsAdjustCommand(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    bool isNumber = false;
    const std::int64_t points = o.value(s("points")).toLongLong(&isNumber);
    if (!isNumber)
        return usage(CliText::notNumber(s("points"), o.value(s("points"))));
    const std::optional<StaffMember>& staff = call.staff;
    const std::optional<StaffMember> approver =
        approverOption(ctx, o, *staff, s("points_adjust"),
                       QStringLiteral("member %1: %2 points").arg(*member).arg(points), bad);
    if (!approver)
        return bad;
    const Result<PointsAdjustment> done = MemberFileService(ctx).adjustPoints(
        *member, points, o.value(s("reason")), *staff, *approver);
    if (!done)
        return refused(done.error());
    return ok({{s("member_id"), integer(done->memberId)},
               {s("points"), integer(done->points)},
               {s("points_balance"), integer(done->balance)},
               {s("reason"), done->reason},
               {s("at"), formatLocalTime(done->at)},
               {s("staff"), staff->number},
               {s("approver"), approver->number}});
}

Outcome memberEditCommand(const Call& call)
{
    ServiceContext& ctx = call.ctx();
    const Options& o = call.options;
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    // The values given replace those in the file; the rest stay.
    std::optional<ContactChannel> contact;
    if (o.isSet(s("contact")) && !(contact = contactChannelFromCode(o.value(s("contact")))))
        return usage(
            CliText::mustBeOneOf(s("contact"), {s("phone"), s("sms"), s("wechat"), s("email")}));
    std::optional<PromotionResponse> promotions;
    if (o.isSet(s("promotions")) &&
        !(promotions = promotionResponseFromCode(o.value(s("promotions")))))
        return usage(CliText::mustBeOneOf(
            s("promotions"), {s("unknown"), s("keen"), s("neutral"), s("uninterested")}));
    std::optional<CallWindow> window;
    if (o.isSet(s("call-window")) && !(window = callWindowFromCode(o.value(s("call-window")))))
        return usage(
            CliText::mustBeOneOf(s("call-window"), {s("daytime"), s("noon"), s("evening")}));
    std::optional<bool> optOut;
    if (o.isSet(s("sms-opt-out"))) {
        const QString v = o.value(s("sms-opt-out"));
        if (v != u"yes" && v != u"no")
            return usage(CliText::mustBeOneOf(s("sms-opt-out"), {s("yes"), s("no")}));
        optOut = v == u"yes";
    }
    const std::optional<StaffMember>& staff = call.staff;
    MemberFileService files(ctx);
    const Result<MemberFile> current = files.open(*member, *staff);
    if (!current)
        return refused(current.error());
    const Member& m = current->view.member;
    MemberDetails details{m.name, m.mobile, m.address, m.category};
    MemberProfile profile = current->profile;
    const std::array<std::pair<const char*, QString*>, 10> texts{{
        {"name", &details.name},
        {"mobile", &details.mobile},
        {"address", &details.address},
        {"category", &details.category},
        {"email", &profile.email},
        {"sizes", &profile.sizes},
        {"job", &profile.job},
        {"family", &profile.family},
        {"tastes", &profile.tastes},
        {"hobbies", &profile.hobbies},
    }};
    for (const auto& [name, field] : texts) {
        if (o.isSet(s(name)))
            *field = o.value(s(name));
    }
    if (contact)
        profile.preferredContact = *contact;
    if (promotions)
        profile.promotionResponse = *promotions;
    if (window)
        profile.callWindow = *window;
    if (optOut)
        profile.smsOptOut = *optOut;
    const Result<MemberFile> saved = files.save(*member, details, profile, *staff);
    if (!saved)
        return refused(saved.error());
    return ok(memberFileJson(saved.value(), Masked::Yes));
}

} // namespace

QList<Command> careCommands()
{
    const Area area = Area::CustomerCare;
    return {
        {.words = s("crm dormant"),
         .options = {valued("days", "N")},
         .help = QT_TRANSLATE_NOOP("CliText", "Members with no purchase for N days or more."),
         .run = &crmDormant,
         .area = area},
        {.words = s("crm lapsing"),
         .options = {valued("within-days", "N")},
         .help = QT_TRANSLATE_NOOP("CliText", "Cards that lapse within N days."),
         .run = &crmLapsing,
         .area = area},
        {.words = s("crm lapsed"),
         .help = QT_TRANSLATE_NOOP("CliText", "Cards past their lapse day."),
         .run = &crmLapsed,
         .area = area},
        {.words = s("crm revive"),
         .options = {required(valued("member", "ID"))},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText", "Makes a lapsed card active again."),
         .run = &crmRevive,
         .area = area},
        {.words = s("crm calls"),
         .options = {valued("date", "DATE")},
         .help =
             QT_TRANSLATE_NOOP("CliText", "The day's follow-up calls; today's are planned first."),
         .run = &crmCalls,
         .area = area},
        {.words = s("crm call log"),
         .options = {required(valued("call", "ID")),
                     required(valued("outcome", "reached/no_answer/wrong_number/declined")),
                     valued("satisfaction", "1-5"), valued("suggestions", "TEXT")},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText", "Records how a call went."),
         .run = &crmCallLog,
         .area = area},
        {.words = s("crm feedback"),
         .options = {valued("season", "YYYY-MM")},
         .help = QT_TRANSLATE_NOOP("CliText", "The seasonal feedback report."),
         .run = &crmFeedback,
         .area = area},
        {.words = s("crm greetings"),
         .options = {valued("date", "DATE")},
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "The day's text messages; today's are written to the outbox."),
         .run = &crmGreetings,
         .area = area},
        {.words = s("crm outbox"),
         .options = {valued("date", "DATE"), required(valued("csv", "FILE"))},
         .access = Access::DeskOrManager,
         .help =
             QT_TRANSLATE_NOOP("CliText", "Hands the day's waiting messages to the SMS gateway."),
         .run = &crmOutbox,
         .area = area},
        {.words = s("crm template"),
         .options = {required(valued("occasion", "OCCASION")), valued("text", "TEXT")},
         .writingOption = s("text"),
         .writingAccess = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Shows or sets the words of a message."),
         .run = &crmTemplate,
         .area = area},
        {.words = s("crm classify"),
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText", "Classifies every member A/B/C now."),
         .run = &crmClassify,
         .area = area},
        {.words = s("crm classes"),
         .options = {valued("class", "A/B/C"), valued("tier", "gold/diamond"),
                     valued("counter", "NAME"), valued("visited-from", "DATE"),
                     valued("visited-to", "DATE")},
         .help = QT_TRANSLATE_NOOP("CliText", "Members as last classified."),
         .run = &crmClasses,
         .area = area},
        {.words = s("crm daily"),
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "The morning run: lapsed cards, classes, calls and messages."),
         .run = &crmDaily,
         .area = area},
        {.words = s("crm settings"),
         .options = {repeatable("set", "KEY=VALUE")},
         .writingOption = s("set"),
         .writingAccess = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Lists (and changes) the customer-care settings."),
         .run = &crmSettings,
         .area = area},
        {.words = s("member file"),
         .options = {required(valued("member", "ID"))},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText", "The member file; the reading is logged."),
         .run = &memberFileCommand,
         .area = area},
        {.words = s("member edit"),
         .options = {required(valued("member", "ID")), valued("name", "NAME"),
                     valued("mobile", "MOBILE"), valued("address", "ADDRESS"),
                     valued("category", "CATEGORY"), valued("email", "EMAIL"),
                     valued("sizes", "TEXT"), valued("job", "TEXT"), valued("family", "TEXT"),
                     valued("tastes", "TEXT"), valued("hobbies", "TEXT"),
                     valued("contact", "phone/sms/wechat/email"),
                     valued("promotions", "unknown/keen/neutral/uninterested"),
                     valued("call-window", "daytime/noon/evening"),
                     valued("sms-opt-out", "yes/no")},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText", "Changes the member file; the rest stays."),
         .run = &memberEditCommand,
         .area = area},
        {.words = s("member export"),
         .options = {required(valued("member", "ID")), valued("to", "FILE")},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "The member's own copy of everything held on them (PIPL)."),
         .run = &memberExportCommand,
         .area = area},
        {.words = s("member erase"),
         .options = {required(valued("member", "ID")), required(valued("approver", "NUMBER")),
                     required(valued("approver-pin", "PIN"))},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP(
             "CliText", "Erases the person on their request, approved by another manager."),
         .run = &memberEraseCommand,
         .area = area},
        {.words = s("points adjust"),
         .options = {required(valued("member", "ID")), required(valued("points", "POINTS")),
                     required(valued("reason", "TEXT")), required(valued("approver", "NUMBER")),
                     required(valued("approver-pin", "PIN"))},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Corrects a balance by hand, approved by another manager."),
         .run = &pointsAdjustCommand,
         .area = area},
    };
}

} // namespace viptill::cli
