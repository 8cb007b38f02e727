#include "CareCommands.h"

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
#include "services/StaffService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace viptill::cli {

namespace {

class CareText
{
    Q_DECLARE_TR_FUNCTIONS(CareText)
public:
    static QString missing(const QString& option)
    {
        return tr("The option --%1 is required.").arg(option);
    }
    static QString notNumber(const QString& option, const QString& value)
    {
        return tr("--%1 takes a whole number, not \"%2\".").arg(option, value);
    }
    static QString badDate(const QString& value)
    {
        return tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(value);
    }
    static QString oneOf(const QString& option, const QStringList& values)
    {
        return tr("--%1 must be one of: %2.").arg(option, values.join(QStringLiteral(", ")));
    }
    static QString noPositional(const QString& extra)
    {
        return tr("Unexpected argument \"%1\"; every value goes with its --option.").arg(extra);
    }
    static QString badSeason(const QString& value)
    {
        return tr("\"%1\" is not a feedback season: give the report month as YYYY-03, YYYY-05, "
                  "YYYY-09 or YYYY-12.")
            .arg(value);
    }
    static QString badSetting(const QString& value)
    {
        return tr("--set takes KEY=VALUE, not \"%1\".").arg(value);
    }
};

// The options one command takes: some with a value, some flags.
class Options
{
public:
    Options(const QStringList& args, const QStringList& valued, const QStringList& flags = {})
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        for (const QString& name : valued)
            m_parser.addOption(QCommandLineOption(name, QString(), name));
        for (const QString& name : flags)
            m_parser.addOption(QCommandLineOption(name));
        m_ok = m_parser.parse(QStringList{QStringLiteral("viptillctl")} + args);
        if (m_ok && !m_parser.positionalArguments().isEmpty()) {
            m_ok = false;
            m_error = CareText::noPositional(m_parser.positionalArguments().first());
        } else if (!m_ok) {
            m_error = m_parser.errorText();
        }
    }
    bool ok() const { return m_ok; }
    QString errorText() const { return m_error; }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }

private:
    QCommandLineParser m_parser;
    bool m_ok = false;
    QString m_error;
};

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

// A whole-number option, or the usage error saying what is wrong.
std::optional<int> number(const Options& o, const char* name, Outcome& bad)
{
    bool ok = false;
    const int n = o.value(s(name)).toInt(&ok);
    if (!ok) {
        bad = usage(CareText::notNumber(s(name), o.value(s(name))));
        return std::nullopt;
    }
    return n;
}

