#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>
#include <variant>

namespace viptill {

// Every refusal the programme can give. The code is stable (scripts match on
// its name, see cli.md); the message is for people, in their language.
enum class ErrorCode
{
    UnknownBarcode,
    UnknownCard,
    CardBlocked,
    CardLapsed,
    CardNotActive,
    CardCloned,
    CardWriteFailed,
    CardAlreadyWritten,
    ChipInUse,
    CardNumberTaken,
    InvalidCardNumber,
    NotDiamond,
    CardSwapNotDue,
    GiftAlreadyClaimed,
    InvalidGift,
    BackupFailed,
    RestoreRefused,
    StoreDamaged,
    KeyFile,
    InvalidQuantity,
    EmptySale,
    InvalidBarcode,
    MalformedCsv,
    UnknownCounter,
    InvalidRate,
    InvalidMultiplier,
    InvalidDate,
    InvalidWeekday,
    InvalidMonth,
    InvalidRule,
    ReceiptNotFound,
    ReceiptAlreadyUsed,
    ReceiptNotToday,
    ReceiptHasMember,
    ReceiptRefunded,
    ReceiptRepeated,
    JoinAmountTooLow,
    NoReceipts,
    InvalidName,
    InvalidGender,
    InvalidBirthday,
    InvalidIdNumber,
    IdNumberBirthdayMismatch,
    DuplicateIdNumber,
    InvalidMobile,
    DuplicateMobile,
    InvalidAddress,
    InvalidCategory,
    UnknownMember,
    IdNumberMismatch,
    InvalidReason,
    InvalidPointsStep,
    InsufficientPoints,
    NegativeBalance,
    GiftOverCap,
    SpecialPriceGift,
    GiftNotOnSale,
    ItemNotOnSale,
    InvalidTender,
    ItemNotOnReceipt,
    ReturnQuantityTooLarge,
    AlreadyReturned,
    DatabaseNotEmpty,
    DatabaseError,
    FileError,
    CardReadError,
    PrinterError,
    UnknownStaff,
    WrongPin,
    StaffLocked,
    NotPermitted,
    StaffRequired,
    NothingSuspended,
    CardNotLapsed,
    UnknownCall,
    CallAlreadyLogged,
    CallNotDue,
    InvalidCallOutcome,
    InvalidSatisfaction,
    InvalidSeason,
    InvalidTemplate,
    AdvertisingInGreeting,
    UnknownOccasion,
    InvalidSetting,
    InvalidProfile,
    // The manager's office
    DayClosed,
    RedemptionNotFound,
    RedemptionCancelled,
    RedemptionNotToday,
    InvalidPrice,
    InvalidRange,
    // Trust and privacy
    MemberErased,
    InvalidAdjustment,
    // Going live: staff, settings, the programme's rules
    StaffExists,
    StaffDisabled,
    InvalidPin,
    PinChangeRequired,
    LastManager,
    UnknownRule,
    ReturnWindowClosed,
    // Members from the store's old system
    ImportFaults,
    InvalidTier,
    InvalidPoints,
    // A membership whose joining receipts no longer stand: cancelled.
    MembershipCancelled,
    // An amount over the most one sale can come to (core/Pricing.h).
    AmountTooLarge,
    Usage,
};

// The stable name of a code, e.g. "UNKNOWN_BARCODE".
QString errorCodeName(ErrorCode code);

// One fault of one line of a file a whole import stands or falls by (the
// member import lists every one): as JSON, {"line", "code", "message"}.
struct LineFault
{
    int line = 0; // 1 is the header
    ErrorCode code = ErrorCode::MalformedCsv;
    QString message; // in the user's language; never a whole ID number or mobile

    QString codeName() const { return errorCodeName(code); }
};

class Error
{
    Q_DECLARE_TR_FUNCTIONS(Error)
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}
    // A refusal that stands for faults of a file's lines (IMPORT_FAULTS).
    Error(ErrorCode code, QString message, QList<LineFault> faults)
        : m_code(code)
        , m_message(std::move(message))
        , m_faults(std::move(faults))
    {}

    ErrorCode code() const { return m_code; }
    QString codeName() const { return errorCodeName(m_code); }
    const QString& message() const { return m_message; }
    // The faults the refusal stands for, by line; empty for most refusals.
    // The CLI prints them as the error's "faults".
    const QList<LineFault>& faults() const { return m_faults; }

    // The standard refusals, with their messages in one place.
    static Error unknownBarcode(const QString& barcode);
    static Error unknownCard(const QString& cardNumber);
    static Error cardBlocked(const QString& cardNumber);
    static Error cardLapsed(const QString& cardNumber);
    static Error cardNotActive(const QString& cardNumber);
    static Error cardCloned(const QString& cardNumber);
    static Error invalidQuantity(const QString& item);
    static Error unknownMember(const QString& reference);
    static Error receiptNotFound(const QString& receiptNo);
    static Error database(const QString& detail);
    // A change asked for without a staff member's name on it: `what` is
    // the change, `how` how to give the name.
    static Error staffRequired(const QString& what, const QString& how);

private:
    ErrorCode m_code;
    QString m_message;
    QList<LineFault> m_faults;
};

// A value or the reason there is none. Core and service APIs return this;
// the CLI turns the error into its JSON, a window into a red message.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &std::get<T>(m_state); }
    const T& operator*() const { return std::get<T>(m_state); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

struct Done
{
};

using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace viptill
