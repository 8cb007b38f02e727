// The synchronous reader/writer through the real libnfc 1.8 (its pn532_uart
// driver) against the PN532 emulated on a pseudo-terminal: no hardware, no
// mock between the code and libnfc.

#include "cards/NfcCardEncoder.h"

#include "cards/NfcDevice.h"
#include "core/Identity.h"
#include "support/IssuedCards.h"
#include "support/Pn532Emulator.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::testsupport;
using namespace std::chrono_literals;

namespace {

const std::array<std::uint8_t, 4> MifareUid{0xA1, 0xB2, 0xC3, 0xD4};
const std::array<std::uint8_t, 7> NtagUid{0x04, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66};
const CardImage Image{cardNumberForSerial(1234567890), 1};

EmulatedTag blank(EmulatedTag::Kind kind)
{
    return kind == EmulatedTag::Kind::MifareClassic1k ? EmulatedTag::mifareClassic1k(MifareUid)
                                                      : EmulatedTag::ntag213(NtagUid);
}

// The number of tag writes one VipTill write makes: MIFARE, four blocks
// (header being written, MAC, header, trailer); NTAG, thirteen pages (eight
// for the payload, the finished header page again, PACK, PWD, CFG1, CFG0).
int writesPerCard(EmulatedTag::Kind kind)
{
    return kind == EmulatedTag::Kind::MifareClassic1k ? 4 : 13;
}

std::string nameOf(EmulatedTag::Kind kind)
{
    return kind == EmulatedTag::Kind::MifareClassic1k ? "MifareClassic1k" : "Ntag213";
}

class NfcCardEncoderTest : public ::testing::Test
{
protected:
    QString connection() const { return QString::fromStdString(reader.connectionString()); }

    std::unique_ptr<NfcCardEncoder> open(const CardKeys& keys = testCardKeys())
    {
        Result<std::unique_ptr<NfcCardEncoder>> opened = NfcCardEncoder::open(connection(), keys);
        if (!opened) {
            ADD_FAILURE() << opened.error().message().toStdString();
            return nullptr;
        }
        return std::move(opened).value();
    }

    // The card in the field as a till reads it, through a fresh encoder.
    ChipOutcome readAsATill(const CardKeys& keys = testCardKeys())
    {
        auto encoder = open(keys);
        if (!encoder || encoder->poll() != NfcCardEncoder::Poll::Card)
            return {};
        return encoder->readCurrent();
    }

    Pn532Emulator reader;
};

class BothChips : public NfcCardEncoderTest, public ::testing::WithParamInterface<EmulatedTag::Kind>
{
};

} // namespace

TEST_F(NfcCardEncoderTest, OpensThroughLibnfcAsAPn532)
{
    auto encoder = open();
    ASSERT_TRUE(encoder);
    // libnfc's open: the communication test, the firmware, SAM configuration.
    EXPECT_GE(reader.commandsReceived(0x00), 1);
    EXPECT_GE(reader.commandsReceived(0x02), 1);
    EXPECT_GE(reader.commandsReceived(0x14), 1);
}

TEST_F(NfcCardEncoderTest, NoReaderThereIsAnError)
{
    const Result<std::unique_ptr<NfcCardEncoder>> opened = NfcCardEncoder::open(
        QStringLiteral("pn532_uart:/dev/viptill-no-such-port"), testCardKeys());
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code(), ErrorCode::CardReadError);
    EXPECT_TRUE(opened.error().message().contains(u"/dev/viptill-no-such-port"));
}

TEST_F(NfcCardEncoderTest, AnEmptyFieldReturnsWithinItsTimeout)
{
    auto encoder = open();
    ASSERT_TRUE(encoder);
    EXPECT_EQ(encoder->poll(), NfcCardEncoder::Poll::NoCard);
    const Result<PresentedCard> read = encoder->readOnce(300ms);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code(), ErrorCode::CardReadError);
    EXPECT_TRUE(read.error().message().contains(u"No card"));
    // Every look was a selection that does not wait for a tag.
    EXPECT_GE(reader.commandsReceived(0x4A), 1);
    EXPECT_FALSE(encoder->readerLost());
}

