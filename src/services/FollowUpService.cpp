#include "FollowUpService.h"

#include "CareSettings.h"
#include "ProgrammeSettings.h"
#include "ReportService.h"
#include "core/Points.h"
#include "core/Redemption.h"

#include <QSet>
#include <algorithm>

namespace viptill {

namespace {

QString subjectDay(const QString& subject)
{
    return subject.section(u':', 1);
}

// Whether this year's birthday call is still to come: the birthday (28
// February for 29 February in other years) is today or later and no
// birthday call was planned this year.
bool birthdayCallAhead(Store& store, Id memberId, QDate today)
{
    const std::optional<Member> member = store.member(memberId);
    if (!member || !member->birthday.isValid())
        return false;
    const std::optional<QDate> last = store.lastCallOfKind(memberId, CallKind::Birthday);
    if (last && last->year() == today.year())
        return false;
    const QDate born = member->birthday;
    const bool leapDay = born.month() == 2 && born.day() == 29;
    const QDate thisYear = leapDay && !QDate::isLeapYear(today.year())
                               ? QDate(today.year(), 2, 28)
                               : QDate(today.year(), born.month(), born.day());
    return thisYear >= today;
}

} // namespace

Result<int> FollowUpService::planToday()
{
    return guarded<int>(m_ctx.store, [&]() -> Result<int> {
        Transaction transaction = m_ctx.store.transaction();
        Store& store = m_ctx.store;
        const QDateTime now = m_ctx.clock.now();
        const QDate today = now.date();
        const CareSettings settings = CareSettings::read(store, today);
        QList<CallCandidate> candidates;

        // After-sales: two to four days after a return of a member's sale.
        for (const auto& [returnId, memberId] : store.memberReturns(
                 today.addDays(-AfterSalesLatestDays), today.addDays(-AfterSalesAfterDays)))
            candidates << CallCandidate{memberId, CallKind::AfterSales,
                                        QStringLiteral("return:%1").arg(returnId)};

        // Birthday: 29 February is called on 28 February in other years.
        QStringList monthDays{today.toString(QStringLiteral("MM-dd"))};
        if (today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year()))
            monthDays << QStringLiteral("02-29");
        for (const Member& m : store.membersBornOn(monthDays)) {
            if (isBirthday(m.birthday, today))
                candidates << CallCandidate{m.id, CallKind::Birthday,
                                            QStringLiteral("birthday:%1").arg(today.year())};
        }

        // Product use: a week after a receipt that keeps at least the
        // setting's amount, up to nine days if the member could not be called
        // on the seventh; one such call a month however often the member
        // bought, so the yearly cap is not spent on them.
        for (const auto& [memberId, day] : store.memberPurchaseDays(
                 today.addDays(-ProductUseLatestDays), today.addDays(-ProductUseAfterDays),
                 settings.productUseCallMinimum)) {
            const std::optional<QDate> last = store.lastCallOfKind(memberId, CallKind::ProductUse);
            if (last && *last > today.addMonths(-ProductUseEveryMonths))
                continue;
            candidates << CallCandidate{memberId, CallKind::ProductUse,
                                        QStringLiteral("purchase:%1").arg(formatDate(day))};
        }

        // Points reminder: enough for a gift, nothing redeemed (or joined)
        // for the quiet period, and no such call within it either.
        const QDate quietSince = today.addDays(-settings.pointsQuietDays);
        for (const Store::PointsStanding& s :
             store.pointsStandings(settings.pointsReminderBalance)) {
            if (s.lastRedemption.value_or(s.joinedOn) > quietSince)
                continue;
            const std::optional<QDate> last =
                store.lastCallOfKind(s.memberId, CallKind::PointsReminder);
            if (last && *last > quietSince)
                continue;
            candidates << CallCandidate{s.memberId, CallKind::PointsReminder,
                                        QStringLiteral("points:%1").arg(formatDate(today))};
        }

        // Dormant: once per dormant spell, i.e. per last visit.
        for (const MemberVisit& v :
             store.membersLastVisitedBy(today.addDays(-settings.dormantDays))) {
            const std::optional<QDate> last = store.lastCallOfKind(v.memberId, CallKind::Dormant);
            if (last && *last >= v.lastVisit)
                continue;
            candidates << CallCandidate{v.memberId, CallKind::Dormant,
                                        QStringLiteral("dormant:%1").arg(formatDate(v.lastVisit))};
        }

        QHash<Id, CallHistory> history;
        for (const CallCandidate& c : std::as_const(candidates)) {
            if (history.contains(c.memberId))
                continue;
            history.insert(
                c.memberId,
                CallHistory{static_cast<int>(store.callsDueInYear(c.memberId, today.year())),
                            store.callDueOn(c.memberId, today),
                            birthdayCallAhead(store, c.memberId, today)});
        }
        QList<FollowUpCall> calls;
        for (const CallCandidate& c : chooseCalls(candidates, history, settings.maxCallsPerYear)) {
            FollowUpCall call;
            call.memberId = c.memberId;
            call.kind = c.kind;
            call.subject = c.subject;
            call.dueOn = today;
            const CallWindow preference =
                store.memberProfile(c.memberId).value_or(MemberProfile{}).callWindow;
            call.window = callWindowFor(c.kind, preference);
            call.plannedAt = now;
            calls << call;
        }
        std::stable_sort(calls.begin(), calls.end(),
                         [](const FollowUpCall& a, const FollowUpCall& b) {
                             return a.window.from < b.window.from;
                         });

        // Round-robin over the service desk (managers when there is no desk
        // staff), carrying on from the calls already planned today.
        QList<StaffMember> clerks = store.activeStaff(StaffRole::ServiceDesk);
        if (clerks.isEmpty())
            clerks = store.activeStaff(StaffRole::Manager);
        qsizetype turn = store.callsDueBetween(today, today).size();
        int added = 0;
        for (FollowUpCall& call : calls) {
            if (!clerks.isEmpty())
                call.assignedTo = clerks.at(turn % clerks.size()).id;
            if (store.insertCall(call) != 0) {
                ++added;
                ++turn;
            }
        }
        store.setSetting(QStringLiteral("calls_planned_on"), formatDate(today));
        transaction.commit();
        return added;
    });
}

