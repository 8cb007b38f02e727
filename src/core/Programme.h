#pragma once

#include "Money.h"
#include "Points.h"
#include "Rate.h"
#include "Redemption.h"

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

// The VIP programme's numbers on one day. The defaults are the store's
// written rules (domain.md); each is a store setting a manager changes from
// a day on (services/ProgrammeSettings names the keys).
struct Programme
{
    Rate goldRate = Rate::fromScaled(8800);           // gold_rate: 尊贵VIP黄金卡 8.8折
    Rate diamondRate = Rate::fromScaled(8000);        // diamond_rate: VIP钻石卡 8折
    Money goldJoinMinimum = Money::fromYuan(300);     // gold_join_fen
    Money diamondJoinMinimum = Money::fromYuan(3000); // diamond_join_fen
    std::int64_t diamondLifetimePoints = 8000;        // diamond_lifetime_points
    PointsRules points;
    RedemptionRules redemption;
    // return_days: a receipt may come back up to this many days after the
    // day of the sale (0: that day only); none means no limit.
    std::optional<int> returnDays;
    // join_gift: the joining gift (办卡有礼) printed on the joining slip; empty
    // when there is none.
    QString joiningGift;

    Rate memberRate(std::optional<Tier> tier) const;

    // The tier a customer joins at with these receipts, none if too little.
    std::optional<Tier> tierForJoining(Money receiptsPaid) const;

    // A gold member becomes diamond as soon as lifetime points reach 8000.
    bool upgradesToDiamond(Tier current, std::int64_t lifetimePoints) const;

    // A return sends a member back to gold only when the returned sale was
    // the one that made them diamond and lifetime points fall below 8000.
    bool returnsToGold(Tier current, std::int64_t lifetimeAfterReturn,
                       bool upgradeCameFromReturnedSale) const;

    // Whether a sale of `saleDay` may still come back on `day`.
    bool withinReturnWindow(QDate saleDay, QDate day) const;
};

} // namespace viptill