TEST_P(BothChips, WriteThenReadBack)
{
    reader.place(blank(GetParam()));
    auto encoder = open();
    ASSERT_TRUE(encoder);
    const Result<PresentedCard> written = encoder->writeOnce(Image, 2s);
    ASSERT_TRUE(written) << written.error().message().toStdString();
    EXPECT_EQ(written->number, Image.number);
    EXPECT_EQ(written->generation, Image.generation);
    EXPECT_EQ(written->medium, PresentedCard::Medium::Chip);
    EXPECT_EQ(written->chipUid, uidOf(*reader.tag()));
    EXPECT_EQ(reader.tagWrites(), writesPerCard(GetParam()));

    const Result<PresentedCard> read = encoder->readOnce(1s);
    ASSERT_TRUE(read) << read.error().message().toStdString();
    EXPECT_EQ(read->number, Image.number);
    EXPECT_EQ(read->generation, Image.generation);
    EXPECT_EQ(read->chipUid, uidOf(*reader.tag()));
}

TEST_P(BothChips, RewritesAnIssuedCardWithItsOwnKeys)
{
    reader.place(issued(blank(GetParam()), Image, testCardKeys()));
    auto encoder = open();
    ASSERT_TRUE(encoder);
    const CardImage next{Image.number, 2};
    const Result<PresentedCard> written = encoder->writeOnce(next, 2s);
    ASSERT_TRUE(written) << written.error().message().toStdString();
    const ChipOutcome read = readAsATill();
    ASSERT_TRUE(read.ok()) << read.message.toStdString();
    EXPECT_EQ(read.card.generation, 2);
}

TEST_P(BothChips, BlankCardsAreToldToBeIssued)
{
    reader.place(blank(GetParam()));
    const ChipOutcome read = readAsATill();
    EXPECT_EQ(read.fault, ChipFault::Blank);
    EXPECT_EQ(read.toResult().error().code(), ErrorCode::CardReadError);
    EXPECT_TRUE(read.message.contains(u"service desk"));
}

TEST_P(BothChips, AnotherStoresMasterKeyIsRefused)
{
    reader.place(issued(blank(GetParam()), Image, testCardKeys()));
    const CardKeys otherStore = testCardKeys('\x11', '\x33');
    // Reading: a MIFARE sector does not open to the other key A; an NTAG
    // reads (reading is open) but its MAC is the store's, so it verifies.
    const ChipOutcome read = readAsATill(otherStore);
    if (GetParam() == EmulatedTag::Kind::MifareClassic1k)
        EXPECT_EQ(read.fault, ChipFault::Foreign);
    else
        EXPECT_TRUE(read.ok()) << read.message.toStdString();
    // Writing: neither opens to the other store's keys.
    auto encoder = open(otherStore);
    ASSERT_TRUE(encoder);
    const Result<PresentedCard> written = encoder->writeOnce({Image.number, 2}, 1s);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code(), ErrorCode::CardWriteFailed);
    EXPECT_EQ(written.error().message(),
              QStringLiteral("This card belongs to another store or was tampered with."));
    encoder.reset();
    // And the card is untouched.
    EXPECT_EQ(readAsATill().card.generation, 1);
}

TEST_P(BothChips, AnotherStoresMacSecretDoesNotVerify)
{
    reader.place(issued(blank(GetParam()), Image, testCardKeys()));
    const ChipOutcome read = readAsATill(testCardKeys('\x44', '\x22'));
    EXPECT_EQ(read.fault, ChipFault::Forged);
    EXPECT_EQ(read.toResult().error().code(), ErrorCode::CardCloned);
}

TEST_P(BothChips, ACopyOnAnotherUidIsRefused)
{
    const EmulatedTag original = issued(blank(GetParam()), Image, testCardKeys());
    std::vector<std::uint8_t> otherUid = original.uid();
    otherUid.back() ^= 0x01;
    reader.place(original.copiedOnto(otherUid));
    const ChipOutcome read = readAsATill();
    ASSERT_FALSE(read.ok());
    if (GetParam() == EmulatedTag::Kind::MifareClassic1k)
        // The copied trailer holds the original card's keys, not those
        // derived for this UID: the sector does not even open.
        EXPECT_EQ(read.fault, ChipFault::Foreign);
    else
        EXPECT_EQ(read.fault, ChipFault::Forged); // the MAC binds the UID
}

