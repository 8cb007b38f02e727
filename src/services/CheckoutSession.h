#pragma once

#include "MemberService.h"
#include "SaleService.h"
#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

// One customer at one till: the lines rung up so far, the member if a card
// was shown, and what may be done to them. The checkout window is a view of
// this; every decision is made here or in the services below.
class CheckoutSession
{
    Q_DECLARE_TR_FUNCTIONS(CheckoutSession)
public:
    CheckoutSession(ServiceContext& context, StaffMember cashier);

    const StaffMember& cashier() const { return m_cashier; }
    // The lines as priced now (with the member's tier when a card was shown).
    const Sale& draft() const { return m_draft; }
    const std::optional<MemberView>& member() const { return m_member; }
    bool isEmpty() const { return m_items.isEmpty(); }
    Money total() const { return m_draft.total(); }
    Money savings() const { return m_draft.totalList() - m_draft.total(); }
    // What the member would earn for this sale now; none without a card.
    std::optional<PointsAward> pointsPreview() const { return m_pointsPreview; }

    // What the cashier should tell the member when the card is shown.
    struct Notices
    {
        bool birthdayGiftDue = false; // today is the birthday, no gift yet this year
        bool cardSwapDue = false;     // a diamond member still holds a gold card
    };
    Notices notices() const { return m_notices; }

    // Scans an item (quantity from a ×N typed first). An unknown barcode is
    // refused and the sale goes on unchanged.
    Result<SaleLine> scan(const QString& barcode, std::int64_t quantity = 1);
    // A card swiped or tapped: checked, then every line re-priced.
    Result<MemberView> presentCard(const PresentedCard& card);
    void removeMember();

    // These need a manager's approval on the spot (StaffService::approve).
    Status changeQuantity(int line, std::int64_t quantity, const StaffMember& approver);
    Status voidLine(int line, const StaffMember& approver);
    Status voidSale(const StaffMember& approver);

    // Commits the sale whole; the session is then empty for the next customer.
    Result<Receipt> pay(const QList<Tender>& tenders);

    // 挂单 / 取单
    Result<Id> suspend();
    Result<QList<SuspendedSale>> suspended();
    Status resume(Id suspendedId);

private:
    Status reprice(const QList<ItemRequest>& items, const std::optional<MemberView>& member);
    Status requireManager(const StaffMember& approver) const;
    Status checkLine(int line) const;
    void clear();

    ServiceContext& m_ctx;
    StaffMember m_cashier;
    QList<ItemRequest> m_items; // one per line, in scan order
    std::optional<MemberView> m_member;
    std::optional<PresentedCard> m_card;
    Sale m_draft;
    std::optional<PointsAward> m_pointsPreview;
    Notices m_notices;
};

} // namespace viptill
