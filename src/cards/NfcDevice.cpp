#include "NfcDevice.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <nfc/nfc.h>

namespace viptill {

namespace {

// How long the reader may take to acknowledge and answer one command. Never
// 0: to libnfc that means "wait forever".
constexpr int CommandTimeoutMs = 350;
// A lost ACK or a garbled frame is worth trying again: the commands used
// here (select, authenticate, read, write the same bytes) give the same
// result when repeated.
constexpr int Attempts = 3;

constexpr quint8 MifareAuthA = 0x60;
constexpr quint8 MifareAuthB = 0x61;
constexpr quint8 Read = 0x30;
constexpr quint8 MifareWrite = 0xA0;
// NTAG's compatibility write takes a MIFARE-sized block and keeps the first
// four bytes: the PN53x's InDataExchange knows its two-step exchange.
constexpr quint8 CompatibilityWrite = 0xA0;
constexpr quint8 GetVersion = 0x60;
constexpr quint8 PwdAuth = 0x1B;

// libnfc's drivers live in one list for the whole process, built by the
// first nfc_init and freed by any nfc_exit: every device shares one context,
// ended when the last device closes.
struct SharedContext
{
    std::mutex mutex;
    nfc_context* context = nullptr;
    int users = 0;
};

SharedContext& sharedContext()
{
    static SharedContext shared;
    return shared;
}

nfc_context* acquireContext()
{
    SharedContext& shared = sharedContext();
    const std::lock_guard lock(shared.mutex);
    if (!shared.context)
        nfc_init(&shared.context);
    if (shared.context)
        ++shared.users;
    return shared.context;
}

void releaseContext()
{
    SharedContext& shared = sharedContext();
    const std::lock_guard lock(shared.mutex);
    if (--shared.users == 0) {
        nfc_exit(shared.context);
        shared.context = nullptr;
    }
}

bool isTransport(int res)
{
    return res == NFC_EIO || res == NFC_ETIMEOUT;
}

constexpr nfc_modulation Iso14443a{NMT_ISO14443A, NBR_106};

NfcDevice::Tag tagOf(const nfc_target& target)
{
    const nfc_iso14443a_info& info = target.nti.nai;
    // libnfc packs its structures: the length is copied out before use, as
    // a reference to it would be misaligned.
    const size_t uidLength = info.szUidLen;
    NfcDevice::Tag tag;
    tag.uid = QByteArray(reinterpret_cast<const char*>(info.abtUid),
                         static_cast<qsizetype>(std::min<size_t>(uidLength, sizeof info.abtUid)));
    tag.atqa = static_cast<quint16>((info.abtAtqa[0] << 8) | info.abtAtqa[1]);
    tag.sak = info.btSak;
    return tag;
}

} // namespace

struct NfcDevice::Impl
{
    nfc_context* context = nullptr;
    nfc_device* device = nullptr;
    std::optional<Tag> current;

    ~Impl()
    {
        if (device)
            nfc_close(device);
        if (context)
            releaseContext();
    }

    // After a lost ACK or a garbled answer libnfc may have dropped register
    // writes it was holding back (its write-back cache is marked clean
    // before it is sent), so the framing is set again, which queues those
    // writes anew, before a command is tried again.
    void resync(bool raw)
    {
        nfc_device_set_property_bool(device, NP_HANDLE_CRC, raw);
        nfc_device_set_property_bool(device, NP_HANDLE_CRC, !raw);
        nfc_device_set_property_bool(device, NP_EASY_FRAMING, !raw);
    }

    // One command to the selected tag, tried again after transport errors.
    int exchange(const quint8* tx, size_t txLength, quint8* rx, size_t rxLength, bool raw = false)
    {
        int res = NFC_EIO;
        for (int i = 0; i < Attempts; ++i) {
            if (i > 0)
                resync(raw);
            res = nfc_initiator_transceive_bytes(device, tx, txLength, rx, rxLength,
                                                 CommandTimeoutMs);
            if (!isTransport(res))
                break;
        }
        return res;
    }

    int selectBy(const QByteArray& uid, nfc_target& target)
    {
        int res = NFC_EIO;
        for (int i = 0; i < Attempts; ++i) {
            if (i > 0)
                resync(false);
            res = nfc_initiator_select_passive_target(
                device, Iso14443a,
                uid.isEmpty() ? nullptr : reinterpret_cast<const quint8*>(uid.constData()),
                static_cast<size_t>(uid.size()), &target);
            if (!isTransport(res))
                break;
        }
        return res;
    }

