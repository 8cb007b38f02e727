#include "core/Points.h"

#include <gtest/gtest.h>
#include <limits>

using namespace viptill;

struct AwardCase
{
    std::int64_t paidFen;
    int multiplier;
    std::int64_t base;
    std::int64_t bonus;
    std::int64_t earned;
};

class PointsAwarded : public ::testing::TestWithParam<AwardCase>
{
};

TEST_P(PointsAwarded, OnePointPerTenYuanTruncatedWithTheBonus)
{
    const AwardCase& c = GetParam();
    const PointsAward a = awardPoints(Money::fromFen(c.paidFen), c.multiplier);
    EXPECT_EQ(a.base, c.base);
    EXPECT_EQ(a.bonus, c.bonus);
    EXPECT_EQ(a.earned(), c.earned);
}

INSTANTIATE_TEST_SUITE_P(DomainExamples, PointsAwarded,
                         ::testing::Values(AwardCase{50000, 1, 50, 0, 50},     // 500 → 50
                                           AwardCase{55000, 1, 55, 0, 55},     // 550 → 55
                                           AwardCase{55900, 1, 55, 0, 55},     // 559 → 55
                                           AwardCase{999, 1, 0, 0, 0},         // under 10 yuan
                                           AwardCase{199999, 1, 199, 0, 199},  // base 199: no bonus
                                           AwardCase{200000, 1, 200, 10, 210}, // base 200: bonus 10
                                           AwardCase{200000, 2, 200, 10,
                                                     410}, // the bonus is not multiplied
                                           AwardCase{55900, 2, 55, 0, 110}, // double points
                                           AwardCase{0, 1, 0, 0, 0}));

// The most one sale can come to earns exactly, with the highest multiplier a
// rule may set; amounts past every ceiling saturate instead of wrapping.
INSTANTIATE_TEST_SUITE_P(
    AtTheEdges, PointsAwarded,
    ::testing::Values(AwardCase{9999999999, 10, 9999999, 10, 100000000},
                      AwardCase{std::numeric_limits<std::int64_t>::max(), 1,
                                std::numeric_limits<std::int64_t>::max() / 1000, 10,
                                std::numeric_limits<std::int64_t>::max() / 1000 + 10},
                      AwardCase{std::numeric_limits<std::int64_t>::max(), 10000,
                                std::numeric_limits<std::int64_t>::max() / 1000, 10,
                                std::numeric_limits<std::int64_t>::max()},
                      AwardCase{std::numeric_limits<std::int64_t>::min(), 1, 0, 0, 0}));

