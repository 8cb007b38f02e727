#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

// A PN532 NFC reader on a pseudo-terminal, for tests that drive the real
// libnfc (its pn532_uart driver) with no hardware: open
// `connectionString()` with libnfc and it answers as a PN532 with the tag
// the test put in its field.
//
//   viptill::testsupport::Pn532Emulator reader;
//   reader.place(viptill::testsupport::EmulatedTag::ntag213({0x04, 0x11, 0x22, 0x33, 0x44, 0x55,
//   0x66})); NfcCardEncoder::open(QString::fromStdString(reader.connectionString()), keys) ...
//
// It speaks the host-controller frames (normal and extended, ACK, NACK, the
// wake-up preamble, LCS/DCS checksums) and the commands libnfc 1.8.0 sends
// to open a reader, select, poll and exchange with a tag. The tags are
// MIFARE Classic 1K (keys and access bits enforced, the PN532's Crypto1
// taken as done) and NTAG213 (GET_VERSION, READ, WRITE, PWD_AUTH, AUTH0
// protection). Faults are injected on request. Set VIPTILL_PN532_LOG=1 to
// see every frame on stderr.
namespace viptill::testsupport {

class EmulatedTag
{
public:
    enum class Kind
    {
        MifareClassic1k,
        Ntag213
    };

    // Tags as they leave the factory: MIFARE sectors open to the transport
    // key FFFFFFFFFFFF (access bits FF0780), an NTAG with an empty NDEF
    // message and no password protection (AUTH0 FF).
    static EmulatedTag mifareClassic1k(const std::array<std::uint8_t, 4>& uid);
    static EmulatedTag ntag213(const std::array<std::uint8_t, 7>& uid);

    // The same memory on another chip with `uid` (a "magic" card that
    // takes any UID): what a cloner makes of a card it read.
    EmulatedTag copiedOnto(const std::vector<std::uint8_t>& uid) const;

    Kind kind() const { return m_kind; }
    const std::vector<std::uint8_t>& uid() const { return m_uid; }
    std::uint16_t atqa() const; // first byte high: 0x0004 or 0x0044
    std::uint8_t sak() const;

    // MIFARE Classic: 64 blocks of 16 bytes. NTAG213: 45 pages of 4.
    std::array<std::uint8_t, 16> block(int index) const;
    void setBlock(int index, const std::array<std::uint8_t, 16>& data);
    std::array<std::uint8_t, 4> page(int index) const;
    void setPage(int index, const std::array<std::uint8_t, 4>& data);
    // Flips bits of one byte of a block (MIFARE) or page (NTAG).
    void corrupt(int index, int byte, std::uint8_t mask);

    std::vector<std::uint8_t>& memory() { return m_memory; }
    const std::vector<std::uint8_t>& memory() const { return m_memory; }

private:
    EmulatedTag(Kind kind, std::vector<std::uint8_t> uid);
    void writeManufacturerData();
    std::size_t unitSize() const { return m_kind == Kind::MifareClassic1k ? 16 : 4; }

    Kind m_kind;
    std::vector<std::uint8_t> m_uid;
    std::vector<std::uint8_t> m_memory;
};

class Pn532Emulator
{
public:
    // Opens a pseudo-terminal in raw mode and starts answering on it.
    Pn532Emulator();
    ~Pn532Emulator();
    Pn532Emulator(const Pn532Emulator&) = delete;
    Pn532Emulator& operator=(const Pn532Emulator&) = delete;

    // The terminal libnfc opens ("/dev/pts/N"); a pseudo-terminal is never
    // found by libnfc's scan, so pass the connection string explicitly.
    std::string devicePath() const;
    std::string connectionString() const; // "pn532_uart:/dev/pts/N"

    // The field. A tag taken away is kept, as in a hand, and can be put back.
    void place(const EmulatedTag& tag);
    void takeAway();
    void putBack();
    bool tagInField() const;
    // The tag, in the field or in the hand (a copy).
    std::optional<EmulatedTag> tag() const;
    // Flips bits of one byte of the tag's block or page.
    void corrupt(int index, int byte, std::uint8_t mask);

    // Faults.
    // The tag leaves the field right after its `writes`-th successful write.
    void takeAwayAfterWrites(int writes);
    // A command is carried out and answered, but not acknowledged: the
    // next one, or the one after `skip` others. A negative `skip` cancels.
    void dropNextAck(int skip = 0);
    // An answer goes out with a wrong data checksum: the next one, or the
    // one after `skip` others. A negative `skip` cancels.
    void corruptNextChecksum(int skip = 0);
    // Whether a dropped ACK or a bad checksum asked for is still to come.
    bool glitchPending() const;
    // The reader answers nothing at all (unplugged, no power) until unmuted.
    void setMuted(bool muted);

    // What happened, for tests that check the path taken.
    int commandsReceived(std::uint8_t command) const;
    int commandsReceived() const; // all commands
    int tagWrites() const;

private:
    struct State;
    void serve();
    std::unique_ptr<State> d;
};

} // namespace viptill::testsupport
