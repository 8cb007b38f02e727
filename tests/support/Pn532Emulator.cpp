#include "Pn532Emulator.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <poll.h>
#include <pty.h>
#include <stdexcept>
#include <termios.h>
#include <thread>
#include <unistd.h>

namespace viptill::testsupport {

namespace {

using Bytes = std::vector<std::uint8_t>;
using Clock = std::chrono::steady_clock;

// PN532 commands (PN532 User Manual, 7.) and what libnfc sends them for.
enum Command : std::uint8_t
{
    Diagnose = 0x00,
    GetFirmwareVersion = 0x02,
    GetGeneralStatus = 0x04,
    ReadRegister = 0x06,
    WriteRegister = 0x08,
    SetParameters = 0x12,
    SAMConfiguration = 0x14,
    PowerDown = 0x16,
    RFConfiguration = 0x32,
    InDataExchange = 0x40,
    InCommunicateThru = 0x42,
    InDeselect = 0x44,
    InListPassiveTarget = 0x4A,
    InRelease = 0x52,
    InAutoPoll = 0x60,
};

// Status bytes of InDataExchange / InCommunicateThru.
constexpr std::uint8_t StatusOk = 0x00;
constexpr std::uint8_t StatusTimeout = 0x01;      // no answer from the tag
constexpr std::uint8_t StatusInvalidFrame = 0x13; // what a tag's NAK comes out as
constexpr std::uint8_t StatusAuthError = 0x14;    // MIFARE authentication failed
constexpr std::uint8_t StatusWrongContext = 0x27;

constexpr std::uint16_t RegTxMode = 0x6302;
constexpr std::uint16_t RegRxMode = 0x6303;
constexpr std::uint8_t CrcEnable = 0x80;

// ISO/IEC 14443-3 CRC_A, written here apart from libnfc's so that a frame
// libnfc gets wrong is not checked by the same code.
std::array<std::uint8_t, 2> crcA(const std::uint8_t* data, std::size_t length)
{
    std::uint32_t crc = 0x6363;
    for (std::size_t i = 0; i < length; ++i) {
        std::uint8_t b = data[i];
        b = static_cast<std::uint8_t>(b ^ (crc & 0xFF));
        b = static_cast<std::uint8_t>(b ^ (b << 4));
        crc = (crc >> 8) ^ (static_cast<std::uint32_t>(b) << 8) ^
              (static_cast<std::uint32_t>(b) << 3) ^ (static_cast<std::uint32_t>(b) >> 4);
    }
    return {static_cast<std::uint8_t>(crc & 0xFF), static_cast<std::uint8_t>((crc >> 8) & 0xFF)};
}

std::string hex(const Bytes& bytes)
{
    std::string out;
    char buf[4];
    for (const std::uint8_t b : bytes) {
        std::snprintf(buf, sizeof buf, "%02X ", b);
        out += buf;
    }
    return out;
}

// --- MIFARE Classic access conditions (MF1S50yyX datasheet, 8.7) ---

enum class Who
{
    Never,
    KeyA,
    KeyB,
    Both
};

bool allows(Who who, bool keyB)
{
    return who == Who::Both || (keyB ? who == Who::KeyB : who == Who::KeyA);
}

// C1C2C3 of block `b` (0..3) of a sector from its trailer's bytes 6..8, or
// nothing when the inverted copies do not match.
std::optional<int> accessCondition(const std::uint8_t* trailer, int b)
{
    const std::uint8_t b6 = trailer[6], b7 = trailer[7], b8 = trailer[8];
    if ((b6 & 0x0F) != (~(b7 >> 4) & 0x0F) || ((b6 >> 4) & 0x0F) != (~b8 & 0x0F) ||
        (b7 & 0x0F) != (~(b8 >> 4) & 0x0F))
        return std::nullopt;
    const int c1 = (b7 >> (4 + b)) & 1;
    const int c2 = (b8 >> b) & 1;
    const int c3 = (b8 >> (4 + b)) & 1;
    return (c1 << 2) | (c2 << 1) | c3;
}

struct DataRights
{
    Who read, write;
};

DataRights dataRights(int condition)
{
    switch (condition) {
    case 0b000:
        return {Who::Both, Who::Both};
    case 0b010:
        return {Who::Both, Who::Never};
    case 0b100:
        return {Who::Both, Who::KeyB};
    case 0b110:
        return {Who::Both, Who::KeyB};
    case 0b001:
        return {Who::Both, Who::Never};
    case 0b011:
        return {Who::KeyB, Who::KeyB};
    case 0b101:
        return {Who::KeyB, Who::Never};
    default:
        return {Who::Never, Who::Never};
    }
}

struct TrailerRights
{
    Who writeKeyA, readAccess, writeAccess, readKeyB, writeKeyB;
};

TrailerRights trailerRights(int condition)
{
    switch (condition) {
    case 0b000:
        return {Who::KeyA, Who::KeyA, Who::Never, Who::KeyA, Who::KeyA};
    case 0b010:
        return {Who::Never, Who::KeyA, Who::Never, Who::KeyA, Who::Never};
    case 0b100:
        return {Who::KeyB, Who::Both, Who::Never, Who::Never, Who::KeyB};
    case 0b110:
        return {Who::Never, Who::Both, Who::Never, Who::Never, Who::Never};
    case 0b001:
        return {Who::KeyA, Who::KeyA, Who::KeyA, Who::KeyA, Who::KeyA};
    case 0b011:
        return {Who::KeyB, Who::Both, Who::KeyB, Who::Never, Who::KeyB};
    case 0b101:
        return {Who::Never, Who::Both, Who::KeyB, Who::Never, Who::Never};
    default:
        return {Who::Never, Who::Both, Who::Never, Who::Never, Who::Never};
    }
}

// What a tag answers one command with.
struct TagReply
{
    enum class Kind
    {
        Data,    // bytes (a CRC goes with them on the air)
        Ack,     // 4-bit ACK
        Nak,     // 4-bit NAK; the tag goes back to idle
        Silence, // no answer at all
        AuthFailed
    };
    Kind kind = Kind::Silence;
    Bytes data;