CallView FollowUpService::viewOf(const FollowUpCall& call)
{
    Store& store = m_ctx.store;
    CallView view;
    view.call = call;
    view.member = store.member(call.memberId).value_or(Member{});
    view.balance = store.pointsBalance(call.memberId);
    if (call.assignedTo) {
        if (const std::optional<StaffMember> clerk = store.staffById(*call.assignedTo)) {
            view.assignee = clerk->name;
            view.assigneeNumber = clerk->number;
        }
    }
    switch (call.kind) {
    case CallKind::ProductUse: {
        const QDate day = parseDate(subjectDay(call.subject));
        QStringList items;
        for (const QString& receipt : store.receiptsOfMember(call.memberId, 30)) {
            const std::optional<Sale> sale = store.saleByReceipt(receipt);
            if (!sale || sale->at.date() != day)
                continue;
            for (const SaleLine& line : sale->lines) {
                if (line.returnedQuantity < line.price.quantity && !items.contains(line.name))
                    items << line.name;
            }
        }
        if (items.size() > 3)
            items = items.mid(0, 3) << QStringLiteral("…");
        view.about = tr("Bought on %1: %2").arg(formatDate(day), items.join(QStringLiteral("、")));
        break;
    }
    case CallKind::Birthday: {
        const int age = call.dueOn.year() - view.member.birthday.year();
        view.about = tr("Birthday today: %1 years").arg(age);
        break;
    }
    case CallKind::AfterSales: {
        const std::optional<std::pair<QString, QDateTime>> returned =
            store.returnedReceipt(subjectDay(call.subject).toLongLong());
        view.about = returned ? tr("Returned goods on %1 (receipt %2)")
                                    .arg(formatDate(returned->second.date()), returned->first)
                              : tr("Returned goods");
        break;
    }
    case CallKind::PointsReminder: {
        const QList<RedemptionStep> steps =
            redemptionSteps(view.balance, programmeOn(store, call.dueOn).redemption);
        view.about = steps.isEmpty() ? tr("%1 points").arg(view.balance)
                                     : tr("%1 points: a gift of up to ¥%2")
                                           .arg(view.balance)
                                           .arg(steps.last().cap.toYuanString());
        break;
    }
    case CallKind::Dormant: {
        const QDate last = parseDate(subjectDay(call.subject));
        view.about = tr("Last visit %1, %2 days before the call")
                         .arg(formatDate(last))
                         .arg(last.daysTo(call.dueOn));
        break;
    }
    }
    return view;
}

