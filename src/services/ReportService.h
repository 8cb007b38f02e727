#pragma once

#include "ServiceContext.h"
#include "core/Figures.h"

namespace viptill {

// The day's figures as managers read them (domain.md, Customer care).
struct DayReport
{
    QDate date;
    DayTotals totals;
    Money sales;                   // tickets paid less refunds made that day
    Money vipSales;                // the same for member tickets
    Money averageTicket;           // 客单价: ticket total / tickets, half-up to the fen
    QString itemsPerTicket;        // 连带率: items / tickets, two decimals half-up
    std::optional<DayClose> close; // set once the day is closed (日结)
};

// The figures of any range of days: a day, a week, a month or any span.
struct Figures
{
    DayRange range;
    DayTotals totals;
    Money sales;                        // tickets less refunds made in the range
    Money vipSales;                     // the same for member tickets
    std::optional<QString> vipShare;    // VIP sales as a percentage of sales
    Money averageTicket;                // 客单价, over tickets before refunds
    QString itemsPerTicket;             // 连带率
    std::int64_t buyingMembers = 0;     // members who bought in the range
    Money spendPerMember;               // VIP sales / buying members
    std::int64_t pointsOutstanding = 0; // every balance added up at the end of the range
    // VIP spend of the year up to the range's end, against the same days a
    // year before, and the growth as a percentage (none without last year).
    DayRange yearToDate;
    Money vipYearSpend;
    Money vipYearSpendLastYear;
    std::optional<QString> vipYearGrowth;
    TierSales tiers;
    QList<CounterTotals> counters; // counters with any business, by net sales
    QList<HourTotals> hours;       // all 24 hours, 0 … 23
    QList<MemberSpend> topMembers; // the best spenders, at most TopMembers
    // Points outstanding at the end of each day, over the range and at
    // least the 30 days before its end (for the chart).
    QList<std::pair<QDate, std::int64_t>> outstandingByDay;
};

// What the mall owes each counter for the gifts it handed over in a month,
// at list price; cancelled redemptions are not in it.
struct CounterSettlement
{
    Id counterId = 0;
    QString counter;
    QList<RedemptionLine> redemptions;
    Money total;
    std::int64_t points = 0;
};

struct Settlement
{
    DayRange month;
    QList<CounterSettlement> counters; // by name
    Money total;
};

// The diamond thank-you event's invitations for a year.
struct DiamondEventList
{
    int year = 0;
    DayRange spendRange;            // the year, up to today if it is this year
    QList<DiamondInvitee> invitees; // by spend, highest first
};

// a / b to two decimals, half-up, as exact text ("1.85"); "0.00" when b is 0.
QString decimalRatio(std::int64_t numerator, std::int64_t denominator);

// The sum of every balance at the end of `day`, started from the nearest
// day close (before or after it) so that no figure adds up the whole ledger
// once the store closes its days.
std::int64_t pointsOutstandingAt(Store& store, QDate day);

class ReportService
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    static constexpr int TopMembers = 10;
    static constexpr std::int64_t MaxRangeDays = 3 * 366;

    explicit ReportService(ServiceContext& context)
        : m_ctx(context)
    {}

    Result<DayReport> day(QDate date);
    Result<Figures> figures(const DayRange& range);
    // "YYYY-MM"; a counter's name narrows it to that counter.
    Result<Settlement> settlement(const QString& month, const QString& counter = {});
    Result<DiamondEventList> diamondEvent(int year);

private:
    Money vipSalesUsingCloses(const DayRange& range);

    ServiceContext& m_ctx;
};

} // namespace viptill
