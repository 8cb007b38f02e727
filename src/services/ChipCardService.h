#pragma once

#include "ServiceContext.h"
#include "StoreKeys.h"
#include "core/Records.h"

#include <chrono>

namespace viptill {

// What a chip card on a reader says, checked against the database.
struct ChipCardRead
{
    PresentedCard chip; // number, UID, generation, as the MAC vouches for
    Card card;          // the database's record of that number
};

// Member chips written and read on a libnfc reader named by its connection
// string (pn532_uart:/dev/ttyUSB0, acr122_usb …), one card at a time: what
// viptillctl's `card write` and `card read` do, and nothing the windows need
// (they use the threaded NfcCardReader and CardService).
class ChipCardService
{
    Q_DECLARE_TR_FUNCTIONS(ChipCardService)
public:
    explicit ChipCardService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Writes the member's card waiting to be written (or their card not yet
    // on a chip) onto the card in the field, reads it back, and only then
    // makes it active; a failed write changes nothing. `staffId`: who
    // writes it, named in the audit trail's card entries.
    Result<Card> writeMemberCard(Id memberId, const QString& reader, std::chrono::milliseconds wait,
                                 std::optional<Id> staffId = {});
    // Reads the card in the field: refused if its MAC fails or it is a copy
    // (CARD_CLONED); otherwise what the database says of it, whatever its
    // status (a blocked card reads as blocked).
    Result<ChipCardRead> readCard(const QString& reader, std::chrono::milliseconds wait);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