Result<QList<CallView>> FollowUpService::callsFor(QDate day)
{
    const QDate today = m_ctx.clock.today();
    if (!day.isValid() || day > today)
        return Error(ErrorCode::InvalidDate,
                     tr("Calls are planned on the morning of their day; %1 has not come yet.")
                         .arg(formatDate(day)));
    // The day is planned once, by the daily run or by the first clerk to
    // look: what falls due is known in the morning.
    const Result<bool> planned = guarded<bool>(m_ctx.store, [&]() -> Result<bool> {
        return m_ctx.store.setting(QStringLiteral("calls_planned_on")) == formatDate(today);
    });
    if (!planned)
        return planned.error();
    if (day == today && !planned.value()) {
        if (Result<int> done = planToday(); !done)
            return done.error();
    }
    return guarded<QList<CallView>>(m_ctx.store, [&]() -> Result<QList<CallView>> {
        QList<CallView> views;
        for (const FollowUpCall& call : m_ctx.store.callsDueBetween(day, day))
            views << viewOf(call);
        return views;
    });
}

Result<FollowUpCall> FollowUpService::logCall(Id callId, CallOutcome outcome,
                                              std::optional<int> satisfaction,
                                              const QString& suggestions, const StaffMember& caller)
{
    if (Status allowed = requireCareStaff(caller, tr("Logging a follow-up call")); !allowed)
        return allowed.error();
    if (outcome == CallOutcome::Reached &&
        (!satisfaction || *satisfaction < 1 || *satisfaction > 5))
        return Error(ErrorCode::InvalidSatisfaction,
                     tr("Ask the member how satisfied they are: 1 (not at all) to 5 (very)."));
    if (outcome != CallOutcome::Reached && satisfaction)
        return Error(ErrorCode::InvalidSatisfaction,
                     tr("Satisfaction is recorded only when the member was reached."));
    const QString text = suggestions.trimmed();
    if (text.size() > MaxSuggestions)
        return Error(ErrorCode::InvalidCallOutcome,
                     tr("Suggestions are at most %1 characters.").arg(MaxSuggestions));
    return guarded<FollowUpCall>(m_ctx.store, [&]() -> Result<FollowUpCall> {
        Transaction transaction = m_ctx.store.transaction();
        std::optional<FollowUpCall> call = m_ctx.store.call(callId);
        if (!call)
            return Error(ErrorCode::UnknownCall, tr("There is no call number %1.").arg(callId));
        const QDateTime now = m_ctx.clock.now();
        if (call->dueOn > now.date())
            return Error(ErrorCode::CallNotDue,
                         tr("Call %1 is due on %2.").arg(callId).arg(formatDate(call->dueOn)));
        if (call->outcome)
            return Error(ErrorCode::CallAlreadyLogged, tr("Call %1 was logged on %2 (%3).")
                                                           .arg(callId)
                                                           .arg(formatLocalTime(call->calledAt),
                                                                callOutcomeName(*call->outcome)));
        call->outcome = outcome;
        call->satisfaction = satisfaction;
        call->suggestions = text;
        call->calledAt = now;
        call->calledBy = caller.id;
        if (!m_ctx.store.recordCallOutcome(*call))
            return Error(ErrorCode::CallAlreadyLogged,
                         tr("Call %1 was logged meanwhile.").arg(callId));
        m_ctx.store.logStaffEvent({caller.id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("call_log"),
                                   QStringLiteral("call %1 member %2: %3")
                                       .arg(callId)
                                       .arg(call->memberId)
                                       .arg(callOutcomeCode(outcome)),
                                   now});
        transaction.commit();
        return *call;
    });
}

