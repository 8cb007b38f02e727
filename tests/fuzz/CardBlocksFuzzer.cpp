// What a chip hands the reader: its UID and the 32 bytes of VipTill's payload,
// from a real card, a forged one or a broken one. The decoder must never
// crash, and must never take for a member card anything whose MAC does not
// verify for this UID (a forger who cannot compute the MAC gets nowhere).

#include "cards/CardFormat.h"
#include "core/Identity.h"

#include <cstdint>
#include <cstdlib>

using namespace viptill;

namespace {

const CardKeys& keys()
{
    static const CardKeys k = *CardKeys::fromBytes(QByteArray(CardKeys::SecretSize, '\x11'),
                                                   QByteArray(CardKeys::SecretSize, '\x22'));
    return k;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks a UID length (MIFARE 4, NTAG 7, or nonsense).
    const std::size_t uidLength = std::min<std::size_t>(data[0] % 11, size - 1);
    const QByteArray uid(reinterpret_cast<const char*>(data + 1),
                         static_cast<qsizetype>(uidLength));
    const QByteArray payload(reinterpret_cast<const char*>(data + 1 + uidLength),
                             static_cast<qsizetype>(size - 1 - uidLength));
    const cardformat::DecodedPayload decoded = cardformat::decodePayload(payload, uid, keys());
    if (decoded.ok()) {
        if (!isWellFormedCardNumber(decoded.image.number) || decoded.image.generation < 1)
            std::abort();
        // Only a payload this store's MAC vouches for is ever accepted.
        if (cardformat::encodePayload(decoded.image, uid, keys()) != payload)
            std::abort();
    }
    return 0;
}
