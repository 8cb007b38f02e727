// The emulated PN532's own framing, byte by byte on its pseudo-terminal,
// without libnfc: what the other tests rely on when they drive libnfc
// against it.

#include "support/Pn532Emulator.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <nfc/nfc.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

using namespace viptill::testsupport;

namespace {

using Bytes = std::vector<std::uint8_t>;

const Bytes Ack{0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00};
const Bytes Nack{0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00};

// A host on the other end of the emulator's line.
class Host
{
public:
    explicit Host(const std::string& path)
        : m_fd(::open(path.c_str(), O_RDWR | O_NOCTTY))
    {
        termios raw{};
        ::tcgetattr(m_fd, &raw);
        ::cfmakeraw(&raw);
        ::tcsetattr(m_fd, TCSANOW, &raw);
    }
    ~Host() { ::close(m_fd); }

    bool isOpen() const { return m_fd >= 0; }

    void send(const Bytes& bytes)
    {
        ASSERT_EQ(::write(m_fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    }

    // Up to `count` bytes, or fewer if the line stays quiet for `quietMs`.
    Bytes receive(std::size_t count, int quietMs = 1000)
    {
        Bytes out;
        while (out.size() < count) {
            pollfd in{m_fd, POLLIN, 0};
            if (::poll(&in, 1, quietMs) <= 0)
                break;
            std::uint8_t buffer[512];
            const ssize_t n = ::read(m_fd, buffer, std::min(sizeof buffer, count - out.size()));
            if (n <= 0)
                break;
            out.insert(out.end(), buffer, buffer + n);
        }
        return out;
    }

private:
    int m_fd;
};

// A host frame as libnfc builds it: normal up to 254 data bytes, extended beyond.
Bytes frame(const Bytes& data)
{
    Bytes out{0x00, 0x00, 0xFF};
    const std::size_t len = data.size() + 1; // with TFI
    if (len <= 255) {
        out.push_back(static_cast<std::uint8_t>(len));
        out.push_back(static_cast<std::uint8_t>(0x100 - len));
    } else {
        const auto high = static_cast<std::uint8_t>(len >> 8);
        const auto low = static_cast<std::uint8_t>(len & 0xFF);
        out.insert(out.end(), {0xFF, 0xFF, high, low,
                               static_cast<std::uint8_t>(0x100 - ((high + low) & 0xFF))});
    }
    std::uint8_t sum = 0xD4;
    out.push_back(0xD4);
    for (const std::uint8_t b : data) {
        out.push_back(b);
        sum = static_cast<std::uint8_t>(sum + b);
    }
    out.push_back(static_cast<std::uint8_t>(0x100 - sum));
    out.push_back(0x00);
    return out;
}

// The emulator's answer frame for `data` (after D5 and the answer code).
Bytes answer(std::uint8_t command, const Bytes& data)
{
    Bytes full{static_cast<std::uint8_t>(command + 1)};
    full.insert(full.end(), data.begin(), data.end());
    Bytes out = frame(full);
    // frame() builds host frames (D4); an answer is the same with D5.
    const std::size_t tfi = out[3] == 0xFF && out[4] == 0xFF ? 8 : 5;
    out[tfi] = 0xD5;
    out[out.size() - 2] = static_cast<std::uint8_t>(out[out.size() - 2] - 1);
    return out;
}

class Pn532EmulatorTest : public ::testing::Test
{
protected:
    Pn532Emulator emulator;
    Host host{emulator.devicePath()};
};

} // namespace

TEST_F(Pn532EmulatorTest, WakesUpAcknowledgesAndAnswers)
{
    ASSERT_TRUE(host.isOpen());
    Bytes wakeUp{0x55, 0x55, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
    host.send(wakeUp);
    host.send(frame({0x02}));
    const Bytes expected = answer(0x02, {0x32, 0x01, 0x06, 0x07});
    Bytes all = Ack;
    all.insert(all.end(), expected.begin(), expected.end());
    EXPECT_EQ(host.receive(all.size()), all);
}

TEST_F(Pn532EmulatorTest, AnswersExtendedFrames)
{
    Bytes diagnose{0x00, 0x00};
    for (int i = 0; i < 300; ++i)
        diagnose.push_back(static_cast<std::uint8_t>(i));
    host.send(frame(diagnose));
    const Bytes expected = answer(0x00, Bytes(diagnose.begin() + 1, diagnose.end()));
    ASSERT_EQ(expected[3], 0xFF); // extended
    EXPECT_EQ(host.receive(Ack.size() + expected.size()).size(), Ack.size() + expected.size());
}

TEST_F(Pn532EmulatorTest, SendsItsAnswerAgainOnANack)
{
    host.send(frame({0x02}));
    const Bytes expected = answer(0x02, {0x32, 0x01, 0x06, 0x07});
    host.receive(Ack.size() + expected.size());
    host.send(Nack);
    EXPECT_EQ(host.receive(expected.size()), expected);
}

TEST_F(Pn532EmulatorTest, IgnoresAFrameWithABadChecksum)
{
    Bytes bad = frame({0x02});
    bad[bad.size() - 2] ^= 0x01;
    host.send(bad);
    EXPECT_TRUE(host.receive(1, 200).empty());
    host.send(frame({0x02})); // and goes on with the next
    EXPECT_EQ(host.receive(Ack.size()), Ack);
}

TEST_F(Pn532EmulatorTest, AnswersAnUnknownCommandWithTheErrorFrame)
{
    host.send(frame({0x58})); // InJumpForPSL: not emulated
    Bytes expected = Ack;
    expected.insert(expected.end(), {0x00, 0x00, 0xFF, 0x01, 0xFF, 0x7F, 0x81, 0x00});
    EXPECT_EQ(host.receive(expected.size()), expected);
}

TEST_F(Pn532EmulatorTest, DropsAnAckAndGarblesAnAnswerOnRequest)
{
    const Bytes firmware = answer(0x02, {0x32, 0x01, 0x06, 0x07});
    emulator.dropNextAck(1); // the second command's
    host.send(frame({0x02}));
    EXPECT_EQ(host.receive(Ack.size() + firmware.size()).size(), Ack.size() + firmware.size());
    host.send(frame({0x02}));
    EXPECT_EQ(host.receive(firmware.size()), firmware); // no ACK before it

    emulator.corruptNextChecksum();
    host.send(frame({0x02}));
    Bytes garbled = host.receive(Ack.size() + firmware.size());
    ASSERT_EQ(garbled.size(), Ack.size() + firmware.size());
    garbled.erase(garbled.begin(), garbled.begin() + static_cast<std::ptrdiff_t>(Ack.size()));
    EXPECT_NE(garbled, firmware);
    EXPECT_EQ(garbled.size(), firmware.size());
}

TEST_F(Pn532EmulatorTest, ListsTheTagInTheField)
{
    host.send(frame({0x4A, 0x01, 0x00}));
    EXPECT_EQ(host.receive(Ack.size() + answer(0x4A, {0x00}).size()).back(), 0x00);
    emulator.place(EmulatedTag::mifareClassic1k({0xDE, 0xAD, 0xBE, 0xEF}));
    host.send(frame({0x4A, 0x01, 0x00}));
    const Bytes listed = answer(0x4A, {0x01, 0x01, 0x00, 0x04, 0x08, 0x04, 0xDE, 0xAD, 0xBE, 0xEF});
    Bytes all = Ack;
    all.insert(all.end(), listed.begin(), listed.end());
    EXPECT_EQ(host.receive(all.size()), all);
    // Selecting by another UID finds nothing.
    host.send(frame({0x4A, 0x01, 0x00, 0xDE, 0xAD, 0xBE, 0xEE}));
    const Bytes none = answer(0x4A, {0x00});
    all = Ack;
    all.insert(all.end(), none.begin(), none.end());
    EXPECT_EQ(host.receive(all.size()), all);
}

TEST_F(Pn532EmulatorTest, AutoPollFindsATagPlacedWhileItWaits)
{
    host.send(frame({0x60, 0xFF, 0x01, 0x10})); // poll for ever, MIFARE
    EXPECT_EQ(host.receive(Ack.size()), Ack);
    EXPECT_TRUE(host.receive(1, 100).empty()); // nothing yet
    emulator.place(EmulatedTag::ntag213({0x04, 1, 2, 3, 4, 5, 6}));
    const Bytes found =
        answer(0x60, {0x01, 0x10, 0x0C, 0x01, 0x00, 0x44, 0x00, 0x07, 0x04, 1, 2, 3, 4, 5, 6});
    EXPECT_EQ(host.receive(found.size()), found);
}

TEST_F(Pn532EmulatorTest, AutoPollGivesUpAfterItsPeriods)
{
    host.send(frame({0x60, 0x01, 0x01, 0x10})); // once, 150 ms
    const Bytes none = answer(0x60, {0x00});
    Bytes all = Ack;
    all.insert(all.end(), none.begin(), none.end());
    EXPECT_EQ(host.receive(all.size()), all);
}

// libnfc's own polling (InAutoPoll), for tests that poll rather than
// select as VipTill's readers do.
TEST(Pn532EmulatorWithLibnfc, PollTargetFindsTheTagOrGivesUpAfterItsPeriod)
{
    Pn532Emulator emulator;
    nfc_context* context = nullptr;
    nfc_init(&context);
    ASSERT_TRUE(context);
    nfc_device* device = nfc_open(context, emulator.connectionString().c_str());
    ASSERT_TRUE(device);
    ASSERT_GE(nfc_initiator_init(device), 0);
    const nfc_modulation modulation{NMT_ISO14443A, NBR_106};
    nfc_target target{};
    // Once, for one period of 150 ms: nothing there.
    EXPECT_EQ(nfc_initiator_poll_target(device, &modulation, 1, 1, 1, &target), 0);
    emulator.place(EmulatedTag::mifareClassic1k({0xDE, 0xAD, 0xBE, 0xEF}));
    ASSERT_EQ(nfc_initiator_poll_target(device, &modulation, 1, 1, 1, &target), 1);
    EXPECT_EQ(target.nti.nai.btSak, 0x08);
    const size_t uidLength = target.nti.nai.szUidLen;
    EXPECT_EQ(uidLength, 4u);
    EXPECT_EQ(target.nti.nai.abtUid[0], 0xDE);
    EXPECT_EQ(emulator.commandsReceived(0x60), 2);
    nfc_close(device);
    nfc_exit(context);
}

TEST(EmulatedTag, CopiesCarryTheBytesButNotTheUid)
{
    EmulatedTag original = EmulatedTag::mifareClassic1k({1, 2, 3, 4});
    original.setBlock(4, {9, 9, 9});
    const EmulatedTag copy = original.copiedOnto({5, 6, 7, 8});
    EXPECT_EQ(copy.block(4), original.block(4));
    EXPECT_EQ(copy.block(0)[0], 5);
    EXPECT_EQ(copy.block(0)[4], 5 ^ 6 ^ 7 ^ 8); // BCC
    EXPECT_NE(copy.block(0), original.block(0));
}
