#include "RedemptionService.h"

#include "core/Redemption.h"

namespace viptill {

Result<RedemptionOutcome> RedemptionService::redeem(Id memberId, std::int64_t points,
                                                    const QString& barcode)
{
    return guarded<RedemptionOutcome>(m_ctx.store, [&]() -> Result<RedemptionOutcome> {
        Transaction transaction = m_ctx.store.transaction();
        if (!m_ctx.store.member(memberId))
            return Error::unknownMember(QString::number(memberId));
        const std::optional<Product> gift = m_ctx.store.productByBarcode(barcode);
        if (!gift)
            return Error::unknownBarcode(barcode);
        const std::int64_t balance = m_ctx.store.pointsBalance(memberId);
        const Result<Money> cap = checkRedemption(
            points, balance, {gift->barcode, gift->listPrice, gift->specialPrice, gift->onSale});
        if (!cap)
            return cap.error();
        RedemptionOutcome outcome;
        RedemptionRecord& r = outcome.record;
        r.memberId = memberId;
        r.productId = gift->id;
        r.counterId = gift->counterId;
        r.listPrice = gift->listPrice;
        r.cap = cap.value();
        r.points = points;
        r.at = m_ctx.clock.now();
        r.id = m_ctx.store.insertRedemption(r);
        m_ctx.store.appendPoints(
            {memberId, PointsKind::Redeem, -points, {}, {}, r.id, r.at, gift->barcode});
        outcome.balance = balance - points;
        transaction.commit();
        return outcome;
    });
}

} // namespace viptill
