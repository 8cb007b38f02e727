#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <optional>

// What a VipTill chip card holds, byte for byte (docs/card-format.md), and
// the keys that protect it. Pure functions: no reader, no I/O, so every rule
// is tested with tables and the readers only move the bytes.

namespace viptill {

// What is written onto a card: only what identifies it (domain.md, Cards).
// The reader adds the chip's UID and the MAC that binds them.
struct CardImage
{
    QString number;
    int generation = 1;
};

// The store's two card secrets: the MAC secret that signs what a card says,
// and the master key the chip keys (MIFARE sector keys, NTAG password) are
// derived from, per card. Kept apart so that a leaked chip key (MIFARE
// Classic's crypto is broken) never lets anyone sign a card. The secrets
// never leave this class: there is no accessor and no debug output, and the
// memory is wiped when it goes.
class CardKeys
{
public:
    static constexpr qsizetype SecretSize = 32;
    using Digest = std::array<quint8, 32>;

    // Both secrets must be SecretSize bytes; anything else is refused.
    static std::optional<CardKeys> fromBytes(QByteArrayView macSecret, QByteArrayView masterKey);

    CardKeys(const CardKeys& other) = default;
    CardKeys& operator=(const CardKeys& other) = default;
    ~CardKeys();

    // HMAC-SHA256 of `message`, keyed by the MAC secret or the master key.
    // The card format's functions build their messages with a label of
    // their own, so one secret never gives the same bytes for two purposes.
    Digest macOf(QByteArrayView message) const;
    Digest derivedFromMaster(QByteArrayView message) const;

private:
    CardKeys() = default;

    std::array<quint8, SecretSize> m_macSecret{};
    std::array<quint8, SecretSize> m_masterKey{};
};

namespace cardformat {

// The 32-byte payload, the same on both chips: a 16-byte header and its MAC.
//   0..2   "VIP"
//   3      format version (0 while being written, then 1)
//   4..10  the 13-digit card number, packed BCD, a final 0xF nibble
//   11..12 the card's generation, big-endian
//   13..15 zero
//   16..31 HMAC-SHA256(MAC secret, label ‖ UID ‖ bytes 0..15), first 16 bytes
inline constexpr quint8 Version = 1;
// Written first, so that a card taken away while being written never verifies.
inline constexpr quint8 VersionBeingWritten = 0;
inline constexpr qsizetype HeaderSize = 16;
inline constexpr qsizetype MacSize = 16;
inline constexpr qsizetype PayloadSize = HeaderSize + MacSize;
inline constexpr int MaxGeneration = 0xFFFF;

// Whether an image can go onto a card: a well-formed number and a
// generation that fits its two bytes.
bool isWritable(const CardImage& image);

// The payload for `image` on the chip with `uid`; empty if !isWritable(image).
QByteArray encodePayload(const CardImage& image, QByteArrayView uid, const CardKeys& keys);

// The header of `payload` marked as being written (version 0): the first
// bytes a writer puts on the card.
QByteArray headerBeingWritten(QByteArrayView payload);

enum class PayloadProblem
{
    None,
    NotVipTill,         // blank, or another format: no "VIP"
    BeingWritten,       // version 0: a write that did not finish
    UnsupportedVersion, // written by a newer VipTill
    Malformed,          // "VIP" and a known version, but the fields make no sense
    MacMismatch         // forged, altered, or copied onto another chip (the MAC binds the UID)
};

struct DecodedPayload
{
    PayloadProblem problem = PayloadProblem::NotVipTill;
    CardImage image; // set when problem is None
    int version = 0; // as found, when the magic is there

    bool ok() const { return problem == PayloadProblem::None; }
};

DecodedPayload decodePayload(QByteArrayView payload, QByteArrayView uid, const CardKeys& keys);

// What the selection says a chip is; a Type 2 tag (ATQA 0044, SAK 00) is
// told apart by its GET_VERSION answer.
enum class ChipKind
{
    MifareClassic1k,
    Ntag213,
    Unsupported
};
// Whether a chip with this ATQA and SAK needs GET_VERSION to be known.
bool needsVersion(quint16 atqa, quint8 sak);
// `version` is the 8-byte GET_VERSION answer, or empty if there was none.
ChipKind chipKind(quint16 atqa, quint8 sak, QByteArrayView version);

namespace mifare {

using Key = std::array<quint8, 6>;
using Block = std::array<quint8, 16>;

// The key every sector has when the card leaves the factory; never left on
// VipTill's sector once a card is issued.
inline constexpr Key TransportKey{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
inline constexpr int Sector = 1;
inline constexpr int HeaderBlock = 4; // payload bytes 0..15
inline constexpr int MacBlock = 5;    // payload bytes 16..31
inline constexpr int TrailerBlock = 7;
// C1C2C3 = 100 for the data blocks (read with key A or B, write with key B
// only) and 011 for the trailer (key B writes keys and access bits, key B
// is not readable, so it can authenticate); then the spare byte 0x69.
inline constexpr std::array<quint8, 4> AccessBytes{0x78, 0x77, 0x88, 0x69};

struct SectorKeys
{
    Key a; // reads: every till has it (derived per card)
    Key b; // writes: only a writer needs it
};

SectorKeys sectorKeys(const CardKeys& keys, QByteArrayView uid, int sector = Sector);
// Key A ‖ access bits ‖ key B, as written to the sector trailer.
Block sectorTrailer(const SectorKeys& keys);

} // namespace mifare

namespace ntag213 {

using Page = std::array<quint8, 4>;

inline constexpr int PageCount = 45;
inline constexpr int HeaderPage = 4;  // pages 4..7: payload bytes 0..15
inline constexpr int MacPage = 8;     // pages 8..11: payload bytes 16..31
inline constexpr int Cfg0Page = 0x29; // MIRROR, RFUI, MIRROR_PAGE, AUTH0
inline constexpr int Cfg1Page = 0x2A; // ACCESS, RFUI, RFUI, RFUI
inline constexpr int PwdPage = 0x2B;
inline constexpr int PackPage = 0x2C;
// Writes from the first payload page on need the password; reading stays
// open (ACCESS.PROT = 0), tills never send the password.
inline constexpr quint8 Auth0 = HeaderPage;
// PROT 0, CFGLCK 0, AUTHLIM 0 (no lock-out: a lock-out would let anyone
// with a phone make a member's card impossible to rewrite).
inline constexpr quint8 Access = 0x00;
// An unprotected tag has AUTH0 past its last page (0xFF from the factory).
inline constexpr quint8 Auth0Off = 0xFF;

struct Password
{
    Page pwd;
    std::array<quint8, 2> pack; // what the card answers a right password with
};

Password password(const CardKeys& keys, QByteArrayView uid);

// The configuration pages with VipTill's protection set, keeping the other
// bytes as they are.
Page protectedCfg0(Page current);
Page protectedCfg1(Page current);
// Whether the configuration pages protect the payload as VipTill sets it.
bool isProtected(Page cfg0, Page cfg1);
// Whether AUTH0 protects any page, so that writing needs the password.
bool needsPassword(Page cfg0);

} // namespace ntag213

} // namespace cardformat

} // namespace viptill
