#include "core/Pricing.h"
#include "services/CatalogueService.h"
#include "services/CheckoutSession.h"
#include "services/DayCloseService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "services/StaffService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

// Issue 14, "Overflow": 9999 of a 9,999,999,999,999.99-yuan item recorded a
// negative total, and eleven such sales broke the day's report for good.
// Now one sale comes to at most HighestSaleTotal; past it the sale is refused
// with AMOUNT_TOO_LARGE and nothing is written.

namespace {

const QString Dearest = QStringLiteral("6906000000016"); // the highest list price allowed
const QString Cheap = QStringLiteral("6903000000015");   // 200.00, 美妆

class SaleCeilingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        CatalogueService catalogue(t.context());
        ASSERT_TRUE(catalogue
                        .importRows({{2, Dearest, QStringLiteral("天王表 珐琅孤品"),
                                      QStringLiteral("钟表"), HighestListPrice, false}},
                                    QStringLiteral("test"))
                        .ok());
    }

    Result<Receipt> sell(QList<ItemRequest> items, QList<Tender> tenders = {})
    {
        SaleService tills(t.context());
        return tills.sell({std::nullopt, std::move(items), std::move(tenders)});
    }

    TestStore t;
};

// Ten of the dearest item: 99,999,999.90 yuan, just under the ceiling.
constexpr std::int64_t TenOfTheDearest = 9'999'999'990;

} // namespace

TEST_F(SaleCeilingTest, ASaleUpToTheCeilingIsRecorded)
{
    const Result<Receipt> r = sell({{Dearest, 10}});
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->sale.total().fen(), TenOfTheDearest);
    EXPECT_EQ(r->sale.tenders.first().amount.fen(), TenOfTheDearest);
}

struct OverCase
{
    const char* name;
    QList<ItemRequest> items;
};

class SaleOverTheCeiling : public SaleCeilingTest, public ::testing::WithParamInterface<OverCase>
{
};

TEST_P(SaleOverTheCeiling, IsRefusedAndChangesNothing)
{
    const QStringList before = t.snapshot();
    const Result<Receipt> r = sell(GetParam().items);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().codeName(), QStringLiteral("AMOUNT_TOO_LARGE"));
    EXPECT_FALSE(r.error().message().isEmpty());
    EXPECT_EQ(t.snapshot(), before);
    // Pricing for the till's screen refuses it the same way.
    const Result<Sale> priced = SaleService(t.context()).price(GetParam().items, std::nullopt);
    ASSERT_FALSE(priced.ok());
    EXPECT_EQ(priced.error().code(), ErrorCode::AmountTooLarge);
}

INSTANTIATE_TEST_SUITE_P(
    Refusals, SaleOverTheCeiling,
    ::testing::Values(OverCase{"ElevenOfTheDearest", {{Dearest, 11}}},
                      OverCase{"TheMostALineMayHold", {{Dearest, MaxLineQuantity}}},
                      OverCase{"TenAndAJarOfCream", {{Dearest, 10}, {Cheap, 1}}},
                      OverCase{"ScannedOneByOne", QList<ItemRequest>(11, ItemRequest{Dearest, 1})}),
    [](const ::testing::TestParamInfo<OverCase>& row) { return std::string(row.param.name); });

