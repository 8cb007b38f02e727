#include "services/ReportService.h"

#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "support/TestStore.h"
#include "support/TradingWeek.h"

#include <gtest/gtest.h>
#include <map>

using namespace viptill;
using namespace viptill::test;

TEST(DecimalRatio, IsExactTextHalfUp)
{
    EXPECT_EQ(decimalRatio(5, 2), QStringLiteral("2.50"));
    EXPECT_EQ(decimalRatio(2, 3), QStringLiteral("0.67"));
    EXPECT_EQ(decimalRatio(1, 8), QStringLiteral("0.13")); // 0.125 → 0.13
    EXPECT_EQ(decimalRatio(7, 0), QStringLiteral("0.00"));
}

TEST(DayReport, AddsUpAHandComputedDay)
{
    TestStore t;
    t.seedCatalogue();
    // Joining: walk-in 300.00 (2 items) → member, 30 points.
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20), 300);
    SaleService tills(t.context());
    // Member sale: 2 × 400.00 special cups? No: 2 × 100.00 special (200.00) + 200 cream × 0.88
    // (176.00) = 376.00, 37 points.
    const Result<Receipt> member = tills.sell(
        {card, {{QStringLiteral("6905000000013"), 2}, {QStringLiteral("6903000000015"), 1}}, {}});
    ASSERT_TRUE(member.ok());
    // Walk-in: 500 dress at 8折 = 400.00, returned the same day.
    const Result<Receipt> walkIn =
        tills.sell({std::nullopt, {{QStringLiteral("6901000000017"), 1}}, {}});
    ReturnService returns(t.context());
    ASSERT_TRUE(returns.returnItems(walkIn->sale.receiptNo, {}).ok());
    // Next day, a sale that must not count.
    t.clock().set(QDateTime(QDate(2026, 11, 19), QTime(0, 0, 1)));
    ASSERT_TRUE(tills.sell({std::nullopt, {{QStringLiteral("6903000000015"), 1}}, {}}).ok());

    ReportService reports(t.context());
    const Result<DayReport> day = reports.day(QDate(2026, 11, 18));
    ASSERT_TRUE(day.ok());
    EXPECT_EQ(day->totals.tickets, 3);
    EXPECT_EQ(day->totals.ticketsPaid.fen(), 30000 + 37600 + 40000);
    EXPECT_EQ(day->sales.fen(), 30000 + 37600);
    // The joining receipt was credited as a member's, so it counts as VIP.
    EXPECT_EQ(day->vipSales.fen(), 30000 + 37600);
    EXPECT_EQ(day->averageTicket.fen(), 35867); // 1076.00 / 3 = 358.666…
    EXPECT_EQ(day->totals.items, 2 + 3 + 1);
    EXPECT_EQ(day->itemsPerTicket, QStringLiteral("2.00"));
    EXPECT_EQ(day->totals.newMembers, 1);
    EXPECT_EQ(day->totals.pointsEarned, 30 + 37);
    EXPECT_EQ(day->totals.returns, 1);
    EXPECT_EQ(day->totals.refunded.fen(), 40000);
}

// --- The manager's figures over ranges, against the hand-computed week of
// TradingWeek (tests/support/TradingWeek.cpp). ---

namespace {

struct CounterRow
{
    const char* name;
    std::int64_t gross;
    std::int64_t refunded;
    std::int64_t items;
    std::int64_t redemptions;
    std::int64_t redemptionCost;
};

void expectCounters(const QList<CounterTotals>& counters, std::initializer_list<CounterRow> rows)
{
    ASSERT_EQ(counters.size(), static_cast<qsizetype>(rows.size()));
    qsizetype i = 0;
    for (const CounterRow& row : rows) {
        const CounterTotals& c = counters.at(i++);
        EXPECT_EQ(c.counter, QString::fromUtf8(row.name));
        EXPECT_EQ(c.gross.fen(), row.gross) << row.name;
        EXPECT_EQ(c.refunded.fen(), row.refunded) << row.name;
        EXPECT_EQ(c.items, row.items) << row.name;
        EXPECT_EQ(c.redemptions, row.redemptions) << row.name;
        EXPECT_EQ(c.redemptionCost.fen(), row.redemptionCost) << row.name;
    }
}

std::map<int, std::pair<std::int64_t, std::int64_t>> busyHours(const Figures& f)
{
    std::map<int, std::pair<std::int64_t, std::int64_t>> busy;
    for (const HourTotals& h : f.hours) {
        if (h.tickets != 0)
            busy[h.hour] = {h.tickets, h.paid.fen()};
    }
    return busy;
}

class RangeFigures : public ::testing::Test
{
protected:
    TestStore t;
    TradingWeek week{t};
};

} // namespace

