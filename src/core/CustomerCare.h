#pragma once

#include "Money.h"
#include "Records.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <array>
#include <cstdint>
#include <optional>

// Customer care (客户维护, domain.md): the member file's soft data, member
// classes, dormant members and lapsing cards, follow-up calls, the feedback
// seasons. The rules here look only at the dates and figures they are given.
namespace viptill {

// ---- The member file beyond the joining form ------------------------------

enum class ContactChannel
{
    Phone,
    Sms,
    WeChat,
    Email
};
QString contactChannelCode(ContactChannel channel); // "phone", "sms", "wechat", "email"
std::optional<ContactChannel> contactChannelFromCode(const QString& code);
QString contactChannelName(ContactChannel channel);

// How the member takes promotions (对促销的反应), as the desk judges it.
enum class PromotionResponse
{
    Unknown,
    Keen,
    Neutral,
    Uninterested
};
QString promotionResponseCode(PromotionResponse response);
std::optional<PromotionResponse> promotionResponseFromCode(const QString& code);
QString promotionResponseName(PromotionResponse response);

// When the member likes to be called. Office workers are called at lunch
// (12:30–13:00) or in the evening (19:30–20:30); everyone else in the day.
enum class CallWindow
{
    Daytime,
    Noon,
    Evening
};
QString callWindowCode(CallWindow window); // "daytime", "noon", "evening"
std::optional<CallWindow> callWindowFromCode(const QString& code);
QString callWindowName(CallWindow window);

struct MemberProfile
{
    Id memberId = 0;
    // Hard data the joining form has no room for.
    QString email;
    QString sizes; // clothing and shoe sizes, as the member gives them
    // Soft data.
    QString job;
    QString family;
    QString tastes;
    QString hobbies;
    ContactChannel preferredContact = ContactChannel::Phone;
    PromotionResponse promotionResponse = PromotionResponse::Unknown;
    CallWindow callWindow = CallWindow::Daytime;
    bool smsOptOut = false;
    QDateTime updatedAt; // invalid: never saved
    std::optional<Id> updatedBy;
};

inline constexpr int MaxProfileText = 200;
// A plausible e-mail address (empty is allowed: not every member has one).
bool isPlausibleEmail(const QString& email);

// ---- Dormant members and lapsing cards --------------------------------------

// "Last visit" is the day of the member's last purchase credited to them
// (with the card, or credited on joining); a member who never bought since
// joining counts from the joining day.
// Dormant: no purchase for `days` days or more (exactly `days` is dormant).
bool isDormant(QDate lastVisit, QDate today, int days);
// A card lapses `lapseDays` after its anchor: the last visit, or the last
// revival if later. From that day on it is refused at the tills.
QDate lapseAnchor(QDate lastVisit, std::optional<QDate> lastRevival);
QDate lapsesOn(QDate anchor, int lapseDays);
bool hasLapsed(QDate anchor, QDate today, int lapseDays);

inline constexpr int DefaultDormantDays = 60;
inline constexpr int DefaultLapseDays = 365;
inline constexpr int DefaultLapsingWithinDays = 30;

// A member as the care lists show them.
struct MemberVisit
{
    Id memberId = 0;
    QString name;
    Tier tier = Tier::Gold;
    QDate lastVisit;
};

// A card that can lapse (active) or has (lapsed), with what its clock runs from.
struct LapseClock
{
    Id memberId = 0;
    QString name;
    Tier tier = Tier::Gold;
    Id cardId = 0;
    QString cardNumber;
    CardStatus status = CardStatus::Active;
    QDate lastVisit;
    std::optional<QDate> lastRevival;
    QDate anchor() const { return lapseAnchor(lastVisit, lastRevival); }
};

struct CardRevival
{
    Id id = 0;
    Id cardId = 0;
    Id memberId = 0;
    QDateTime at;
    QDate lapsedOn;
    std::optional<Id> staffId;
};

// ---- Member classes (RFM) ----------------------------------------------------

enum class MemberClass
{
    A,
    B,
    C
};
QString memberClassCode(MemberClass c); // "A", "B", "C"
std::optional<MemberClass> memberClassFromCode(const QString& code);

// Recency, frequency and monetary value over the year before the day of
// classification: days since the last visit, days with a purchase, and
// what was paid less what was refunded.
struct RfmFigures
{
    std::int64_t daysSinceVisit = 0;
    std::int64_t visits = 0;
    Money spend;
};

// Store settings (rfm_*); the defaults below. A needs all three A marks;
// B needs the B recency and either the B visits or the B spend; the rest C.
struct RfmThresholds
{
    int aRecencyDays = 90;
    int aVisits = 6;
    Money aSpend = Money::fromYuan(5000);
    int bRecencyDays = 180;
    int bVisits = 2;
    Money bSpend = Money::fromYuan(1000);
};
MemberClass classify(const RfmFigures& figures, const RfmThresholds& thresholds);

// One member's figures for a period, as storage adds them up.
struct RfmRow
{
    Id memberId = 0;
    QDate lastVisit;
    std::int64_t visits = 0;
    Money spend;
};

struct MemberClassRecord
{
    Id memberId = 0;
    QString name;
    Tier tier = Tier::Gold;
    MemberClass memberClass = MemberClass::C;
    QDate lastVisit;
    std::int64_t visits = 0;
    Money spend;
    QDate computedOn;
};

// What the class lists are filtered by; an unset field does not filter.
struct MemberClassFilter
{
    std::optional<MemberClass> memberClass;
    std::optional<Tier> tier;
    std::optional<Id> counterId;      // bought at this counter …
    QDate boughtAtCounterSince;       // … on or after this day
    std::optional<QDate> visitedFrom; // last visit on or after
    std::optional<QDate> visitedTo;   // last visit on or before
    int limit = 500;
};

// ---- Follow-up calls (回访) --------------------------------------------------

enum class CallKind
{
    ProductUse,     // about a week after a purchase: how is it?
    Birthday,       // in the morning of the birthday
    AfterSales,     // after a return or an exchange
    PointsReminder, // a balance worth a gift, not redeemed for a while
    Dormant         // no purchase for the dormant period
};
inline constexpr std::array<CallKind, 5> allCallKinds{CallKind::ProductUse, CallKind::Birthday,
                                                      CallKind::AfterSales,
                                                      CallKind::PointsReminder, CallKind::Dormant};
QString callKindCode(CallKind kind); // "product_use", "birthday", …
std::optional<CallKind> callKindFromCode(const QString& code);
QString callKindName(CallKind kind);
// When a member has several calls due the same day they get one, the most
// urgent: birthday (due that day only), after-sales (still due for two more
// days), product use, points reminder, dormant.
int callUrgency(CallKind kind); // 0 is the most urgent

struct TimeWindow
{
    QTime from;
    QTime to;
    QString text() const; // "12:30-13:00"
    bool operator==(const TimeWindow&) const = default;
};
// The birthday call is made in the morning whatever the preference; every
// other call in the member's window.
TimeWindow callWindowFor(CallKind kind, CallWindow preference);
TimeWindow preferredWindow(CallWindow preference);

// The timing rules of the calls (decisions.md).
inline constexpr int ProductUseAfterDays = 7;   // "about a week" after the purchase
inline constexpr int ProductUseLatestDays = 9;  // still made up to 9 days after
inline constexpr int ProductUseEveryMonths = 1; // at most one product-use call a month
inline constexpr int AfterSalesAfterDays = 2;   // two days after the return
inline constexpr int AfterSalesLatestDays = 4;
inline constexpr int DefaultMaxCallsPerYear = 10;
inline constexpr std::int64_t DefaultPointsReminderBalance = 1000;
inline constexpr int DefaultPointsQuietDays = 90;
// A product-use call follows a purchase of at least this much (domain.md,
// "Calls keep their priorities").
inline constexpr Money DefaultProductUseCallMinimum = Money::fromYuan(500);
// How the store signs its text messages, until it names itself.
inline constexpr char DefaultSmsSignature[] = "VipTill百货";

enum class CallOutcome
{
    Reached,
    NoAnswer,
    WrongNumber,
    Declined
};
inline constexpr std::array<CallOutcome, 4> allCallOutcomes{
    CallOutcome::Reached, CallOutcome::NoAnswer, CallOutcome::WrongNumber, CallOutcome::Declined};
QString callOutcomeCode(CallOutcome outcome); // "reached", "no_answer", …
std::optional<CallOutcome> callOutcomeFromCode(const QString& code);
QString callOutcomeName(CallOutcome outcome);

struct FollowUpCall
{
    Id id = 0;
    Id memberId = 0;
    CallKind kind = CallKind::ProductUse;
    QString subject; // what the call is about; one call per member, kind and subject
    QDate dueOn;
    TimeWindow window;
    std::optional<Id> assignedTo;
    QDateTime plannedAt;
    std::optional<CallOutcome> outcome; // none: not made yet
    std::optional<int> satisfaction;    // 1 … 5, when the member was reached
    QString suggestions;
    QDateTime calledAt;
    std::optional<Id> calledBy;
};

// A call the morning's planning could make for a member.
struct CallCandidate
{
    Id memberId = 0;
    CallKind kind = CallKind::ProductUse;
    QString subject;
};

// What planning knows of a member's calls so far.
struct CallHistory
{
    int callsThisYear = 0; // every call planned for the member this year, made or not
    bool callPlannedToday = false;
    // This year's birthday call is still to come (today or later, not
    // planned yet): the yearly cap keeps room for it.
    bool birthdayCallAhead = false;
};

// How many calls a member may have had this year for a call of `kind` to be
// planned (domain.md, "Calls keep their priorities"): the birthday call up
// to the cap; an after-sales call leaves room for a birthday call still
// ahead; every other call leaves room for that and one after-sales call.
int callsAllowedBefore(CallKind kind, const CallHistory& history, int maxPerYear);

// The morning's choice: at most one call per member and day, the most
// urgent of those due that the yearly cap allows (callsAllowedBefore); none
// for a member who already has one today. Sorted by member.
QList<CallCandidate> chooseCalls(const QList<CallCandidate>& candidates,
                                 const QHash<Id, CallHistory>& history, int maxPerYear);

// ---- The seasonal feedback report ---------------------------------------------

// Due in March, May, September and December; each covers the calls due
// since the previous report: March the months December–February, May
// March–April, September May–August, December September–November.
struct FeedbackSeason
{
    int year = 0;
    int reportMonth = 0; // 3, 5, 9 or 12
    QDate from;
    QDate to;
    QString code() const; // "2026-09"
};
std::optional<FeedbackSeason> feedbackSeason(int year, int reportMonth);
std::optional<FeedbackSeason> parseFeedbackSeason(const QString& code);
// The latest report due on or before `day` (in November: September's).
FeedbackSeason latestFeedbackSeason(QDate day);
// The reports before and after one.
FeedbackSeason previousFeedbackSeason(const FeedbackSeason& season);
FeedbackSeason nextFeedbackSeason(const FeedbackSeason& season);

} // namespace viptill
