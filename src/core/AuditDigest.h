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

// A member brought from the store's old system has no audit entry of their
// own (one entry stands for the whole import): their opening `import`
// ledger row, which the ledger's chain seals, names the card they were
// given and their tier, and `audit verify` checks a card and a tier with
// no later recorded change against it. "imported: card NUMBER, TIER".
QString importNote(const QString& cardNumber, Tier tier);
struct ImportedState
{
    QString cardNumber;
    Tier tier = Tier::Gold;
    // The card as the import left it: active, first generation, no chip.
    Card card() const;
};
std::optional<ImportedState> importedStateOf(const QString& note);

} // namespace viptill