TEST_F(RangeFigures, DayAAddsUpByHand)
{
    week.tradeDayA();
    ReportService reports(t.context());
    const Result<Figures> f = reports.figures(DayRange::day(TradingWeek::DayA));
    ASSERT_TRUE(f.ok()) << f.error().message().toStdString();
    const DayTotals& d = f->totals;
    // Tickets #1 300.00, #2 3000.00, #3 452.00, #4 400.00, #5 64000.00, #6 559.00.
    EXPECT_EQ(d.tickets, 6);
    EXPECT_EQ(d.ticketsPaid.fen(), 6871100);
    // #1 and #2 were credited at joining: member tickets with #3 and #5.
    EXPECT_EQ(d.vipTicketsPaid.fen(), 30000 + 300000 + 45200 + 6400000);
    EXPECT_EQ(d.items, 2 + 6 + 2 + 1 + 1 + 1);
    EXPECT_EQ(d.returns, 1);
    EXPECT_EQ(d.refunded.fen(), 10000);
    EXPECT_EQ(d.vipRefunded.fen(), 10000);
    EXPECT_EQ(f->sales.fen(), 6861100);
    EXPECT_EQ(f->vipSales.fen(), 6765200);
    EXPECT_EQ(f->vipShare, QStringLiteral("98.6")); // 67652.00 / 68611.00
    EXPECT_EQ(f->averageTicket.fen(), 1145183);     // 68711.00 / 6 = 11451.833…
    EXPECT_EQ(f->itemsPerTicket, QStringLiteral("2.17"));
    EXPECT_EQ(d.newMembers, 2);
    EXPECT_EQ(f->buyingMembers, 2);
    EXPECT_EQ(f->spendPerMember.fen(), 3382600);
    EXPECT_EQ(d.pointsEarned, 30 + 310 + 45 + 6410);
    EXPECT_EQ(d.pointsReversed, 10);
    // The cancelled redemption neither spent points nor cost the mall.
    EXPECT_EQ(d.pointsRedeemed, 1500);
    EXPECT_EQ(d.redemptions, 1);
    EXPECT_EQ(d.redemptionCost.fen(), 40000);
    // Balances: last year's member 30, gold 30 + 45 − 10, diamond 310 + 6410 − 1500.
    EXPECT_EQ(f->pointsOutstanding, 30 + 65 + 5220);
    EXPECT_EQ(f->tiers.gold.fen(), 30000 + 45200 - 10000);
    EXPECT_EQ(f->tiers.diamond.fen(), 300000 + 6400000);
    EXPECT_EQ(f->tiers.gold + f->tiers.diamond, f->vipSales);
    expectCounters(f->counters, {{"钟表", 6400000, 0, 1, 0, 0},
                                 {"男装", 255900, 0, 2, 0, 0},
                                 {"美妆", 160000, 0, 7, 1, 40000},
                                 {"女装", 35200, 0, 1, 0, 0},
                                 {"特卖", 20000, 10000, 2, 0, 0}});
    ASSERT_EQ(f->hours.size(), 24);
    const std::map<int, std::pair<std::int64_t, std::int64_t>> hours{
        {10, {1, 30000}}, {11, {1, 300000}},  {14, {1, 45200}},
        {15, {1, 40000}}, {20, {1, 6400000}}, {23, {1, 55900}}};
    EXPECT_EQ(busyHours(*f), hours);
    ASSERT_EQ(f->topMembers.size(), 2);
    EXPECT_EQ(f->topMembers.at(0).memberId, week.diamond);
    EXPECT_EQ(f->topMembers.at(0).spend.fen(), 6700000);
    EXPECT_EQ(f->topMembers.at(0).tickets, 2);
    EXPECT_EQ(f->topMembers.at(0).tier, Tier::Diamond);
    EXPECT_EQ(f->topMembers.at(1).memberId, week.gold);
    EXPECT_EQ(f->topMembers.at(1).spend.fen(), 65200);
    // This year to 17 November against last year to 17 November (300.00).
    EXPECT_EQ(f->yearToDate, (DayRange{QDate(2026, 1, 1), TradingWeek::DayA}));
    EXPECT_EQ(f->vipYearSpend.fen(), 6765200);
    EXPECT_EQ(f->vipYearSpendLastYear.fen(), 30000);
    EXPECT_EQ(f->vipYearGrowth, QStringLiteral("22450.7"));
    // The chart: the 30 days up to day A.
    ASSERT_EQ(f->outstandingByDay.size(), 30);
    EXPECT_EQ(f->outstandingByDay.first(),
              (std::pair<QDate, std::int64_t>{TradingWeek::DayA.addDays(-29), 30}));
    EXPECT_EQ(f->outstandingByDay.last(),
              (std::pair<QDate, std::int64_t>{TradingWeek::DayA, 5315}));
}

