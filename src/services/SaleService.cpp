#include "SaleService.h"

#include "AuditService.h"
#include "DayCloseService.h"
#include "ProgrammeSettings.h"
#include "core/Pricing.h"
#include "core/Tender.h"

namespace viptill {

namespace {

// One line per barcode, in the order first scanned.
QList<ItemRequest> merged(const QList<ItemRequest>& items)
{
    QList<ItemRequest> lines;
    for (const ItemRequest& item : items) {
        auto same = std::find_if(lines.begin(), lines.end(),
                                 [&](const ItemRequest& l) { return l.barcode == item.barcode; });
        if (same == lines.end())
            lines << item;
        else
            same->quantity += item.quantity;
    }
    return lines;
}

QString receiptNumber(const QString& terminal, QDate day, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(terminal, day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace

Result<Sale> SaleService::priceLines(const QList<ItemRequest>& items, std::optional<Tier> tier,
                                     const Programme& programme, QDate day)
{
    if (items.isEmpty())
        return Error(ErrorCode::EmptySale, tr("The sale has no items."));
    for (const ItemRequest& item : items) {
        if (item.quantity < 1 || item.quantity > MaxLineQuantity)
            return Error::invalidQuantity(
                QStringLiteral("%1*%2").arg(item.barcode).arg(item.quantity));
    }
    const Rate memberRate = programme.memberRate(tier);
    Sale sale;
    sale.tier = tier;
    int lineNo = 0;
    for (const ItemRequest& item : merged(items)) {
        if (item.quantity > MaxLineQuantity)
            return Error::invalidQuantity(
                QStringLiteral("%1*%2").arg(item.barcode).arg(item.quantity));
        const std::optional<Product> product = m_ctx.store.productByBarcode(item.barcode);
        if (!product)
            return Error::unknownBarcode(item.barcode);
        if (!product->onSale)
            return Error(
                ErrorCode::ItemNotOnSale,
                tr("Item %1 (%2) has been withdrawn from sale.").arg(item.barcode, product->name));
        const Rate promo = m_ctx.store.promotionRate(product->counterId, day).value_or(Rate::one());
        SaleLine line;
        line.lineNo = ++lineNo;
        line.productId = product->id;
        line.barcode = product->barcode;
        line.name = product->name;
        line.counterId = product->counterId;
        line.counterName = product->counterName;
        line.specialPrice = product->specialPrice;
        line.price =
            priceLine(product->listPrice, item.quantity, promo, memberRate, product->specialPrice);
        sale.lines << line;
    }
    // The list total is the largest figure on the receipt (rates only take
    // off), so checking it bounds the paid total and the savings too.
    if (Status fits = checkSaleCeiling(sale.totalList(), CeilingOf::Sale); !fits)
        return fits.error();
    if (Status fits = checkSaleCeiling(sale.total(), CeilingOf::Sale); !fits)
        return fits.error();
    return sale;
}

Result<Sale> SaleService::price(const QList<ItemRequest>& items, std::optional<Tier> tier)
{
    return guarded<Sale>(m_ctx.store, [&] {
        const QDate today = m_ctx.clock.today();
        return priceLines(items, tier, programmeOn(m_ctx.store, today), today);
    });
}

Result<PointsAward> SaleService::previewPoints(const Member& member, Money paid)
{
    return guarded<PointsAward>(m_ctx.store, [&]() -> Result<PointsAward> {
        const QList<MultiplierRule> rules = m_ctx.store.activeRules();
        const QDateTime now = m_ctx.clock.now();
        const PointsContext context = pointsContextFor(m_ctx.store, member, now, rules);
        return awardPoints(paid, effectiveMultiplier(rules, context),
                           programmeOn(m_ctx.store, now.date()).points);
    });
}

Result<Receipt> SaleService::sell(const SaleRequest& request)
{
    return guarded<Receipt>(m_ctx.store, [&]() -> Result<Receipt> {
        Transaction transaction = m_ctx.store.transaction();
        if (const Status open = DayCloseService::checkOpen(m_ctx.store, m_ctx.clock.today()); !open)
            return open.error();
        MemberService members(m_ctx);
        std::optional<MemberView> buyer;
        if (request.card) {
            Result<MemberView> found = members.memberForCard(*request.card);
            if (!found)
                return found.error();
            buyer = found.value();
        }
        const QDateTime at = m_ctx.clock.now();
        const Programme programme = programmeOn(m_ctx.store, at.date());
        Result<Sale> priced =
            priceLines(request.items, buyer ? std::optional(buyer->member.tier) : std::nullopt,
                       programme, at.date());
        if (!priced)
            return priced.error();
        Sale sale = std::move(priced).value();
        sale.at = at;
        sale.terminal = m_ctx.terminal;
        sale.staffId = request.staffId;

        Receipt receipt;
        const Money total = sale.total();
        Result<Payment> payment = settle(total, request.tenders);
        if (!payment)
            return payment.error();
        sale.tenders = payment->tenders;
        receipt.change = payment->change;

        sale.receiptNo = receiptNumber(m_ctx.terminal, at.date(),
                                       m_ctx.store.nextReceiptSequence(m_ctx.terminal, at.date()));
        std::optional<Tier> upgrade;
        if (buyer) {
            const Member& member = buyer->member;
            sale.memberId = member.id;
            sale.cardId = buyer->card ? std::optional(buyer->card->id) : std::nullopt;
            const QList<MultiplierRule> rules = m_ctx.store.activeRules();
            const PointsContext context = pointsContextFor(m_ctx.store, member, at, rules);
            sale.points =
                SalePoints{member.id, awardPoints(total, effectiveMultiplier(rules, context),
                                                  programme.points)};
            sale.birthdayGift =
                context.birthday && !m_ctx.store.birthdayGiftGiven(member.id, at.date().year());
            if (programme.upgradesToDiamond(member.tier,
                                            buyer->lifetime + sale.points->award.earned()))
                sale.upgradedTo = upgrade = Tier::Diamond;
        }
        m_ctx.store.insertSale(sale);
        audit::recordSale(m_ctx, sale);
        if (sale.points) {
            const PointsAward& award = sale.points->award;
            const Id memberId = sale.points->memberId;
            if (const std::int64_t earned =
                    checked::saturatingMultiply(award.base, award.multiplier);
                earned > 0)
                m_ctx.store.appendPoints(
                    {memberId, PointsKind::Earn, earned, sale.id, {}, {}, at, sale.receiptNo});
            if (award.bonus > 0)
                m_ctx.store.appendPoints({memberId,
                                          PointsKind::Bonus,
                                          award.bonus,
                                          sale.id,
                                          {},
                                          {},
                                          at,
                                          sale.receiptNo});
            if (upgrade) {
                m_ctx.store.setMemberTier(memberId, *upgrade, sale.id);
                audit::recordTier(m_ctx, memberId, *upgrade, request.staffId);
            }
            Result<MemberView> after = members.memberById(memberId);
            if (!after)
                return after.error();
            receipt.member = after.value();
            receipt.lotteryEligible = lotteryEligible(receipt.member->balance);
        }
        transaction.commit();
        receipt.sale = std::move(sale);
        return receipt;
    });
}

Result<Sale> ReturnService::receipt(const QString& receiptNo)
{
    return guarded<Sale>(m_ctx.store, [&]() -> Result<Sale> {
        std::optional<Sale> sale = m_ctx.store.saleByReceipt(receiptNo.trimmed());
        if (!sale)
            return Error::receiptNotFound(receiptNo);
        return *sale;
    });
}

Result<ReturnService::Outcome> ReturnService::returnItems(const QString& receiptNo,
                                                          const QList<ItemRequest>& items,
                                                          std::optional<Id> staffId,
                                                          std::optional<Id> approverId)
{
    return guarded<Outcome>(m_ctx.store, [&]() -> Result<Outcome> {
        for (const ItemRequest& item : items) {
            if (item.quantity < 1 || item.quantity > MaxLineQuantity)
                return Error::invalidQuantity(
                    QStringLiteral("%1*%2").arg(item.barcode).arg(item.quantity));
        }
        Transaction transaction = m_ctx.store.transaction();
        // Recorded on today: an old receipt comes back on an open day.
        if (const Status open = DayCloseService::checkOpen(m_ctx.store, m_ctx.clock.today()); !open)
            return open.error();
        std::optional<Sale> sale = m_ctx.store.saleByReceipt(receiptNo);
        if (!sale)
            return Error::receiptNotFound(receiptNo);
        if (sale->fullyReturned())
            return Error(ErrorCode::AlreadyReturned,
                         tr("Everything on receipt %1 has already been returned.").arg(receiptNo));
        const QDate today = m_ctx.clock.today();
        if (const Programme now = programmeOn(m_ctx.store, today);
            !now.withinReturnWindow(sale->at.date(), today))
            return Error(ErrorCode::ReturnWindowClosed,
                         tr("Receipt %1 is from %2: goods come back within %n day(s) of the sale.",
                            nullptr, *now.returnDays)
                             .arg(receiptNo, formatDate(sale->at.date())));

        const QDateTime now = m_ctx.clock.now();
        ReturnRecord record;
        record.saleId = sale->id;
        record.at = now;
        record.staffId = staffId;
        record.approverId = approverId;
        const Money keptBefore = sale->keptTotal();
        Sale after = *sale;
        if (items.isEmpty()) {
            for (SaleLine& line : after.lines) {
                const std::int64_t left = line.price.quantity - line.returnedQuantity;
                if (left > 0)
                    record.lines << ReturnLine{line.id, left, {}};
                line.returnedQuantity = line.price.quantity;
            }
        } else {
            for (const ItemRequest& item : items) {
                auto line =
                    std::find_if(after.lines.begin(), after.lines.end(),
                                 [&](const SaleLine& l) { return l.barcode == item.barcode; });
                if (line == after.lines.end())
                    return Error(ErrorCode::ItemNotOnReceipt,
                                 tr("Item %1 is not on receipt %2.").arg(item.barcode, receiptNo));
                const std::int64_t left = line->price.quantity - line->returnedQuantity;
                if (item.quantity > left)
                    return Error(ErrorCode::ReturnQuantityTooLarge,
                                 tr("Only %1 of item %2 can still be returned from receipt %3.")
                                     .arg(left)
                                     .arg(item.barcode, receiptNo));
                line->returnedQuantity += item.quantity;
                auto existing =
                    std::find_if(record.lines.begin(), record.lines.end(),
                                 [&](const ReturnLine& r) { return r.saleLineId == line->id; });
                if (existing == record.lines.end())
                    record.lines << ReturnLine{line->id, item.quantity, {}};
                else
                    existing->quantity += item.quantity;
            }
        }
        // Each line refunds what its kept part no longer costs, priced with the
        // sale's own rates, so refunds and what is kept always add up.
        for (ReturnLine& r : record.lines) {
            const auto line = std::find_if(after.lines.begin(), after.lines.end(),
                                           [&](const SaleLine& l) { return l.id == r.saleLineId; });
            const LinePrice& p = line->price;
            const std::int64_t keptNow = p.quantity - line->returnedQuantity;
            const Money before = priceLine(p.unitList, keptNow + r.quantity, p.promoRate,
                                           p.memberRate, line->specialPrice)
                                     .amount;
            const Money kept =
                priceLine(p.unitList, keptNow, p.promoRate, p.memberRate, line->specialPrice)
                    .amount;
            r.refund = before - kept;
        }
        // Only a sale written before the ceiling existed can come here.
        if (Status fits = checkSaleCeiling(record.refundTotal(), CeilingOf::Refund); !fits)
            return fits.error();

        // Refund by the original tender: card and mobile payments first, up
        // to what they paid less earlier refunds; cash takes the rest.
        Money left = record.refundTotal();
        const QList<Tender> earlier = m_ctx.store.refundsForSale(sale->id);
        for (const Tender& paid : std::as_const(sale->tenders)) {
            if (paid.kind == TenderKind::Cash || left.isZero())
                continue;
            Money room = paid.amount;
            for (const Tender& e : earlier) {
                if (e.kind == paid.kind)
                    room -= e.amount;
            }
            const Money part = std::min(room, left);
            if (part > Money()) {
                record.refunds << Tender{paid.kind, part};
                left -= part;
            }
        }
        if (left > Money())
            record.refunds << Tender{TenderKind::Cash, left};

        // Points and tier go back by the programme of the sale's day, as they came.
        const Programme ofTheSale = programmeOn(m_ctx.store, sale->at.date());
        std::optional<Member> member;
        JoiningVerdict joining;
        MemberService members(m_ctx);
        if (sale->points) {
            record.pointsReversed = pointsToReverse(
                keptBefore, after.keptTotal(), sale->points->award.multiplier, ofTheSale.points);
            member = m_ctx.store.member(sale->points->memberId);
            const std::int64_t lifetimeAfter =
                m_ctx.store.pointsLifetime(member->id) - record.pointsReversed;
            record.backToGold = ofTheSale.returnsToGold(member->tier, lifetimeAfter,
                                                        member->upgradedBySaleId == sale->id);
            // A receipt the member joined with: the joining's tier stands on
            // what its receipts keep.
            joining = members.judgeJoining(*member, *sale, record.refundTotal(), lifetimeAfter,
                                           record.backToGold);
            if (joining.toGold)
                record.backToGold = true;
        }
        m_ctx.store.insertReturn(record);
        audit::recordReturn(m_ctx, record, receiptNo);
        if (member) {
            if (record.pointsReversed != 0)
                m_ctx.store.appendPoints({member->id,
                                          PointsKind::Reverse,
                                          -record.pointsReversed,
                                          sale->id,
                                          record.id,
                                          {},
                                          now,
                                          receiptNo});
            if (record.backToGold) {
                m_ctx.store.setMemberTier(member->id, Tier::Gold, std::nullopt);
                audit::recordTier(m_ctx, member->id, Tier::Gold, staffId);
            }
            if (joining.cancel)
                members.cancelMembership(*member, *joining.joining, record);
        }
        Outcome outcome;
        outcome.record = record;
        if (record.backToGold)
            outcome.tierChangedTo = Tier::Gold;
        outcome.membershipCancelled = joining.cancel;
        if (member) {
            Result<MemberView> view = members.memberById(member->id);
            if (!view)
                return view.error();
            outcome.member = view.value();
        }
        transaction.commit();
        return outcome;
    });
}

} // namespace viptill
