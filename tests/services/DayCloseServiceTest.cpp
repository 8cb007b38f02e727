#include "services/DayCloseService.h"

#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "storage/SqliteConnection.h"
#include "support/TestStore.h"
#include "support/TradingWeek.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class DayCloseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        week.tradeDayA();
        t.clock().set(QDateTime(TradingWeek::DayA, QTime(23, 55)));
    }

    Money tenderNet(const DayClose& close, TenderKind kind)
    {
        for (const TenderTotals& tender : close.tenders) {
            if (tender.kind == kind)
                return tender.net();
        }
        return {};
    }

    TestStore t;
    TradingWeek week{t};
};

} // namespace

TEST_F(DayCloseTest, FreezesTheDaysFiguresAndTenders)
{
    DayCloseService closing(t.context());
    const Result<DayClose> closed = closing.close(TradingWeek::DayA, week.manager);
    ASSERT_TRUE(closed.ok()) << closed.error().message().toStdString();
    const std::optional<DayClose> kept = t.store().dayClose(TradingWeek::DayA);
    ASSERT_TRUE(kept.has_value());
    EXPECT_EQ(kept->closedBy, QStringLiteral("9001"));
    EXPECT_EQ(kept->staffId, week.manager.id);
    EXPECT_EQ(kept->closedAt, QDateTime(TradingWeek::DayA, QTime(23, 55)));
    const DayTotals& f = kept->totals;
    EXPECT_EQ(f.tickets, 6);
    EXPECT_EQ(f.ticketsPaid.fen(), 6871100);
    EXPECT_EQ(f.vipTicketsPaid.fen(), 6775200);
    EXPECT_EQ(f.items, 13);
    EXPECT_EQ(f.returns, 1);
    EXPECT_EQ(f.refunded.fen(), 10000);
    EXPECT_EQ(f.vipRefunded.fen(), 10000);
    EXPECT_EQ(f.newMembers, 2);
    EXPECT_EQ(f.pointsEarned, 6795);
    EXPECT_EQ(f.pointsReversed, 10);
    EXPECT_EQ(f.pointsRedeemed, 1500);
    EXPECT_EQ(f.redemptions, 1);
    EXPECT_EQ(f.redemptionCost.fen(), 40000);
    EXPECT_EQ(kept->pointsOutstanding, 5315);
    // Cash: #1 300.00, #2 3000.00, #4 400.00, #6 559.00; #5 by card; #3 by
    // WeChat Pay, with the cup's 100.00 refunded to it.
    ASSERT_EQ(kept->tenders.size(), 3);
    EXPECT_EQ(tenderNet(*kept, TenderKind::Cash).fen(), 425900);
    EXPECT_EQ(tenderNet(*kept, TenderKind::BankCard).fen(), 6400000);
    EXPECT_EQ(tenderNet(*kept, TenderKind::WeChatPay).fen(), 35200);
    EXPECT_EQ(kept->tenders.at(2).taken.fen(), 45200);
    EXPECT_EQ(kept->tenders.at(2).refunded.fen(), 10000);
    // What the report says of the day is what was frozen.
    ReportService reports(t.context());
    const Result<DayReport> day = reports.day(TradingWeek::DayA);
    ASSERT_TRUE(day.ok());
    ASSERT_TRUE(day->close.has_value());
    EXPECT_EQ(day->close->totals.ticketsPaid, day->totals.ticketsPaid);
}

TEST_F(DayCloseTest, NothingCanBeRecordedOnAClosedDay)
{
    ASSERT_TRUE(DayCloseService(t.context()).close(TradingWeek::DayA, week.manager).ok());
    t.clock().set(QDateTime(TradingWeek::DayA, QTime(23, 58)));
    const QStringList before = t.snapshot();
    auto expectClosed = [&](const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::DayClosed) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("2026-11-17")))
            << e.message().toStdString();
        EXPECT_EQ(t.snapshot(), before);
    };
    SaleService tills(t.context());
    const Result<Receipt> sale =
        tills.sell({std::nullopt, {{QStringLiteral("6903000000015"), 1}}, {}, {}});
    ASSERT_FALSE(sale.ok());
    expectClosed(sale.error());
    ReturnService returns(t.context());
    const Result<ReturnService::Outcome> back = returns.returnItems(week.goldSaleA, {});
    ASSERT_FALSE(back.ok());
    expectClosed(back.error());
    RedemptionService desk(t.context());
    const Result<RedemptionOutcome> gift =
        desk.redeem(week.diamond, 1000, QStringLiteral("6903000000015"));
    ASSERT_FALSE(gift.ok());
    expectClosed(gift.error());
    const Result<CancelledRedemption> cancel = desk.cancel(week.keptRedemption);
    ASSERT_FALSE(cancel.ok());
    expectClosed(cancel.error());
    // Joining with the day's last walk-in receipt (#6).
    MemberService members(t.context());
    const QString lastReceipt = QStringLiteral("T01-20261117-0006");
    ASSERT_TRUE(t.store().saleByReceipt(lastReceipt).has_value());
    const Result<JoinOutcome> joined =
        members.join({QStringLiteral("赵敏"), QStringLiteral("F"), QDate(1990, 6, 1),
                      idNumberFor(QDate(1990, 6, 1)), QStringLiteral("13900001111"),
                      QStringLiteral("上海市黄浦区南京东路1号"), QStringLiteral("男装")},
                     {lastReceipt});
    ASSERT_FALSE(joined.ok());
    expectClosed(joined.error());
}

