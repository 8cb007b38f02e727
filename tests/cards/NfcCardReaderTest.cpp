// The threaded reader's signals, with the real libnfc polling the PN532
// emulated on a pseudo-terminal from the reader's worker thread.

#include "cards/NfcCardReader.h"

#include "core/Identity.h"
#include "support/IssuedCards.h"
#include "support/Pn532Emulator.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::testsupport;
using namespace std::chrono_literals;

namespace {

const std::array<std::uint8_t, 4> MifareUid{0x11, 0x22, 0x33, 0x44};
const std::array<std::uint8_t, 7> NtagUid{0x04, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5};
const CardImage Image{cardNumberForSerial(77), 1};

// Waits for the spy to have `count` signals; the bound only keeps a broken
// reader from hanging the test, nothing is timed.
bool waitFor(QSignalSpy& spy, int count = 1)
{
    const QDeadlineTimer deadline(20s);
    while (spy.count() < count && !deadline.hasExpired())
        spy.wait(50);
    return spy.count() >= count;
}

PresentedCard cardAt(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).value<PresentedCard>();
}

QString textAt(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).toString();
}

class NfcCardReaderTest : public ::testing::Test
{
protected:
    NfcCardReaderTest()
        : nfc(QString::fromStdString(emulator.connectionString()), testCardKeys(), timing())
        , presented(&nfc, &CardReader::cardPresented)
        , removed(&nfc, &CardReader::cardRemoved)
        , failed(&nfc, &CardReader::readFailed)
        , written(&nfc, &CardReader::cardWritten)
        , writeFailed(&nfc, &CardReader::writeFailed)
        , states(&nfc, &CardReader::stateChanged)
    {}

    static NfcCardReader::Timing timing()
    {
        NfcCardReader::Timing t;
        t.poll = 20ms;
        t.reopen = 100ms;
        t.writeWait = 5s;
        return t;
    }

    // Starts the reader and waits until it has opened the emulated PN532.
    void startReady()
    {
        nfc.start();
        ASSERT_TRUE(waitFor(states));
        ASSERT_EQ(nfc.state(), CardReader::State::Ready) << nfc.stateDetail().toStdString();
    }

    Pn532Emulator emulator; // outlives the reader
    NfcCardReader nfc;
    QSignalSpy presented;
    QSignalSpy removed;
    QSignalSpy failed;
    QSignalSpy written;
    QSignalSpy writeFailed;
    QSignalSpy states;
};

} // namespace

TEST_F(NfcCardReaderTest, PresentsAVerifiedCardThenItsRemoval)
{
    emulator.place(issued(EmulatedTag::mifareClassic1k(MifareUid), Image, testCardKeys()));
    startReady();
    ASSERT_TRUE(waitFor(presented));
    const PresentedCard card = cardAt(presented, 0);
    EXPECT_EQ(card.number, Image.number);
    EXPECT_EQ(card.medium, PresentedCard::Medium::Chip);
    EXPECT_EQ(card.chipUid, QByteArray::fromHex("11223344"));
    EXPECT_EQ(card.generation, 1);

    emulator.takeAway();
    ASSERT_TRUE(waitFor(removed));
    // One card in the field, one presentation.
    EXPECT_EQ(presented.count(), 1);
    EXPECT_EQ(failed.count(), 0);

    emulator.putBack();
    ASSERT_TRUE(waitFor(presented, 2));
}

TEST_F(NfcCardReaderTest, ABlankCardIsNotPresented)
{
    emulator.place(EmulatedTag::ntag213(NtagUid));
    startReady();
    ASSERT_TRUE(waitFor(failed));
    EXPECT_EQ(textAt(failed, 0),
              QStringLiteral("This card has no member data. Issue it at the service desk."));
    emulator.takeAway();
    ASSERT_TRUE(waitFor(removed));
    EXPECT_EQ(presented.count(), 0);
    EXPECT_EQ(failed.count(), 1); // told once, not at every poll
}

TEST_F(NfcCardReaderTest, ACopyIsNeverPresented)
{
    const EmulatedTag original = issued(EmulatedTag::ntag213(NtagUid), Image, testCardKeys());
    emulator.place(original.copiedOnto({0x04, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA6}));
    startReady();
    ASSERT_TRUE(waitFor(failed));
    EXPECT_TRUE(textAt(failed, 0).contains(u"security check"));
    EXPECT_EQ(presented.count(), 0);
}