TEST(PointsAwarded, ReversingNeverWraps)
{
    const Money top = Money::fromFen(std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(pointsToReverse(top, Money(), 10000), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(pointsToReverse(Money(), top, 10000), -std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(pointsToReverse(Money::fromFen(9999999999), Money(), 10), 100000000);
}

struct ReverseCase
{
    std::int64_t beforeFen;
    std::int64_t afterFen;
    int multiplier;
    std::int64_t reversed;
};

class PointsReversed : public ::testing::TestWithParam<ReverseCase>
{
};

TEST_P(PointsReversed, AreEarnedBeforeLessEarnedOnWhatIsKept)
{
    const ReverseCase& c = GetParam();
    EXPECT_EQ(
        pointsToReverse(Money::fromFen(c.beforeFen), Money::fromFen(c.afterFen), c.multiplier),
        c.reversed);
}

INSTANTIATE_TEST_SUITE_P(
    Returns, PointsReversed,
    ::testing::Values(ReverseCase{55900, 0, 1, 55},       // whole sale
                      ReverseCase{55900, 30000, 1, 25},   // 55 − 30
                      ReverseCase{200000, 190000, 2, 30}, // 410 − 380: the bonus goes too
                      ReverseCase{205000, 200000, 1, 5},  // 215 − 210: the bonus stays
                      ReverseCase{1500, 600, 1, 1}));     // 1 − 0

struct RuleCase
{
    const char* what;
    QDate date;
    bool birthday;
    int rank;
    int expected;
};

class MultiplierRules : public ::testing::TestWithParam<RuleCase>
{
};

// The store's own examples: Wednesdays of February–April, birthdays, the
// first 100 members of each day.
QList<MultiplierRule> storeRules()
{
    MultiplierRule slowSeason;
    slowSeason.multiplier = 2;
    slowSeason.weekdays = {3};
    slowSeason.months = {2, 3, 4};
    MultiplierRule birthday;
    birthday.multiplier = 3;
    birthday.birthdayOnly = true;
    MultiplierRule early;
    early.multiplier = 2;
    early.firstMembersPerDay = 100;
    MultiplierRule christmas;
    christmas.multiplier = 5;
    christmas.from = QDate(2026, 12, 24);
    christmas.to = QDate(2026, 12, 25);
    return {slowSeason, birthday, early, christmas};
}

TEST_P(MultiplierRules, HighestMatchingMultiplierWins)
{
    const RuleCase& c = GetParam();
    EXPECT_EQ(effectiveMultiplier(storeRules(), {c.date, c.birthday, c.rank}), c.expected)
        << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    StoreRules, MultiplierRules,
    ::testing::Values(
        RuleCase{"a Wednesday in February", QDate(2026, 2, 4), false, 0, 2},
        RuleCase{"a Wednesday in April", QDate(2026, 4, 29), false, 0, 2},
        RuleCase{"a Wednesday in May", QDate(2026, 5, 6), false, 0, 1},
        RuleCase{"a Thursday in February", QDate(2026, 2, 5), false, 0, 1},
        RuleCase{"birthday on a slow Wednesday: 3, not 6", QDate(2026, 2, 4), true, 0, 3},
        RuleCase{"the 100th member of the day", QDate(2026, 6, 1), false, 100, 2},
        RuleCase{"the 101st member of the day", QDate(2026, 6, 1), false, 101, 1},
        RuleCase{"a second purchase that day does not rank", QDate(2026, 6, 1), false, 0, 1},
        RuleCase{"inside a date range", QDate(2026, 12, 25), false, 0, 5},
        RuleCase{"after a date range", QDate(2026, 12, 26), false, 0, 1}));

TEST(MultiplierRules, NoRulesMeansOne)
{
    EXPECT_EQ(effectiveMultiplier({}, {QDate(2026, 2, 4), true, 1}), 1);
}

struct BirthdayCase
{
    QDate birthday;
    QDate day;
    bool expected;
};

class Birthdays : public ::testing::TestWithParam<BirthdayCase>
{
};

TEST_P(Birthdays, FallOnTheDayAnd29FebruaryOn28February)
{
    EXPECT_EQ(isBirthday(GetParam().birthday, GetParam().day), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Points, Birthdays,
    ::testing::Values(BirthdayCase{QDate(1990, 11, 18), QDate(2026, 11, 18), true},
                      BirthdayCase{QDate(1990, 11, 18), QDate(2026, 11, 19), false},
                      BirthdayCase{QDate(1992, 2, 29), QDate(2026, 2, 28), true},
                      BirthdayCase{QDate(1992, 2, 29), QDate(2026, 3, 1), false},
                      BirthdayCase{QDate(1992, 2, 29), QDate(2028, 2, 29), true},
                      BirthdayCase{QDate(1992, 2, 29), QDate(2028, 2, 28), false},
                      BirthdayCase{QDate(1990, 2, 28), QDate(2028, 2, 28), true}));

struct LotteryCase
{
    std::int64_t balance;
    bool eligible;
};

class Lottery : public ::testing::TestWithParam<LotteryCase>
{
};

TEST_P(Lottery, BalanceEndingInEight)
{
    EXPECT_EQ(lotteryEligible(GetParam().balance), GetParam().eligible);
}

INSTANTIATE_TEST_SUITE_P(Points, Lottery,
                         ::testing::Values(LotteryCase{8, true}, LotteryCase{18, true},
                                           LotteryCase{1008, true}, LotteryCase{80, false},
                                           LotteryCase{17, false}, LotteryCase{0, false},
                                           LotteryCase{-8, false}, LotteryCase{-18, false}));
