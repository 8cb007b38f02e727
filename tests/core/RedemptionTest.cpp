#include "core/Redemption.h"

#include <gtest/gtest.h>

using namespace viptill;

struct CapCase
{
    std::int64_t points;
    std::optional<std::int64_t> capYuan;
};

class RedemptionCaps : public ::testing::TestWithParam<CapCase>
{
};

TEST_P(RedemptionCaps, RiseBy200YuanEach500Points)
{
    const std::optional<Money> cap = redemptionCap(GetParam().points);
    ASSERT_EQ(cap.has_value(), GetParam().capYuan.has_value());
    if (cap) {
        EXPECT_EQ(*cap, Money::fromYuan(*GetParam().capYuan));
    }
}

INSTANTIATE_TEST_SUITE_P(DomainExamples, RedemptionCaps,
                         ::testing::Values(CapCase{1000, 200}, CapCase{1500, 400},
                                           CapCase{2000, 600}, CapCase{5000, 1800},
                                           CapCase{500, std::nullopt}, CapCase{999, std::nullopt},
                                           CapCase{1200, std::nullopt}, CapCase{0, std::nullopt},
                                           CapCase{-1000, std::nullopt}));

struct CheckCase
{
    const char* what;
    std::int64_t points;
    std::int64_t balance;
    std::int64_t listFen;
    bool special;
    bool onSale;
    std::optional<ErrorCode> refusal;
};

class RedemptionChecks : public ::testing::TestWithParam<CheckCase>
{
};

TEST_P(RedemptionChecks, FollowTheRules)
{
    const CheckCase& c = GetParam();
    const Result<Money> r =
        checkRedemption(c.points, c.balance,
                        {QStringLiteral("690"), Money::fromFen(c.listFen), c.special, c.onSale});
    if (c.refusal) {
        ASSERT_FALSE(r.ok()) << c.what;
        EXPECT_EQ(r.error().code(), *c.refusal) << c.what;
    } else {
        EXPECT_TRUE(r.ok()) << c.what;
    }
}

INSTANTIATE_TEST_SUITE_P(
    DomainExamples, RedemptionChecks,
    ::testing::Values(
        CheckCase{"1500 points → a gift of at most 400.00", 1500, 2000, 40000, false, true, {}},
        CheckCase{"400.01 is over the 1500-point cap", 1500, 2000, 40001, false, true,
                  ErrorCode::GiftOverCap},
        CheckCase{"1000 points, 200.00 gift", 1000, 1000, 20000, false, true, {}},
        CheckCase{"not a step of 500", 1200, 2000, 100, false, true, ErrorCode::InvalidPointsStep},
        CheckCase{"too few points", 1500, 1499, 100, false, true, ErrorCode::InsufficientPoints},
        CheckCase{"a negative balance blocks", 1000, -5, 100, false, true,
                  ErrorCode::NegativeBalance},
        CheckCase{"never special-price goods", 1000, 5000, 100, true, true,
                  ErrorCode::SpecialPriceGift},
        CheckCase{"withdrawn goods", 1000, 5000, 100, false, false, ErrorCode::GiftNotOnSale}));
