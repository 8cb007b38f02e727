#include "NfcCardEncoder.h"

#include "NfcDevice.h"

#include <algorithm>
#include <sodium.h>
#include <thread>
#include <vector>

namespace viptill {

namespace {

using TagStatus = NfcDevice::Status;
using cardformat::ChipKind;
using cardformat::PayloadProblem;

// Between two looks at an empty field, in readOnce and writeOnce.
constexpr std::chrono::milliseconds PollInterval{100};
// Failures in a row after which the reader counts as gone.
constexpr int LostAfterFailures = 3;

template <std::size_t N> QByteArray bytes(const std::array<quint8, N>& a)
{
    return QByteArray(reinterpret_cast<const char*>(a.data()), static_cast<qsizetype>(N));
}

template <std::size_t N> std::array<quint8, N> arrayOf(QByteArrayView b)
{
    std::array<quint8, N> a{};
    std::copy_n(reinterpret_cast<const quint8*>(b.data()),
                std::min<std::size_t>(N, static_cast<std::size_t>(b.size())), a.begin());
    return a;
}

ChipFault faultOf(PayloadProblem problem)
{
    switch (problem) {
    case PayloadProblem::None:
        return ChipFault::None;
    case PayloadProblem::BeingWritten:
        return ChipFault::Unfinished;
    case PayloadProblem::UnsupportedVersion:
        return ChipFault::UnsupportedVersion;
    case PayloadProblem::MacMismatch:
        return ChipFault::Forged;
    case PayloadProblem::NotVipTill: // this store's keys, yet no VipTill data
    case PayloadProblem::Malformed:
        break;
    }
    return ChipFault::Damaged;
}

} // namespace

Result<PresentedCard> ChipOutcome::toResult() const
{
    if (ok())
        return card;
    return Error(code, message);
}

struct NfcCardEncoder::Impl
{
    struct Current
    {
        NfcDevice::Tag tag;
        ChipKind kind = ChipKind::Unsupported;
    };

    std::unique_ptr<NfcDevice> device;
    CardKeys keys;
    std::optional<Current> current;
    int failuresInRow = 0;

    Impl(std::unique_ptr<NfcDevice> d, const CardKeys& k)
        : device(std::move(d))
        , keys(k)
    {}

    void note(TagStatus status)
    {
        if (status == TagStatus::Transport || status == TagStatus::DeviceError)
            ++failuresInRow;
        else
            failuresInRow = 0;
    }

    ChipOutcome fail(ChipFault fault, bool writing) const
    {
        ChipOutcome out;
        out.fault = fault;
        out.message = messageFor(fault, writing);
        if (writing)
            out.code = ErrorCode::CardWriteFailed;
        else if (fault == ChipFault::Forged)
            out.code = ErrorCode::CardCloned;
        else
            out.code = ErrorCode::CardReadError;
        return out;
    }

    // What a failed step of a read or a write means for the card.
    ChipOutcome failOn(TagStatus status, bool writing)
    {
        note(status);
        switch (status) {
        case TagStatus::TagLost:
            current.reset();
            return fail(ChipFault::CardRemoved, writing);
        case TagStatus::AuthFailed:
        case TagStatus::Refused:
            // The tag is halted after either; wake it so that it stays the
            // current card and is not taken for a new one.
            if (current)
                device->reselect(current->tag);
            return fail(ChipFault::Foreign, writing);
        case TagStatus::Transport:
        case TagStatus::DeviceError:
        case TagStatus::Ok:
            break;
        }
        return fail(ChipFault::ReaderError, writing);
    }

    ChipOutcome success(const CardImage& image) const
    {
        ChipOutcome out;
        out.fault = ChipFault::None;
        out.card = PresentedCard(image.number, PresentedCard::Medium::Chip, current->tag.uid,
                                 image.generation);
        return out;
    }

