#include "CardService.h"

#include "AuditService.h"
#include "MemberService.h"
#include "core/Identity.h"

namespace viptill {

Result<Card> CardService::cardToWrite(Id memberId)
{
    return guarded<Card>(m_ctx.store, [&]() -> Result<Card> {
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        if (Status stands = MemberService::membershipStands(*member); !stands)
            return stands.error();
        const QList<Card> cards = m_ctx.store.cardsOfMember(memberId);
        for (const Card& card : cards) {
            if (card.status == CardStatus::Pending)
                return card;
        }
        for (const Card& card : cards) {
            if (card.status != CardStatus::Active)
                continue;
            // A card of the old system keeps its number on its stripe; a chip
            // carries VipTill's numbers only.
            if (!isWellFormedCardNumber(card.number))
                return Error(ErrorCode::InvalidCardNumber,
                             tr("Card %1 came from the store's old system and stays a magnetic "
                                "card. To give the member a chip card, replace the card (补卡).")
                                 .arg(card.number));
            if (!card.chipUid.isEmpty())
                return Error(ErrorCode::CardAlreadyWritten,
                             tr("Card %1 is already on a chip. To give the member a new card, "
                                "replace it (补卡).")
                                 .arg(card.number));
            return card;
        }
        return Error(ErrorCode::CardNotActive,
                     tr("The member has no card to write: replace the card (补卡) first."));
    });
}

Result<Card> CardService::activateWritten(Id cardId, const PresentedCard& written,
                                          std::optional<Id> staffId)
{
    return guarded<Card>(m_ctx.store, [&]() -> Result<Card> {
        Transaction transaction = m_ctx.store.transaction();
        std::optional<Card> card = m_ctx.store.cardByNumber(written.number);
        if (!card || card->id != cardId || written.generation != card->generation ||
            written.chipUid.isEmpty())
            return Error(ErrorCode::CardWriteFailed,
                         tr("What the reader read back is not the card being issued. Tap the "
                            "card again to write it once more."));
        if (card->status != CardStatus::Pending && card->status != CardStatus::Active)
            return Error::cardBlocked(card->number);
        if (const std::optional<Card> other = m_ctx.store.liveCardOnChip(written.chipUid);
            other && other->id != card->id)
            return Error(
                ErrorCode::ChipInUse,
                tr("This chip already carries card %1. Use a blank card.").arg(other->number));
        const QDateTime now = m_ctx.clock.now();
        // The card it replaces stops working now that the new one does.
        for (const Card& old : m_ctx.store.cardsOfMember(card->memberId)) {
            if (old.id != card->id && old.status == CardStatus::Active) {
                m_ctx.store.setCardStatus(old.id, CardStatus::Replaced, now,
                                          tr("replaced by card %1").arg(card->number));
                audit::recordCard(m_ctx, old.number, staffId);
            }
        }
        m_ctx.store.bindCardChip(card->id, written.chipUid);
        if (card->status == CardStatus::Pending)
            m_ctx.store.setCardStatus(card->id, CardStatus::Active, now, QStringLiteral("written"));
        audit::recordCard(m_ctx, card->number, staffId);
        transaction.commit();
        card->status = CardStatus::Active;
        card->chipUid = written.chipUid;
        return *card;
    });
}

} // namespace viptill