TEST_F(RangeFigures, ASaleAfterMidnightBelongsToTheNextDay)
{
    week.tradeDayA();
    week.tradeDayB();
    ReportService reports(t.context());
    const Result<Figures> a = reports.figures(DayRange::day(TradingWeek::DayA));
    const Result<Figures> b = reports.figures(DayRange::day(TradingWeek::DayB));
    ASSERT_TRUE(a.ok() && b.ok());
    // 23:50 is day A's last hour; 00:10 is day B's first.
    EXPECT_EQ(a->hours.at(23).paid.fen(), 55900);
    EXPECT_EQ(a->hours.at(0).tickets, 0);
    EXPECT_EQ(b->hours.at(0).paid.fen(), 26666);
    EXPECT_EQ(a->totals.tickets, 6);
    EXPECT_EQ(b->totals.tickets, 3);
}

TEST_F(RangeFigures, DayBCountsTheReturnOfDayAsReceipt)
{
    week.tradeDayA();
    week.tradeDayB();
    ReportService reports(t.context());
    const Result<Figures> f = reports.figures(DayRange::day(TradingWeek::DayB));
    ASSERT_TRUE(f.ok());
    const DayTotals& d = f->totals;
    // #7 266.66, #8 199.80, #9 3000.00; day A's eye cream refunded today.
    EXPECT_EQ(d.tickets, 3);
    EXPECT_EQ(d.ticketsPaid.fen(), 26666 + 19980 + 300000);
    EXPECT_EQ(d.vipTicketsPaid.fen(), 19980);
    EXPECT_EQ(d.returns, 1);
    EXPECT_EQ(d.refunded.fen(), 40000);
    EXPECT_EQ(d.vipRefunded.fen(), 0);
    EXPECT_EQ(f->sales.fen(), 306646);
    EXPECT_EQ(f->vipShare, QStringLiteral("6.5")); // 199.80 / 3066.46 = 6.5156…%
    EXPECT_EQ(f->averageTicket.fen(), 115549);     // 3466.46 / 3 = 1155.4866…
    EXPECT_EQ(f->itemsPerTicket, QStringLiteral("1.33"));
    EXPECT_EQ(d.newMembers, 0);
    EXPECT_EQ(d.pointsEarned, 19);
    EXPECT_EQ(d.pointsReversed, 0); // a walk-in's receipt
    EXPECT_EQ(f->buyingMembers, 1);
    EXPECT_EQ(f->spendPerMember.fen(), 19980);
    EXPECT_EQ(f->pointsOutstanding, 5315 + 19);
    expectCounters(f->counters, {{"钟表", 300000, 0, 1, 0, 0},
                                 {"女装", 26666, 0, 1, 0, 0},
                                 {"特卖", 19980, 0, 2, 0, 0},
                                 {"美妆", 0, 40000, 0, 0, 0}});
    EXPECT_EQ(f->counters.last().net().fen(), -40000);
}

