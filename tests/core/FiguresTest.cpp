#include "core/Figures.h"

#include "core/Clock.h"
#include "core/Redemption.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {
QDate d(const char* text)
{
    return parseDate(QString::fromLatin1(text));
}
} // namespace

TEST(DayRange, WeeksRunMondayToSundayAndMonthsToTheirLastDay)
{
    EXPECT_EQ(DayRange::weekOf(d("2026-11-18")), (DayRange{d("2026-11-16"), d("2026-11-22")}));
    EXPECT_EQ(DayRange::weekOf(d("2026-11-22")), (DayRange{d("2026-11-16"), d("2026-11-22")}));
    // A week across the turn of the year.
    EXPECT_EQ(DayRange::weekOf(d("2027-01-01")), (DayRange{d("2026-12-28"), d("2027-01-03")}));
    EXPECT_EQ(DayRange::monthOf(d("2028-02-10")), (DayRange{d("2028-02-01"), d("2028-02-29")}));
    EXPECT_EQ(DayRange::monthOf(d("2026-12-31")).days(), 31);
    EXPECT_EQ(DayRange::yearOf(2028).days(), 366);
    EXPECT_FALSE((DayRange{d("2026-11-02"), d("2026-11-01")}).isValid());
    EXPECT_EQ((DayRange{d("2026-11-02"), d("2026-11-01")}).days(), 0);
}

TEST(DayRange, MonthsAreWrittenYearDashMonth)
{
    EXPECT_EQ(parseMonth(QStringLiteral("2026-11")), (DayRange{d("2026-11-01"), d("2026-11-30")}));
    for (const char* bad : {"2026-13", "2026-1", "11-2026", "2026/11", "", "2026-11-01"})
        EXPECT_FALSE(parseMonth(QString::fromLatin1(bad)).has_value()) << bad;
}

TEST(DayRange, UncoveredPartsAreTheDaysNoCloseCovers)
{
    const DayRange november{d("2026-11-01"), d("2026-11-30")};
    EXPECT_EQ(uncoveredParts(november, {}), QList<DayRange>{november});
    // Closes out of order, outside the range and at both ends.
    const QList<DayRange> parts =
        uncoveredParts(november, {d("2026-11-30"), d("2026-11-03"), d("2026-11-01"),
                                  d("2026-10-31"), d("2026-11-04"), d("2026-12-01")});
    EXPECT_EQ(parts, (QList<DayRange>{{d("2026-11-02"), d("2026-11-02")},
                                      {d("2026-11-05"), d("2026-11-29")}}));
    QList<QDate> every;
    for (QDate day = november.from; day <= november.to; day = day.addDays(1))
        every << day;
    EXPECT_TRUE(uncoveredParts(november, every).isEmpty());
}

struct PercentCase
{
    std::int64_t part;
    std::int64_t whole;
    const char* expected; // nullptr: none
};

class Percentages : public ::testing::TestWithParam<PercentCase>
{
};

TEST_P(Percentages, AreExactTextWithOneDecimalHalfAwayFromZero)
{
    const PercentCase c = GetParam();
    const std::optional<QString> p = percentage(c.part, c.whole);
    if (!c.expected) {
        EXPECT_FALSE(p.has_value());
        return;
    }
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(*p, QString::fromLatin1(c.expected));
}

INSTANTIATE_TEST_SUITE_P(
    Examples, Percentages,
    ::testing::Values(PercentCase{6765200, 6861100, "98.6"}, PercentCase{1, 8, "12.5"},
                      PercentCase{1, 3, "33.3"}, PercentCase{2, 3, "66.7"},
                      PercentCase{1, 2000, "0.1"},                                 // 0.05 → 0.1
                      PercentCase{1, 2001, "0.0"},                                 // 0.0499…
                      PercentCase{-1, 2000, "-0.1"}, PercentCase{-1, 2001, "0.0"}, // no "-0.0"
                      PercentCase{-3, 40, "-7.5"}, PercentCase{5, -40, "-12.5"},
                      PercentCase{300, 100, "300.0"}, PercentCase{0, 7, "0.0"},
                      PercentCase{7, 0, nullptr}));

TEST(AveragePer, RoundsHalfUpToTheFen)
{
    EXPECT_EQ(averagePer(Money::fromFen(6871100), 6).fen(), 1145183); // 1145183.33…
    EXPECT_EQ(averagePer(Money::fromFen(5), 2).fen(), 3);             // 2.5 → 3
    EXPECT_EQ(averagePer(Money::fromFen(-5), 2).fen(), -3);
    EXPECT_EQ(averagePer(Money::fromFen(100), 0).fen(), 0);
}

TEST(RedemptionSteps, ListWhatABalanceAffords)
{
    EXPECT_TRUE(redemptionSteps(999).isEmpty());
    EXPECT_TRUE(redemptionSteps(-2000).isEmpty());
    const QList<RedemptionStep> steps = redemptionSteps(2499);
    ASSERT_EQ(steps.size(), 3);
    EXPECT_EQ(steps.at(0).points, 1000);
    EXPECT_EQ(steps.at(0).cap.fen(), 20000);
    EXPECT_EQ(steps.at(1).points, 1500);
    EXPECT_EQ(steps.at(1).cap.fen(), 40000);
    EXPECT_EQ(steps.at(2).points, 2000);
    EXPECT_EQ(steps.at(2).cap.fen(), 60000);
    EXPECT_EQ(redemptionSteps(2500).size(), 4);
}