    static TagReply bytes(Bytes b) { return {Kind::Data, std::move(b)}; }
    static TagReply ack() { return {Kind::Ack, {}}; }
    static TagReply nak() { return {Kind::Nak, {}}; }
    static TagReply silence() { return {Kind::Silence, {}}; }
};

constexpr int MifareBlocks = 64;
constexpr int NtagPages = 45;
constexpr int NtagCfg0 = 0x29;
constexpr int NtagCfg1 = 0x2A;
constexpr int NtagPwd = 0x2B;
constexpr int NtagPack = 0x2C;

} // namespace

// ---------------------------------------------------------------- EmulatedTag

EmulatedTag::EmulatedTag(Kind kind, std::vector<std::uint8_t> uid)
    : m_kind(kind)
    , m_uid(std::move(uid))
    , m_memory(kind == Kind::MifareClassic1k ? MifareBlocks * 16 : NtagPages * 4, 0)
{}

EmulatedTag EmulatedTag::mifareClassic1k(const std::array<std::uint8_t, 4>& uid)
{
    EmulatedTag tag(Kind::MifareClassic1k, Bytes(uid.begin(), uid.end()));
    tag.writeManufacturerData();
    for (int sector = 0; sector < 16; ++sector)
        tag.setBlock(sector * 4 + 3, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x80, 0x69,
                                      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF});
    return tag;
}

EmulatedTag EmulatedTag::ntag213(const std::array<std::uint8_t, 7>& uid)
{
    EmulatedTag tag(Kind::Ntag213, Bytes(uid.begin(), uid.end()));
    tag.writeManufacturerData();
    tag.setPage(3, {0xE1, 0x10, 0x12, 0x00}); // capability container: NDEF, 144 bytes
    tag.setPage(4, {0x03, 0x00, 0xFE, 0x00}); // an empty NDEF message
    tag.setPage(0x28, {0x00, 0x00, 0x00, 0xBD});
    tag.setPage(NtagCfg0, {0x04, 0x00, 0x00, 0xFF});
    tag.setPage(NtagCfg1, {0x00, 0x05, 0x00, 0x00});
    tag.setPage(NtagPwd, {0xFF, 0xFF, 0xFF, 0xFF});
    tag.setPage(NtagPack, {0x00, 0x00, 0x00, 0x00});
    return tag;
}

void EmulatedTag::writeManufacturerData()
{
    const Bytes& u = m_uid;
    if (m_kind == Kind::MifareClassic1k) {
        const std::uint8_t bcc = static_cast<std::uint8_t>(u[0] ^ u[1] ^ u[2] ^ u[3]);
        setBlock(0, {u[0], u[1], u[2], u[3], bcc, 0x08, 0x04, 0x00, 0x62, 0x63, 0x64, 0x65, 0x66,
                     0x67, 0x68, 0x69});
    } else {
        const std::uint8_t bcc0 = static_cast<std::uint8_t>(0x88 ^ u[0] ^ u[1] ^ u[2]);
        const std::uint8_t bcc1 = static_cast<std::uint8_t>(u[3] ^ u[4] ^ u[5] ^ u[6]);
        const std::array<std::uint8_t, 4> page2 = page(2);
        setPage(0, {u[0], u[1], u[2], bcc0});
        setPage(1, {u[3], u[4], u[5], u[6]});
        setPage(2, {bcc1, 0x48, page2[2], page2[3]});
    }
}

EmulatedTag EmulatedTag::copiedOnto(const std::vector<std::uint8_t>& uid) const
{
    if (uid.size() != m_uid.size())
        throw std::invalid_argument("a copy needs a UID of the same length");
    EmulatedTag copy = *this;
    copy.m_uid = uid;
    copy.writeManufacturerData();
    return copy;
}