TEST_F(RangeFigures, TheWeekIsBothDaysTogether)
{
    week.tradeDayA();
    week.tradeDayB();
    ReportService reports(t.context());
    const Result<Figures> f = reports.figures(DayRange::weekOf(TradingWeek::DayB));
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(f->range, (DayRange{QDate(2026, 11, 16), QDate(2026, 11, 22)}));
    const DayTotals& d = f->totals;
    EXPECT_EQ(d.tickets, 9);
    EXPECT_EQ(d.ticketsPaid.fen(), 7217746);
    EXPECT_EQ(d.items, 17);
    EXPECT_EQ(d.refunded.fen(), 50000);
    EXPECT_EQ(f->sales.fen(), 7167746);
    EXPECT_EQ(f->vipSales.fen(), 6785180);
    EXPECT_EQ(f->vipShare, QStringLiteral("94.7"));
    EXPECT_EQ(f->averageTicket.fen(), 801972); // 72177.46 / 9 = 8019.717…
    EXPECT_EQ(f->itemsPerTicket, QStringLiteral("1.89"));
    EXPECT_EQ(d.newMembers, 2);
    EXPECT_EQ(d.pointsEarned, 6814);
    EXPECT_EQ(d.pointsReversed, 10);
    EXPECT_EQ(d.pointsRedeemed, 1500);
    EXPECT_EQ(f->buyingMembers, 2);
    EXPECT_EQ(f->spendPerMember.fen(), 3392590);
    EXPECT_EQ(f->pointsOutstanding, 5334);
    EXPECT_EQ(f->tiers.gold.fen(), 85180);
    EXPECT_EQ(f->tiers.diamond.fen(), 6700000);
    EXPECT_EQ(f->vipYearSpend.fen(), 6785180);
    EXPECT_EQ(f->vipYearSpendLastYear.fen(), 30000);
    EXPECT_EQ(f->vipYearGrowth, QStringLiteral("22517.3"));
    expectCounters(f->counters, {{"钟表", 6700000, 0, 2, 0, 0},
                                 {"男装", 255900, 0, 2, 0, 0},
                                 {"美妆", 160000, 40000, 7, 1, 40000},
                                 {"女装", 61866, 0, 2, 0, 0},
                                 {"特卖", 39980, 10000, 4, 0, 0}});
    ASSERT_EQ(f->topMembers.size(), 2);
    EXPECT_EQ(f->topMembers.at(1).spend.fen(), 85180);
    EXPECT_EQ(f->topMembers.at(1).tickets, 3);
    // The month and a range over both years agree with the days.
    const Result<Figures> month = reports.figures(DayRange::monthOf(TradingWeek::DayA));
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->sales, f->sales);
    const Result<Figures> twoYears = reports.figures({TradingWeek::LastYear, TradingWeek::DayB});
    ASSERT_TRUE(twoYears.ok());
    EXPECT_EQ(twoYears->sales.fen(), 7167746 + 30000);
    EXPECT_EQ(twoYears->totals.newMembers, 3);
}

TEST_F(RangeFigures, ABadRangeIsRefused)
{
    ReportService reports(t.context());
    const Result<Figures> backwards = reports.figures({TradingWeek::DayB, TradingWeek::DayA});
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().code(), ErrorCode::InvalidRange);
    const Result<Figures> long_ = reports.figures({QDate(2020, 1, 1), TradingWeek::DayA});
    ASSERT_FALSE(long_.ok());
    EXPECT_EQ(long_.error().code(), ErrorCode::InvalidRange);
}

TEST_F(RangeFigures, TheSettlementIsTheMonthsKeptGiftsAtListPrice)
{
    week.tradeDayA();
    ReportService reports(t.context());
    const Result<Settlement> s = reports.settlement(QStringLiteral("2026-11"));
    ASSERT_TRUE(s.ok()) << s.error().message().toStdString();
    ASSERT_EQ(s->counters.size(), 1);
    const CounterSettlement& beauty = s->counters.first();
    EXPECT_EQ(beauty.counter, QStringLiteral("美妆"));
    ASSERT_EQ(beauty.redemptions.size(), 1); // the cancelled cream is not owed
    EXPECT_EQ(beauty.redemptions.first().record.id, week.keptRedemption);
    EXPECT_EQ(beauty.redemptions.first().barcode, QStringLiteral("6903000000022"));
    EXPECT_EQ(beauty.total.fen(), 40000);
    EXPECT_EQ(beauty.points, 1500);
    EXPECT_EQ(s->total.fen(), 40000);
    EXPECT_EQ(reports.settlement(QStringLiteral("2026-11"), QStringLiteral("美妆"))->total.fen(),
              40000);
    EXPECT_TRUE(
        reports.settlement(QStringLiteral("2026-11"), QStringLiteral("女装"))->counters.isEmpty());
    EXPECT_TRUE(reports.settlement(QStringLiteral("2026-10"))->counters.isEmpty());
    EXPECT_EQ(
        reports.settlement(QStringLiteral("2026-11"), QStringLiteral("无此柜")).error().code(),
        ErrorCode::UnknownCounter);
    EXPECT_EQ(reports.settlement(QStringLiteral("2026-13")).error().code(),
              ErrorCode::InvalidMonth);
}

TEST_F(RangeFigures, TheDiamondListHasTheDiamondMembersWithTheirSpend)
{
    week.tradeDayA();
    week.tradeDayB();
    ReportService reports(t.context());
    const Result<DiamondEventList> list = reports.diamondEvent(2026);
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->spendRange, (DayRange{QDate(2026, 1, 1), TradingWeek::DayB}));
    ASSERT_EQ(list->invitees.size(), 1);
    EXPECT_EQ(list->invitees.first().memberId, week.diamond);
    EXPECT_EQ(list->invitees.first().spend.fen(), 6700000);
    EXPECT_EQ(list->invitees.first().tickets, 2);
    EXPECT_TRUE(reports.diamondEvent(2025)->invitees.first().spend.isZero());
    EXPECT_EQ(reports.diamondEvent(2027).error().code(), ErrorCode::InvalidDate);
}