TEST_F(NfcCardReaderTest, WritesTheCardInTheField)
{
    emulator.place(EmulatedTag::mifareClassic1k(MifareUid));
    startReady();
    ASSERT_TRUE(waitFor(failed)); // blank
    nfc.write(Image);
    ASSERT_TRUE(waitFor(written));
    const PresentedCard card = cardAt(written, 0);
    EXPECT_EQ(card.number, Image.number);
    EXPECT_EQ(card.chipUid, QByteArray::fromHex("11223344"));
    EXPECT_EQ(card.generation, Image.generation);
    EXPECT_EQ(writeFailed.count(), 0);
    // The card written is not presented while it stays; tapped again, it is.
    emulator.takeAway();
    ASSERT_TRUE(waitFor(removed));
    EXPECT_EQ(presented.count(), 0);
    emulator.putBack();
    ASSERT_TRUE(waitFor(presented));
    EXPECT_EQ(cardAt(presented, 0).number, Image.number);
}

TEST_F(NfcCardReaderTest, AWriteWaitsForTheCard)
{
    startReady();
    nfc.write(Image);
    emulator.place(EmulatedTag::ntag213(NtagUid));
    ASSERT_TRUE(waitFor(written));
    EXPECT_EQ(cardAt(written, 0).chipUid, QByteArray::fromHex("04a0a1a2a3a4a5"));
    EXPECT_EQ(writeFailed.count(), 0);
}

TEST_F(NfcCardReaderTest, AWriteWithNoCardGivesUp)
{
    NfcCardReader::Timing quick = timing();
    quick.writeWait = 200ms;
    NfcCardReader impatient(QString::fromStdString(emulator.connectionString()), testCardKeys(),
                            quick);
    QSignalSpy gaveUp(&impatient, &CardReader::writeFailed);
    QSignalSpy ready(&impatient, &CardReader::stateChanged);
    impatient.start();
    ASSERT_TRUE(waitFor(ready));
    impatient.write(Image);
    ASSERT_TRUE(waitFor(gaveUp));
    EXPECT_TRUE(textAt(gaveUp, 0).contains(u"No card"));
}

TEST_F(NfcCardReaderTest, ACardPulledMidWriteIsToldToTapAgain)
{
    emulator.place(EmulatedTag::ntag213(NtagUid));
    startReady();
    ASSERT_TRUE(waitFor(failed)); // blank
    emulator.takeAwayAfterWrites(5);
    nfc.write(Image);
    ASSERT_TRUE(waitFor(writeFailed));
    EXPECT_TRUE(textAt(writeFailed, 0).contains(u"taken away"));
    EXPECT_TRUE(textAt(writeFailed, 0).contains(u"write it again"));
    ASSERT_TRUE(waitFor(removed));
    EXPECT_EQ(written.count(), 0);
    // Back on the reader it is refused until written again.
    emulator.putBack();
    ASSERT_TRUE(waitFor(failed, 2));
    EXPECT_TRUE(textAt(failed, 1).contains(u"not completely written"));
    nfc.write(Image);
    ASSERT_TRUE(waitFor(written));
}

TEST_F(NfcCardReaderTest, AReaderThatStopsAnsweringIsLostThenFound)
{
    startReady();
    emulator.setMuted(true);
    ASSERT_TRUE(waitFor(states, 2));
    EXPECT_EQ(nfc.state(), CardReader::State::Error);
    EXPECT_TRUE(nfc.stateDetail().contains(u"stopped answering"));
    emulator.setMuted(false);
    ASSERT_TRUE(waitFor(states, 3));
    EXPECT_EQ(nfc.state(), CardReader::State::Ready);
    emulator.place(issued(EmulatedTag::ntag213(NtagUid), Image, testCardKeys()));
    ASSERT_TRUE(waitFor(presented));
}

TEST_F(NfcCardReaderTest, NoReaderAtTheConnectionString)
{
    NfcCardReader absent(QStringLiteral("pn532_uart:/dev/viptill-no-such-port"), testCardKeys(),
                         timing());
    QSignalSpy state(&absent, &CardReader::stateChanged);
    QSignalSpy refused(&absent, &CardReader::writeFailed);
    EXPECT_EQ(absent.state(), CardReader::State::NoReader);
    absent.start();
    ASSERT_TRUE(waitFor(state));
    EXPECT_EQ(absent.state(), CardReader::State::NoReader);
    EXPECT_TRUE(absent.stateDetail().contains(u"/dev/viptill-no-such-port"));
    absent.write(Image);
    ASSERT_TRUE(waitFor(refused));
    EXPECT_TRUE(textAt(refused, 0).contains(u"not connected"));
}

TEST_F(NfcCardReaderTest, StopsWhilePollingAnEmptyField)
{
    startReady();
    nfc.stop();
    EXPECT_FALSE(nfc.isRunning());
    // Started again, it opens the reader again.
    nfc.start();
    emulator.place(issued(EmulatedTag::mifareClassic1k(MifareUid), Image, testCardKeys()));
    ASSERT_TRUE(waitFor(presented));
    nfc.stop();
    EXPECT_FALSE(nfc.isRunning());
}

TEST_F(NfcCardReaderTest, NeverWritesWhenStopped)
{
    nfc.write(Image);
    ASSERT_TRUE(waitFor(writeFailed));
    EXPECT_TRUE(nfc.canWrite());
}
