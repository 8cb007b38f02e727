#include "core/Pricing.h"

#include "core/Programme.h"

#include <gtest/gtest.h>

using namespace viptill;

// domain.md, "Price of a sale line": one row per example.
struct LineCase
{
    const char* what;
    std::int64_t unitFen;
    std::int64_t qty;
    std::int64_t promo; // ten-thousandths
    std::optional<Tier> tier;
    bool special;
    std::int64_t afterPromoFen;
    std::int64_t amountFen;
};

class LinePricing : public ::testing::TestWithParam<LineCase>
{
};

TEST_P(LinePricing, StacksTheMemberDiscountOnTheCountersPrice)
{
    const LineCase& c = GetParam();
    const Programme programme;
    const LinePrice p = priceLine(Money::fromFen(c.unitFen), c.qty, Rate::fromScaled(c.promo),
                                  programme.memberRate(c.tier), c.special);
    EXPECT_EQ(p.afterPromo.fen(), c.afterPromoFen) << c.what;
    EXPECT_EQ(p.amount.fen(), c.amountFen) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    DomainExamples, LinePricing,
    ::testing::Values(
        LineCase{"500.00 at a 8折 counter for gold → 352.00", 50000, 1, 8000, Tier::Gold, false,
                 40000, 35200},
        LineCase{"500.00 at a 8折 counter for diamond → 320.00", 50000, 1, 8000, Tier::Diamond,
                 false, 40000, 32000},
        LineCase{"500.00 at a 8折 counter without a card", 50000, 1, 8000, std::nullopt, false,
                 40000, 40000},
        LineCase{"no promotion, gold 8.8折", 50000, 1, 10000, Tier::Gold, false, 50000, 44000},
        LineCase{"special-price goods get no member discount", 50000, 1, 8000, Tier::Gold, true,
                 40000, 40000},
        LineCase{"special-price goods, diamond", 9990, 2, 10000, Tier::Diamond, true, 19980, 19980},
        LineCase{"quantity is priced before rounding", 999, 3, 8500, std::nullopt, false, 2547,
                 2547},
        LineCase{"each step rounds half-up", 999, 3, 8500, Tier::Gold, false, 2547, 2241},
        LineCase{"33.33 gold: 29.3304 → 29.33", 3333, 1, 10000, Tier::Gold, false, 3333, 2933},
        LineCase{"half a fen rounds up", 5, 1, 9000, std::nullopt, false, 5, 5},
        LineCase{"stacked half fens", 15, 1, 9000, Tier::Gold, false, 14, 12}));

TEST(LinePricing, SavingsAreListLessAmount)
{
    const LinePrice p =
        priceLine(Money::fromYuan(500), 2, Rate::fromScaled(8000), Rate::fromScaled(8800), false);
    EXPECT_EQ(p.listTotal().fen(), 100000);
    EXPECT_EQ(p.amount.fen(), 70400);
    EXPECT_EQ(p.savings().fen(), 29600);
}