    static QString messageFor(ChipFault fault, bool writing)
    {
        switch (fault) {
        case ChipFault::None:
            return {};
        case ChipFault::NoCard:
            return NfcCardEncoder::tr("No card on the reader. Put the card on the reader and try "
                                      "again.");
        case ChipFault::CardRemoved:
            return writing ? NfcCardEncoder::tr("The card was taken away before it was written, "
                                                "so it cannot be used. Put it back on the reader "
                                                "and write it again.")
                           : NfcCardEncoder::tr("The card was taken away too soon. Hold it on the "
                                                "reader until it is read.");
        case ChipFault::Blank:
            return NfcCardEncoder::tr("This card has no member data. Issue it at the service "
                                      "desk.");
        case ChipFault::Foreign:
            return NfcCardEncoder::tr("This card belongs to another store or was tampered with.");
        case ChipFault::UnsupportedChip:
            return NfcCardEncoder::tr("This kind of card is not supported: use a MIFARE Classic "
                                      "1K or an NTAG213 member card.");
        case ChipFault::UnsupportedVersion:
            return NfcCardEncoder::tr("This card was written by a newer version of VipTill. "
                                      "Update this till's software.");
        case ChipFault::Forged:
            return NfcCardEncoder::tr("This card failed its security check: it is a copy or was "
                                      "altered.");
        case ChipFault::Unfinished:
            return NfcCardEncoder::tr("This card was not completely written. Write it again at "
                                      "the service desk.");
        case ChipFault::Damaged:
            return NfcCardEncoder::tr("This card's data is damaged. Replace the card at the "
                                      "service desk.");
        case ChipFault::NotVerified:
            return NfcCardEncoder::tr("The card did not read back as it was written, so it cannot "
                                      "be used. Write it again, or use another card.");
        case ChipFault::NotWritable:
            return NfcCardEncoder::tr("This card number or generation cannot be written onto a "
                                      "card.");
        case ChipFault::ReaderError:
            return writing ? NfcCardEncoder::tr("The card reader did not answer properly while "
                                                "writing, so the card cannot be used. Put it back "
                                                "on the reader and write it again.")
                           : NfcCardEncoder::tr("The card reader did not answer properly. Try "
                                                "again; if it keeps happening, check the reader's "
                                                "cable.");
        }
        return {};
    }

    // The last step of a write (the MIFARE trailer, the NTAG's AUTH0) takes
    // away the right to write it again: when its answer was lost, the retry
    // is refused because the first try worked. A refusal there is left to
    // the read-back to judge.

    // --- MIFARE Classic 1K ---

    TagStatus readMifarePayload(QByteArray& payload)
    {
        std::array<quint8, 16> header{};
        std::array<quint8, 16> mac{};
        TagStatus s = device->mifareRead(cardformat::mifare::HeaderBlock, header);
        if (s == TagStatus::Ok)
            s = device->mifareRead(cardformat::mifare::MacBlock, mac);
        payload = bytes(header) + bytes(mac);
        return s;
    }

    ChipOutcome readMifare()
    {
        using namespace cardformat::mifare;
        const NfcDevice::Tag tag = current->tag;
        const SectorKeys sector = sectorKeys(keys, tag.uid);
        TagStatus s = device->mifareAuthenticate(tag, HeaderBlock, NfcDevice::KeyType::A, sector.a);
        if (s == TagStatus::AuthFailed) {
            // Not this card's key A: a blank card still has the transport
            // key, and so has one whose write stopped before its keys.
            if ((s = device->reselect(tag)) != TagStatus::Ok)
                return failOn(s, false);
            s = device->mifareAuthenticate(tag, HeaderBlock, NfcDevice::KeyType::A, TransportKey);
            if (s != TagStatus::Ok)
                return failOn(s, false);
            QByteArray payload;
            if ((s = readMifarePayload(payload)) != TagStatus::Ok)
                return failOn(s, false);
            note(s);
            const auto decoded = cardformat::decodePayload(payload, tag.uid, keys);
            return fail(decoded.problem == PayloadProblem::NotVipTill ? ChipFault::Blank
                                                                      : ChipFault::Unfinished,
                        false);
        }
        if (s != TagStatus::Ok)
            return failOn(s, false);
        QByteArray payload;
        if ((s = readMifarePayload(payload)) != TagStatus::Ok)
            return failOn(s, false);
        note(s);
        const auto decoded = cardformat::decodePayload(payload, tag.uid, keys);
        if (!decoded.ok())
            return fail(faultOf(decoded.problem), false);
        return success(decoded.image);
    }

