#include "CardFormat.h"

#include "core/Identity.h"
#include "core/KeyedHash.h"

#include <algorithm>
#include <sodium.h>

namespace viptill {

namespace {

CardKeys::Digest hmac(const std::array<quint8, CardKeys::SecretSize>& key, QByteArrayView message)
{
    const QByteArray mac = hmacSha256(
        QByteArrayView(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())), message);
    CardKeys::Digest out{};
    std::copy(mac.cbegin(), mac.cend(), out.begin());
    return out;
}

// Every keyed hash starts with its own label and then the UID with its
// length, so that no two purposes (or two UID lengths) share an input.
QByteArray labelled(const char* label, QByteArrayView uid)
{
    QByteArray message(label);
    message.append(static_cast<char>(uid.size()));
    message.append(uid);
    return message;
}

constexpr char Magic[] = {'V', 'I', 'P'};
constexpr qsizetype VersionAt = 3;
constexpr qsizetype NumberAt = 4;
constexpr qsizetype NumberBytes = 7;
constexpr qsizetype GenerationAt = 11;
constexpr qsizetype ReservedAt = 13;
constexpr qsizetype CardNumberDigits = 13;

quint8 byteAt(QByteArrayView bytes, qsizetype i)
{
    return static_cast<quint8>(bytes[i]);
}

// The 13 digits, high nibble first, closed with 0xF.
QByteArray packNumber(const QString& number)
{
    QByteArray packed(NumberBytes, '\0');
    for (qsizetype i = 0; i < NumberBytes * 2; ++i) {
        const int nibble = i < number.size() ? number.at(i).unicode() - u'0' : 0xF;
        const qsizetype at = i / 2;
        const int shifted = (i % 2 == 0) ? nibble << 4 : nibble;
        packed[at] = static_cast<char>(byteAt(packed, at) | shifted);
    }
    return packed;
}

std::optional<QString> unpackNumber(QByteArrayView packed)
{
    QString number;
    for (qsizetype i = 0; i < NumberBytes * 2; ++i) {
        const quint8 b = byteAt(packed, i / 2);
        const int nibble = (i % 2 == 0) ? b >> 4 : b & 0x0F;
        if (i < CardNumberDigits) {
            if (nibble > 9)
                return std::nullopt;
            number.append(QChar(u'0' + nibble));
        } else if (nibble != 0xF) {
            return std::nullopt;
        }
    }
    return number;
}

QByteArray macOver(QByteArrayView header, QByteArrayView uid, const CardKeys& keys)
{
    QByteArray message = labelled("VipTill card MAC v1", uid);
    message.append(header);
    const CardKeys::Digest full = keys.macOf(message);
    return QByteArray(reinterpret_cast<const char*>(full.data()), cardformat::MacSize);
}

} // namespace

std::optional<CardKeys> CardKeys::fromBytes(QByteArrayView macSecret, QByteArrayView masterKey)
{
    if (macSecret.size() != SecretSize || masterKey.size() != SecretSize)
        return std::nullopt;
    CardKeys keys;
    std::copy_n(reinterpret_cast<const quint8*>(macSecret.data()), SecretSize,
                keys.m_macSecret.begin());
    std::copy_n(reinterpret_cast<const quint8*>(masterKey.data()), SecretSize,
                keys.m_masterKey.begin());
    return keys;
}

CardKeys::~CardKeys()
{
    sodium_memzero(m_macSecret.data(), m_macSecret.size());
    sodium_memzero(m_masterKey.data(), m_masterKey.size());
}

CardKeys::Digest CardKeys::macOf(QByteArrayView message) const
{
    return hmac(m_macSecret, message);
}

CardKeys::Digest CardKeys::derivedFromMaster(QByteArrayView message) const
{
    return hmac(m_masterKey, message);
}

