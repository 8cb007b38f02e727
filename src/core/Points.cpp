#include "Points.h"

#include <algorithm>

namespace viptill {

bool MultiplierRule::matches(const PointsContext& context) const
{
    if (!weekdays.isEmpty() && !weekdays.contains(context.date.dayOfWeek()))
        return false;
    if (!months.isEmpty() && !months.contains(context.date.month()))
        return false;
    if (from && context.date < *from)
        return false;
    if (to && context.date > *to)
        return false;
    if (birthdayOnly && !context.birthday)
        return false;
    if (firstMembersPerDay > 0 &&
        (context.memberRankToday <= 0 || context.memberRankToday > firstMembersPerDay))
        return false;
    return true;
}

int effectiveMultiplier(const QList<MultiplierRule>& rules, const PointsContext& context)
{
    int best = 1;
    for (const MultiplierRule& rule : rules) {
        if (rule.matches(context))
            best = std::max(best, rule.multiplier);
    }
    return best;
}

PointsAward awardPoints(Money paid, int multiplier, const PointsRules& rules)
{
    PointsAward award;
    award.multiplier = multiplier;
    const std::int64_t unit = std::max<std::int64_t>(rules.perPoint.fen(), 1);
    award.base = paid.fen() > 0 ? paid.fen() / unit : 0;
    award.bonus = award.base >= rules.bonusFromBase ? rules.bonus : 0;
    return award;
}

std::int64_t pointsToReverse(Money paidBefore, Money paidAfter, int multiplier,
                             const PointsRules& rules)
{
    return checked::saturatingSubtract(awardPoints(paidBefore, multiplier, rules).earned(),
                                       awardPoints(paidAfter, multiplier, rules).earned());
}

bool lotteryEligible(std::int64_t balance)
{
    return balance > 0 && balance % 10 == 8;
}

bool isBirthday(QDate birthday, QDate day)
{
    if (!birthday.isValid() || !day.isValid())
        return false;
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(day.year()))
        return day.month() == 2 && day.day() == 28;
    return birthday.month() == day.month() && birthday.day() == day.day();
}

} // namespace viptill
