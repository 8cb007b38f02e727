#include "cards/CardFormat.h"

#include "core/Identity.h"

#include <functional>
#include <gtest/gtest.h>
#include <sodium.h>

using namespace viptill;
using namespace viptill::cardformat;

namespace {

const QString Number = QStringLiteral("8812345678908"); // "88", serial 1234567890, Luhn 8
const QByteArray Uid4 = QByteArray::fromHex("a1b2c3d4");
const QByteArray Uid7 = QByteArray::fromHex("04112233445566");

CardKeys keys(char mac = '\x11', char master = '\x22')
{
    return *CardKeys::fromBytes(QByteArray(32, mac), QByteArray(32, master));
}

// HMAC-SHA256 computed here straight with libsodium, apart from the code
// under test, over the messages docs/card-format.md describes.
QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    unsigned char out[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.constData()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char*>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, out);
    return QByteArray(reinterpret_cast<const char*>(out), sizeof out);
}

QByteArray labelled(const char* label, const QByteArray& uid)
{
    return QByteArray(label) + char(uid.size()) + uid;
}

template <std::size_t N> QByteArray bytes(const std::array<quint8, N>& a)
{
    return QByteArray(reinterpret_cast<const char*>(a.data()), static_cast<qsizetype>(N));
}

} // namespace

TEST(CardKeys, AreExactly32BytesEach)
{
    EXPECT_TRUE(CardKeys::fromBytes(QByteArray(32, 'a'), QByteArray(32, 'b')).has_value());
    EXPECT_FALSE(CardKeys::fromBytes(QByteArray(31, 'a'), QByteArray(32, 'b')).has_value());
    EXPECT_FALSE(CardKeys::fromBytes(QByteArray(32, 'a'), QByteArray(33, 'b')).has_value());
    EXPECT_FALSE(CardKeys::fromBytes({}, {}).has_value());
}

TEST(CardFormat, PayloadIsTheDocumentedBytes)
{
    const QByteArray payload = encodePayload({Number, 258}, Uid4, keys());
    ASSERT_EQ(payload.size(), PayloadSize);
    const QByteArray header = QByteArray::fromHex("564950"         // "VIP"
                                                  "01"             // version
                                                  "8812345678908f" // BCD, closed by F
                                                  "0102"           // generation 258
                                                  "000000");
    EXPECT_EQ(payload.first(16).toHex(), header.toHex());
    const QByteArray mac =
        hmac(QByteArray(32, '\x11'), labelled("VipTill card MAC v1", Uid4) + header).first(16);
    EXPECT_EQ(payload.sliced(16).toHex(), mac.toHex());
}

TEST(CardFormat, RoundTripsOnBothUidLengths)
{
    for (const QByteArray& uid : {Uid4, Uid7}) {
        for (const int generation : {1, 2, 255, 256, MaxGeneration}) {
            const CardImage image{cardNumberForSerial(generation * 7), generation};
            const DecodedPayload decoded =
                decodePayload(encodePayload(image, uid, keys()), uid, keys());
            ASSERT_TRUE(decoded.ok()) << generation;
            EXPECT_EQ(decoded.image.number, image.number);
            EXPECT_EQ(decoded.image.generation, generation);
            EXPECT_EQ(decoded.version, Version);
        }
    }
}

TEST(CardFormat, OnlyWellFormedImagesAreWritten)
{
    EXPECT_TRUE(isWritable({Number, 1}));
    EXPECT_FALSE(isWritable({Number, 0}));
    EXPECT_FALSE(isWritable({Number, MaxGeneration + 1}));
    EXPECT_FALSE(isWritable({QStringLiteral("8812345678907"), 1})); // check digit
    EXPECT_FALSE(isWritable({QStringLiteral("123"), 1}));
    EXPECT_TRUE(encodePayload({Number, 0}, Uid4, keys()).isEmpty());
    EXPECT_TRUE(encodePayload({Number, 1}, {}, keys()).isEmpty());
}

struct DecodeCase
{
    const char* name;
    // Changes a good payload (written for Uid4 with keys()) before decoding.
    std::function<void(QByteArray&)> change;
    QByteArray uid = Uid4;
    PayloadProblem problem;
};

class Decoding : public ::testing::TestWithParam<DecodeCase>
{
};

TEST_P(Decoding, TellsEachProblemApart)
{
    QByteArray payload = encodePayload({Number, 3}, Uid4, keys());
    GetParam().change(payload);
    EXPECT_EQ(decodePayload(payload, GetParam().uid, keys()).problem, GetParam().problem);
}