    ChipOutcome writeMifare(const QByteArray& payload)
    {
        using namespace cardformat::mifare;
        const NfcDevice::Tag tag = current->tag;
        const SectorKeys sector = sectorKeys(keys, tag.uid);
        // A card written before opens to its own key B; a blank one to the
        // transport key A (the factory's access bits let key A write all).
        TagStatus s =
            device->mifareAuthenticate(tag, TrailerBlock, NfcDevice::KeyType::B, sector.b);
        if (s == TagStatus::AuthFailed) {
            if ((s = device->reselect(tag)) != TagStatus::Ok)
                return failOn(s, true);
            s = device->mifareAuthenticate(tag, TrailerBlock, NfcDevice::KeyType::A, TransportKey);
        }
        if (s != TagStatus::Ok)
            return failOn(s, true);

        // The order of docs/card-format.md: the header marked "being
        // written" first, the MAC, the finished header, the keys last. A
        // card taken away at any step does not verify.
        const QByteArray header = payload.first(cardformat::HeaderSize);
        const std::array<std::pair<int, Block>, 4> steps{{
            {HeaderBlock, arrayOf<16>(cardformat::headerBeingWritten(payload))},
            {MacBlock, arrayOf<16>(payload.sliced(cardformat::HeaderSize))},
            {HeaderBlock, arrayOf<16>(header)},
            {TrailerBlock, sectorTrailer(sector)},
        }};
        for (const auto& [block, data] : steps) {
            s = device->mifareWrite(block, data);
            if (s == TagStatus::Refused && block == TrailerBlock)
                break; // perhaps written already: the read-back tells
            if (s != TagStatus::Ok)
                return failOn(s, true);
        }
        note(s);
        return {};
    }

    // Key B must open the sector too: the next write needs it.
    ChipOutcome checkMifareKeyB()
    {
        const auto sector = cardformat::mifare::sectorKeys(keys, current->tag.uid);
        const TagStatus s = device->mifareAuthenticate(
            current->tag, cardformat::mifare::TrailerBlock, NfcDevice::KeyType::B, sector.b);
        if (s == TagStatus::AuthFailed) {
            device->reselect(current->tag);
            return fail(ChipFault::NotVerified, true);
        }
        return s == TagStatus::Ok ? ChipOutcome{} : failOn(s, true);
    }

    // --- NTAG213 ---

    ChipOutcome readNtag()
    {
        using namespace cardformat::ntag213;
        std::array<quint8, 16> header{};
        std::array<quint8, 16> mac{};
        std::array<quint8, 16> config{}; // CFG0, CFG1, PWD and PACK (the last two read as 0)
        TagStatus s = device->ntagRead(HeaderPage, header);
        if (s == TagStatus::Ok)
            s = device->ntagRead(MacPage, mac);
        if (s == TagStatus::Ok)
            s = device->ntagRead(Cfg0Page, config);
        if (s != TagStatus::Ok)
            return failOn(s, false);
        note(s);
        const Page cfg0 = arrayOf<4>(bytes(config).first(4));
        const Page cfg1 = arrayOf<4>(bytes(config).sliced(4, 4));
        const auto decoded =
            cardformat::decodePayload(bytes(header) + bytes(mac), current->tag.uid, keys);
        if (decoded.problem == PayloadProblem::NotVipTill)
            return fail(needsPassword(cfg0) ? ChipFault::Foreign : ChipFault::Blank, false);
        if (!decoded.ok())
            return fail(faultOf(decoded.problem), false);
        // Written and signed, but not yet protected: the write stopped
        // before its last step.
        if (!isProtected(cfg0, cfg1))
            return fail(ChipFault::Unfinished, false);
        return success(decoded.image);
    }

    // PWD_AUTH with this card's password; the PACK it answers shows the
    // card is one this store protected, not one that accepts any password.
    ChipOutcome ntagAuthenticate(bool writing)
    {
        const auto password = cardformat::ntag213::password(keys, current->tag.uid);
        std::array<quint8, 2> pack{};
        const TagStatus s = device->ntagPasswordAuth(password.pwd, pack);
        if (s != TagStatus::Ok)
            return failOn(s, writing);
        if (sodium_memcmp(pack.data(), password.pack.data(), pack.size()) != 0) {
            device->reselect(current->tag);
            return fail(ChipFault::Foreign, writing);
        }
        return {};
    }

