#pragma once

#include "ServiceContext.h"
#include "core/CustomerCare.h"

#include <array>

namespace viptill {

// A call as the clerk sees it: who to call, when, about what.
struct CallView
{
    FollowUpCall call;
    Member member;
    QString assignee;       // the clerk's name; empty when nobody is assigned
    QString assigneeNumber; // the clerk's staff number
    QString about;          // what the call is about, in a line
    std::int64_t balance = 0;
};

struct FeedbackByKind
{
    CallKind kind = CallKind::ProductUse;
    std::int64_t planned = 0;
    std::int64_t made = 0;
    std::int64_t reached = 0;
    std::int64_t rated = 0;
    std::int64_t satisfactionSum = 0;
    QString averageSatisfaction; // two decimals, half-up; "0.00" when none rated
};

struct Suggestion
{
    Id memberId = 0;
    QString memberName;
    QDate day;
    CallKind kind = CallKind::ProductUse;
    std::optional<int> satisfaction;
    QString text;
};

// 季度回访反馈: what the season's calls found.
struct FeedbackReport
{
    FeedbackSeason season;
    std::int64_t planned = 0;
    std::int64_t made = 0;                            // an outcome was logged
    std::int64_t reached = 0;                         // the member was reached
    std::array<std::int64_t, 5> satisfactionCounts{}; // how many 1s … 5s
    QString averageSatisfaction;                      // "4.25"; "0.00" when none rated
    QList<FeedbackByKind> byKind;                     // every kind, in enum order
    QList<Suggestion> suggestions;                    // in call order
};

// Follow-up calls (回访): planned each morning, assigned round-robin to the
// service desk, made in the member's window, logged with the outcome, the
// member's satisfaction and suggestions, summed up each season.
class FollowUpService
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpService)
public:
    explicit FollowUpService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Plans today's calls (decisions.md): product use 7–9 days after a
    // purchase, birthday, after-sales 2–4 days after a return, points
    // reminder, dormant member. One call per member and day, at most
    // calls_per_member_per_year a year. Planning again the same day adds
    // only what became due since; returns how many calls were added.
    Result<int> planToday();
    // The day's calls: today's are planned first unless today was planned
    // already (by planToday or the daily run); a past day's as they were; a
    // day still to come is refused (calls are planned on the morning of
    // their day).
    Result<QList<CallView>> callsFor(QDate day);
    // Records how the call went. Satisfaction (1–5) is given when the member
    // was reached and only then; suggestions are up to 500 characters.
    Result<FollowUpCall> logCall(Id callId, CallOutcome outcome, std::optional<int> satisfaction,
                                 const QString& suggestions, const StaffMember& caller);
    Result<FeedbackReport> feedback(const FeedbackSeason& season);

    // What the clerk says, by kind of call.
    static QString script(const CallView& call, const QString& storeName);

    static constexpr int MaxSuggestions = 500;

private:
    CallView viewOf(const FollowUpCall& call);

    ServiceContext& m_ctx;
};

} // namespace viptill
