#include "Programme.h"

namespace viptill {

QString tierCode(Tier tier)
{
    return tier == Tier::Diamond ? QStringLiteral("diamond") : QStringLiteral("gold");
}

std::optional<Tier> tierFromCode(const QString& code)
{
    if (code == u"gold")
        return Tier::Gold;
    if (code == u"diamond")
        return Tier::Diamond;
    return std::nullopt;
}

Rate Programme::memberRate(std::optional<Tier> tier) const
{
    if (!tier)
        return Rate::one();
    return *tier == Tier::Diamond ? diamondRate : goldRate;
}

std::optional<Tier> Programme::tierForJoining(Money receiptsPaid) const
{
    if (receiptsPaid >= diamondJoinMinimum)
        return Tier::Diamond;
    if (receiptsPaid >= goldJoinMinimum)
        return Tier::Gold;
    return std::nullopt;
}

bool Programme::upgradesToDiamond(Tier current, std::int64_t lifetimePoints) const
{
    return current == Tier::Gold && lifetimePoints >= diamondLifetimePoints;
}

bool Programme::returnsToGold(Tier current, std::int64_t lifetimeAfterReturn,
                              bool upgradeCameFromReturnedSale) const
{
    return current == Tier::Diamond && upgradeCameFromReturnedSale &&
           lifetimeAfterReturn < diamondLifetimePoints;
}

bool Programme::withinReturnWindow(QDate saleDay, QDate day) const
{
    return !returnDays || saleDay.daysTo(day) <= *returnDays;
}

} // namespace viptill