Result<FeedbackReport> FollowUpService::feedback(const FeedbackSeason& season)
{
    return guarded<FeedbackReport>(m_ctx.store, [&]() -> Result<FeedbackReport> {
        FeedbackReport report;
        report.season = season;
        for (CallKind kind : allCallKinds)
            report.byKind << FeedbackByKind{kind};
        std::int64_t rated = 0;
        std::int64_t sum = 0;
        QHash<Id, QString> names;
        for (const FollowUpCall& call : m_ctx.store.callsDueBetween(season.from, season.to)) {
            FeedbackByKind& k = report.byKind[static_cast<qsizetype>(call.kind)];
            ++report.planned;
            ++k.planned;
            if (!call.outcome)
                continue;
            ++report.made;
            ++k.made;
            if (*call.outcome == CallOutcome::Reached) {
                ++report.reached;
                ++k.reached;
            }
            if (call.satisfaction) {
                ++report.satisfactionCounts.at(static_cast<std::size_t>(*call.satisfaction - 1));
                ++rated;
                sum += *call.satisfaction;
                ++k.rated;
                k.satisfactionSum += *call.satisfaction;
            }
            if (!call.suggestions.isEmpty()) {
                if (!names.contains(call.memberId))
                    names.insert(call.memberId,
                                 m_ctx.store.member(call.memberId).value_or(Member{}).name);
                report.suggestions
                    << Suggestion{call.memberId, names.value(call.memberId), call.dueOn,
                                  call.kind,     call.satisfaction,          call.suggestions};
            }
        }
        report.averageSatisfaction = decimalRatio(sum, rated);
        for (FeedbackByKind& k : report.byKind)
            k.averageSatisfaction = decimalRatio(k.satisfactionSum, k.rated);
        return report;
    });
}

QString FollowUpService::script(const CallView& view, const QString& storeName)
{
    const QString name = view.member.name;
    QString opening;
    switch (view.call.kind) {
    case CallKind::ProductUse:
        opening = tr("Hello, %1. This is the service desk of %2. %3. Is everything as you "
                     "hoped? Is there anything we could do better?")
                      .arg(name, storeName, view.about);
        break;
    case CallKind::Birthday:
        opening = tr("Good morning, %1. This is the service desk of %2. Happy birthday from all "
                     "of us! We wish you a wonderful year.")
                      .arg(name, storeName);
        break;
    case CallKind::AfterSales:
        opening = tr("Hello, %1. This is the service desk of %2. You returned goods to us "
                     "recently. Was the return handled well? Is there anything we should "
                     "know about the goods?")
                      .arg(name, storeName);
        break;
    case CallKind::PointsReminder:
        opening = tr("Hello, %1. This is the service desk of %2. Your membership has %3 "
                     "points, enough for a gift. You can exchange them at the service desk "
                     "whenever you visit.")
                      .arg(name, storeName)
                      .arg(view.balance);
        break;
    case CallKind::Dormant:
        opening = tr("Hello, %1. This is the service desk of %2. We have not seen you for a "
                     "while and wanted to ask how you are. The new season's goods have "
                     "arrived; we would be glad to welcome you again.")
                      .arg(name, storeName);
        break;
    }
    return opening + u'\n' +
           tr("Then ask how satisfied the member is with the store (1 to 5) and note any "
              "suggestion.");
}

} // namespace viptill
