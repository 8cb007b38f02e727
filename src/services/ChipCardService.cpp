#include "ChipCardService.h"

#include "CardService.h"
#include "cards/NfcCardEncoder.h"

namespace viptill {

namespace {

Result<std::unique_ptr<NfcCardEncoder>> openReader(const QString& reader,
                                                   const ServiceContext& context)
{
    const Result<StoreKeys> keys = storeKeys(context);
    if (!keys)
        return keys.error();
    const std::optional<CardKeys> cardKeys = CardKeys::fromBytes(keys->cardMac, keys->cardMaster);
    if (!cardKeys)
        return Error(ErrorCode::KeyFile, ChipCardService::tr("The store's card keys are missing."));
    return NfcCardEncoder::open(reader, *cardKeys);
}

} // namespace

Result<Card> ChipCardService::writeMemberCard(Id memberId, const QString& reader,
                                              std::chrono::milliseconds wait,
                                              std::optional<Id> staffId)
{
    CardService cards(m_ctx);
    const Result<Card> target = cards.cardToWrite(memberId);
    if (!target)
        return target.error();
    Result<std::unique_ptr<NfcCardEncoder>> encoder = openReader(reader, m_ctx);
    if (!encoder)
        return encoder.error();
    const Result<PresentedCard> written =
        encoder.value()->writeOnce(CardImage{target->number, target->generation}, wait);
    if (!written)
        return written.error();
    return cards.activateWritten(target->id, written.value(), staffId);
}

Result<ChipCardRead> ChipCardService::readCard(const QString& reader,
                                               std::chrono::milliseconds wait)
{
    Result<std::unique_ptr<NfcCardEncoder>> encoder = openReader(reader, m_ctx);
    if (!encoder)
        return encoder.error();
    const Result<PresentedCard> chip = encoder.value()->readOnce(wait);
    if (!chip)
        return chip.error();
    return guarded<ChipCardRead>(m_ctx.store, [&]() -> Result<ChipCardRead> {
        const std::optional<Card> card = m_ctx.store.cardByNumber(chip->number);
        if (!card)
            return Error::unknownCard(chip->number);
        if ((!card->chipUid.isEmpty() && card->chipUid != chip->chipUid) ||
            card->generation != chip->generation)
            return Error::cardCloned(chip->number);
        return ChipCardRead{chip.value(), *card};
    });
}

} // namespace viptill
