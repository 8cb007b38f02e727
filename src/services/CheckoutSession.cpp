#include "CheckoutSession.h"

namespace viptill {

CheckoutSession::CheckoutSession(ServiceContext& context, StaffMember cashier)
    : m_ctx(context)
    , m_cashier(std::move(cashier))
{}

Status CheckoutSession::reprice(const QList<ItemRequest>& items,
                                const std::optional<MemberView>& member)
{
    std::optional<PointsAward> preview;
    Sale draft;
    SaleService tills(m_ctx);
    if (!items.isEmpty()) {
        Result<Sale> priced =
            tills.price(items, member ? std::optional(member->member.tier) : std::nullopt);
        if (!priced)
            return priced.error();
        draft = std::move(priced).value();
    }
    if (member) {
        Result<PointsAward> points = tills.previewPoints(member->member, draft.total());
        if (!points)
            return points.error();
        preview = points.value();
    }
    // Only now, when everything priced, does the session change.
    m_items = items;
    m_member = member;
    m_draft = std::move(draft);
    m_pointsPreview = preview;
    return success();
}

Result<SaleLine> CheckoutSession::scan(const QString& barcode, std::int64_t quantity)
{
    QList<ItemRequest> items = m_items;
    auto same = std::find_if(items.begin(), items.end(),
                             [&](const ItemRequest& i) { return i.barcode == barcode; });
    qsizetype index = 0;
    if (same == items.end()) {
        items << ItemRequest{barcode, quantity};
        index = items.size() - 1;
    } else {
        same->quantity += quantity;
        index = same - items.begin();
    }
    if (quantity < 1 || items.at(index).quantity > MaxLineQuantity)
        return Error::invalidQuantity(QStringLiteral("%1*%2").arg(barcode).arg(quantity));
    if (Status priced = reprice(items, m_member); !priced)
        return priced.error();
    return m_draft.lines.at(index);
}

Result<MemberView> CheckoutSession::presentCard(const PresentedCard& card)
{
    MemberService members(m_ctx);
    Result<MemberView> found = members.memberForCard(card);
    if (!found)
        return found.error();
    if (Status priced = reprice(m_items, found.value()); !priced)
        return priced.error();
    m_card = card;
    const MemberView& view = found.value();
    const QDate today = m_ctx.clock.today();
    m_notices.cardSwapDue =
        view.member.tier == Tier::Diamond && view.card && view.card->tier == Tier::Gold;
    Result<bool> given = guarded<bool>(m_ctx.store, [&]() -> Result<bool> {
        return m_ctx.store.birthdayGiftGiven(view.member.id, today.year());
    });
    m_notices.birthdayGiftDue = isBirthday(view.member.birthday, today) && given && !given.value();
    return found;
}

void CheckoutSession::removeMember()
{
    if (reprice(m_items, std::nullopt)) {
        m_card.reset();
        m_notices = {};
    }
}

Status CheckoutSession::requireManager(const StaffMember& approver) const
{
    if (approver.role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted, tr("This needs a manager's approval."));
    return success();
}

Status CheckoutSession::checkLine(int line) const
{
    if (line < 0 || line >= m_items.size())
        return Error(ErrorCode::InvalidQuantity, tr("Choose a line first."));
    return success();
}

Status CheckoutSession::changeQuantity(int line, std::int64_t quantity, const StaffMember& approver)
{
    if (Status ok = requireManager(approver); !ok)
        return ok;
    if (Status ok = checkLine(line); !ok)
        return ok;
    if (quantity < 1 || quantity > MaxLineQuantity)
        return Error::invalidQuantity(QString::number(quantity));
    QList<ItemRequest> items = m_items;
    items[line].quantity = quantity;
    return reprice(items, m_member);
}

Status CheckoutSession::voidLine(int line, const StaffMember& approver)
{
    if (Status ok = requireManager(approver); !ok)
        return ok;
    if (Status ok = checkLine(line); !ok)
        return ok;
    QList<ItemRequest> items = m_items;
    items.removeAt(line);
    return reprice(items, m_member);
}

Status CheckoutSession::voidSale(const StaffMember& approver)
{
    if (Status ok = requireManager(approver); !ok)
        return ok;
    clear();
    return success();
}

void CheckoutSession::clear()
{
    m_items.clear();
    m_member.reset();
    m_card.reset();
    m_draft = Sale();
    m_pointsPreview.reset();
    m_notices = {};
}

Result<Receipt> CheckoutSession::pay(const QList<Tender>& tenders)
{
    SaleService tills(m_ctx);
    Result<Receipt> receipt = tills.sell({m_card, m_items, tenders, m_cashier.id});
    if (receipt)
        clear();
    return receipt;
}

Result<Id> CheckoutSession::suspend()
{
    if (m_items.isEmpty())
        return Error(ErrorCode::EmptySale, tr("There is nothing to put on hold."));
    return guarded<Id>(m_ctx.store, [&]() -> Result<Id> {
        SuspendedSale held;
        held.terminal = m_ctx.terminal;
        held.staffId = m_cashier.id;
        held.cardNumber = m_card ? std::optional(m_card->number) : std::nullopt;
        for (const ItemRequest& item : std::as_const(m_items))
            held.items.append({item.barcode, item.quantity});
        held.total = m_draft.total();
        held.suspendedAt = m_ctx.clock.now();
        Transaction transaction = m_ctx.store.transaction();
        const Id id = m_ctx.store.suspendSale(held);
        transaction.commit();
        clear();
        return id;
    });
}

Result<QList<SuspendedSale>> CheckoutSession::suspended()
{
    return guarded<QList<SuspendedSale>>(m_ctx.store, [&]() -> Result<QList<SuspendedSale>> {
        return m_ctx.store.suspendedSales(m_ctx.terminal);
    });
}

Status CheckoutSession::resume(Id suspendedId)
{
    if (!m_items.isEmpty())
        return Error(ErrorCode::NothingSuspended,
                     tr("Finish or put the current sale on hold before resuming another."));
    return guarded<Done>(m_ctx.store, [&]() -> Status {
        std::optional<SuspendedSale> held;
        for (const SuspendedSale& s : m_ctx.store.suspendedSales(m_ctx.terminal)) {
            if (s.id == suspendedId)
                held = s;
        }
        if (!held)
            return Error(ErrorCode::NothingSuspended, tr("That sale is no longer on hold."));
        QList<ItemRequest> items;
        for (const auto& [barcode, qty] : held->items)
            items << ItemRequest{barcode, qty};
        std::optional<MemberView> member;
        if (held->cardNumber) {
            // The card is checked again: it may have been blocked meanwhile.
            MemberService members(m_ctx);
            Result<MemberView> found = members.memberForCard(*held->cardNumber);
            if (!found)
                return found.error();
            member = found.value();
        }
        if (Status priced = reprice(items, member); !priced)
            return priced;
        Transaction transaction = m_ctx.store.transaction();
        if (!m_ctx.store.markResumed(suspendedId, m_ctx.clock.now())) {
            clear();
            return Error(ErrorCode::NothingSuspended, tr("That sale is no longer on hold."));
        }
        transaction.commit();
        m_card = held->cardNumber ? std::optional<PresentedCard>(*held->cardNumber) : std::nullopt;
        return success();
    });
}

} // namespace viptill
