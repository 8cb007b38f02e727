#include "MemberService.h"

#include "core/Identity.h"

#include <algorithm>

namespace viptill {

std::optional<ReplacementReason> replacementReasonFromCode(const QString& code)
{
    for (ReplacementReason r :
         {ReplacementReason::Lost, ReplacementReason::Damaged, ReplacementReason::Demagnetized}) {
        if (replacementReasonCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString replacementReasonCode(ReplacementReason reason)
{
    switch (reason) {
    case ReplacementReason::Lost:
        return QStringLiteral("lost");
    case ReplacementReason::Damaged:
        return QStringLiteral("damaged");
    case ReplacementReason::Demagnetized:
        return QStringLiteral("demagnetized");
    }
    return {};
}

PointsContext pointsContextFor(Store& store, const Member& member, const QDateTime& at,
                               const QList<MultiplierRule>& rules)
{
    PointsContext context;
    context.date = at.date();
    context.birthday = isBirthday(member.birthday, context.date);
    const bool rankMatters = std::any_of(rules.begin(), rules.end(), [](const MultiplierRule& r) {
        return r.firstMembersPerDay > 0;
    });
    // "The first N members to buy each day": a member's first purchase of the
    // day ranks them; later purchases that day do not rank again.
    if (rankMatters && !store.memberBoughtOn(member.id, context.date))
        context.memberRankToday = store.membersBuyingBefore(context.date, at) + 1;
    return context;
}

MemberView MemberService::viewOf(const Member& member)
{
    MemberView view;
    view.member = member;
    view.card = m_ctx.store.currentCard(member.id);
    view.balance = m_ctx.store.pointsBalance(member.id);
    view.lifetime = m_ctx.store.pointsLifetime(member.id);
    return view;
}

Result<MemberView> MemberService::memberForCard(const QString& cardNumber)
{
    return guarded<MemberView>(m_ctx.store, [&]() -> Result<MemberView> {
        const std::optional<Card> card = m_ctx.store.cardByNumber(cardNumber);
        if (!card)
            return Error::unknownCard(cardNumber);
        switch (card->status) {
        case CardStatus::Active:
            break;
        case CardStatus::Blocked:
        case CardStatus::Replaced:
            return Error::cardBlocked(cardNumber);
        case CardStatus::Lapsed:
            return Error::cardLapsed(cardNumber);
        case CardStatus::Pending:
            return Error::cardNotActive(cardNumber);
        }
        const std::optional<Member> member = m_ctx.store.member(card->memberId);
        if (!member)
            return Error::unknownCard(cardNumber);
        MemberView view = viewOf(*member);
        view.card = card;
        return view;
    });
}

Result<MemberView> MemberService::memberById(Id memberId)
{
    return guarded<MemberView>(m_ctx.store, [&]() -> Result<MemberView> {
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        return viewOf(*member);
    });
}

Result<MemberView> MemberService::memberByMobile(const QString& mobile)
{
    return guarded<MemberView>(m_ctx.store, [&]() -> Result<MemberView> {
        const std::optional<Member> member = m_ctx.store.memberByMobile(mobile);
        if (!member)
            return Error::unknownMember(maskMobile(mobile));
        return viewOf(*member);
    });
}

Card MemberService::issueCard(Id memberId, Tier tier, int generation, const QDateTime& at)
{
    Card card;
    card.memberId = memberId;
    card.tier = tier;
    card.generation = generation;
    card.number = cardNumberForSerial(m_ctx.store.nextSequence(QStringLiteral("card")));
    card.status = CardStatus::Active;
    card.id = m_ctx.store.insertCard(card, at);
    return card;
}

Result<JoinOutcome> MemberService::join(const Application& form, const QStringList& receiptNumbers)
{
    return guarded<JoinOutcome>(m_ctx.store, [&]() -> Result<JoinOutcome> {
        const QDateTime now = m_ctx.clock.now();
        const QDate today = now.date();
        Application clean = form;
        clean.name = form.name.trimmed();
        clean.idNumber = form.idNumber.trimmed().toUpper();
        clean.mobile = form.mobile.trimmed();
        clean.address = form.address.trimmed();
        clean.category = form.category.trimmed();
        if (Status valid = validateApplication(clean, today); !valid)
            return valid.error();
        if (receiptNumbers.isEmpty())
            return Error(ErrorCode::NoReceipts,
                         tr("Joining needs the day's receipts; none were given."));

        Transaction transaction = m_ctx.store.transaction();
        if (m_ctx.store.memberByIdNumber(clean.idNumber))
            return Error(ErrorCode::DuplicateIdNumber,
                         tr("A member with ID number %1 already exists; one membership per person.")
                             .arg(maskIdNumber(clean.idNumber)));
        if (m_ctx.store.memberByMobile(clean.mobile))
            return Error(
                ErrorCode::DuplicateMobile,
                tr("Mobile %1 already belongs to a member.").arg(maskMobile(clean.mobile)));

        QList<Sale> receipts;
        Money paid;
        QStringList seen;
        for (const QString& number : receiptNumbers) {
            if (seen.contains(number))
                return Error(ErrorCode::ReceiptRepeated,
                             tr("Receipt %1 was given twice.").arg(number));
            seen << number;
            std::optional<Sale> sale = m_ctx.store.saleByReceipt(number);
            if (!sale)
                return Error::receiptNotFound(number);
            if (sale->at.date() != today)
                return Error(ErrorCode::ReceiptNotToday,
                             tr("Receipt %1 is from %2; only today's receipts count for joining.")
                                 .arg(number, formatDate(sale->at.date())));
            if (sale->memberId)
                return Error(
                    ErrorCode::ReceiptHasMember,
                    tr("Receipt %1 was paid with a member card; its points went to that member.")
                        .arg(number));
            if (sale->points)
                return Error(ErrorCode::ReceiptAlreadyUsed,
                             tr("Receipt %1 has already been used to join.").arg(number));
            if (sale->fullyReturned())
                return Error(ErrorCode::ReceiptRefunded,
                             tr("Receipt %1 has been refunded.").arg(number));
            paid += sale->keptTotal();
            receipts << *sale;
        }
        const std::optional<Tier> tier = m_ctx.programme.tierForJoining(paid);
        if (!tier)
            return Error(
                ErrorCode::JoinAmountTooLow,
                tr("The receipts add up to %1 yuan; joining needs at least %2 yuan of today's "
                   "purchases.")
                    .arg(paid.toYuanString(), m_ctx.programme.goldJoinMinimum.toYuanString()));

        Member member;
        member.name = clean.name;
        member.gender = clean.gender.at(0);
        member.birthday = clean.birthday;
        member.idNumber = clean.idNumber;
        member.mobile = clean.mobile;
        member.address = clean.address;
        member.category = clean.category;
        member.tier = *tier;
        member.joinedAt = now;
        member.id = m_ctx.store.insertMember(member);

        // Credit the receipts in the order they were rung up, as if the card
        // had been shown each time (no discount is given back).
        std::sort(receipts.begin(), receipts.end(),
                  [](const Sale& a, const Sale& b) { return a.at < b.at; });
        const QList<MultiplierRule> rules = m_ctx.store.activeRules();
        std::int64_t lifetime = 0;
        for (Sale& sale : receipts) {
            const PointsContext context = pointsContextFor(m_ctx.store, member, sale.at, rules);
            SalePoints points{member.id,
                              awardPoints(sale.keptTotal(), effectiveMultiplier(rules, context))};
            m_ctx.store.creditSalePoints(sale.id, points);
            const QString note = tr("receipt %1 credited on joining").arg(sale.receiptNo);
            if (const std::int64_t earned = points.award.base * points.award.multiplier; earned > 0)
                m_ctx.store.appendPoints(
                    {member.id, PointsKind::Earn, earned, sale.id, {}, {}, now, note});
            if (points.award.bonus > 0)
                m_ctx.store.appendPoints(
                    {member.id, PointsKind::Bonus, points.award.bonus, sale.id, {}, {}, now, note});
            lifetime += points.award.earned();
            sale.points = points;
            if (m_ctx.programme.upgradesToDiamond(member.tier, lifetime)) {
                member.tier = Tier::Diamond;
                member.upgradedBySaleId = sale.id;
                m_ctx.store.setMemberTier(member.id, Tier::Diamond, sale.id);
            }
        }
        // Issued after crediting, so the card carries the tier the member ends on.
        issueCard(member.id, member.tier, 1, now);
        JoinOutcome outcome{viewOf(member), receipts};
        transaction.commit();
        return outcome;
    });
}

Result<CardReplacement> MemberService::replaceCard(Id memberId, const QString& idNumber,
                                                   ReplacementReason reason)
{
    return guarded<CardReplacement>(m_ctx.store, [&]() -> Result<CardReplacement> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        if (idNumber.trimmed().toUpper() != member->idNumber)
            return Error(ErrorCode::IdNumberMismatch,
                         tr("The ID number shown does not match the member's file; the card cannot "
                            "be replaced."));
        const std::optional<Card> old = m_ctx.store.currentCard(memberId);
        if (!old)
            return Error::unknownMember(QString::number(memberId));
        const QDateTime now = m_ctx.clock.now();
        m_ctx.store.setCardStatus(old->id, CardStatus::Blocked, now, replacementReasonCode(reason));
        CardReplacement replacement;
        replacement.blockedCard = *old;
        replacement.blockedCard.status = CardStatus::Blocked;
        replacement.newCard = issueCard(memberId, member->tier, old->generation + 1, now);
        transaction.commit();
        return replacement;
    });
}

} // namespace viptill