    ChipOutcome writeNtag(const QByteArray& payload)
    {
        using namespace cardformat::ntag213;
        std::array<quint8, 16> config{};
        TagStatus s = device->ntagRead(Cfg0Page, config);
        if (s != TagStatus::Ok)
            return failOn(s, true);
        const Page cfg0 = arrayOf<4>(bytes(config).first(4));
        const Page cfg1 = arrayOf<4>(bytes(config).sliced(4, 4));
        if (needsPassword(cfg0)) {
            if (ChipOutcome auth = ntagAuthenticate(true); auth.fault != ChipFault::None)
                return auth;
        }
        const auto password = cardformat::ntag213::password(keys, current->tag.uid);
        const QByteArray beingWritten = cardformat::headerBeingWritten(payload);
        std::vector<std::pair<int, Page>> steps;
        // The order of docs/card-format.md: "being written" first, the rest
        // of the header, the MAC, the finished header; then the password,
        // and AUTH0, which turns the protection on, last of all.
        steps.emplace_back(HeaderPage, arrayOf<4>(beingWritten.first(4)));
        for (int i = 1; i < 4; ++i)
            steps.emplace_back(HeaderPage + i, arrayOf<4>(payload.sliced(4 * i, 4)));
        for (int i = 0; i < 4; ++i)
            steps.emplace_back(MacPage + i,
                               arrayOf<4>(payload.sliced(cardformat::HeaderSize + 4 * i, 4)));
        steps.emplace_back(HeaderPage, arrayOf<4>(payload.first(4)));
        steps.emplace_back(PackPage, Page{password.pack[0], password.pack[1], 0, 0});
        steps.emplace_back(PwdPage, password.pwd);
        steps.emplace_back(Cfg1Page, protectedCfg1(cfg1));
        steps.emplace_back(Cfg0Page, protectedCfg0(cfg0));
        for (const auto& [page, data] : steps) {
            s = device->ntagWrite(page, data);
            if (s == TagStatus::Refused && page == Cfg0Page)
                break; // perhaps written already: the read-back tells
            if (s != TagStatus::Ok)
                return failOn(s, true);
        }
        note(s);
        return {};
    }

