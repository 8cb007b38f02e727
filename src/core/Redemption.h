#pragma once

#include "Error.h"
#include "Money.h"

#include <QList>
#include <cstdint>
#include <optional>

namespace viptill {

// The points steps of redemption: store settings, with domain.md's numbers
// as defaults.
struct RedemptionRules
{
    std::int64_t minimumPoints = 1000;     // redeem_min_points
    std::int64_t stepPoints = 500;         // redeem_step_points
    Money firstCap = Money::fromYuan(200); // redeem_cap_fen: what the minimum buys
    Money capStep = Money::fromYuan(200);  // redeem_cap_step_fen: what each step adds
};

// 1000 points → an item of list price ≤ 200 yuan; each further 500 points
// raises the cap by 200 yuan. None if the points are not a valid step.
std::optional<Money> redemptionCap(std::int64_t points, const RedemptionRules& rules = {});

struct GiftCandidate
{
    QString barcode;
    Money listPrice;
    bool specialPrice = false;
    bool onSale = true;
};

// Checks a redemption against the rules of domain.md; on success, the cap.
Result<Money> checkRedemption(std::int64_t points, std::int64_t balance, const GiftCandidate& gift,
                              const RedemptionRules& rules = {});

// A points step and the list price it buys up to.
struct RedemptionStep
{
    std::int64_t points = 0;
    Money cap;
};

// Every step a balance affords, smallest first (1000 → 200.00, 1500 →
// 400.00, …), at most the first MaxRedemptionSteps; none below 1000 points
// or for a negative balance.
inline constexpr int MaxRedemptionSteps = 1000;
QList<RedemptionStep> redemptionSteps(std::int64_t balance, const RedemptionRules& rules = {});

} // namespace viptill