// A cloner who had the master key (MIFARE keys can be cracked) sets the
// keys of the new UID: the sector opens, and the MAC still refuses it.
TEST_F(NfcCardEncoderTest, ACopyWithCrackedKeysStillFailsTheMac)
{
    const EmulatedTag original =
        issued(EmulatedTag::mifareClassic1k(MifareUid), Image, testCardKeys());
    const std::vector<std::uint8_t> otherUid{0xA1, 0xB2, 0xC3, 0xD5};
    EmulatedTag copy = original.copiedOnto(otherUid);
    const QByteArray copyUid = uidOf(copy);
    copy.setBlock(
        cardformat::mifare::TrailerBlock,
        cardformat::mifare::sectorTrailer(cardformat::mifare::sectorKeys(testCardKeys(), copyUid)));
    reader.place(copy);
    const ChipOutcome read = readAsATill();
    EXPECT_EQ(read.fault, ChipFault::Forged);
    EXPECT_EQ(read.toResult().error().code(), ErrorCode::CardCloned);
}

struct Corruption
{
    const char* name;
    EmulatedTag::Kind kind;
    int index; // block or page
    int byte;
    std::uint8_t mask;
    ChipFault fault;
};

class CorruptedCards : public NfcCardEncoderTest, public ::testing::WithParamInterface<Corruption>
{
};

TEST_P(CorruptedCards, AreRefused)
{
    const Corruption& c = GetParam();
    reader.place(issued(blank(c.kind), Image, testCardKeys()));
    reader.corrupt(c.index, c.byte, c.mask);
    EXPECT_EQ(readAsATill().fault, c.fault);
}

INSTANTIATE_TEST_SUITE_P(
    NfcCardEncoder, CorruptedCards,
    ::testing::Values(
        // MIFARE: block 4 is the header, block 5 the MAC.
        Corruption{"MifareGeneration", EmulatedTag::Kind::MifareClassic1k, 4, 12, 0x02,
                   ChipFault::Forged},
        Corruption{"MifareNumberDigit", EmulatedTag::Kind::MifareClassic1k, 4, 6, 0x01,
                   ChipFault::Forged},
        Corruption{"MifareNumberNotBcd", EmulatedTag::Kind::MifareClassic1k, 4, 5, 0xF0,
                   ChipFault::Damaged},
        Corruption{"MifareMagic", EmulatedTag::Kind::MifareClassic1k, 4, 0, 0x01,
                   ChipFault::Damaged},
        Corruption{"MifareVersion", EmulatedTag::Kind::MifareClassic1k, 4, 3, 0x03,
                   ChipFault::UnsupportedVersion},
        Corruption{"MifareMac", EmulatedTag::Kind::MifareClassic1k, 5, 15, 0x80, ChipFault::Forged},
        // NTAG: pages 4..7 the header, 8..11 the MAC, 0x29 CFG0.
        Corruption{"NtagGeneration", EmulatedTag::Kind::Ntag213, 6, 3, 0x01, ChipFault::Forged},
        Corruption{"NtagMac", EmulatedTag::Kind::Ntag213, 11, 0, 0x10, ChipFault::Forged},
        Corruption{"NtagMagic", EmulatedTag::Kind::Ntag213, 4, 1, 0x01, ChipFault::Foreign},
        Corruption{"NtagProtectionOff", EmulatedTag::Kind::Ntag213, 0x29, 3, 0xFB,
                   ChipFault::Unfinished}),
    [](const ::testing::TestParamInfo<Corruption>& param) { return param.param.name; });

// A card taken away after any number of its writes: the write says to tap
// again, and until it is written again the card does not verify. Only once
// the very last write is on the card is it whole, though its writer, which
// could not read it back, still reports the failure (the service keeps the
// card pending until a write succeeds).
struct Pull
{
    EmulatedTag::Kind kind;
    int afterWrites;
};

