#pragma once

#include "MemberService.h"
#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

struct ItemRequest
{
    QString barcode;
    std::int64_t quantity = 1;
};

inline constexpr std::int64_t MaxLineQuantity = 9999;

struct SaleRequest
{
    std::optional<PresentedCard> card;
    QList<ItemRequest> items;
    // Settled by core/Tender.h: empty is paid in full in cash; non-cash
    // tenders may not exceed the total and cash covers the rest (its excess
    // is change).
    QList<Tender> tenders;
    std::optional<Id> staffId; // the cashier
};

// What the receipt says: the sale as committed, and the member's points.
struct Receipt
{
    Sale sale;
    std::optional<MemberView> member; // after the sale
    bool lotteryEligible = false;
    Money change;
};

class SaleService
{
    Q_DECLARE_TR_FUNCTIONS(SaleService)
public:
    explicit SaleService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Prices the items as the till shows them, changing nothing.
    Result<Sale> price(const QList<ItemRequest>& items, std::optional<Tier> tier);
    // The points a member would earn for `paid` now (for the screens).
    Result<PointsAward> previewPoints(const Member& member, Money paid);

    // Rings up a sale: lines, tender, receipt number, points and tier in one
    // transaction, or nothing at all.
    Result<Receipt> sell(const SaleRequest& request);

private:
    Result<Sale> priceLines(const QList<ItemRequest>& items, std::optional<Tier> tier,
                            const Programme& programme, QDate day);

    ServiceContext& m_ctx;
};

class ReturnService
{
    Q_DECLARE_TR_FUNCTIONS(ReturnService)
public:
    explicit ReturnService(ServiceContext& context)
        : m_ctx(context)
    {}

    struct Outcome
    {
        ReturnRecord record;
        std::optional<MemberView> member;
        // What the return made of the membership: the tier it went to, if it
        // changed (back to gold, by either rule), and whether it was
        // cancelled because its joining receipts no longer stand.
        std::optional<Tier> tierChangedTo;
        bool membershipCancelled = false;
    };

    // 退货: the whole receipt (no items) or the items named. Refunds by the
    // original tender and reverses earned(before) − earned(after).
    // The sale behind a receipt, with what has been returned so far.
    Result<Sale> receipt(const QString& receiptNo);

    Result<Outcome> returnItems(const QString& receiptNo, const QList<ItemRequest>& items,
                                std::optional<Id> staffId = {}, std::optional<Id> approverId = {});

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