std::uint16_t EmulatedTag::atqa() const
{
    return m_kind == Kind::MifareClassic1k ? 0x0004 : 0x0044;
}

std::uint8_t EmulatedTag::sak() const
{
    return m_kind == Kind::MifareClassic1k ? 0x08 : 0x00;
}

std::array<std::uint8_t, 16> EmulatedTag::block(int index) const
{
    std::array<std::uint8_t, 16> out{};
    std::copy_n(m_memory.begin() + index * 16, 16, out.begin());
    return out;
}

void EmulatedTag::setBlock(int index, const std::array<std::uint8_t, 16>& data)
{
    std::copy(data.begin(), data.end(), m_memory.begin() + index * 16);
}

std::array<std::uint8_t, 4> EmulatedTag::page(int index) const
{
    std::array<std::uint8_t, 4> out{};
    std::copy_n(m_memory.begin() + index * 4, 4, out.begin());
    return out;
}

void EmulatedTag::setPage(int index, const std::array<std::uint8_t, 4>& data)
{
    std::copy(data.begin(), data.end(), m_memory.begin() + index * 4);
}

void EmulatedTag::corrupt(int index, int byte, std::uint8_t mask)
{
    m_memory.at(static_cast<std::size_t>(index) * unitSize() + static_cast<std::size_t>(byte)) ^=
        mask;
}

// ------------------------------------------------------------- Pn532Emulator

struct Pn532Emulator::State
{
    int master = -1;
    int slave = -1;
    int wake[2] = {-1, -1};
    std::string path;
    bool log = false;
    std::thread thread;

    mutable std::mutex mutex;
    bool stopping = false;

    // The field and the tag.
    std::optional<EmulatedTag> tag;
    bool inField = false;
    bool field = true;   // the RF field: nfc_initiator_init turns it on, closing turns it off
    bool listed = false; // the tag is the PN532's target 1
    bool halted = false; // the tag went back to idle: it answers nothing until selected again
    int authSector = -1; // MIFARE: the sector authenticated
    bool authKeyB = false;
    bool ntagAuthenticated = false;

    // The PN532.
    std::map<std::uint16_t, std::uint8_t> registers{{RegTxMode, CrcEnable}, {RegRxMode, CrcEnable}};
    Bytes lastAnswer;                               // sent again on a NACK
    std::optional<Clock::time_point> autoPollUntil; // an InAutoPoll waiting for a tag
    bool autoPollForever = false;
    Bytes autoPollTypes;

    // Faults and counters.
    int takeAwayAfter = 0;
    int writes = 0;
    int dropAckIn = -1;     // commands to let through before one goes unacknowledged
    int badChecksumIn = -1; // answers to send right before one goes out garbled
    bool muted = false;
    std::map<std::uint8_t, int> received;

    Bytes input;

    ~State()
    {
        for (int fd : {master, slave, wake[0], wake[1]})
            if (fd >= 0)
                ::close(fd);
    }

    void poke() const
    {
        const char c = 0;
        [[maybe_unused]] const auto n = ::write(wake[1], &c, 1);
    }

    void trace(const char* direction, const Bytes& bytes) const
    {
        if (log)
            std::fprintf(stderr, "pn532 %s %s\n", direction, hex(bytes).c_str());
    }