    Status reselect()
    {
        if (!current)
            return Status::TagLost;
        nfc_target target{};
        const int res = selectBy(current->uid, target);
        if (res > 0)
            return Status::Ok;
        if (res == 0)
            return Status::TagLost;
        return isTransport(res) ? Status::Transport : Status::DeviceError;
    }

    // What a failed exchange means. The PN53x reports a tag's NAK and a tag
    // that went away alike (an RF error), so a NAK is told apart by selecting
    // the tag again: it is there (and awake again) or it is gone.
    Status statusOf(int res)
    {
        switch (res) {
        case NFC_EMFCAUTHFAIL:
            return Status::AuthFailed;
        case NFC_ETGRELEASED:
            return Status::TagLost;
        case NFC_ERFTRANS: {
            const Status again = reselect();
            return again == Status::Ok ? Status::Refused : again;
        }
        default:
            return isTransport(res) ? Status::Transport : Status::DeviceError;
        }
    }

    // GET_VERSION and PWD_AUTH go as raw frames: the PN53x neither frames
    // them nor adds the CRC, so the CRC is added here and checked on the
    // answer. The defaults come back whatever happens.
    int rawExchange(const quint8* tx, size_t txLength, quint8* rx, size_t rxLength)
    {
        if (nfc_device_set_property_bool(device, NP_HANDLE_CRC, false) < 0 ||
            nfc_device_set_property_bool(device, NP_EASY_FRAMING, false) < 0) {
            restoreFraming();
            return NFC_EIO;
        }
        const int res = exchange(tx, txLength, rx, rxLength, true);
        restoreFraming();
        return res;
    }

