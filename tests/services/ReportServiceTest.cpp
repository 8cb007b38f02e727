#include "services/ReportService.h"

#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

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
