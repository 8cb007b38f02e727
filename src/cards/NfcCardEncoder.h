#pragma once

#include "CardFormat.h"
#include "core/Error.h"
#include "core/Records.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>

namespace viptill {

// Why a chip card could not be read or written. Each has its message for
// people (ChipOutcome::message) and an error code for the CLI.
enum class ChipFault
{
    None,
    NoCard,             // nothing in the field
    CardRemoved,        // taken away during the read or the write
    Blank,              // no member data: a card to issue at the service desk
    Foreign,            // keys or password not this store's: another store's, or tampered with
    UnsupportedChip,    // neither MIFARE Classic 1K nor NTAG213
    UnsupportedVersion, // written by a newer VipTill
    Forged,             // the MAC does not verify: forged, altered, or copied onto another chip
    Unfinished,         // a write that did not finish: write it again
    Damaged,            // this store's keys, but data that makes no sense
    NotVerified,        // written, but it did not read back as written
    NotWritable,        // the image itself cannot go onto a card
    ReaderError         // the reader did not answer properly
};

// The outcome of one read or write: the card, or why not.
struct ChipOutcome
{
    ChipFault fault = ChipFault::None;
    PresentedCard card; // a chip card with its UID and generation, when fault is None
    QString message;    // for people, translated, when fault is not None
    ErrorCode code = ErrorCode::CardReadError;

    bool ok() const { return fault == ChipFault::None; }
    Result<PresentedCard> toResult() const;
};

// Reads and writes VipTill member cards on one libnfc reader, synchronously:
// each call returns when it is done, bounded in time, with no event loop.
// The CLI's `card read` and `card write` use readOnce and writeOnce;
// NfcCardReader's worker thread drives the steps below it.
class NfcCardEncoder
{
    Q_DECLARE_TR_FUNCTIONS(viptill::NfcCardEncoder)
public:
    // Opens the reader at `connection` (a libnfc connection string). The
    // error is a CardReadError saying which reader did not answer.
    static Result<std::unique_ptr<NfcCardEncoder>> open(const QString& connection,
                                                        const CardKeys& keys);
    ~NfcCardEncoder();
    NfcCardEncoder(const NfcCardEncoder&) = delete;
    NfcCardEncoder& operator=(const NfcCardEncoder&) = delete;

    QString readerName() const;

    // Waits up to `timeout` for a card, then reads and checks it. Errors:
    // CARD_CLONED when the MAC does not verify, CARD_READ_ERROR otherwise.
    Result<PresentedCard> readOnce(std::chrono::milliseconds timeout);
    // Waits up to `timeout` for a card, writes `image` onto it, reads it back
    // and checks it. Only a success means the card may be made active.
    // Errors: CARD_WRITE_FAILED with what to do.
    Result<PresentedCard> writeOnce(const CardImage& image, std::chrono::milliseconds timeout);

    // The steps, for a caller with its own loop.
    enum class Poll
    {
        Card, // a card is in the field: it is now the current card
        NoCard,
        ReaderError // the reader did not answer; see readerLost()
    };
    // One bounded look at the field.
    Poll poll();
    // The current card's UID, empty when there is none.
    QByteArray currentUid() const;
    ChipOutcome readCurrent();
    ChipOutcome writeCurrent(const CardImage& image);
    // Whether the current card is still in the field.
    bool currentStillThere();
    // Whether the reader stopped answering (several failures in a row):
    // it was unplugged or lost power; open it again.
    bool readerLost() const;

private:
    struct Impl;
    explicit NfcCardEncoder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace viptill