class PulledMidWrite : public NfcCardEncoderTest, public ::testing::WithParamInterface<Pull>
{
};

TEST_P(PulledMidWrite, LeavesACardThatDoesNotVerify)
{
    const Pull pull = GetParam();
    reader.place(blank(pull.kind));
    reader.takeAwayAfterWrites(pull.afterWrites);
    {
        auto encoder = open();
        ASSERT_TRUE(encoder);
        const Result<PresentedCard> written = encoder->writeOnce(Image, 2s);
        ASSERT_FALSE(written);
        EXPECT_EQ(written.error().code(), ErrorCode::CardWriteFailed);
        EXPECT_TRUE(written.error().message().contains(u"taken away"))
            << written.error().message().toStdString();
        EXPECT_TRUE(written.error().message().contains(u"write it again"));
    }
    EXPECT_FALSE(reader.tagInField());
    EXPECT_EQ(reader.tagWrites(), pull.afterWrites);

    reader.putBack();
    const ChipOutcome read = readAsATill();
    if (pull.afterWrites < writesPerCard(pull.kind)) {
        EXPECT_EQ(read.fault, ChipFault::Unfinished) << read.message.toStdString();
        EXPECT_EQ(read.toResult().error().code(), ErrorCode::CardReadError);
    } else {
        EXPECT_TRUE(read.ok()) << read.message.toStdString();
    }

    // Tapped again, it is written whole.
    auto encoder = open();
    ASSERT_TRUE(encoder);
    const Result<PresentedCard> again = encoder->writeOnce(Image, 2s);
    ASSERT_TRUE(again) << again.error().message().toStdString();
    encoder.reset();
    EXPECT_TRUE(readAsATill().ok());
}

