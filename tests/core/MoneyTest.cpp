#include "core/Money.h"

#include "core/Pricing.h"
#include "core/Rate.h"

#include <gtest/gtest.h>

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
