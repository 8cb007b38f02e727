#pragma once

#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

// The life of a chip card at the service desk: the card to write, and the
// moment it becomes the member's card. The reader writes and reads back
// (cards layer); this decides what the database then says.
class CardService
{
    Q_DECLARE_TR_FUNCTIONS(CardService)
public:
    explicit CardService(ServiceContext& context)
        : m_ctx(context)
    {}

    // What the desk writes for the member: the card waiting to be written
    // (joining, replacement), else their active card if no chip carries it
    // yet. A card already on a chip is replaced, never written twice.
    Result<Card> cardToWrite(Id memberId);

    // A card the reader wrote and read back: the chip is bound to it and it
    // becomes active; the card it replaces stops working in the same
    // transaction. Refused if the chip is another live card's, or if what
    // was written is not the card the desk asked for. `staffId`: who wrote
    // it, named in the audit trail's card entries.
    Result<Card> activateWritten(Id cardId, const PresentedCard& written,
                                 std::optional<Id> staffId = {});

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