    // Reads the card back as a till would, from a fresh selection (no
    // authentication left over), and checks it says what was written.
    ChipOutcome verify(const CardImage& image)
    {
        const TagStatus s = device->reselect(current->tag);
        if (s != TagStatus::Ok)
            return failOn(s, true);
        const bool mifare = current->kind == ChipKind::MifareClassic1k;
        const ChipOutcome read = mifare ? readMifare() : readNtag();
        if (read.fault == ChipFault::CardRemoved || read.fault == ChipFault::ReaderError)
            return fail(read.fault, true);
        if (!read.ok() || read.card.number != image.number ||
            read.card.generation != image.generation)
            return fail(ChipFault::NotVerified, true);
        const ChipOutcome locked = mifare ? checkMifareKeyB() : ntagAuthenticate(true);
        if (locked.fault != ChipFault::None)
            return locked.fault == ChipFault::Foreign ? fail(ChipFault::NotVerified, true) : locked;
        // Leave the card as a fresh tap would find it.
        device->reselect(current->tag);
        return read;
    }
};

NfcCardEncoder::NfcCardEncoder(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

NfcCardEncoder::~NfcCardEncoder() = default;

Result<std::unique_ptr<NfcCardEncoder>> NfcCardEncoder::open(const QString& connection,
                                                             const CardKeys& keys)
{
    QString why;
    std::unique_ptr<NfcDevice> device = NfcDevice::open(connection, &why);
    if (!device)
        return Error(ErrorCode::CardReadError,
                     tr("No NFC card reader answers at %1 (%2).").arg(connection, why));
    return std::unique_ptr<NfcCardEncoder>(
        new NfcCardEncoder(std::make_unique<Impl>(std::move(device), keys)));
}

QString NfcCardEncoder::readerName() const
{
    return d->device->name();
}

NfcCardEncoder::Poll NfcCardEncoder::poll()
{
    std::optional<NfcDevice::Tag> found;
    TagStatus s = d->device->select(found);
    d->note(s);
    d->current.reset();
    if (s != TagStatus::Ok)
        return Poll::ReaderError;
    if (!found)
        return Poll::NoCard;
    QByteArray version;
    if (cardformat::needsVersion(found->atqa, found->sak)) {
        std::array<quint8, 8> answer{};
        s = d->device->ntagGetVersion(answer);
        d->note(s);
        if (s == TagStatus::Ok)
            version = bytes(answer);
        else if (s == TagStatus::TagLost)
            return Poll::NoCard;
        else if (s == TagStatus::Transport || s == TagStatus::DeviceError)
            return Poll::ReaderError;
        // Refused: a Type 2 tag without GET_VERSION, so not an NTAG213.
    }
    d->current = Impl::Current{*found, cardformat::chipKind(found->atqa, found->sak, version)};
    return Poll::Card;
}

QByteArray NfcCardEncoder::currentUid() const
{
    return d->current ? d->current->tag.uid : QByteArray();
}

ChipOutcome NfcCardEncoder::readCurrent()
{
    if (!d->current)
        return d->fail(ChipFault::NoCard, false);
    switch (d->current->kind) {
    case ChipKind::MifareClassic1k:
        return d->readMifare();
    case ChipKind::Ntag213:
        return d->readNtag();
    case ChipKind::Unsupported:
        break;
    }
    return d->fail(ChipFault::UnsupportedChip, false);
}

ChipOutcome NfcCardEncoder::writeCurrent(const CardImage& image)
{
    if (!d->current)
        return d->fail(ChipFault::NoCard, true);
    if (!cardformat::isWritable(image))
        return d->fail(ChipFault::NotWritable, true);
    const QByteArray payload = cardformat::encodePayload(image, d->current->tag.uid, d->keys);
    ChipOutcome written;
    switch (d->current->kind) {
    case ChipKind::MifareClassic1k:
        written = d->writeMifare(payload);
        break;
    case ChipKind::Ntag213:
        written = d->writeNtag(payload);
        break;
    case ChipKind::Unsupported:
        return d->fail(ChipFault::UnsupportedChip, true);
    }
    if (written.fault != ChipFault::None)
        return written;
    return d->verify(image);
}

bool NfcCardEncoder::currentStillThere()
{
    if (!d->current)
        return false;
    const TagStatus s = d->device->presence();
    d->note(s);
    if (s == TagStatus::TagLost) {
        d->current.reset();
        return false;
    }
    return true;
}

bool NfcCardEncoder::readerLost() const
{
    return d->failuresInRow >= LostAfterFailures;
}

Result<PresentedCard> NfcCardEncoder::readOnce(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        switch (poll()) {
        case Poll::Card:
            return readCurrent().toResult();
        case Poll::ReaderError:
            if (readerLost())
                return d->fail(ChipFault::ReaderError, false).toResult();
            break;
        case Poll::NoCard:
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return d->fail(ChipFault::NoCard, false).toResult();
        std::this_thread::sleep_for(
            std::min<std::chrono::steady_clock::duration>(PollInterval, deadline - now));
    }
}

Result<PresentedCard> NfcCardEncoder::writeOnce(const CardImage& image,
                                                std::chrono::milliseconds timeout)
{
    if (!cardformat::isWritable(image))
        return d->fail(ChipFault::NotWritable, true).toResult();
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        switch (poll()) {
        case Poll::Card:
            return writeCurrent(image).toResult();
        case Poll::ReaderError:
            if (readerLost())
                return d->fail(ChipFault::ReaderError, true).toResult();
            break;
        case Poll::NoCard:
            break;
        }
        const auto now = std::chrono::steady_clock::now();
        if (now >= deadline)
            return d->fail(ChipFault::NoCard, true).toResult();
        std::this_thread::sleep_for(
            std::min<std::chrono::steady_clock::duration>(PollInterval, deadline - now));
    }
}

} // namespace viptill
