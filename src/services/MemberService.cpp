#include "MemberService.h"

#include "AuditService.h"
#include "DayCloseService.h"
#include "DormancyService.h"
#include "ProgrammeSettings.h"
#include "core/Identity.h"

#include <algorithm>

namespace viptill {

std::optional<ReplacementReason> replacementReasonFromCode(const QString& code)
{
    for (ReplacementReason r : {ReplacementReason::Lost, ReplacementReason::Damaged,
                                ReplacementReason::Demagnetized, ReplacementReason::Upgrade}) {
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
    case ReplacementReason::Upgrade:
        return QStringLiteral("upgrade");
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
    return memberForCard(PresentedCard{cardNumber});
}

Result<MemberView> MemberService::memberForCard(const PresentedCard& presented)
{
    return guarded<MemberView>(m_ctx.store, [&]() -> Result<MemberView> {
        const QString& cardNumber = presented.number;
        // A number of VipTill's own shape has passed its check digit at the
        // reader (or is refused as unknown); any other number is only a
        // card if the store has it from the old system (the member import).
        // A swiped one may be a customer's bank card: it is never repeated.
        const bool ownShape = isWellFormedCardNumber(cardNumber);
        auto unknown = [&] {
            return presented.medium == PresentedCard::Medium::Keyed || ownShape
                       ? Error::unknownCard(cardNumber)
                       : Error(ErrorCode::UnknownCard,
                               tr("This is not a VIP card of this store. Ask the customer for "
                                  "their VIP card."));
        };
        if (!ownShape && !isImportedCardNumberShape(cardNumber))
            return unknown();
        const std::optional<Card> card = m_ctx.store.cardByNumber(cardNumber);
        if (!card)
            return unknown();
        switch (card->status) {
        case CardStatus::Active:
            break;
        case CardStatus::Blocked:
        case CardStatus::Replaced:
            // A cancelled membership says so rather than "lost".
            if (const std::optional<Member> holder = m_ctx.store.member(card->memberId)) {
                if (Status stands = membershipStands(*holder); !stands)
                    return stands.error();
            }
            return Error::cardBlocked(cardNumber);
        case CardStatus::Lapsed:
            return Error::cardLapsed(cardNumber);
        case CardStatus::Pending:
            return Error::cardNotActive(cardNumber);
        }
        // A chip whose MAC is good but whose UID or generation is not what
        // the store wrote for this number is a copy made with the key.
        if (presented.medium == PresentedCard::Medium::Chip &&
            ((!card->chipUid.isEmpty() && presented.chipUid != card->chipUid) ||
             (presented.generation != 0 && presented.generation != card->generation)))
            return Error::cardCloned(cardNumber);
        // Lapsing is decided at presentation: a card past its lapse day is
        // refused before the nightly run marks it (decisions.md).
        if (cardHasLapsed(m_ctx.store, card->memberId, m_ctx.clock.today()))
            return Error::cardLapsed(cardNumber);
        const std::optional<Member> member = m_ctx.store.member(card->memberId);
        if (!member || (!ownShape && !member->importedOn))
            return unknown();
        MemberView view = viewOf(*member);
        view.card = card;
        return view;
    });
}

Result<MemberView> MemberService::memberOfCard(const QString& cardNumber)
{
    Result<MemberView> atTill = memberForCard(cardNumber);
    if (atTill || atTill.error().code() == ErrorCode::UnknownCard)
        return atTill;
    return guarded<MemberView>(m_ctx.store, [&]() -> Result<MemberView> {
        const std::optional<Card> card = m_ctx.store.cardByNumber(cardNumber);
        if (!card)
            return atTill.error();
        const std::optional<Member> member = m_ctx.store.member(card->memberId);
        if (!member)
            return Error::unknownMember(QString::number(card->memberId));
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

Result<Card> MemberService::issueCard(const Member& member, int generation, const NewCard& how,
                                      const QDateTime& at, std::optional<Id> staffId)
{
    Card card;
    card.memberId = member.id;
    card.tier = member.tier;
    card.generation = generation;
    card.status = how.kind == NewCard::Kind::Chip ? CardStatus::Pending : CardStatus::Active;
    if (how.kind == NewCard::Kind::Magnetic) {
        card.number = how.magneticNumber.trimmed();
        if (!isWellFormedCardNumber(card.number))
            return Error(ErrorCode::InvalidCardNumber,
                         tr("%1 is not a card number of this store (13 digits starting 88, with "
                            "its check digit). Swipe the card again.")
                             .arg(card.number));
        if (m_ctx.store.cardByNumber(card.number))
            return Error(ErrorCode::CardNumberTaken,
                         tr("Card %1 has been issued before; take another card from the stock.")
                             .arg(card.number));
    } else {
        card.number = cardNumberForSerial(m_ctx.store.nextSequence(QStringLiteral("card")));
    }
    card.id = m_ctx.store.insertCard(card, at);
    audit::recordCard(m_ctx, card.number, staffId);
    return card;
}

Result<QList<MemberView>> MemberService::find(const QString& query)
{
    return guarded<QList<MemberView>>(m_ctx.store, [&]() -> Result<QList<MemberView>> {
        const QString q = query.trimmed();
        QList<MemberView> found;
        auto add = [&](const std::optional<Member>& m) {
            if (m)
                found << viewOf(*m);
        };
        auto byCard = [&]() {
            if (const std::optional<Card> card = m_ctx.store.cardByNumber(q)) {
                add(m_ctx.store.member(card->memberId));
                if (!found.isEmpty())
                    found.first().card = card; // the card asked about, whatever its status
            }
        };
        // A card from the old system keeps the number it had there, even one
        // that looks like a mobile or a name: it is looked for first.
        if (isImportedCardNumberShape(q)) {
            byCard();
            if (!found.isEmpty())
                return found;
        }
        if (isWellFormedCardNumber(q)) {
            byCard();
        } else if (isValidMobile(q)) {
            add(m_ctx.store.memberByMobile(q));
        } else if (q.size() == 18 && idNumberBirthDate(q.toUpper()).isValid()) {
            add(m_ctx.store.memberByIdNumber(q.toUpper()));
        } else if (!q.isEmpty()) {
            for (const Member& m : m_ctx.store.membersByName(q, MaxFound))
                found << viewOf(m);
        }
        return found;
    });
}

Result<JoinPreview> MemberService::checkReceipts(const QStringList& receiptNumbers, QDate today)
{
    JoinPreview preview;
    QStringList seen;
    for (const QString& given : receiptNumbers) {
        const QString number = given.trimmed();
        if (seen.contains(number))
            return Error(ErrorCode::ReceiptRepeated, tr("Receipt %1 was given twice.").arg(number));
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
        preview.paid += sale->keptTotal();
        preview.receipts << *sale;
    }
    const Programme programme = programmeOn(m_ctx.store, today);
    preview.goldMinimum = programme.goldJoinMinimum;
    preview.diamondMinimum = programme.diamondJoinMinimum;
    preview.tier = programme.tierForJoining(preview.paid);
    return preview;
}

QList<Error> MemberService::applicationFaults(const Application& form) const
{
    return viptill::applicationFaults(form, m_ctx.clock.today());
}

Result<JoinPreview> MemberService::previewJoin(const QStringList& receiptNumbers)
{
    return guarded<JoinPreview>(m_ctx.store, [&]() -> Result<JoinPreview> {
        return checkReceipts(receiptNumbers, m_ctx.clock.today());
    });
}

Result<JoinOutcome> MemberService::join(const Application& form, const QStringList& receiptNumbers,
                                        const NewCard& newCard, std::optional<Id> staffId)
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
        Transaction transaction = m_ctx.store.transaction();
        // On a day of free joining (三天免费办卡: the gold threshold is 0) a
        // customer joins without receipts.
        if (receiptNumbers.isEmpty() && programmeOn(m_ctx.store, today).goldJoinMinimum.fen() > 0)
            return Error(ErrorCode::NoReceipts,
                         tr("Joining needs the day's receipts; none were given."));
        if (const Status open = DayCloseService::checkOpen(m_ctx.store, today); !open)
            return open.error();
        // One member per ID number: a person whose membership was cancelled
        // joins again as the same member.
        const std::optional<Member> before = m_ctx.store.memberByIdNumber(clean.idNumber);
        if (before && !before->membershipCancelledAt)
            return Error(ErrorCode::DuplicateIdNumber,
                         tr("A member with ID number %1 already exists; one membership per person.")
                             .arg(maskIdNumber(clean.idNumber)));
        if (const std::optional<Member> holder = m_ctx.store.memberByMobile(clean.mobile);
            holder && (!before || holder->id != before->id))
            return Error(
                ErrorCode::DuplicateMobile,
                tr("Mobile %1 already belongs to a member.").arg(maskMobile(clean.mobile)));

        Result<JoinPreview> checked = checkReceipts(receiptNumbers, today);
        if (!checked)
            return checked.error();
        const std::optional<Tier> tier = checked->tier;
        if (!tier)
            return Error(
                ErrorCode::JoinAmountTooLow,
                tr("The receipts add up to %1 yuan; joining needs at least %2 yuan of today's "
                   "purchases.")
                    .arg(checked->paid.toYuanString(), checked->goldMinimum.toYuanString()));
        QList<Sale> receipts = checked->receipts;
        const Programme programme = programmeOn(m_ctx.store, today);

        Member member = before.value_or(Member{});
        member.name = clean.name;
        member.mobile = clean.mobile;
        member.address = clean.address;
        member.category = clean.category;
        member.tier = *tier;
        member.upgradedBySaleId.reset();
        if (before) {
            // The file, the sales and the points stay; the name, mobile and
            // address are today's form. The first joining day stays too.
            member.membershipCancelledAt.reset();
            m_ctx.store.updateMemberDetails(member);
            m_ctx.store.setMemberTier(member.id, member.tier, std::nullopt);
            m_ctx.store.setMembershipCancelled(member.id, std::nullopt);
        } else {
            member.gender = clean.gender.at(0);
            member.birthday = clean.birthday;
            member.idNumber = clean.idNumber;
            member.joinedAt = now;
            member.id = m_ctx.store.insertMember(member);
        }
        audit::recordTier(m_ctx, member.id, member.tier, staffId);
        const Id joiningId = m_ctx.store.insertJoining({0, member.id, now, staffId, {}, {}});
        if (before)
            m_ctx.store.logStaffEvent({staffId,
                                       {},
                                       m_ctx.terminal,
                                       QStringLiteral("membership"),
                                       QStringLiteral("joined again: joining %1").arg(joiningId),
                                       now,
                                       QString::number(member.id)});

        // Credit the receipts in the order they were rung up, as if the card
        // had been shown each time (no discount is given back).
        std::sort(receipts.begin(), receipts.end(),
                  [](const Sale& a, const Sale& b) { return a.at < b.at; });
        const QList<MultiplierRule> rules = m_ctx.store.activeRules();
        // Lifetime points earned before a cancellation still count.
        std::int64_t lifetime = before ? m_ctx.store.pointsLifetime(member.id) : 0;
        for (Sale& sale : receipts) {
            const PointsContext context = pointsContextFor(m_ctx.store, member, sale.at, rules);
            SalePoints points{member.id,
                              awardPoints(sale.keptTotal(), effectiveMultiplier(rules, context),
                                          programme.points)};
            m_ctx.store.creditSalePoints(sale.id, points, joiningId);
            sale.joiningId = joiningId;
            const QString note = tr("receipt %1 credited on joining").arg(sale.receiptNo);
            if (const std::int64_t earned = points.award.base * points.award.multiplier; earned > 0)
                m_ctx.store.appendPoints(
                    {member.id, PointsKind::Earn, earned, sale.id, {}, {}, now, note});
            if (points.award.bonus > 0)
                m_ctx.store.appendPoints(
                    {member.id, PointsKind::Bonus, points.award.bonus, sale.id, {}, {}, now, note});
            lifetime += points.award.earned();
            sale.points = points;
            if (programme.upgradesToDiamond(member.tier, lifetime)) {
                member.tier = Tier::Diamond;
                member.upgradedBySaleId = sale.id;
                m_ctx.store.setMemberTier(member.id, Tier::Diamond, sale.id);
                audit::recordTier(m_ctx, member.id, Tier::Diamond, staffId);
            }
        }
        // Issued after crediting, so the card carries the tier the member ends on.
        const int generation =
            before ? m_ctx.store.cardsOfMember(member.id).value(0).generation + 1 : 1;
        if (Result<Card> card = issueCard(member, generation, newCard, now, staffId); !card)
            return card.error();
        JoinOutcome outcome{viewOf(member), receipts, programme.joiningGift, before.has_value()};
        transaction.commit();
        return outcome;
    });
}

Result<CardReplacement> MemberService::replaceCard(Id memberId, const QString& idNumber,
                                                   ReplacementReason reason, const NewCard& how,
                                                   std::optional<Id> staffId)
{
    return guarded<CardReplacement>(m_ctx.store, [&]() -> Result<CardReplacement> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        if (Status stands = membershipStands(*member); !stands)
            return stands.error();
        if (idNumber.trimmed().toUpper() != member->idNumber)
            return Error(ErrorCode::IdNumberMismatch,
                         tr("The ID number shown does not match the member's file; the card cannot "
                            "be replaced."));
        // The card in the member's hand: the newest that is not a pending
        // card still waiting to be written (a second try replaces that one).
        const QList<Card> cards = m_ctx.store.cardsOfMember(memberId);
        std::optional<Card> old;
        for (const Card& c : cards) {
            if (c.status == CardStatus::Pending) {
                m_ctx.store.setCardStatus(c.id, CardStatus::Blocked, m_ctx.clock.now(),
                                          QStringLiteral("never written"));
                audit::recordCard(m_ctx, c.number, staffId);
                continue;
            }
            old = c;
            break;
        }
        if (!old)
            return Error(ErrorCode::CardNotActive,
                         tr("The member's first card has not been written yet: write it instead "
                            "of replacing it."));
        if (reason == ReplacementReason::Upgrade) {
            if (member->tier != Tier::Diamond)
                return Error(ErrorCode::NotDiamond,
                             tr("%1 is a gold member; only diamond members get a diamond card.")
                                 .arg(member->name));
            if (old->tier == Tier::Diamond && old->status == CardStatus::Active)
                return Error(ErrorCode::CardSwapNotDue,
                             tr("%1 already holds a diamond card.").arg(member->name));
        }
        const QDateTime now = m_ctx.clock.now();
        CardReplacement replacement;
        replacement.blockedCard = *old;
        // A lost card may be in anyone's hands: it stops working now. A
        // damaged one is retired when the new card works (below, or when the
        // chip is written).
        if (old->status == CardStatus::Active &&
            (reason == ReplacementReason::Lost || how.kind != NewCard::Kind::Chip)) {
            const CardStatus retired =
                reason == ReplacementReason::Lost ? CardStatus::Blocked : CardStatus::Replaced;
            m_ctx.store.setCardStatus(old->id, retired, now, replacementReasonCode(reason));
            audit::recordCard(m_ctx, old->number, staffId);
            replacement.blockedCard.status = retired;
        }
        Result<Card> issued = issueCard(*member, cards.first().generation + 1, how, now, staffId);
        if (!issued)
            return issued.error();
        replacement.newCard = issued.value();
        transaction.commit();
        return replacement;
    });
}

Status MemberService::membershipStands(const Member& member)
{
    if (!member.membershipCancelledAt)
        return success();
    return Error(ErrorCode::MembershipCancelled,
                 tr("%1's membership was cancelled on %2: the receipts it was opened with were "
                    "returned. The card no longer works; the customer may join again at the "
                    "service desk with new receipts.")
                     .arg(member.name, formatDate(member.membershipCancelledAt->date())));
}

JoiningVerdict MemberService::judgeJoining(const Member& member, const Sale& receipt,
                                           Money refunded, std::int64_t lifetimeAfter,
                                           bool backToGold)
{
    JoiningVerdict verdict;
    if (!receipt.joiningId || member.erasedAt || member.membershipCancelledAt)
        return verdict;
    // Only the membership as it is now: a receipt of a joining cancelled
    // since (the person joined again) changes nothing but its points.
    const std::optional<Joining> joining = m_ctx.store.latestJoining(member.id);
    if (!joining || joining->id != *receipt.joiningId || joining->cancelledAt)
        return verdict;
    verdict.joining = joining;
    const Tier tierNow = backToGold ? Tier::Gold : member.tier;
    // An upgrade earned later with the card stands on lifetime points, not
    // on the joining receipts: only the return rule takes it back.
    if (tierNow == Tier::Diamond && member.upgradedBySaleId) {
        const std::optional<Sale> upgrade = m_ctx.store.sale(*member.upgradedBySaleId);
        if (upgrade && upgrade->memberId)
            return verdict;
    }
    const Programme ofJoining = programmeOn(m_ctx.store, joining->at.date());
    const Money kept = m_ctx.store.keptOfJoining(joining->id) - refunded;
    const std::optional<Tier> standing = ofJoining.tierForJoining(kept);
    if (!standing) {
        verdict.cancel = true;
        return verdict;
    }
    // A diamond the lifetime points still reach is kept: the upgrade rule
    // would give it back at once.
    if (*standing == Tier::Gold && tierNow == Tier::Diamond && !backToGold &&
        lifetimeAfter < ofJoining.diamondLifetimePoints)
        verdict.toGold = true;
    return verdict;
}

void MemberService::cancelMembership(const Member& member, const Joining& joining,
                                     const ReturnRecord& record)
{
    const QDateTime now = record.at;
    for (const Card& card : m_ctx.store.cardsOfMember(member.id)) {
        if (card.status == CardStatus::Blocked || card.status == CardStatus::Replaced)
            continue;
        m_ctx.store.setCardStatus(card.id, CardStatus::Blocked, now,
                                  QStringLiteral("membership cancelled"));
        audit::recordCard(m_ctx, card.number, record.staffId);
    }
    m_ctx.store.setMembershipCancelled(member.id, now);
    m_ctx.store.cancelJoining(joining.id, now, record.id);
    m_ctx.store.logStaffEvent(
        {record.staffId, record.approverId, m_ctx.terminal, QStringLiteral("membership"),
         QStringLiteral("cancelled: joining %1, return %2").arg(joining.id).arg(record.id), now,
         QString::number(member.id)});
}

} // namespace viptill
