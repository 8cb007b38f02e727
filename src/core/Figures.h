#pragma once

#include "Records.h"

#include <QDate>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

// The manager's figures as plain values: what storage adds up for a range of
// days, and the exact arithmetic the figures are made with.
namespace viptill {

// Days from `from` to `to`, both included.
struct DayRange
{
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    std::int64_t days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool contains(QDate day) const { return isValid() && day >= from && day <= to; }
    bool operator==(const DayRange&) const = default;

    static DayRange day(QDate day) { return {day, day}; }
    // Monday to Sunday around `day`.
    static DayRange weekOf(QDate day);
    // The calendar month `day` falls in.
    static DayRange monthOf(QDate day);
    static DayRange yearOf(int year);
};

// "2026-11" → the month; none if the text is not YYYY-MM.
std::optional<DayRange> parseMonth(const QString& text);

// The parts of `range` not covered by any of `closed` (sorted or not), in
// order: where figures must still be added up from the sales themselves.
QList<DayRange> uncoveredParts(const DayRange& range, const QList<QDate>& closed);

// part / whole as a percentage with one decimal, half away from zero, as
// exact text ("45.2", "-3.0"); none when whole is 0.
std::optional<QString> percentage(std::int64_t part, std::int64_t whole);

// amount / count rounded half-up to the fen; zero when count is 0.
Money averagePer(Money amount, std::int64_t count);

// One counter's business over a range: its lines' amounts, what was refunded
// on them, items sold, and the gifts the mall paid it for.
struct CounterTotals
{
    Id counterId = 0;
    QString counter;
    Money gross; // line amounts of the range's tickets
    Money refunded;
    std::int64_t items = 0;
    std::int64_t redemptions = 0;
    Money redemptionCost; // at list price, cancelled ones excluded

    Money net() const { return gross - refunded; }
};

// The tickets rung up in one hour of the day (0 … 23), over a range.
struct HourTotals
{
    int hour = 0;
    std::int64_t tickets = 0;
    Money paid;
};

// What a member spent over a range: tickets less refunds made in it.
struct MemberSpend
{
    Id memberId = 0;
    QString name;
    QString mobile;
    Tier tier = Tier::Gold;
    Money spend;
    std::int64_t tickets = 0;
};

// Member spend by the tier it was priced at (net of refunds). Receipts
// credited at joining, priced without a card, count under the member's tier.
struct TierSales
{
    Money gold;
    Money diamond;
};

// What a tender took and paid back on a day.
struct TenderTotals
{
    TenderKind kind = TenderKind::Cash;
    Money taken;
    Money refunded;

    Money net() const { return taken - refunded; }
};

// 日结: a day's figures frozen at its close, and who closed it.
struct DayClose
{
    QDate day;
    QDateTime closedAt;
    std::optional<Id> staffId;
    QString closedBy; // the manager's staff number, or "cli"
    DayTotals totals;
    std::int64_t pointsOutstanding = 0; // every balance added up at the end of the day
    QList<TenderTotals> tenders;
};

// A redemption with the names a slip, a list or a settlement shows.
struct RedemptionLine
{
    RedemptionRecord record;
    QString barcode;
    QString productName;
    QString counter;
    QString memberName;
    QString memberMobile;
    QString staffNumber;    // who handed the gift over; empty if not recorded
    QString approverNumber; // the manager who approved it
};

// One price a product has had.
struct PriceChange
{
    QDateTime at;
    Money listPrice;
    bool specialPrice = false;
    QString source;
    QString staffNumber; // empty: the import or the CLI
};

// A whole-counter promotion (全柜折扣) as kept, with its dates.
struct Promotion
{
    Id id = 0;
    QString counter;
    Rate rate;
    std::optional<QDate> from;
    std::optional<QDate> to;
    QDateTime createdAt;
};

// A diamond member on the thank-you event's list, with the year's spend.
struct DiamondInvitee
{
    Id memberId = 0;
    QString name;
    QString mobile;
    QString address;
    QDate joinedOn;
    Money spend;
    std::int64_t tickets = 0;
};

} // namespace viptill
