#include "core/Money.h"

#include "core/Pricing.h"
#include "core/Rate.h"

#include <gtest/gtest.h>
#include <limits>

using namespace viptill;

struct YuanCase
{
    const char* text;
    std::optional<std::int64_t> fen;
};

class ParseYuan : public ::testing::TestWithParam<YuanCase>
{
};

TEST_P(ParseYuan, ReadsExactFen)
{
    const std::optional<Money> m = Money::parseYuan(QString::fromUtf8(GetParam().text));
    ASSERT_EQ(m.has_value(), GetParam().fen.has_value());
    if (m) {
        EXPECT_EQ(m->fen(), *GetParam().fen);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Money, ParseYuan,
    ::testing::Values(YuanCase{"199.00", 19900}, YuanCase{"199", 19900}, YuanCase{"199.5", 19950},
                      YuanCase{"0.01", 1}, YuanCase{" 12.30 ", 1230}, YuanCase{"0", 0},
                      YuanCase{"1.005", std::nullopt}, YuanCase{"-1.00", std::nullopt},
                      YuanCase{"1e3", std::nullopt}, YuanCase{"", std::nullopt},
                      YuanCase{".5", std::nullopt}, YuanCase{"5.", std::nullopt},
                      YuanCase{"1.2.3", std::nullopt}, YuanCase{"１９９", std::nullopt},
                      YuanCase{"12345678901234", std::nullopt},
                      // Absurd amounts are refused, never wrapped round int64.
                      YuanCase{"99999999999999999999.99", std::nullopt},
                      YuanCase{"9223372036854775807", std::nullopt},
                      YuanCase{"9999999999999.99", 999999999999999},
                      // Leading zeros add no digits.
                      YuanCase{"00000000000000000199.00", 19900}));

struct ListPriceCase
{
    std::int64_t fen;
    bool isListPrice;
};

class ListPrices : public ::testing::TestWithParam<ListPriceCase>
{
};

TEST_P(ListPrices, AreFromOneFenToTenMillionYuanLessOneFen)
{
    EXPECT_EQ(isListPrice(Money::fromFen(GetParam().fen)), GetParam().isListPrice);
}

INSTANTIATE_TEST_SUITE_P(Money, ListPrices,
                         ::testing::Values(ListPriceCase{0, false}, ListPriceCase{1, true},
                                           ListPriceCase{19900, true},
                                           ListPriceCase{999999999, true},
                                           ListPriceCase{1000000000, false},
                                           ListPriceCase{-1, false}));

TEST(Money, PrintsYuanWithTwoDecimals)
{
    EXPECT_EQ(Money::fromFen(19900).toYuanString(), QStringLiteral("199.00"));
    EXPECT_EQ(Money::fromFen(5).toYuanString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money::fromFen(-350).toYuanString(), QStringLiteral("-3.50"));
}

struct TimesCase
{
    std::int64_t fen;
    const char* rate;
    std::int64_t expected;
};

class MoneyTimesRate : public ::testing::TestWithParam<TimesCase>
{
};

TEST_P(MoneyTimesRate, RoundsHalfUpToTheFen)
{
    const TimesCase& c = GetParam();
    EXPECT_EQ(Money::fromFen(c.fen).times(*Rate::parse(QString::fromUtf8(c.rate))).fen(),
              c.expected);
}

INSTANTIATE_TEST_SUITE_P(Money, MoneyTimesRate,
                         ::testing::Values(TimesCase{50000, "0.80", 40000},
                                           TimesCase{40000, "0.88", 35200},
                                           TimesCase{5, "0.90", 5},       // 4.5 → 5
                                           TimesCase{15, "0.90", 14},     // 13.5 → 14
                                           TimesCase{3333, "0.88", 2933}, // 2933.04
                                           TimesCase{7, "0.50", 4},       // 3.5 → 4
                                           TimesCase{-15, "0.90", -14},   // symmetric for refunds
                                           TimesCase{99999999999999, "0.88", 87999999999999},
                                           TimesCase{12345, "1", 12345}));

struct RateCase
{
    const char* text;
    std::optional<std::int64_t> scaled;
    const char* printed;
};

class ParseRate : public ::testing::TestWithParam<RateCase>
{
};

TEST_P(ParseRate, IsAnExactDecimal)
{
    const std::optional<Rate> r = Rate::parse(QString::fromUtf8(GetParam().text));
    ASSERT_EQ(r.has_value(), GetParam().scaled.has_value());
    if (r) {
        EXPECT_EQ(r->scaled(), *GetParam().scaled);
        EXPECT_EQ(r->toString(), QString::fromUtf8(GetParam().printed));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rate, ParseRate,
    ::testing::Values(RateCase{"0.88", 8800, "0.88"}, RateCase{"0.8", 8000, "0.80"},
                      RateCase{"0.80", 8000, "0.80"}, RateCase{"1", 10000, "1.00"},
                      RateCase{"0.875", 8750, "0.875"}, RateCase{"0.12345", std::nullopt, ""},
                      RateCase{"-0.8", std::nullopt, ""}, RateCase{"abc", std::nullopt, ""},
                      RateCase{"", std::nullopt, ""}));

TEST(Rate, DiscountIsAboveZeroAndAtMostOne)
{
    EXPECT_TRUE(Rate::parse(QStringLiteral("0.80"))->isDiscount());
    EXPECT_TRUE(Rate::parse(QStringLiteral("1"))->isDiscount());
    EXPECT_FALSE(Rate::parse(QStringLiteral("0"))->isDiscount());
    EXPECT_FALSE(Rate::parse(QStringLiteral("1.2"))->isDiscount());
}

// Money's arithmetic at the edges of int64: the checked forms give no
// answer, the operators stop at the edge, and nothing wraps (issue 14: 9999
// of a 9,999,999,999,999.99-yuan item once came to a negative total).
constexpr std::int64_t MaxFen = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t MinFen = std::numeric_limits<std::int64_t>::min();

enum class Op
{
    Plus,
    Minus,
    TimesQuantity,
};

struct EdgeCase
{
    const char* name;
    Op op;
    std::int64_t a;
    std::int64_t b;
    std::optional<std::int64_t> checked; // none: overflow
    std::int64_t saturated;              // what the operator gives
};

class MoneyAtTheEdges : public ::testing::TestWithParam<EdgeCase>
{
};

TEST_P(MoneyAtTheEdges, NeverWrap)
{
    const EdgeCase& c = GetParam();
    const Money a = Money::fromFen(c.a);
    std::optional<Money> checked;
    Money saturated;
    switch (c.op) {
    case Op::Plus:
        checked = a.checkedPlus(Money::fromFen(c.b));
        saturated = a + Money::fromFen(c.b);
        break;
    case Op::Minus:
        checked = a.checkedMinus(Money::fromFen(c.b));
        saturated = a - Money::fromFen(c.b);
        break;
    case Op::TimesQuantity:
        checked = a.checkedTimesQuantity(c.b);
        saturated = a.timesQuantity(c.b);
        break;
    }
    ASSERT_EQ(checked.has_value(), c.checked.has_value());
    if (checked) {
        EXPECT_EQ(checked->fen(), *c.checked);
    }
    EXPECT_EQ(saturated.fen(), c.saturated);
}

INSTANTIATE_TEST_SUITE_P(
    Money, MoneyAtTheEdges,
    ::testing::Values(
        EdgeCase{"PlusFits", Op::Plus, 19900, 100, 20000, 20000},
        EdgeCase{"PlusToTheTop", Op::Plus, MaxFen - 1, 1, MaxFen, MaxFen},
        EdgeCase{"PlusPastTheTop", Op::Plus, MaxFen, 1, std::nullopt, MaxFen},
        EdgeCase{"PlusTwoHalves", Op::Plus, MaxFen / 2 + 1, MaxFen / 2 + 1, std::nullopt, MaxFen},
        EdgeCase{"PlusPastTheBottom", Op::Plus, MinFen, -1, std::nullopt, MinFen},
        EdgeCase{"PlusOppositeSigns", Op::Plus, MaxFen, MinFen, -1, -1},
        EdgeCase{"MinusFits", Op::Minus, 100, 19900, -19800, -19800},
        EdgeCase{"MinusPastTheBottom", Op::Minus, MinFen, 1, std::nullopt, MinFen},
        EdgeCase{"MinusTheBottom", Op::Minus, 0, MinFen, std::nullopt, MaxFen},
        EdgeCase{"MinusPastTheTop", Op::Minus, MaxFen, -1, std::nullopt, MaxFen},
        EdgeCase{"TimesFits", Op::TimesQuantity, 999999999, 9999, 9998999990001, 9998999990001},
        EdgeCase{"TimesIssue14", Op::TimesQuantity, 999999999999999, 9999, std::nullopt, MaxFen},
        EdgeCase{"TimesNegativeQuantity", Op::TimesQuantity, MaxFen, -2, std::nullopt, MinFen},
        EdgeCase{"TimesNegativeAmount", Op::TimesQuantity, -MaxFen, 2, std::nullopt, MinFen},
        EdgeCase{"TimesBottomByMinusOne", Op::TimesQuantity, MinFen, -1, std::nullopt, MaxFen},
        EdgeCase{"TimesZero", Op::TimesQuantity, MaxFen, 0, 0, 0}),
    [](const ::testing::TestParamInfo<EdgeCase>& row) { return std::string(row.param.name); });

TEST(Money, NegatingTheBottomSaturates)
{
    EXPECT_EQ((-Money::fromFen(MinFen)).fen(), MaxFen);
    EXPECT_EQ((-Money::fromFen(MaxFen)).fen(), -MaxFen);
}

TEST(Money, FromYuanSaturates)
{
    EXPECT_EQ(Money::fromYuan(MaxFen / 100).fen(), MaxFen / 100 * 100);
    EXPECT_EQ(Money::fromYuan(MaxFen / 100 + 1).fen(), MaxFen);
    EXPECT_EQ(Money::fromYuan(MinFen / 100 - 1).fen(), MinFen);
}

TEST(Money, PrintsTheEdgesOfInt64)
{
    EXPECT_EQ(Money::fromFen(MaxFen).toYuanString(), QStringLiteral("92233720368547758.07"));
    EXPECT_EQ(Money::fromFen(MinFen).toYuanString(), QStringLiteral("-92233720368547758.08"));
}

struct RateEdgeCase
{
    const char* name;
    std::int64_t fen;
    std::int64_t scaledRate;
    std::optional<std::int64_t> checked;
    std::int64_t saturated;
};

class MoneyTimesRateAtTheEdges : public ::testing::TestWithParam<RateEdgeCase>
{
};

TEST_P(MoneyTimesRateAtTheEdges, NeverWrap)
{
    const RateEdgeCase& c = GetParam();
    const Money amount = Money::fromFen(c.fen);
    const Rate rate = Rate::fromScaled(c.scaledRate);
    const std::optional<Money> checked = amount.checkedTimes(rate);
    ASSERT_EQ(checked.has_value(), c.checked.has_value());
    if (checked) {
        EXPECT_EQ(checked->fen(), *c.checked);
    }
    EXPECT_EQ(amount.times(rate).fen(), c.saturated);
}

INSTANTIATE_TEST_SUITE_P(
    Money, MoneyTimesRateAtTheEdges,
    ::testing::Values(
        RateEdgeCase{"TopTimesOne", MaxFen, Rate::Scale, MaxFen, MaxFen},
        RateEdgeCase{"TopTimesDiscount", MaxFen, 8800, 8116567392432202710, 8116567392432202710},
        RateEdgeCase{"BottomTimesOne", MinFen, Rate::Scale, MinFen, MinFen},
        RateEdgeCase{"TopTimesMore", MaxFen, Rate::Scale + 1, std::nullopt, MaxFen},
        RateEdgeCase{"BottomTimesMore", MinFen, 2 * Rate::Scale, std::nullopt, MinFen},
        RateEdgeCase{"TopTimesHugeRate", MaxFen, MaxFen, std::nullopt, MaxFen},
        RateEdgeCase{"TopTimesNegativeRate", MaxFen, -2 * Rate::Scale, std::nullopt, MinFen},
        RateEdgeCase{"CeilingTimesDiscount", 9999999999, 8800, 8799999999, 8799999999}),
    [](const ::testing::TestParamInfo<RateEdgeCase>& row) {
        return std::string(row.param.name);
    });

struct CeilingCase
{
    const char* name;
    std::int64_t fen;
    bool refused;
};

class SaleCeiling : public ::testing::TestWithParam<CeilingCase>
{
};

TEST_P(SaleCeiling, RefusesWhatOneSaleCannotComeTo)
{
    const Status fits = checkSaleCeiling(Money::fromFen(GetParam().fen), CeilingOf::Sale);
    EXPECT_EQ(!fits, GetParam().refused);
    if (!fits) {
        EXPECT_EQ(fits.error().codeName(), QStringLiteral("AMOUNT_TOO_LARGE"));
    }
}

INSTANTIATE_TEST_SUITE_P(Money, SaleCeiling,
                         ::testing::Values(CeilingCase{"Zero", 0, false},
                                           CeilingCase{"AtTheCeiling", 9999999999, false},
                                           CeilingCase{"OneFenOver", 10000000000, true},
                                           CeilingCase{"Saturated", MaxFen, true},
                                           CeilingCase{"NegativeAtTheCeiling", -9999999999, false},
                                           CeilingCase{"NegativeOver", -10000000000, true},
                                           CeilingCase{"Bottom", MinFen, true}),
                         [](const ::testing::TestParamInfo<CeilingCase>& row) {
                             return std::string(row.param.name);
                         });

TEST(SaleCeiling, TenOfTheDearestItemsFitAndNineThousandDoNot)
{
    EXPECT_TRUE(checkSaleCeiling(HighestListPrice.timesQuantity(10), CeilingOf::Sale));
    EXPECT_FALSE(checkSaleCeiling(HighestListPrice.timesQuantity(11), CeilingOf::Sale));
    EXPECT_FALSE(checkSaleCeiling(HighestListPrice.timesQuantity(9999), CeilingOf::Sale));
}
