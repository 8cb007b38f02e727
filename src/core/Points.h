#pragma once

#include "Checked.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace viptill {

// What a multiplier rule looks at when a member buys.
struct PointsContext
{
    QDate date;
    bool birthday = false;
    // 1 for the first member to buy today, 2 for the second, …; 0 when this
    // is not the member's first purchase of the day.
    int memberRankToday = 0;
};

// Double points (双倍积分) and the like, kept as data. Every condition that is
// set must hold; a rule with none set applies every day.
struct MultiplierRule
{
    std::int64_t id = 0;
    QString name;
    int multiplier = 1;
    QList<int> weekdays; // 1 = Monday … 7 = Sunday; empty = any day
    QList<int> months;   // 1 … 12; empty = any month
    std::optional<QDate> from;
    std::optional<QDate> to;
    bool birthdayOnly = false;
    int firstMembersPerDay = 0;         // 0 = no such condition
    std::optional<QDateTime> stoppedAt; // stopped by a manager (its `to` is then its last day)

    bool matches(const PointsContext& context) const;
};

// When several rules match the highest multiplier wins; they never multiply.
int effectiveMultiplier(const QList<MultiplierRule>& rules, const PointsContext& context);

struct PointsAward
{
    std::int64_t base = 0;
    int multiplier = 1;
    std::int64_t bonus = 0;

    // Saturates, never wraps: a sale within the ceiling earns far less.
    std::int64_t earned() const
    {
        return checked::saturatingAdd(checked::saturatingMultiply(base, multiplier), bonus);
    }
};

// How a sale's points are counted: store settings, with domain.md's numbers
// as defaults.
struct PointsRules
{
    Money perPoint = Money::fromYuan(10); // points_unit_fen: 1 point per 10 yuan paid
    std::int64_t bonusFromBase = 200;     // bonus_base_points
    std::int64_t bonus = 10;              // bonus_points
};

// base = floor(paid / 10 yuan); bonus 10 when base ≥ 200 (not multiplied).
PointsAward awardPoints(Money paid, int multiplier, const PointsRules& rules = {});

// A return reverses earned(before) − earned(after) with the sale's own
// multiplier and rules, so a partly returned sale keeps exactly what its
// kept lines earn.
std::int64_t pointsToReverse(Money paidBefore, Money paidAfter, int multiplier,
                             const PointsRules& rules = {});

// 积分尾数为8可参与抽奖: a positive balance ending in 8.
bool lotteryEligible(std::int64_t balance);

// Is `day` the member's birthday? 29 February falls on 28 February in other years.
bool isBirthday(QDate birthday, QDate day);

} // namespace viptill
