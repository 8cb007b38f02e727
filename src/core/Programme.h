#pragma once

#include "Money.h"
#include "Rate.h"

#include <QString>
#include <cstdint>
#include <optional>

namespace viptill {

enum class Tier
{
    Gold,
    Diamond
};

QString tierCode(Tier tier); // "gold", "diamond"
std::optional<Tier> tierFromCode(const QString& code);

// The VIP programme's numbers. The defaults are the store's written rules
// (domain.md); the member rates are store settings and may be changed.
struct Programme
{
    Rate goldRate = Rate::fromScaled(8800);    // 尊贵VIP黄金卡 8.8折
    Rate diamondRate = Rate::fromScaled(8000); // VIP钻石卡 8折
    Money goldJoinMinimum = Money::fromYuan(300);
    Money diamondJoinMinimum = Money::fromYuan(3000);
    std::int64_t diamondLifetimePoints = 8000;

    Rate memberRate(std::optional<Tier> tier) const;

    // The tier a customer joins at with these receipts, none if too little.
    std::optional<Tier> tierForJoining(Money receiptsPaid) const;

    // A gold member becomes diamond as soon as lifetime points reach 8000.
    bool upgradesToDiamond(Tier current, std::int64_t lifetimePoints) const;

    // A return sends a member back to gold only when the returned sale was
    // the one that made them diamond and lifetime points fall below 8000.
    bool returnsToGold(Tier current, std::int64_t lifetimeAfterReturn,
                       bool upgradeCameFromReturnedSale) const;
};

} // namespace viptill
