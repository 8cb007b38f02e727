#include "core/Programme.h"

#include <gtest/gtest.h>

using namespace viptill;

struct JoinCase
{
    std::int64_t paidFen;
    std::optional<Tier> tier;
};

class Joining : public ::testing::TestWithParam<JoinCase>
{
};

TEST_P(Joining, TheDaysReceiptsDecideTheTier)
{
    EXPECT_EQ(Programme{}.tierForJoining(Money::fromFen(GetParam().paidFen)), GetParam().tier);
}

INSTANTIATE_TEST_SUITE_P(DomainExamples, Joining,
                         ::testing::Values(JoinCase{29999, std::nullopt},
                                           JoinCase{30000, Tier::Gold},
                                           JoinCase{299999, Tier::Gold},
                                           JoinCase{300000, Tier::Diamond},
                                           JoinCase{0, std::nullopt}));

TEST(Tiers, DiamondAt8000LifetimePoints)
{
    const Programme p;
    EXPECT_FALSE(p.upgradesToDiamond(Tier::Gold, 7999));
    EXPECT_TRUE(p.upgradesToDiamond(Tier::Gold, 8000));
    EXPECT_FALSE(p.upgradesToDiamond(Tier::Diamond, 9000));
}

struct BackCase
{
    const char* what;
    Tier tier;
    std::int64_t lifetimeAfter;
    bool upgradeFromReturnedSale;
    bool backToGold;
};

class ReturnsAndTiers : public ::testing::TestWithParam<BackCase>
{
};

TEST_P(ReturnsAndTiers, GoBackToGoldOnlyWhenTheReturnedSaleMadeTheUpgrade)
{
    const BackCase& c = GetParam();
    EXPECT_EQ(Programme{}.returnsToGold(c.tier, c.lifetimeAfter, c.upgradeFromReturnedSale),
              c.backToGold)
        << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    DomainExamples, ReturnsAndTiers,
    ::testing::Values(
        BackCase{"the upgrading sale returned, below 8000", Tier::Diamond, 7999, true, true},
        BackCase{"the upgrading sale returned, still 8000", Tier::Diamond, 8000, true, false},
        BackCase{"another sale returned", Tier::Diamond, 100, false, false},
        BackCase{"gold stays gold", Tier::Gold, 100, true, false}));

TEST(Programme, MemberRatesAreExactDefaults)
{
    const Programme p;
    EXPECT_EQ(p.memberRate(std::nullopt).toString(), QStringLiteral("1.00"));
    EXPECT_EQ(p.memberRate(Tier::Gold).toString(), QStringLiteral("0.88"));
    EXPECT_EQ(p.memberRate(Tier::Diamond).toString(), QStringLiteral("0.80"));
}