    void send(const Bytes& bytes)
    {
        trace("->", bytes);
        std::size_t done = 0;
        // Bounded: a host that never reads must not hold the emulator.
        for (int waits = 0; done < bytes.size() && waits < 20;) {
            const ssize_t n = ::write(master, bytes.data() + done, bytes.size() - done);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                if (errno == EAGAIN) {
                    pollfd out{master, POLLOUT, 0};
                    ::poll(&out, 1, 100);
                    ++waits;
                    continue;
                }
                return;
            }
            done += static_cast<std::size_t>(n);
        }
    }

    static Bytes frame(const Bytes& payload)
    {
        // payload = TFI and data
        Bytes out{0x00, 0x00, 0xFF};
        if (payload.size() < 255) {
            const auto len = static_cast<std::uint8_t>(payload.size());
            out.push_back(len);
            out.push_back(static_cast<std::uint8_t>(0x100 - len));
        } else {
            const auto lenHigh = static_cast<std::uint8_t>(payload.size() >> 8);
            const auto lenLow = static_cast<std::uint8_t>(payload.size() & 0xFF);
            out.insert(out.end(), {0xFF, 0xFF, lenHigh, lenLow,
                                   static_cast<std::uint8_t>(0x100 - ((lenHigh + lenLow) & 0xFF))});
        }
        std::uint8_t sum = 0;
        for (const std::uint8_t b : payload) {
            out.push_back(b);
            sum = static_cast<std::uint8_t>(sum + b);
        }
        out.push_back(static_cast<std::uint8_t>(0x100 - sum));
        out.push_back(0x00);
        return out;
    }

    void answer(std::uint8_t command, const Bytes& data)
    {
        Bytes payload{0xD5, static_cast<std::uint8_t>(command + 1)};
        payload.insert(payload.end(), data.begin(), data.end());
        lastAnswer = frame(payload);
        Bytes out = lastAnswer;
        if (badChecksumIn == 0)
            out[out.size() - 2] ^= 0x5A;
        if (badChecksumIn >= 0)
            --badChecksumIn;
        send(out);
    }

    // ------------------------------------------------------------ framing

    // Takes every whole frame out of `input` and handles it.
    void parse()
    {
        for (;;) {
            // The start code 00 FF; what comes before (preamble, the 55 55
            // 00 ... wake-up, leftovers) is dropped.
            std::size_t s = 0;
            while (s + 1 < input.size() && !(input[s] == 0x00 && input[s + 1] == 0xFF))
                ++s;
            if (s + 1 >= input.size()) {
                if (!input.empty() && input.back() == 0x00)
                    input.erase(input.begin(), input.end() - 1);
                else
                    input.clear();
                return;
            }
            input.erase(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(s));
            if (input.size() < 4)
                return;
            const std::uint8_t len = input[2];
            const std::uint8_t lcs = input[3];
            if (len == 0x00 && lcs == 0xFF) { // ACK from the host: abort what is under way
                trace("<-", Bytes(input.begin(), input.begin() + 4));
                input.erase(input.begin(), input.begin() + 4);
                autoPollUntil.reset();
                autoPollForever = false;
                continue;
            }
            if (len == 0xFF && lcs == 0x00) { // NACK: the last answer again
                trace("<-", Bytes(input.begin(), input.begin() + 4));
                input.erase(input.begin(), input.begin() + 4);
                send(lastAnswer);
                continue;
            }
            std::size_t header = 4;
            std::size_t length = len;
            if (len == 0xFF && lcs == 0xFF) { // extended frame
                if (input.size() < 7)
                    return;
                if (static_cast<std::uint8_t>(input[4] + input[5] + input[6]) != 0) {
                    input.erase(input.begin(), input.begin() + 2);
                    continue;
                }
                length = static_cast<std::size_t>(input[4] << 8 | input[5]);
                header = 7;
            } else if (static_cast<std::uint8_t>(len + lcs) != 0) {
                trace("<- bad length checksum", Bytes(input.begin(), input.begin() + 4));
                input.erase(input.begin(), input.begin() + 2);
                continue;
            }
            if (input.size() < header + length + 1)
                return;
            const Bytes payload(input.begin() + static_cast<std::ptrdiff_t>(header),
                                input.begin() + static_cast<std::ptrdiff_t>(header + length));
            const std::uint8_t dcs = input[header + length];
            trace("<-", Bytes(input.begin(),
                              input.begin() + static_cast<std::ptrdiff_t>(header + length + 1)));
            input.erase(input.begin(),
                        input.begin() + static_cast<std::ptrdiff_t>(header + length + 1));
            std::uint8_t sum = dcs;
            for (const std::uint8_t b : payload)
                sum = static_cast<std::uint8_t>(sum + b);
            // A real PN532 stays silent on a garbled frame; the host times out.
            if (sum != 0 || payload.size() < 2 || payload[0] != 0xD4)
                continue;
            if (muted)
                continue;
            if (dropAckIn != 0)
                send({0x00, 0x00, 0xFF, 0x00, 0xFF, 0x00});
            if (dropAckIn >= 0)
                --dropAckIn;
            execute(Bytes(payload.begin() + 1, payload.end()));
        }
    }

    // ----------------------------------------------------------- commands

    void execute(const Bytes& command)
    {
        const std::uint8_t code = command[0];
        const Bytes params(command.begin() + 1, command.end());
        ++received[code];
        switch (code) {
        case Diagnose:
            if (!params.empty() && params[0] == 0x06) // card presence
                answer(code, {present() ? StatusOk : StatusTimeout});
            else
                answer(code, params); // communication test: the echo
            return;
        case GetFirmwareVersion:
            answer(code, {0x32, 0x01, 0x06, 0x07}); // PN532 v1.6, ISO 14443-A, -B, 18092
            return;
        case GetGeneralStatus: {
            Bytes status{0x00, field ? std::uint8_t{1} : std::uint8_t{0},
                         listed ? std::uint8_t{1} : std::uint8_t{0}};
            if (listed)
                status.insert(status.end(), {0x01, 0x00, 0x00, 0x00});
            status.push_back(0x00); // SAM status
            answer(code, status);
            return;
        }
        case ReadRegister: {
            Bytes values;
            for (std::size_t i = 0; i + 1 < params.size(); i += 2)
                values.push_back(
                    registers[static_cast<std::uint16_t>(params[i] << 8 | params[i + 1])]);
            answer(code, values);
            return;
        }
        case WriteRegister:
            for (std::size_t i = 0; i + 2 < params.size(); i += 3)
                registers[static_cast<std::uint16_t>(params[i] << 8 | params[i + 1])] =
                    params[i + 2];
            answer(code, {});
            return;
        case SetParameters:
        case SAMConfiguration:
            answer(code, {});
            return;
        case PowerDown:
            answer(code, {StatusOk});
            return;
        case RFConfiguration:
            if (params.size() >= 2 && params[0] == 0x01) { // RF field
                field = (params[1] & 0x01) != 0;
                if (!field) {
                    listed = false;
                    resetTag(); // no field, no power: the tag forgets everything
                }
            }
            answer(code, {});
            return;
        case InListPassiveTarget:
            answer(code, listPassiveTarget(params));
            return;
        case InAutoPoll:
            startAutoPoll(params);
            return;
        case InDataExchange:
            answer(code, dataExchange(params));
            return;
        case InCommunicateThru:
            answer(code, communicateThru(params));
            return;
        case InDeselect:
            halted = listed;
            answer(code, {StatusOk});
            return;
        case InRelease:
            listed = false;
            resetTag();
            answer(code, {StatusOk});
            return;
        default:
            // The application-level error frame: a command this PN532 does not know.
            send({0x00, 0x00, 0xFF, 0x01, 0xFF, 0x7F, 0x81, 0x00});
            return;
        }
    }

    bool present() const { return tag && inField && listed; }

    void resetTag()
    {
        halted = false;
        authSector = -1;
        authKeyB = false;
        ntagAuthenticated = false;
    }

    Bytes targetData() const
    {
        Bytes data{0x01, static_cast<std::uint8_t>(tag->atqa() >> 8),
                   static_cast<std::uint8_t>(tag->atqa() & 0xFF), tag->sak(),
                   static_cast<std::uint8_t>(tag->uid().size())};
        data.insert(data.end(), tag->uid().begin(), tag->uid().end());
        return data;
    }

    Bytes cascaded() const
    {
        Bytes uid = tag->uid();
        if (uid.size() == 7)
            uid.insert(uid.begin(), 0x88);
        return uid;
    }

    // Selection wakes a halted tag too (the PN532 sends WUPA) and drops
    // any authentication.
    bool activate(const Bytes& wantedUid)
    {
        if (!tag || !inField)
            return false;
        if (!wantedUid.empty() && wantedUid != cascaded() && wantedUid != tag->uid())
            return false;
        field = true; // listing switches the field on
        listed = true;
        resetTag();
        return true;
    }

    Bytes listPassiveTarget(const Bytes& params)
    {
        if (params.size() < 2 || params[1] != 0x00) // 106 kbps type A only
            return {0x00};
        if (!activate(Bytes(params.begin() + 2, params.end()))) {
            listed = false;
            return {0x00};
        }
        Bytes out{0x01};
        const Bytes data = targetData();
        out.insert(out.end(), data.begin(), data.end());
        return out;
    }

    void startAutoPoll(const Bytes& params)
    {
        if (params.size() < 3) {
            answer(InAutoPoll, {0x00});
            return;
        }
        autoPollTypes.assign(params.begin() + 2, params.end());
        autoPollForever = params[0] == 0xFF;
        // PollNr times Period x 150 ms, as the PN532 would spend looking.
        autoPollUntil = Clock::now() + std::chrono::milliseconds(150 * params[0] * params[1]);
        autoPollStep();
    }

    // Answers a waiting InAutoPoll when a tag is there or its time is up.
    void autoPollStep()
    {
        if (!autoPollUntil)
            return;
        std::uint8_t type = 0xFF;
        for (const std::uint8_t t : autoPollTypes)
            if (t == 0x00 || t == 0x10 || (t == 0x20 && tag && (tag->sak() & 0x20))) {
                type = t;
                break;
            }
        if (type != 0xFF && activate({})) {
            autoPollUntil.reset();
            const Bytes data = targetData();
            Bytes out{0x01, type, static_cast<std::uint8_t>(data.size())};
            out.insert(out.end(), data.begin(), data.end());
            answer(InAutoPoll, out);
            return;
        }
        if (!autoPollForever && Clock::now() >= *autoPollUntil) {
            autoPollUntil.reset();
            answer(InAutoPoll, {0x00});
        }
    }

    // The tag in the field and awake, or nothing answers.
    bool reachable() const { return present() && !halted; }

    Bytes dataExchange(const Bytes& params)
    {
        if (params.empty() || params[0] != 0x01 || !listed)
            return {StatusWrongContext};
        if (!reachable())
            return {StatusTimeout};
        const TagReply reply = tagCommand(Bytes(params.begin() + 1, params.end()));
        switch (reply.kind) {
        case TagReply::Kind::Data: {
            Bytes out{StatusOk};
            out.insert(out.end(), reply.data.begin(), reply.data.end());
            return out;
        }
        case TagReply::Kind::Ack:
            return {StatusOk};
        case TagReply::Kind::Nak:
            return {StatusInvalidFrame};
        case TagReply::Kind::AuthFailed:
            return {StatusAuthError};
        case TagReply::Kind::Silence:
            break;
        }
        return {StatusTimeout};
    }

    // Raw frames: the CRC is the host's when the PN532's CRC is off.
    Bytes communicateThru(const Bytes& params)
    {
        if (!listed)
            return {StatusWrongContext};
        if (!reachable())
            return {StatusTimeout};
        Bytes frameData = params;
        if (!(registers[RegTxMode] & CrcEnable)) {
            if (frameData.size() < 3)
                return {StatusTimeout};
            const auto crc = crcA(frameData.data(), frameData.size() - 2);
            if (crc[0] != frameData[frameData.size() - 2] ||
                crc[1] != frameData[frameData.size() - 1])
                return {StatusTimeout}; // a tag ignores a frame with a bad CRC
            frameData.resize(frameData.size() - 2);
        }
        // MIFARE Classic needs Crypto1 on raw frames: this PN532 does not
        // emulate the cipher, so raw frames reach NTAGs only.
        if (tag->kind() != EmulatedTag::Kind::Ntag213)
            return {StatusTimeout};
        const TagReply reply = tagCommand(frameData);
        switch (reply.kind) {
        case TagReply::Kind::Data: {
            Bytes out{StatusOk};
            out.insert(out.end(), reply.data.begin(), reply.data.end());
            if (!(registers[RegRxMode] & CrcEnable)) {
                const auto crc = crcA(reply.data.data(), reply.data.size());
                out.insert(out.end(), crc.begin(), crc.end());
            }
            return out;
        }
        case TagReply::Kind::Ack:
            return {StatusOk, 0x0A};
        case TagReply::Kind::Nak:
            return {StatusOk, 0x00};
        case TagReply::Kind::AuthFailed:
        case TagReply::Kind::Silence:
            break;
        }
        return {StatusTimeout};
    }

    TagReply tagCommand(const Bytes& command)
    {
        if (command.empty())
            return TagReply::silence();
        TagReply reply = tag->kind() == EmulatedTag::Kind::MifareClassic1k ? mifareCommand(command)
                                                                           : ntagCommand(command);
        if (reply.kind == TagReply::Kind::Nak || reply.kind == TagReply::Kind::AuthFailed) {
            // Both send the tag back to idle, its authentication gone.
            resetTag();
            halted = true;
        }
        return reply;
    }

    void wrote()
    {
        ++writes;
        if (takeAwayAfter > 0 && --takeAwayAfter == 0) {
            inField = false;
            resetTag();
        }
    }

    // --------------------------------------------------- MIFARE Classic 1K

    TagReply mifareCommand(const Bytes& c)
    {
        switch (c[0]) {
        case 0x60:
        case 0x61: {
            if (c.size() < 12 || c[1] >= MifareBlocks)
                return {TagReply::Kind::AuthFailed, {}};
            const int sector = c[1] / 4;
            const auto trailer = tag->block(sector * 4 + 3);
            const bool keyB = c[0] == 0x61;
            const auto* key = trailer.data() + (keyB ? 10 : 0);
            const Bytes& uid = tag->uid();
            const bool uidMatches = std::equal(c.begin() + 8, c.begin() + 12, uid.end() - 4);
            if (!uidMatches || !std::equal(c.begin() + 2, c.begin() + 8, key))
                return {TagReply::Kind::AuthFailed, {}};
            authSector = sector;
            authKeyB = keyB;
            return TagReply::ack();
        }
        case 0x30:
            if (c.size() < 2)
                return TagReply::nak();
            return mifareRead(c[1]);
        case 0xA0:
            if (c.size() < 18)
                return TagReply::nak();
            return mifareWrite(c[1], Bytes(c.begin() + 2, c.begin() + 18));
        default:
            return TagReply::nak();
        }
    }

    // The access condition of `block` for the key authenticated, or nothing
    // when the sector is not open or the key B is readable (and so cannot
    // serve as a key).
    std::optional<int> openCondition(int block)
    {
        if (block >= MifareBlocks || authSector != block / 4)
            return std::nullopt;
        const auto trailer = tag->block(authSector * 4 + 3);
        const std::optional<int> trailerCondition = accessCondition(trailer.data(), 3);
        const std::optional<int> condition = accessCondition(trailer.data(), block % 4);
        if (!trailerCondition || !condition)
            return std::nullopt;
        if (authKeyB && allows(trailerRights(*trailerCondition).readKeyB, false))
            return std::nullopt;
        return condition;
    }

    TagReply mifareRead(int block)
    {
        const std::optional<int> condition = openCondition(block);
        if (!condition)
            return TagReply::nak();
        auto data = tag->block(block);
        if (block % 4 == 3) {
            const TrailerRights rights = trailerRights(*condition);
            std::fill_n(data.begin(), 6, 0); // key A is never readable
            if (!allows(rights.readAccess, authKeyB))
                std::fill_n(data.begin() + 6, 4, 0);
            if (!allows(rights.readKeyB, authKeyB))
                std::fill_n(data.begin() + 10, 6, 0);
        } else if (!allows(dataRights(*condition).read, authKeyB)) {
            return TagReply::nak();
        }
        return TagReply::bytes(Bytes(data.begin(), data.end()));
    }

    TagReply mifareWrite(int block, const Bytes& data)
    {
        const std::optional<int> condition = openCondition(block);
        if (!condition || block == 0) // block 0 is the manufacturer's
            return TagReply::nak();
        std::array<std::uint8_t, 16> next = tag->block(block);
        if (block % 4 == 3) {
            // Each part of a trailer is written only where its rights allow.
            const TrailerRights rights = trailerRights(*condition);
            if (!allows(rights.writeKeyA, authKeyB) && !allows(rights.writeAccess, authKeyB) &&
                !allows(rights.writeKeyB, authKeyB))
                return TagReply::nak();
            if (allows(rights.writeKeyA, authKeyB))
                std::copy_n(data.begin(), 6, next.begin());
            if (allows(rights.writeAccess, authKeyB)) {
                // A real card takes inconsistent access bits and locks the
                // sector for good; refusing them here shows the mistake.
                if (!accessCondition(data.data(), 0))
                    return TagReply::nak();
                std::copy_n(data.begin() + 6, 4, next.begin() + 6);
            }
            if (allows(rights.writeKeyB, authKeyB))
                std::copy_n(data.begin() + 10, 6, next.begin() + 10);
        } else {
            if (!allows(dataRights(*condition).write, authKeyB))
                return TagReply::nak();
            std::copy(data.begin(), data.end(), next.begin());
        }
        tag->setBlock(block, next);
        wrote();
        return TagReply::ack();
    }

    // ------------------------------------------------------------- NTAG213

    std::uint8_t auth0() const { return tag->page(NtagCfg0)[3]; }
    std::uint8_t access() const { return tag->page(NtagCfg1)[0]; }

    TagReply ntagCommand(const Bytes& c)
    {
        switch (c[0]) {
        case 0x60: // GET_VERSION
            return TagReply::bytes({0x00, 0x04, 0x04, 0x02, 0x01, 0x00, 0x0F, 0x03});
        case 0x30: // READ: four pages from c[1], rolling over
        {
            if (c.size() < 2 || c[1] >= NtagPages)
                return TagReply::nak();
            const bool readProtected = (access() & 0x80) != 0;
            Bytes out;
            for (int i = 0; i < 4; ++i) {
                const int p = (c[1] + i) % NtagPages;
                if (readProtected && p >= auth0() && !ntagAuthenticated)
                    return TagReply::nak();
                auto page = tag->page(p);
                if (p == NtagPwd || p == NtagPack)
                    page = {}; // PWD and PACK always read as zeros
                out.insert(out.end(), page.begin(), page.end());
            }
            return TagReply::bytes(out);
        }
        case 0xA2: // WRITE
            if (c.size() < 6)
                return TagReply::nak();
            return ntagWrite(c[1], {c[2], c[3], c[4], c[5]});
        case 0xA0: // COMPATIBILITY_WRITE: 16 bytes, the first four kept
            if (c.size() < 18)
                return TagReply::nak();
            return ntagWrite(c[1], {c[2], c[3], c[4], c[5]});
        case 0x1B: { // PWD_AUTH
            if (c.size() < 5)
                return TagReply::nak();
            const auto pwd = tag->page(NtagPwd);
            if (!std::equal(pwd.begin(), pwd.end(), c.begin() + 1))
                return TagReply::nak();
            ntagAuthenticated = true;
            const auto pack = tag->page(NtagPack);
            return TagReply::bytes({pack[0], pack[1]});
        }
        default:
            return TagReply::nak();
        }
    }

    TagReply ntagWrite(int page, const std::array<std::uint8_t, 4>& data)
    {
        if (page < 2 || page >= NtagPages)
            return TagReply::nak();
        if (page >= auth0() && !ntagAuthenticated)
            return TagReply::nak();
        const bool configLocked = (access() & 0x40) != 0;
        if (configLocked && (page == NtagCfg0 || page == NtagCfg1))
            return TagReply::nak();
        auto next = tag->page(page);
        if (page == 2) { // only the lock bytes, and only ever set
            next[2] |= data[2];
            next[3] |= data[3];
        } else if (page == 3) { // the capability container is one-time programmable
            for (std::size_t i = 0; i < 4; ++i)
                next[i] |= data[i];
        } else {
            next = data;
        }
        tag->setPage(page, next);
        wrote();
        return TagReply::ack();
    }
};