    void restoreFraming()
    {
        nfc_device_set_property_bool(device, NP_EASY_FRAMING, true);
        nfc_device_set_property_bool(device, NP_HANDLE_CRC, true);
    }
};

NfcDevice::NfcDevice(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

NfcDevice::~NfcDevice() = default;

std::unique_ptr<NfcDevice> NfcDevice::open(const QString& connection, QString* error)
{
    auto fail = [&](const QString& why) -> std::unique_ptr<NfcDevice> {
        if (error)
            *error = why;
        return nullptr;
    };
    const QByteArray connstring = connection.toUtf8();
    if (connstring.isEmpty() || connstring.size() >= NFC_BUFSIZE_CONNSTRING)
        return fail(QStringLiteral("not a libnfc connection string"));

    auto impl = std::make_unique<Impl>();
    impl->context = acquireContext();
    if (!impl->context)
        return fail(QStringLiteral("libnfc could not start"));
    nfc_connstring name{};
    std::memcpy(name, connstring.constData(), static_cast<size_t>(connstring.size()));
    impl->device = nfc_open(impl->context, name);
    if (!impl->device)
        return fail(QStringLiteral("no reader answers there"));
    if (nfc_initiator_init(impl->device) < 0)
        return fail(QString::fromUtf8(nfc_strerror(impl->device)));
    // nfc_initiator_init makes selections wait for a tag forever; a till
    // must only look and go on.
    if (nfc_device_set_property_bool(impl->device, NP_INFINITE_SELECT, false) < 0)
        return fail(QString::fromUtf8(nfc_strerror(impl->device)));
    return std::unique_ptr<NfcDevice>(new NfcDevice(std::move(impl)));
}

QString NfcDevice::name() const
{
    return QString::fromUtf8(nfc_device_get_name(d->device));
}

QString NfcDevice::lastError() const
{
    return QString::fromUtf8(nfc_strerror(d->device));
}

NfcDevice::Status NfcDevice::select(std::optional<Tag>& found)
{
    found.reset();
    nfc_target target{};
    const int res = d->selectBy({}, target);
    if (res < 0)
        return isTransport(res) ? Status::Transport : Status::DeviceError;
    d->current.reset();
    if (res > 0) {
        found = tagOf(target);
        d->current = found;
    }
    return Status::Ok;
}

NfcDevice::Status NfcDevice::reselect(const Tag& tag)
{
    d->current = tag;
    return d->reselect();
}

NfcDevice::Status NfcDevice::presence()
{
    if (!d->current)
        return Status::TagLost;
    int res = NFC_EIO;
    for (int i = 0; i < Attempts && isTransport(res); ++i) {
        if (i > 0)
            d->resync(false);
        res = nfc_initiator_target_is_present(d->device, nullptr);
    }
    if (res == NFC_SUCCESS)
        return Status::Ok;
    if (isTransport(res))
        return Status::Transport;
    // Released, or a tag that no longer answers its ping.
    d->current.reset();
    return Status::TagLost;
}

NfcDevice::Status NfcDevice::mifareAuthenticate(const Tag& tag, int block, KeyType type,
                                                const std::array<quint8, 6>& key)
{
    if (tag.uid.size() < 4)
        return Status::DeviceError;
    // The command carries the key and the UID's last four bytes (the
    // PN53x seeds Crypto1 with them).
    std::array<quint8, 12> command{};
    command[0] = type == KeyType::A ? MifareAuthA : MifareAuthB;
    command[1] = static_cast<quint8>(block);
    std::copy(key.begin(), key.end(), command.begin() + 2);
    std::memcpy(command.data() + 8, tag.uid.constData() + tag.uid.size() - 4, 4);
    std::array<quint8, 16> answer{};
    const int res = d->exchange(command.data(), command.size(), answer.data(), answer.size());
    if (res >= 0)
        return Status::Ok;
    // A tag that is there but does not answer has refused the key: it did
    // so on a first try whose answer was lost, and went to sleep.
    const Status status = d->statusOf(res);
    return status == Status::Refused ? Status::AuthFailed : status;
}

NfcDevice::Status NfcDevice::mifareRead(int block, std::array<quint8, 16>& out)
{
    const std::array<quint8, 2> command{Read, static_cast<quint8>(block)};
    std::array<quint8, 32> answer{};
    const int res = d->exchange(command.data(), command.size(), answer.data(), answer.size());
    if (res < 0)
        return d->statusOf(res);
    if (res != 16)
        return Status::DeviceError;
    std::copy_n(answer.begin(), 16, out.begin());
    return Status::Ok;
}

NfcDevice::Status NfcDevice::mifareWrite(int block, const std::array<quint8, 16>& data)
{
    std::array<quint8, 18> command{};
    command[0] = MifareWrite;
    command[1] = static_cast<quint8>(block);
    std::copy(data.begin(), data.end(), command.begin() + 2);
    std::array<quint8, 16> answer{};
    const int res = d->exchange(command.data(), command.size(), answer.data(), answer.size());
    return res >= 0 ? Status::Ok : d->statusOf(res);
}

NfcDevice::Status NfcDevice::ntagGetVersion(std::array<quint8, 8>& out)
{
    std::array<quint8, 3> command{GetVersion};
    iso14443a_crc_append(command.data(), 1);
    std::array<quint8, 32> answer{};
    const int res = d->rawExchange(command.data(), command.size(), answer.data(), answer.size());
    if (res < 0)
        return d->statusOf(res);
    std::array<quint8, 2> crc{};
    iso14443a_crc(answer.data(), 8, crc.data());
    if (res != 10 || crc[0] != answer[8] || crc[1] != answer[9])
        return res < 4 ? d->statusOf(NFC_ERFTRANS) : Status::Transport;
    std::copy_n(answer.begin(), 8, out.begin());
    return Status::Ok;
}

NfcDevice::Status NfcDevice::ntagRead(int page, std::array<quint8, 16>& out)
{
    return mifareRead(page, out); // the same READ command, four pages at a time
}

NfcDevice::Status NfcDevice::ntagWrite(int page, const std::array<quint8, 4>& data)
{
    std::array<quint8, 16> block{};
    std::copy(data.begin(), data.end(), block.begin());
    std::array<quint8, 18> command{};
    command[0] = CompatibilityWrite;
    command[1] = static_cast<quint8>(page);
    std::copy(block.begin(), block.end(), command.begin() + 2);
    std::array<quint8, 16> answer{};
    const int res = d->exchange(command.data(), command.size(), answer.data(), answer.size());
    return res >= 0 ? Status::Ok : d->statusOf(res);
}

NfcDevice::Status NfcDevice::ntagPasswordAuth(const std::array<quint8, 4>& password,
                                              std::array<quint8, 2>& pack)
{
    std::array<quint8, 7> command{PwdAuth};
    std::copy(password.begin(), password.end(), command.begin() + 1);
    iso14443a_crc_append(command.data(), 5);
    std::array<quint8, 32> answer{};
    const int res = d->rawExchange(command.data(), command.size(), answer.data(), answer.size());
    if (res < 0)
        return d->statusOf(res);
    // A wrong password is answered by a 4-bit NAK (one byte here), and the
    // tag goes back to idle: wake it again so that the caller can go on.
    if (res < 4) {
        const Status again = d->reselect();
        return again == Status::Ok ? Status::Refused : again;
    }
    std::array<quint8, 2> crc{};
    iso14443a_crc(answer.data(), 2, crc.data());
    if (res != 4 || crc[0] != answer[2] || crc[1] != answer[3])
        return Status::Transport;
    pack = {answer[0], answer[1]};
    return Status::Ok;
}

} // namespace viptill