TEST_F(SaleCeilingTest, APriceWrittenBeforeThePriceCeilingCannotWrapASale)
{
    // The row issue 14 wrote, as a store from before the price ceiling (and
    // its trigger, migration 11) holds it.
    t.exec(t.database().onPostgres()
               ? QStringLiteral("DROP TRIGGER products_list_price_change ON products")
               : QStringLiteral("DROP TRIGGER products_list_price_change"));
    t.exec(QStringLiteral("UPDATE products SET list_fen = 999999999999999 WHERE barcode = '%1'")
               .arg(Dearest));
    const QStringList before = t.snapshot();
    const Result<Receipt> r = sell({{Dearest, MaxLineQuantity}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::AmountTooLarge);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(SaleCeilingTest, PaymentsOverTheCeilingAreRefused)
{
    const QStringList before = t.snapshot();
    const Result<Receipt> r = sell({{Cheap, 1}}, {Tender{TenderKind::Cash, HighestSaleTotal},
                                                  Tender{TenderKind::Cash, Money::fromFen(1)}});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::AmountTooLarge);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(SaleCeilingTest, TheTillRefusesTheLineThatTakesTheSaleOverAndKeepsTheRest)
{
    const StaffMember cashier = StaffService(t.context())
                                    .addStaff(QStringLiteral("1001"), QStringLiteral("小王"),
                                              StaffRole::Cashier, QStringLiteral("2468"))
                                    .value();
    const StaffMember manager = StaffService(t.context())
                                    .addStaff(QStringLiteral("9001"), QStringLiteral("李经理"),
                                              StaffRole::Manager, QStringLiteral("8642"))
                                    .value();
    CheckoutSession s(t.context(), cashier);
    ASSERT_TRUE(s.scan(Dearest, 10).ok());
    const QStringList before = t.snapshot();

    const Result<SaleLine> more = s.scan(Dearest);
    ASSERT_FALSE(more.ok());
    EXPECT_EQ(more.error().code(), ErrorCode::AmountTooLarge);
    const Result<SaleLine> cream = s.scan(Cheap);
    ASSERT_FALSE(cream.ok());
    EXPECT_EQ(cream.error().code(), ErrorCode::AmountTooLarge);
    const Status eleven = s.changeQuantity(0, 11, manager);
    ASSERT_FALSE(eleven.ok());
    EXPECT_EQ(eleven.error().code(), ErrorCode::AmountTooLarge);

    // The session is as it was: one line of ten, at the ceiling's edge.
    ASSERT_EQ(s.draft().lines.size(), 1);
    EXPECT_EQ(s.draft().lines.first().price.quantity, 10);
    EXPECT_EQ(s.total().fen(), TenOfTheDearest);
    EXPECT_EQ(t.snapshot(), before);
    const Result<Receipt> paid = s.pay({});
    ASSERT_TRUE(paid.ok()) << paid.error().message().toStdString();
    EXPECT_EQ(paid->sale.total().fen(), TenOfTheDearest);
}

TEST_F(SaleCeilingTest, ADayOfSalesAtTheCeilingReportsAndCloses)
{
    // Issue 14 broke the day after eleven; twenty at the ceiling, one of them
    // returned, sum to two thousand million yuan, far inside 64 bits.
    constexpr int Sales = 20;
    QString firstReceipt;
    for (int i = 0; i < Sales; ++i) {
        const Result<Receipt> r = sell({{Dearest, 10}});
        ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
        if (i == 0)
            firstReceipt = r->sale.receiptNo;
    }
    const Result<ReturnService::Outcome> back =
        ReturnService(t.context()).returnItems(firstReceipt, {});
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    EXPECT_EQ(back->record.refundTotal().fen(), TenOfTheDearest);

    const QDate today = t.clock().today();
    ReportService reports(t.context());
    const Result<DayReport> day = reports.day(today);
    ASSERT_TRUE(day.ok()) << day.error().message().toStdString();
    EXPECT_EQ(day->totals.tickets, Sales);
    EXPECT_EQ(day->totals.ticketsPaid.fen(), Sales * TenOfTheDearest);
    EXPECT_EQ(day->totals.refunded.fen(), TenOfTheDearest);

    const Result<DayClose> closed = DayCloseService(t.context()).close(today, std::nullopt);
    ASSERT_TRUE(closed.ok()) << closed.error().message().toStdString();
    EXPECT_EQ(closed->totals.ticketsPaid.fen(), Sales * TenOfTheDearest);
    EXPECT_EQ(closed->totals.refunded.fen(), TenOfTheDearest);
    const Result<Figures> figures = reports.figures(DayRange::day(today));
    ASSERT_TRUE(figures.ok()) << figures.error().message().toStdString();
    EXPECT_EQ(figures->sales.fen(), (Sales - 1) * TenOfTheDearest);
}