std::optional<QDate> date(const Options& o, const char* name, Outcome& bad)
{
    const QDate d = parseDate(o.value(s(name)));
    if (!d.isValid()) {
        bad = usage(CareText::badDate(o.value(s(name))));
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

std::optional<Id> memberOption(const Options& o, Outcome& bad)
{
    if (!o.isSet(s("member"))) {
        bad = usage(CareText::missing(s("member")));
        return std::nullopt;
    }
    bool ok = false;
    const Id id = o.value(s("member")).toLongLong(&ok);
    if (!ok) {
        bad = usage(CareText::notNumber(s("member"), o.value(s("member"))));
        return std::nullopt;
    }
    return id;
}

// --staff NUMBER --pin PIN: who is doing this. The CLI logs them in (the
// log-in is recorded like one at a till) so the file's log names them.
std::optional<StaffMember> staffOption(ServiceContext& ctx, const Options& o, Outcome& bad)
{
    for (const char* required : {"staff", "pin"}) {
        if (!o.isSet(s(required))) {
            bad = usage(CareText::missing(s(required)));
            return std::nullopt;
        }
    }
    Result<StaffMember> staff = StaffService(ctx).logIn(o.value(s("staff")), o.value(s("pin")));
    if (!staff) {
        bad = refused(staff.error());
        return std::nullopt;
    }
    return staff.value();
}

QJsonObject call(const CallView& v)
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

Outcome ok(QJsonObject json)
{
    return {Ok, std::move(json)};
}

Outcome crmDormant(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    int days = CareSettings::read(ctx.store, ctx.clock.today()).dormantDays;
    if (o.isSet(s("days"))) {
        const std::optional<int> n = number(o, "days", bad);
        if (!n)
            return bad;
        days = *n;
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

Outcome crmLapsing(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    int within = CareSettings::read(ctx.store, ctx.clock.today()).lapsingWithinDays;
    if (o.isSet(s("within-days"))) {
        const std::optional<int> n = number(o, "within-days", bad);
        if (!n)
            return bad;
        within = *n;
    }
    const Result<QList<LapsingCard>> found = DormancyService(ctx).lapsing(within);
    if (!found)
        return refused(found.error());
    return ok({{s("within_days"), within}, {s("members"), lapseRows(found.value())}});
}

Outcome crmLapsed(ServiceContext& ctx, const Options&)
{
    const Result<QList<LapsingCard>> found = DormancyService(ctx).lapsed();
    if (!found)
        return refused(found.error());
    return ok({{s("members"), lapseRows(found.value())}});
}

Outcome crmRevive(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
    const Result<Card> card = DormancyService(ctx).revive(*member, *staff);
    if (!card)
        return refused(card.error());
    const Result<LapseState> lapse = DormancyService(ctx).lapseOf(*member);
    return ok({{s("member_id"), integer(*member)},
               {s("card_number"), card->number},
               {s("card_status"), cardStatusCode(card->status)},
               {s("lapses_on"), lapse ? dateOrNull(lapse->lapsesOn) : QJsonValue()},
               {s("points_balance"), integer(ctx.store.pointsBalance(*member))}});
}

Outcome crmCalls(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<QDate> day = dayOption(ctx, o, bad);
    if (!day)
        return bad;
    const Result<QList<CallView>> calls = FollowUpService(ctx).callsFor(*day);
    if (!calls)
        return refused(calls.error());
    QJsonArray list;
    for (const CallView& v : calls.value())
        list.append(call(v));
    return ok({{s("date"), formatDate(*day)}, {s("calls"), list}});
}

Outcome crmCallLog(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    for (const char* required : {"call", "outcome"}) {
        if (!o.isSet(s(required)))
            return usage(CareText::missing(s(required)));
    }
    const std::optional<int> callId = number(o, "call", bad);
    if (!callId)
        return bad;
    const std::optional<CallOutcome> outcome = callOutcomeFromCode(o.value(s("outcome")));
    if (!outcome) {
        QStringList codes;
        for (CallOutcome c : allCallOutcomes)
            codes << callOutcomeCode(c);
        return usage(CareText::oneOf(s("outcome"), codes));
    }
    std::optional<int> satisfaction;
    if (o.isSet(s("satisfaction"))) {
        satisfaction = number(o, "satisfaction", bad);
        if (!satisfaction)
            return bad;
    }
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
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

Outcome crmFeedback(ServiceContext& ctx, const Options& o)
{
    FeedbackSeason season = latestFeedbackSeason(ctx.clock.today());
    if (o.isSet(s("season"))) {
        const std::optional<FeedbackSeason> given = parseFeedbackSeason(o.value(s("season")));
        if (!given)
            return refused(
                Error(ErrorCode::InvalidSeason, CareText::badSeason(o.value(s("season")))));
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

Outcome crmGreetings(ServiceContext& ctx, const Options& o)
{
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

Outcome crmOutbox(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<QDate> day = dayOption(ctx, o, bad);
    if (!day)
        return bad;
    if (!o.isSet(s("csv")))
        return usage(CareText::missing(s("csv")));
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

Outcome crmTemplate(ServiceContext& ctx, const Options& o)
{
    if (!o.isSet(s("occasion")))
        return usage(CareText::missing(s("occasion")));
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

Outcome crmClassify(ServiceContext& ctx, const Options&)
{
    const Result<ClassCounts> counts = MemberClassService(ctx).classify();
    if (!counts)
        return refused(counts.error());
    return ok({{s("computed_on"), formatDate(counts->computedOn)},
               {s("members"), integer(counts->total())},
               {s("A"), integer(counts->a)},
               {s("B"), integer(counts->b)},
               {s("C"), integer(counts->c)}});
}

Outcome crmClasses(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    ClassQuery query;
    if (o.isSet(s("class"))) {
        query.memberClass = memberClassFromCode(o.value(s("class")));
        if (!query.memberClass)
            return usage(CareText::oneOf(s("class"), {s("A"), s("B"), s("C")}));
    }
    if (o.isSet(s("tier"))) {
        query.tier = tierFromCode(o.value(s("tier")));
        if (!query.tier)
            return usage(CareText::oneOf(s("tier"), {s("gold"), s("diamond")}));
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

Outcome crmDaily(ServiceContext& ctx, const Options&)
{
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

Outcome crmSettings(ServiceContext& ctx, const Options& o)
{
    CareSettingsService settings(ctx);
    if (!o.values(s("set")).isEmpty()) {
        Outcome bad;
        const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
        if (!staff)
            return bad;
        for (const QString& pair : o.values(s("set"))) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return usage(CareText::badSetting(pair));
            if (Status set = settings.set(*staff, pair.left(eq), pair.mid(eq + 1)); !set)
                return refused(set.error());
        }
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

Outcome memberFileCommand(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
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
    for (const char* required : {"approver", "approver-pin"}) {
        if (!o.isSet(s(required))) {
            bad = usage(CareText::missing(s(required)));
            return std::nullopt;
        }
    }
    Result<StaffMember> manager = StaffService(ctx).approve(
        o.value(s("approver")), o.value(s("approver-pin")), action, detail, requester);
    if (!manager) {
        bad = refused(manager.error());
        return std::nullopt;
    }
    return manager.value();
}

Outcome memberExportCommand(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
    const Result<MemberExport> data = MemberFileService(ctx).exportData(*member, *staff);
    if (!data)
        return refused(data.error());
    if (!o.isSet(s("to")))
        return ok(memberExportJson(data.value()));
    if (Status written = writeMemberExport(data.value(), o.value(s("to"))); !written)
        return refused(written.error());
    return ok({{s("member_id"), integer(*member)}, {s("file"), o.value(s("to"))}});
}

Outcome memberEraseCommand(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
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

Outcome pointsAdjustCommand(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    for (const char* required : {"points", "reason"}) {
        if (!o.isSet(s(required)))
            return usage(CareText::missing(s(required)));
    }
    bool isNumber = false;
    const std::int64_t points = o.value(s("points")).toLongLong(&isNumber);
    if (!isNumber)
        return usage(CareText::notNumber(s("points"), o.value(s("points"))));
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
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

Outcome memberEditCommand(ServiceContext& ctx, const Options& o)
{
    Outcome bad;
    const std::optional<Id> member = memberOption(o, bad);
    if (!member)
        return bad;
    // The values given replace those in the file; the rest stay.
    std::optional<ContactChannel> contact;
    if (o.isSet(s("contact")) && !(contact = contactChannelFromCode(o.value(s("contact")))))
        return usage(
            CareText::oneOf(s("contact"), {s("phone"), s("sms"), s("wechat"), s("email")}));
    std::optional<PromotionResponse> promotions;
    if (o.isSet(s("promotions")) &&
        !(promotions = promotionResponseFromCode(o.value(s("promotions")))))
        return usage(CareText::oneOf(s("promotions"),
                                     {s("unknown"), s("keen"), s("neutral"), s("uninterested")}));
    std::optional<CallWindow> window;
    if (o.isSet(s("call-window")) && !(window = callWindowFromCode(o.value(s("call-window")))))
        return usage(CareText::oneOf(s("call-window"), {s("daytime"), s("noon"), s("evening")}));
    std::optional<bool> optOut;
    if (o.isSet(s("sms-opt-out"))) {
        const QString v = o.value(s("sms-opt-out"));
        if (v != u"yes" && v != u"no")
            return usage(CareText::oneOf(s("sms-opt-out"), {s("yes"), s("no")}));
        optOut = v == u"yes";
    }
    const std::optional<StaffMember> staff = staffOption(ctx, o, bad);
    if (!staff)
        return bad;
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

struct CareCommand
{
    const char* name;
    QStringList valued;
    QStringList flags;
    Outcome (*run)(ServiceContext&, const Options&);
};

const QList<CareCommand>& commands()
{
    static const QList<CareCommand> list{
        {"crm dormant", {s("days")}, {}, &crmDormant},
        {"crm lapsing", {s("within-days")}, {}, &crmLapsing},
        {"crm lapsed", {}, {}, &crmLapsed},
        {"crm revive", {s("member"), s("staff"), s("pin")}, {}, &crmRevive},
        {"crm calls", {s("date")}, {}, &crmCalls},
        {"crm call log",
         {s("call"), s("outcome"), s("satisfaction"), s("suggestions"), s("staff"), s("pin")},
         {},
         &crmCallLog},
        {"crm feedback", {s("season")}, {}, &crmFeedback},
        {"crm greetings", {s("date")}, {}, &crmGreetings},
        {"crm outbox", {s("date"), s("csv")}, {}, &crmOutbox},
        {"crm template", {s("occasion"), s("text")}, {}, &crmTemplate},
        {"crm classify", {}, {}, &crmClassify},
        {"crm classes",
         {s("class"), s("tier"), s("counter"), s("visited-from"), s("visited-to")},
         {},
         &crmClasses},
        {"crm daily", {}, {}, &crmDaily},
        {"crm settings", {s("set"), s("staff"), s("pin")}, {}, &crmSettings},
        {"member file", {s("member"), s("staff"), s("pin")}, {}, &memberFileCommand},
        {"member export", {s("member"), s("staff"), s("pin"), s("to")}, {}, &memberExportCommand},
        {"member erase",
         {s("member"), s("staff"), s("pin"), s("approver"), s("approver-pin")},
         {},
         &memberEraseCommand},
        {"points adjust",
         {s("member"), s("points"), s("reason"), s("staff"), s("pin"), s("approver"),
          s("approver-pin")},
         {},
         &pointsAdjustCommand},
        {"member edit",
         {s("member"), s("staff"), s("pin"), s("name"), s("mobile"), s("address"), s("category"),
          s("email"), s("sizes"), s("job"), s("family"), s("tastes"), s("hobbies"), s("contact"),
          s("promotions"), s("call-window"), s("sms-opt-out")},
         {},
         &memberEditCommand},
    };
    return list;
}

} // namespace

QStringList careCommands()
{
    QStringList names;
    for (const CareCommand& c : commands())
        names << QString::fromLatin1(c.name);
    return names;
}

bool isCareCommand(const QString& command)
{
    return careCommands().contains(command);
}

Outcome runCareCommand(ServiceContext& context, const QString& command, const QStringList& options)
{
    for (const CareCommand& c : commands()) {
        if (command != QLatin1String(c.name))
            continue;
        const Options o(options, c.valued, c.flags);
        if (!o.ok())
            return usage(o.errorText());
        return c.run(context, o);
    }
    return usage(command);
}

} // namespace viptill::cli