namespace {

std::vector<Pull> everyPull()
{
    std::vector<Pull> pulls;
    for (const auto kind : {EmulatedTag::Kind::MifareClassic1k, EmulatedTag::Kind::Ntag213})
        for (int n = 1; n <= writesPerCard(kind); ++n)
            pulls.push_back({kind, n});
    return pulls;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(NfcCardEncoder, PulledMidWrite, ::testing::ValuesIn(everyPull()),
                         [](const ::testing::TestParamInfo<Pull>& param) {
                             return nameOf(param.param.kind) + "After" +
                                    std::to_string(param.param.afterWrites) + "Writes";
                         });

// Rewriting an issued card for its next generation: taken away after the
// first write, the old contents no longer verify either.
TEST_P(BothChips, PulledDuringARewriteDoesNotVerify)
{
    reader.place(issued(blank(GetParam()), Image, testCardKeys()));
    reader.takeAwayAfterWrites(1);
    auto encoder = open();
    ASSERT_TRUE(encoder);
    ASSERT_FALSE(encoder->writeOnce({Image.number, 2}, 2s));
    encoder.reset();
    reader.putBack();
    EXPECT_EQ(readAsATill().fault, ChipFault::Unfinished);
}

// What the written card really does, checked with libnfc directly rather
// than through the encoder that wrote it.
TEST_F(NfcCardEncoderTest, MifareKeysAndAccessBitsAreReallySet)
{
    reader.place(EmulatedTag::mifareClassic1k(MifareUid));
    {
        auto encoder = open();
        ASSERT_TRUE(encoder);
        ASSERT_TRUE(encoder->writeOnce(Image, 2s));
    }
    const EmulatedTag written = *reader.tag();
    const auto trailer = written.block(cardformat::mifare::TrailerBlock);
    EXPECT_TRUE(std::equal(trailer.begin() + 6, trailer.begin() + 10,
                           cardformat::mifare::AccessBytes.begin()));

    auto device = NfcDevice::open(connection());
    ASSERT_TRUE(device);
    std::optional<NfcDevice::Tag> tag;
    ASSERT_EQ(device->select(tag), NfcDevice::Status::Ok);
    ASSERT_TRUE(tag);
    EXPECT_EQ(tag->sak, 0x08);
    EXPECT_EQ(tag->atqa, 0x0004);
    using Key = NfcDevice::KeyType;
    // The transport key no longer opens the sector, with either key slot.
    EXPECT_EQ(device->mifareAuthenticate(*tag, 4, Key::A, cardformat::mifare::TransportKey),
              NfcDevice::Status::AuthFailed);
    ASSERT_EQ(device->reselect(*tag), NfcDevice::Status::Ok);
    EXPECT_EQ(device->mifareAuthenticate(*tag, 4, Key::B, cardformat::mifare::TransportKey),
              NfcDevice::Status::AuthFailed);
    ASSERT_EQ(device->reselect(*tag), NfcDevice::Status::Ok);
    // Key A reads but may not write.
    const auto keys = cardformat::mifare::sectorKeys(testCardKeys(), tag->uid);
    ASSERT_EQ(device->mifareAuthenticate(*tag, 4, Key::A, keys.a), NfcDevice::Status::Ok);
    std::array<quint8, 16> block{};
    EXPECT_EQ(device->mifareRead(4, block), NfcDevice::Status::Ok);
    EXPECT_EQ(block[0], 'V');
    EXPECT_EQ(device->mifareWrite(4, {}), NfcDevice::Status::Refused);
    EXPECT_EQ(device->mifareAuthenticate(*tag, 7, Key::A, keys.a), NfcDevice::Status::Ok);
    EXPECT_EQ(device->mifareWrite(7, {}), NfcDevice::Status::Refused);
    // Key B writes.
    ASSERT_EQ(device->mifareAuthenticate(*tag, 4, Key::B, keys.b), NfcDevice::Status::Ok);
    EXPECT_EQ(device->mifareWrite(6, block), NfcDevice::Status::Ok);
}

TEST_F(NfcCardEncoderTest, NtagPasswordReallyProtectsWrites)
{
    reader.place(EmulatedTag::ntag213(NtagUid));
    {
        auto encoder = open();
        ASSERT_TRUE(encoder);
        ASSERT_TRUE(encoder->writeOnce(Image, 2s));
    }
    EXPECT_EQ(reader.tag()->page(cardformat::ntag213::Cfg0Page)[3], 0x04); // AUTH0

    auto device = NfcDevice::open(connection());
    ASSERT_TRUE(device);
    std::optional<NfcDevice::Tag> tag;
    ASSERT_EQ(device->select(tag), NfcDevice::Status::Ok);
    ASSERT_TRUE(tag);
    std::array<quint8, 8> version{};
    ASSERT_EQ(device->ntagGetVersion(version), NfcDevice::Status::Ok);
    EXPECT_EQ(version[6], 0x0F); // NTAG213
    // Reading stays open.
    std::array<quint8, 16> pages{};
    EXPECT_EQ(device->ntagRead(4, pages), NfcDevice::Status::Ok);
    EXPECT_EQ(pages[0], 'V');
    // Writing without the password is refused, the payload and the
    // configuration alike; so is the factory password.
    EXPECT_EQ(device->ntagWrite(4, {0, 0, 0, 0}), NfcDevice::Status::Refused);
    EXPECT_EQ(device->ntagWrite(cardformat::ntag213::Cfg0Page, {0x04, 0, 0, 0xFF}),
              NfcDevice::Status::Refused);
    std::array<quint8, 2> pack{};
    EXPECT_EQ(device->ntagPasswordAuth({0xFF, 0xFF, 0xFF, 0xFF}, pack), NfcDevice::Status::Refused);
    // The card's own password opens it and the card answers its PACK.
    const auto password = cardformat::ntag213::password(testCardKeys(), tag->uid);
    ASSERT_EQ(device->ntagPasswordAuth(password.pwd, pack), NfcDevice::Status::Ok);
    EXPECT_EQ(pack, password.pack);
    EXPECT_EQ(device->ntagWrite(12, {1, 2, 3, 4}), NfcDevice::Status::Ok);
    EXPECT_EQ(reader.tag()->page(4)[0], 'V');
}

// A lost ACK or a garbled answer at any point of a write: the driver's
// error is caught and the command tried again, so the write still ends
// well; and whatever happens, the writer reports success only for a card
// that reads back whole.
struct Glitch
{
    EmulatedTag::Kind kind;
    bool dropAck; // otherwise a bad data checksum
};

class ReaderGlitches : public NfcCardEncoderTest, public ::testing::WithParamInterface<Glitch>
{
};

TEST_P(ReaderGlitches, AtEveryCommandOfAWrite)
{
    const Glitch glitch = GetParam();
    auto encoder = open();
    ASSERT_TRUE(encoder);
    // The commands of one write, counted on a clean run.
    reader.place(blank(glitch.kind));
    ASSERT_EQ(encoder->poll(), NfcCardEncoder::Poll::Card);
    const int before = reader.commandsReceived();
    ASSERT_TRUE(encoder->writeCurrent(Image).ok());
    const int commands = reader.commandsReceived() - before;
    ASSERT_GT(commands, writesPerCard(glitch.kind));

    for (int at = 0; at < commands; ++at) {
        reader.place(blank(glitch.kind));
        ASSERT_EQ(encoder->poll(), NfcCardEncoder::Poll::Card) << at;
        if (glitch.dropAck)
            reader.dropNextAck(at);
        else
            reader.corruptNextChecksum(at);
        const ChipOutcome written = encoder->writeCurrent(Image);
        EXPECT_TRUE(written.ok()) << "glitch at command " << at << ": "
                                  << written.message.toStdString();
        EXPECT_FALSE(reader.glitchPending()) << at; // it did happen during the write
        ASSERT_EQ(encoder->poll(), NfcCardEncoder::Poll::Card) << at;
        EXPECT_EQ(encoder->readCurrent().ok(), written.ok()) << at;
    }
}

INSTANTIATE_TEST_SUITE_P(NfcCardEncoder, ReaderGlitches,
                         ::testing::Values(Glitch{EmulatedTag::Kind::MifareClassic1k, true},
                                           Glitch{EmulatedTag::Kind::MifareClassic1k, false},
                                           Glitch{EmulatedTag::Kind::Ntag213, true},
                                           Glitch{EmulatedTag::Kind::Ntag213, false}),
                         [](const ::testing::TestParamInfo<Glitch>& param) {
                             return nameOf(param.param.kind) +
                                    (param.param.dropAck ? "DroppedAck" : "BadChecksum");
                         });

TEST_F(NfcCardEncoderTest, AGlitchWhileReadingIsRecovered)
{
    reader.place(issued(EmulatedTag::ntag213(NtagUid), Image, testCardKeys()));
    auto encoder = open();
    ASSERT_TRUE(encoder);
    reader.dropNextAck();
    const Result<PresentedCard> first = encoder->readOnce(1s);
    ASSERT_TRUE(first) << first.error().message().toStdString();
    EXPECT_FALSE(reader.glitchPending());
    reader.corruptNextChecksum();
    const Result<PresentedCard> second = encoder->readOnce(1s);
    ASSERT_TRUE(second) << second.error().message().toStdString();
    EXPECT_FALSE(reader.glitchPending());
    EXPECT_EQ(second->number, Image.number);
}

// A reader that answers nothing at all (unplugged, no power): every call
// comes back, and the encoder says the reader is lost.
TEST_F(NfcCardEncoderTest, AReaderThatStopsAnsweringNeverHangs)
{
    reader.place(issued(EmulatedTag::mifareClassic1k(MifareUid), Image, testCardKeys()));
    auto encoder = open();
    ASSERT_TRUE(encoder);
    reader.setMuted(true);
    const Result<PresentedCard> read = encoder->readOnce(5s);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code(), ErrorCode::CardReadError);
    EXPECT_TRUE(encoder->readerLost());
    reader.setMuted(false);
    encoder.reset();
    encoder = open();
    ASSERT_TRUE(encoder);
    EXPECT_TRUE(encoder->readOnce(1s));
}

INSTANTIATE_TEST_SUITE_P(NfcCardEncoder, BothChips,
                         ::testing::Values(EmulatedTag::Kind::MifareClassic1k,
                                           EmulatedTag::Kind::Ntag213),
                         [](const ::testing::TestParamInfo<EmulatedTag::Kind>& param) {
                             return nameOf(param.param);
                         });