TEST_F(DayCloseTest, TheDatabaseItselfRefusesRowsDatedAClosedDay)
{
    ASSERT_TRUE(DayCloseService(t.context()).close(TradingWeek::DayA, week.manager).ok());
    const QStringList before = t.snapshot();
    EXPECT_THROW(t.exec(QStringLiteral(
                     "INSERT INTO points_ledger (member_id, kind, points, at, day) VALUES (1, "
                     "'adjust', 99, '2026-11-16T12:00:00', '2026-11-16')")),
                 StorageError);
    EXPECT_THROW(t.exec(QStringLiteral("DELETE FROM day_closes")), StorageError);
    EXPECT_THROW(t.exec(QStringLiteral("UPDATE day_closes SET tickets = 0")), StorageError);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(DayCloseTest, TheNextDayTradesAndAnOldReceiptComesBackOnIt)
{
    ASSERT_TRUE(DayCloseService(t.context()).close(TradingWeek::DayA, week.manager).ok());
    week.tradeDayB(); // a sale at 00:10, day A's receipt returned at 10:00
    ReportService reports(t.context());
    const Result<Figures> b = reports.figures(DayRange::day(TradingWeek::DayB));
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->totals.refunded.fen(), 40000);
    // From the close's frozen balance plus day B's ledger, as from the whole ledger.
    EXPECT_EQ(b->pointsOutstanding, 5334);
    EXPECT_EQ(pointsOutstandingAt(t.store(), TradingWeek::DayB),
              t.store().pointsThrough(std::nullopt, TradingWeek::DayB));
    // Before the close, back from its frozen balance: only last year's 30.
    for (const QDate day : {TradingWeek::DayA.addDays(-1), TradingWeek::LastYear.addDays(-1),
                            TradingWeek::LastYear}) {
        EXPECT_EQ(pointsOutstandingAt(t.store(), day), t.store().pointsThrough(std::nullopt, day))
            << formatDate(day).toStdString();
    }
    EXPECT_EQ(b->outstandingByDay.first(),
              (std::pair<QDate, std::int64_t>{TradingWeek::DayB.addDays(-29), 30}));
    // Day A from its close, day B from the ledger after it.
    ASSERT_EQ(b->outstandingByDay.size(), 30);
    EXPECT_EQ(b->outstandingByDay.at(28),
              (std::pair<QDate, std::int64_t>{TradingWeek::DayA, 5315}));
    EXPECT_EQ(b->outstandingByDay.at(29),
              (std::pair<QDate, std::int64_t>{TradingWeek::DayB, 5334}));
    const Result<Figures> week_ = reports.figures(DayRange::weekOf(TradingWeek::DayB));
    ASSERT_TRUE(week_.ok());
    EXPECT_EQ(week_->vipYearSpend.fen(), 6785180);
    EXPECT_EQ(week_->vipYearGrowth, QStringLiteral("22517.3"));
    // Day A's figures did not move.
    EXPECT_EQ(reports.figures(DayRange::day(TradingWeek::DayA))->sales.fen(), 6861100);
}

TEST_F(DayCloseTest, RefusalsChangeNothing)
{
    DayCloseService closing(t.context());
    const QStringList open = t.snapshot();
    // Not a manager; a day still to come.
    const Result<DayClose> byCashier = closing.close(TradingWeek::DayA, week.cashier);
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code(), ErrorCode::NotPermitted);
    const Result<DayClose> tomorrow = closing.close(TradingWeek::DayB, week.manager);
    ASSERT_FALSE(tomorrow.ok());
    EXPECT_EQ(tomorrow.error().code(), ErrorCode::InvalidDate);
    EXPECT_EQ(t.snapshot(), open);

    ASSERT_TRUE(closing.close(TradingWeek::DayA, std::nullopt).ok());
    EXPECT_EQ(t.store().dayClose(TradingWeek::DayA)->closedBy, QStringLiteral("cli"));
    const QStringList closed = t.snapshot();
    // Twice; and a day before it, whose books are closed with it.
    for (const QDate day : {TradingWeek::DayA, TradingWeek::DayA.addDays(-1)}) {
        const Result<DayClose> again = closing.close(day, week.manager);
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code(), ErrorCode::DayClosed);
        EXPECT_EQ(t.snapshot(), closed);
    }
}

TEST_F(DayCloseTest, ThePreviewChangesNothing)
{
    DayCloseService closing(t.context());
    const QStringList before = t.snapshot();
    const Result<DayClose> preview = closing.preview(TradingWeek::DayA);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->totals.ticketsPaid.fen(), 6871100);
    EXPECT_EQ(preview->pointsOutstanding, 5315);
    EXPECT_EQ(t.snapshot(), before);
}