Pn532Emulator::Pn532Emulator()
    : d(std::make_unique<State>())
{
    const char* log = std::getenv("VIPTILL_PN532_LOG");
    d->log = log && *log && std::string(log) != "0";
    char name[256] = {};
    if (::openpty(&d->master, &d->slave, nullptr, nullptr, nullptr) != 0)
        throw std::runtime_error("openpty failed");
    if (::ttyname_r(d->slave, name, sizeof name) != 0)
        throw std::runtime_error("ttyname_r failed");
    d->path = name;
    // Raw: no echo, no line editing, no CR/LF games, no XON/XOFF: every byte
    // goes through as a serial line would carry it. The slave stays open
    // here, so the master does not hang up between libnfc's opens.
    termios raw{};
    ::tcgetattr(d->slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(d->slave, TCSANOW, &raw);
    ::fcntl(d->master, F_SETFL, ::fcntl(d->master, F_GETFL) | O_NONBLOCK);
    if (::pipe(d->wake) != 0)
        throw std::runtime_error("pipe failed");
    d->thread = std::thread([this] { serve(); });
}

Pn532Emulator::~Pn532Emulator()
{
    {
        const std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->poke();
    d->thread.join();
}

void Pn532Emulator::serve()
{
    std::uint8_t buffer[512];
    for (;;) {
        int timeout = -1;
        {
            const std::lock_guard lock(d->mutex);
            if (d->stopping)
                return;
            if (d->autoPollUntil && !d->autoPollForever) {
                const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    *d->autoPollUntil - Clock::now());
                timeout =
                    static_cast<int>(std::max<std::chrono::milliseconds::rep>(0, left.count()));
            }
        }
        pollfd fds[2] = {{d->master, POLLIN, 0}, {d->wake[0], POLLIN, 0}};
        if (::poll(fds, 2, timeout) < 0 && errno != EINTR)
            return;
        const std::lock_guard lock(d->mutex);
        if (d->stopping)
            return;
        if (fds[1].revents & POLLIN) [[maybe_unused]]
            const auto n = ::read(d->wake[0], buffer, sizeof buffer);
        if (fds[0].revents & POLLIN) {
            const ssize_t n = ::read(d->master, buffer, sizeof buffer);
            if (n > 0) {
                d->input.insert(d->input.end(), buffer, buffer + n);
                d->parse();
            }
        }
        d->autoPollStep();
    }
}

std::string Pn532Emulator::devicePath() const
{
    return d->path;
}

std::string Pn532Emulator::connectionString() const
{
    return "pn532_uart:" + d->path;
}

void Pn532Emulator::place(const EmulatedTag& tag)
{
    {
        const std::lock_guard lock(d->mutex);
        d->tag = tag;
        d->inField = true;
        d->listed = false;
        d->resetTag();
    }
    d->poke(); // a waiting InAutoPoll finds it
}

void Pn532Emulator::takeAway()
{
    const std::lock_guard lock(d->mutex);
    d->inField = false;
    d->resetTag();
}

void Pn532Emulator::putBack()
{
    {
        const std::lock_guard lock(d->mutex);
        d->inField = d->tag.has_value();
        d->listed = false;
        d->resetTag();
    }
    d->poke();
}

bool Pn532Emulator::tagInField() const
{
    const std::lock_guard lock(d->mutex);
    return d->tag && d->inField;
}

std::optional<EmulatedTag> Pn532Emulator::tag() const
{
    const std::lock_guard lock(d->mutex);
    return d->tag;
}

void Pn532Emulator::corrupt(int index, int byte, std::uint8_t mask)
{
    const std::lock_guard lock(d->mutex);
    if (d->tag)
        d->tag->corrupt(index, byte, mask);
}

void Pn532Emulator::takeAwayAfterWrites(int writes)
{
    const std::lock_guard lock(d->mutex);
    d->takeAwayAfter = writes;
}

void Pn532Emulator::dropNextAck(int skip)
{
    const std::lock_guard lock(d->mutex);
    d->dropAckIn = skip < 0 ? -1 : skip;
}

void Pn532Emulator::corruptNextChecksum(int skip)
{
    const std::lock_guard lock(d->mutex);
    d->badChecksumIn = skip < 0 ? -1 : skip;
}

bool Pn532Emulator::glitchPending() const
{
    const std::lock_guard lock(d->mutex);
    return d->dropAckIn >= 0 || d->badChecksumIn >= 0;
}

void Pn532Emulator::setMuted(bool muted)
{
    const std::lock_guard lock(d->mutex);
    d->muted = muted;
}

int Pn532Emulator::commandsReceived(std::uint8_t command) const
{
    const std::lock_guard lock(d->mutex);
    const auto it = d->received.find(command);
    return it == d->received.end() ? 0 : it->second;
}

int Pn532Emulator::commandsReceived() const
{
    const std::lock_guard lock(d->mutex);
    int total = 0;
    for (const auto& [command, count] : d->received)
        total += count;
    return total;
}

int Pn532Emulator::tagWrites() const
{
    const std::lock_guard lock(d->mutex);
    return d->writes;
}

} // namespace viptill::testsupport