INSTANTIATE_TEST_SUITE_P(
    CardFormat, Decoding,
    ::testing::Values(
        DecodeCase{"Good", [](QByteArray&) {}, Uid4, PayloadProblem::None},
        DecodeCase{"Blank", [](QByteArray& p) { p.fill('\0'); }, Uid4, PayloadProblem::NotVipTill},
        DecodeCase{"Erased", [](QByteArray& p) { p.fill('\xff'); }, Uid4,
                   PayloadProblem::NotVipTill},
        DecodeCase{"EmptyNdef",
                   [](QByteArray& p) {
                       p.fill('\0');
                       p.replace(0, 3, QByteArray::fromHex("0300fe"));
                   },
                   Uid4, PayloadProblem::NotVipTill},
        DecodeCase{"TooShort", [](QByteArray& p) { p.chop(1); }, Uid4, PayloadProblem::NotVipTill},
        DecodeCase{"BeingWritten", [](QByteArray& p) { p[3] = 0; }, Uid4,
                   PayloadProblem::BeingWritten},
        DecodeCase{"NewerVersion", [](QByteArray& p) { p[3] = 2; }, Uid4,
                   PayloadProblem::UnsupportedVersion},
        DecodeCase{"NotBcd", [](QByteArray& p) { p[5] = '\x1a'; }, Uid4, PayloadProblem::Malformed},
        DecodeCase{"NoClosingNibble", [](QByteArray& p) { p[10] = '\x80'; }, Uid4,
                   PayloadProblem::Malformed},
        DecodeCase{"GenerationZero",
                   [](QByteArray& p) {
                       p[11] = 0;
                       p[12] = 0;
                   },
                   Uid4, PayloadProblem::Malformed},
        DecodeCase{"ReservedSet", [](QByteArray& p) { p[15] = 1; }, Uid4,
                   PayloadProblem::Malformed},
        DecodeCase{"NumberAltered", [](QByteArray& p) { p[6] = '\x35'; }, Uid4,
                   PayloadProblem::MacMismatch},
        DecodeCase{"GenerationAltered", [](QByteArray& p) { p[12] = 4; }, Uid4,
                   PayloadProblem::MacMismatch},
        DecodeCase{"MacAltered", [](QByteArray& p) { p[31] = static_cast<char>(p[31] ^ 1); }, Uid4,
                   PayloadProblem::MacMismatch},
        DecodeCase{"OnAnotherChip", [](QByteArray&) {}, QByteArray::fromHex("a1b2c3d5"),
                   PayloadProblem::MacMismatch},
        DecodeCase{"OnALongerUid", [](QByteArray&) {}, Uid4 + '\0', PayloadProblem::MacMismatch}),
    [](const ::testing::TestParamInfo<DecodeCase>& param) { return param.param.name; });

TEST(CardFormat, AnotherStoresSecretDoesNotVerify)
{
    const QByteArray payload = encodePayload({Number, 1}, Uid4, keys());
    EXPECT_EQ(decodePayload(payload, Uid4, keys('\x12')).problem, PayloadProblem::MacMismatch);
    // The master key plays no part in the MAC.
    EXPECT_TRUE(decodePayload(payload, Uid4, keys('\x11', '\x23')).ok());
}

TEST(CardFormat, BeingWrittenHeaderDiffersOnlyInItsVersion)
{
    const QByteArray payload = encodePayload({Number, 1}, Uid4, keys());
    QByteArray expected = payload.first(16);
    expected[3] = 0;
    EXPECT_EQ(headerBeingWritten(payload), expected);
}

struct ChipCase
{
    const char* name;
    quint16 atqa;
    quint8 sak;
    const char* versionHex;
    ChipKind kind;
};

class Chips : public ::testing::TestWithParam<ChipCase>
{
};

TEST_P(Chips, AreToldApartBySelectionAndVersion)
{
    const ChipCase& c = GetParam();
    EXPECT_EQ(chipKind(c.atqa, c.sak, QByteArray::fromHex(c.versionHex)), c.kind);
}

INSTANTIATE_TEST_SUITE_P(
    CardFormat, Chips,
    ::testing::Values(ChipCase{"Classic1k", 0x0004, 0x08, "", ChipKind::MifareClassic1k},
                      ChipCase{"Classic1k7ByteUid", 0x0044, 0x08, "", ChipKind::MifareClassic1k},
                      ChipCase{"Classic4k", 0x0002, 0x18, "", ChipKind::Unsupported},
                      ChipCase{"Ntag213", 0x0044, 0x00, "0004040201000f03", ChipKind::Ntag213},
                      ChipCase{"Ntag215", 0x0044, 0x00, "0004040201001103", ChipKind::Unsupported},
                      ChipCase{"UltralightEv1", 0x0044, 0x00, "0004030101000b03",
                               ChipKind::Unsupported},
                      ChipCase{"UltralightNoVersion", 0x0044, 0x00, "", ChipKind::Unsupported},
                      ChipCase{"Desfire", 0x0344, 0x20, "", ChipKind::Unsupported}),
    [](const ::testing::TestParamInfo<ChipCase>& param) { return param.param.name; });