namespace cardformat {

bool isWritable(const CardImage& image)
{
    return isWellFormedCardNumber(image.number) && image.generation >= 1 &&
           image.generation <= MaxGeneration;
}

QByteArray encodePayload(const CardImage& image, QByteArrayView uid, const CardKeys& keys)
{
    if (!isWritable(image) || uid.isEmpty())
        return {};
    QByteArray header(HeaderSize, '\0');
    std::copy(std::begin(Magic), std::end(Magic), header.begin());
    header[VersionAt] = static_cast<char>(Version);
    header.replace(NumberAt, NumberBytes, packNumber(image.number));
    header[GenerationAt] = static_cast<char>((image.generation >> 8) & 0xFF);
    header[GenerationAt + 1] = static_cast<char>(image.generation & 0xFF);
    return header + macOver(header, uid, keys);
}

QByteArray headerBeingWritten(QByteArrayView payload)
{
    QByteArray header = payload.first(HeaderSize).toByteArray();
    header[VersionAt] = static_cast<char>(VersionBeingWritten);
    return header;
}

DecodedPayload decodePayload(QByteArrayView payload, QByteArrayView uid, const CardKeys& keys)
{
    DecodedPayload decoded;
    if (payload.size() != PayloadSize || !payload.startsWith(QByteArrayView(Magic, 3)))
        return decoded; // NotVipTill
    decoded.version = byteAt(payload, VersionAt);
    if (decoded.version == VersionBeingWritten) {
        decoded.problem = PayloadProblem::BeingWritten;
        return decoded;
    }
    if (decoded.version != Version) {
        decoded.problem = PayloadProblem::UnsupportedVersion;
        return decoded;
    }
    const QByteArrayView header = payload.first(HeaderSize);
    const std::optional<QString> number = unpackNumber(header.sliced(NumberAt, NumberBytes));
    const int generation = (byteAt(header, GenerationAt) << 8) | byteAt(header, GenerationAt + 1);
    const QByteArrayView reserved = header.sliced(ReservedAt);
    const bool reservedClear =
        std::all_of(reserved.begin(), reserved.end(), [](char c) { return c == 0; });
    if (!number || generation < 1 || !reservedClear) {
        decoded.problem = PayloadProblem::Malformed;
        return decoded;
    }
    const QByteArray expected = macOver(header, uid, keys);
    if (sodium_memcmp(expected.constData(), payload.sliced(HeaderSize).data(),
                      static_cast<std::size_t>(MacSize)) != 0) {
        decoded.problem = PayloadProblem::MacMismatch;
        return decoded;
    }
    // Only a holder of the MAC secret could have written a number with a bad
    // check digit; it is still not a card number.
    if (!isWellFormedCardNumber(*number)) {
        decoded.problem = PayloadProblem::Malformed;
        return decoded;
    }
    decoded.problem = PayloadProblem::None;
    decoded.image = CardImage{*number, generation};
    return decoded;
}

bool needsVersion(quint16 atqa, quint8 sak)
{
    return atqa == 0x0044 && sak == 0x00;
}

ChipKind chipKind(quint16 atqa, quint8 sak, QByteArrayView version)
{
    // SAK 08 with ATQA 0004 (4-byte UID) or 0044 (7-byte UID): MIFARE Classic 1K.
    if (sak == 0x08 && (atqa == 0x0004 || atqa == 0x0044))
        return ChipKind::MifareClassic1k;
    // GET_VERSION: fixed header 00, vendor NXP 04, type NTAG 04, storage 0F.
    if (needsVersion(atqa, sak) && version.size() == 8 && byteAt(version, 1) == 0x04 &&
        byteAt(version, 2) == 0x04 && byteAt(version, 6) == 0x0F)
        return ChipKind::Ntag213;
    return ChipKind::Unsupported;
}

namespace mifare {

SectorKeys sectorKeys(const CardKeys& keys, QByteArrayView uid, int sector)
{
    QByteArray message = labelled("VipTill MIFARE sector keys v1", uid);
    message.append(static_cast<char>(sector));
    const CardKeys::Digest d = keys.derivedFromMaster(message);
    SectorKeys out{};
    std::copy_n(d.begin(), 6, out.a.begin());
    std::copy_n(d.begin() + 6, 6, out.b.begin());
    return out;
}

Block sectorTrailer(const SectorKeys& keys)
{
    Block trailer{};
    std::copy(keys.a.begin(), keys.a.end(), trailer.begin());
    std::copy(AccessBytes.begin(), AccessBytes.end(), trailer.begin() + 6);
    std::copy(keys.b.begin(), keys.b.end(), trailer.begin() + 10);
    return trailer;
}

} // namespace mifare

namespace ntag213 {

Password password(const CardKeys& keys, QByteArrayView uid)
{
    const CardKeys::Digest d = keys.derivedFromMaster(labelled("VipTill NTAG password v1", uid));
    Password out{};
    std::copy_n(d.begin(), 4, out.pwd.begin());
    std::copy_n(d.begin() + 4, 2, out.pack.begin());
    return out;
}

Page protectedCfg0(Page current)
{
    current[3] = Auth0;
    return current;
}

Page protectedCfg1(Page current)
{
    current[0] = Access;
    return current;
}

bool isProtected(Page cfg0, Page cfg1)
{
    return cfg0[3] == Auth0 && cfg1[0] == Access;
}

bool needsPassword(Page cfg0)
{
    return cfg0[3] <= PackPage;
}

} // namespace ntag213

} // namespace cardformat

} // namespace viptill
