#pragma once

#include "Records.h"

#include <QString>

namespace viptill {

// What the audit trail records of a sale, a return, a card and a tier, so
// `audit verify` can tell when the rows no longer say what was recorded.
// Digests are SHA-256 (hex) over every field that must never change once
// written, each written with its length first.

// What was sold and how it was paid, line by line. Not the points: a
// walk-in's receipt is credited later when its buyer joins (the ledger's own
// chain guards the points).
QString saleDigest(const Sale& sale);
// What came back, what was refunded by which tender, the points reversed.
QString returnDigest(const ReturnRecord& record);
// A card's state: status, generation, chip and the tier printed on it.
QString cardState(const Card& card);
// A redemption: the gift, its counter and list price, the points, who gave
// it and who approved it, and whether it was cancelled.
QString redemptionDigest(const RedemptionRecord& record);
// What a till charges for an item: its list price, special-price flag and
// whether it is on sale.
QString priceState(const Product& product);

} // namespace viptill
