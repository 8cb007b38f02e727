#include "AuditService.h"

#include "StoreKeys.h"
#include "core/AuditDigest.h"

namespace viptill {

namespace audit {

void recordSale(ServiceContext& ctx, const Sale& sale)
{
    ctx.store.logStaffEvent({sale.staffId,
                             {},
                             ctx.terminal,
                             QStringLiteral("sale"),
                             saleDigest(sale),
                             sale.at,
                             sale.receiptNo});
}

void recordReturn(ServiceContext& ctx, const ReturnRecord& record, const QString& receiptNo)
{
    Q_UNUSED(receiptNo)
    ctx.store.logStaffEvent({record.staffId, record.approverId, ctx.terminal,
                             QStringLiteral("return"), returnDigest(record), record.at,
                             QStringLiteral("R%1").arg(record.id)});
}

void recordCard(ServiceContext& ctx, const QString& cardNumber, std::optional<Id> staffId)
{
    const std::optional<Card> card = ctx.store.cardByNumber(cardNumber);
    if (!card)
        return;
    ctx.store.logStaffEvent({staffId,
                             {},
                             ctx.terminal,
                             QStringLiteral("card"),
                             cardState(*card),
                             ctx.clock.now(),
                             card->number});
}

void recordTier(ServiceContext& ctx, Id memberId, Tier tier, std::optional<Id> staffId)
{
    ctx.store.logStaffEvent({staffId,
                             {},
                             ctx.terminal,
                             QStringLiteral("tier"),
                             tierCode(tier),
                             ctx.clock.now(),
                             QString::number(memberId)});
}

void recordRedemption(ServiceContext& ctx, Id redemptionId)
{
    const std::optional<RedemptionLine> line = ctx.store.redemption(redemptionId);
    if (!line)
        return;
    const RedemptionRecord& r = line->record;
    ctx.store.logStaffEvent({r.staffId, r.approverId, ctx.terminal, QStringLiteral("redemption"),
                             redemptionDigest(r), ctx.clock.now(),
                             QStringLiteral("D%1").arg(r.id)});
}

void recordPrice(ServiceContext& ctx, const QString& barcode, std::optional<Id> staffId)
{
    const std::optional<Product> product = ctx.store.productByBarcode(barcode);
    if (!product)
        return;
    ctx.store.logStaffEvent({staffId,
                             {},
                             ctx.terminal,
                             QStringLiteral("price"),
                             priceState(*product),
                             ctx.clock.now(),
                             product->barcode});
}

} // namespace audit

namespace {

constexpr int Page = 500;

ChainFault rowFault(const QString& table, Id id, const QString& why)
{
    return ChainFault{{}, table, id, 0, why};
}

} // namespace

Result<AuditReport> AuditService::verify()
{
    if (m_ctx.keys && !*m_ctx.keys)
        return m_ctx.keys->error(); // the audit key is in the store's key file
    return guarded<AuditReport>(m_ctx.store, [&]() -> Result<AuditReport> {
        Store& store = m_ctx.store;
        const ChainReport chains = store.verifyChains();
        AuditReport report{chains.entries, chains.firstBad};
        if (!report.ok())
            return report;
        auto bad = [&](ChainFault fault) {
            report.firstBad = std::move(fault);
            return report;
        };
        // Sales: each as recorded, and each recorded one still there.
        for (Id after = 0;;) {
            const QList<Sale> page = store.salesAfter(after, Page);
            for (const Sale& sale : page) {
                const std::optional<QString> recorded =
                    store.lastAuditDetail(QStringLiteral("sale"), sale.receiptNo);
                if (!recorded)
                    return bad(rowFault(QStringLiteral("sales"), sale.id,
                                        QStringLiteral("sale %1 is not in the audit trail: "
                                                       "written behind VipTill's back")
                                            .arg(sale.receiptNo)));
                if (*recorded != saleDigest(sale))
                    return bad(rowFault(QStringLiteral("sales"), sale.id,
                                        QStringLiteral("sale %1 no longer matches what the audit "
                                                       "trail recorded: edited")
                                            .arg(sale.receiptNo)));
                after = sale.id;
            }
            if (page.size() < Page)
                break;
        }
        for (Id after = 0;;) {
            const QList<std::pair<Id, QString>> page =
                store.auditSubjectsAfter(QStringLiteral("sale"), after, 2000);
            for (const auto& [entry, receipt] : page) {
                if (!store.saleByReceipt(receipt))
                    return bad(rowFault(QStringLiteral("sales"), 0,
                                        QStringLiteral("sale %1 of audit entry %2 is gone: "
                                                       "deleted")
                                            .arg(receipt)
                                            .arg(entry)));
                after = entry;
            }
            if (page.size() < 2000)
                break;
        }
        // Returns.
        for (Id after = 0;;) {
            const QList<ReturnRecord> page = store.returnsAfter(after, Page);
            for (const ReturnRecord& r : page) {
                const std::optional<QString> recorded = store.lastAuditDetail(
                    QStringLiteral("return"), QStringLiteral("R%1").arg(r.id));
                if (!recorded || *recorded != returnDigest(r))
                    return bad(rowFault(QStringLiteral("returns"), r.id,
                                        recorded ? QStringLiteral("the return no longer matches "
                                                                  "what the audit trail recorded: "
                                                                  "edited")
                                                 : QStringLiteral("a return the audit trail never "
                                                                  "recorded")));
                after = r.id;
            }
            if (page.size() < Page)
                break;
        }
        // A member brought from the store's old system has no entry of their
        // own: their opening ledger row, sealed by the ledger's chain, says
        // which card and tier the import gave them.
        auto imported = [&](Id memberId) -> std::optional<ImportedState> {
            const std::optional<QString> note = store.importRecordOf(memberId);
            return note ? importedStateOf(*note) : std::nullopt;
        };
        // Cards: each as its last recorded change left it (an imported card
        // with no change since, as the import left it).
        for (Id after = 0;;) {
            const QList<Card> page = store.cardsAfter(after, 2000);
            for (const Card& card : page) {
                std::optional<QString> recorded =
                    store.lastAuditDetail(QStringLiteral("card"), card.number);
                if (!recorded) {
                    if (const std::optional<ImportedState> state = imported(card.memberId);
                        state && state->cardNumber == card.number)
                        recorded = cardState(state->card());
                }
                if (!recorded || *recorded != cardState(card))
                    return bad(rowFault(QStringLiteral("cards"), card.id,
                                        QStringLiteral("card %1 is not as its last recorded "
                                                       "change left it: edited")
                                            .arg(card.number)));
                after = card.id;
            }
            if (page.size() < 2000)
                break;
        }
        // Redemptions, and the counters' settlements with them.
        for (Id after = 0;;) {
            const QList<RedemptionRecord> page = store.redemptionsAfter(after, 2000);
            for (const RedemptionRecord& r : page) {
                const std::optional<QString> recorded = store.lastAuditDetail(
                    QStringLiteral("redemption"), QStringLiteral("D%1").arg(r.id));
                if (!recorded || *recorded != redemptionDigest(r))
                    return bad(rowFault(
                        QStringLiteral("redemptions"), r.id,
                        QStringLiteral("redemption %1 is not as recorded: edited").arg(r.id)));
                after = r.id;
            }
            if (page.size() < 2000)
                break;
        }
        // Prices: what each till would charge is what the manager set.
        for (Id after = 0;;) {
            const QList<Product> page = store.productsAfter(after, 2000);
            for (const Product& p : page) {
                const std::optional<QString> recorded =
                    store.lastAuditDetail(QStringLiteral("price"), p.barcode);
                if (!recorded || *recorded != priceState(p))
                    return bad(rowFault(QStringLiteral("products"), p.id,
                                        QStringLiteral("the price of %1 is not as recorded: "
                                                       "changed behind VipTill's back")
                                            .arg(p.barcode)));
                after = p.id;
            }
            if (page.size() < 2000)
                break;
        }
        // Tiers.
        for (Id after = 0;;) {
            const QList<std::pair<Id, Tier>> page = store.memberTiersAfter(after, 2000);
            for (const auto& [member, tier] : page) {
                std::optional<QString> recorded =
                    store.lastAuditDetail(QStringLiteral("tier"), QString::number(member));
                if (!recorded) {
                    if (const std::optional<ImportedState> state = imported(member))
                        recorded = tierCode(state->tier);
                }
                if (!recorded || *recorded != tierCode(tier))
                    return bad(rowFault(QStringLiteral("members"), member,
                                        QStringLiteral("member %1's tier is not as recorded: "
                                                       "edited")
                                            .arg(member)));
                after = member;
            }
            if (page.size() < 2000)
                break;
        }
        return report;
    });
}

} // namespace viptill
