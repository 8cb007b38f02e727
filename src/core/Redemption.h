#pragma once

#include "Error.h"
#include "Money.h"

#include <QList>
#include <cstdint>
#include <optional>

namespace viptill {

inline constexpr std::int64_t RedemptionMinimumPoints = 1000;
inline constexpr std::int64_t RedemptionStepPoints = 500;

// 1000 points → an item of list price ≤ 200 yuan; each further 500 points
// raises the cap by 200 yuan. None if the points are not a valid step.
std::optional<Money> redemptionCap(std::int64_t points);

struct GiftCandidate
{
    QString barcode;
    Money listPrice;
    bool specialPrice = false;
    bool onSale = true;
};

// Checks a redemption against the rules of domain.md; on success, the cap.
Result<Money> checkRedemption(std::int64_t points, std::int64_t balance, const GiftCandidate& gift);

// A points step and the list price it buys up to.
struct RedemptionStep
{
    std::int64_t points = 0;
    Money cap;
};

// Every step a balance affords, smallest first (1000 → 200.00, 1500 →
// 400.00, …); none below 1000 points or for a negative balance.
QList<RedemptionStep> redemptionSteps(std::int64_t balance);

} // namespace viptill
