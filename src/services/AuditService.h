#pragma once

#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

// The audit trail (审计): hash-chained entries per terminal, and the points
// ledger chained per member (storage). Services record here what must never
// change once done — sales, returns, cards, tiers — and `verify` checks the
// chains and that the rows still say what was recorded.
struct AuditReport
{
    std::int64_t entries = 0;
    std::optional<ChainFault> firstBad;
    bool ok() const { return !firstBad; }
};

namespace audit {

// In the caller's transaction, on this terminal's chain.
void recordSale(ServiceContext& ctx, const Sale& sale);
void recordReturn(ServiceContext& ctx, const ReturnRecord& record, const QString& receiptNo);
// The card's state as it now stands in the store (after a change).
void recordCard(ServiceContext& ctx, const QString& cardNumber, std::optional<Id> staffId = {});
void recordTier(ServiceContext& ctx, Id memberId, Tier tier, std::optional<Id> staffId = {});
// The redemption and the item's price as they now stand in the store.
void recordRedemption(ServiceContext& ctx, Id redemptionId);
void recordPrice(ServiceContext& ctx, const QString& barcode, std::optional<Id> staffId = {});

} // namespace audit

class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    explicit AuditService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Every chain from its first entry, then every sale, return, card and
    // member against what the trail recorded of it. Long on a big store.
    Result<AuditReport> verify();

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
