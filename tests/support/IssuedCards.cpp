#include "IssuedCards.h"

namespace viptill::testsupport {

namespace {

template <std::size_t N> std::array<std::uint8_t, N> slice(const QByteArray& bytes, qsizetype at)
{
    std::array<std::uint8_t, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = static_cast<std::uint8_t>(bytes[at + static_cast<qsizetype>(i)]);
    return out;
}

} // namespace

CardKeys testCardKeys(char mac, char master)
{
    return *CardKeys::fromBytes(QByteArray(32, mac), QByteArray(32, master));
}

QByteArray uidOf(const EmulatedTag& tag)
{
    return QByteArray(reinterpret_cast<const char*>(tag.uid().data()),
                      static_cast<qsizetype>(tag.uid().size()));
}

EmulatedTag issued(EmulatedTag blank, const CardImage& image, const CardKeys& keys)
{
    const QByteArray uid = uidOf(blank);
    const QByteArray payload = cardformat::encodePayload(image, uid, keys);
    if (blank.kind() == EmulatedTag::Kind::MifareClassic1k) {
        using namespace cardformat::mifare;
        blank.setBlock(HeaderBlock, slice<16>(payload, 0));
        blank.setBlock(MacBlock, slice<16>(payload, 16));
        blank.setBlock(TrailerBlock, sectorTrailer(sectorKeys(keys, uid)));
        return blank;
    }
    using namespace cardformat::ntag213;
    for (int i = 0; i < 8; ++i)
        blank.setPage(HeaderPage + i, slice<4>(payload, 4 * i));
    const Password password = cardformat::ntag213::password(keys, uid);
    blank.setPage(PackPage, {password.pack[0], password.pack[1], 0, 0});
    blank.setPage(PwdPage, password.pwd);
    blank.setPage(Cfg1Page, protectedCfg1(blank.page(Cfg1Page)));
    blank.setPage(Cfg0Page, protectedCfg0(blank.page(Cfg0Page)));
    return blank;
}

} // namespace viptill::testsupport