TEST(CardFormat, Type2TagsNeedTheirVersion)
{
    EXPECT_TRUE(needsVersion(0x0044, 0x00));
    EXPECT_FALSE(needsVersion(0x0004, 0x08));
}

TEST(MifareFormat, SectorKeysAreDerivedPerCardFromTheMasterKey)
{
    const mifare::SectorKeys k = mifare::sectorKeys(keys(), Uid4);
    const QByteArray d =
        hmac(QByteArray(32, '\x22'), labelled("VipTill MIFARE sector keys v1", Uid4) + char(1));
    EXPECT_EQ(bytes(k.a), d.first(6));
    EXPECT_EQ(bytes(k.b), d.sliced(6, 6));
    EXPECT_NE(k.a, k.b);
    EXPECT_NE(k.a, mifare::TransportKey);
    EXPECT_NE(k.b, mifare::TransportKey);
    // Another card, another sector or another store: other keys.
    EXPECT_NE(mifare::sectorKeys(keys(), QByteArray::fromHex("a1b2c3d5")).a, k.a);
    EXPECT_NE(mifare::sectorKeys(keys(), Uid4, 2).a, k.a);
    EXPECT_NE(mifare::sectorKeys(keys('\x11', '\x23'), Uid4).b, k.b);
    // The MAC secret plays no part in them.
    EXPECT_EQ(mifare::sectorKeys(keys('\x12'), Uid4).a, k.a);
}

TEST(MifareFormat, TrailerGivesKeyAReadsAndKeyBWrites)
{
    const mifare::SectorKeys k{{1, 2, 3, 4, 5, 6}, {7, 8, 9, 10, 11, 12}};
    EXPECT_EQ(bytes(mifare::sectorTrailer(k)).toHex(), QByteArray("010203040506"
                                                                  "78778869"
                                                                  "0708090a0b0c"));
    // The access bits, decoded as the datasheet defines them: C1C2C3 = 100
    // for blocks 0..2 (read A|B, write B) and 011 for the trailer.
    const auto& a = mifare::AccessBytes;
    for (int block = 0; block < 4; ++block) {
        const int c1 = (a[1] >> (4 + block)) & 1;
        const int c2 = (a[2] >> block) & 1;
        const int c3 = (a[2] >> (4 + block)) & 1;
        EXPECT_EQ((~a[0] >> block) & 1, c1) << block;
        EXPECT_EQ((~a[0] >> (4 + block)) & 1, c2) << block;
        EXPECT_EQ((~a[1] >> block) & 1, c3) << block;
        EXPECT_EQ((c1 << 2) | (c2 << 1) | c3, block == 3 ? 0b011 : 0b100) << block;
    }
}

TEST(NtagFormat, PasswordAndPackAreDerivedPerCard)
{
    const ntag213::Password p = ntag213::password(keys(), Uid7);
    const QByteArray d = hmac(QByteArray(32, '\x22'), labelled("VipTill NTAG password v1", Uid7));
    EXPECT_EQ(bytes(p.pwd), d.first(4));
    EXPECT_EQ(bytes(p.pack), d.sliced(4, 2));
    EXPECT_NE(ntag213::password(keys(), QByteArray::fromHex("04112233445567")).pwd, p.pwd);
    EXPECT_NE(ntag213::password(keys('\x11', '\x23'), Uid7).pwd, p.pwd);
}

TEST(NtagFormat, ProtectionStartsAtThePayloadAndKeepsReadingOpen)
{
    const ntag213::Page factoryCfg0{0x04, 0x00, 0x00, 0xFF};
    const ntag213::Page factoryCfg1{0x00, 0x05, 0x00, 0x00};
    EXPECT_FALSE(ntag213::needsPassword(factoryCfg0));
    EXPECT_FALSE(ntag213::isProtected(factoryCfg0, factoryCfg1));
    const ntag213::Page cfg0 = ntag213::protectedCfg0(factoryCfg0);
    const ntag213::Page cfg1 = ntag213::protectedCfg1(factoryCfg1);
    EXPECT_EQ(cfg0, (ntag213::Page{0x04, 0x00, 0x00, 0x04})); // mirror bytes kept, AUTH0 = 4
    EXPECT_EQ(cfg1, (ntag213::Page{0x00, 0x05, 0x00, 0x00})); // PROT 0: reads stay open
    EXPECT_TRUE(ntag213::needsPassword(cfg0));
    EXPECT_TRUE(ntag213::isProtected(cfg0, cfg1));
    EXPECT_FALSE(ntag213::isProtected(cfg0, {0x80, 0x05, 0x00, 0x00}));
}
