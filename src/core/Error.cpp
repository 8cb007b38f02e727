#include "Error.h"

#include <array>

namespace viptill {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::UnknownBarcode:
        return QStringLiteral("UNKNOWN_BARCODE");
    case ErrorCode::UnknownCard:
        return QStringLiteral("UNKNOWN_CARD");
    case ErrorCode::CardBlocked:
        return QStringLiteral("CARD_BLOCKED");
    case ErrorCode::CardLapsed:
        return QStringLiteral("CARD_LAPSED");
    case ErrorCode::CardNotActive:
        return QStringLiteral("CARD_NOT_ACTIVE");
    case ErrorCode::CardCloned:
        return QStringLiteral("CARD_CLONED");
    case ErrorCode::CardWriteFailed:
        return QStringLiteral("CARD_WRITE_FAILED");
    case ErrorCode::CardAlreadyWritten:
        return QStringLiteral("CARD_ALREADY_WRITTEN");
    case ErrorCode::ChipInUse:
        return QStringLiteral("CHIP_IN_USE");
    case ErrorCode::CardNumberTaken:
        return QStringLiteral("CARD_NUMBER_TAKEN");
    case ErrorCode::InvalidCardNumber:
        return QStringLiteral("INVALID_CARD_NUMBER");
    case ErrorCode::NotDiamond:
        return QStringLiteral("NOT_DIAMOND");
    case ErrorCode::CardSwapNotDue:
        return QStringLiteral("CARD_SWAP_NOT_DUE");
    case ErrorCode::GiftAlreadyClaimed:
        return QStringLiteral("GIFT_ALREADY_CLAIMED");
    case ErrorCode::InvalidGift:
        return QStringLiteral("INVALID_GIFT");
    case ErrorCode::BackupFailed:
        return QStringLiteral("BACKUP_FAILED");
    case ErrorCode::RestoreRefused:
        return QStringLiteral("RESTORE_REFUSED");
    case ErrorCode::StoreDamaged:
        return QStringLiteral("STORE_DAMAGED");
    case ErrorCode::KeyFile:
        return QStringLiteral("KEY_FILE");
    case ErrorCode::InvalidQuantity:
        return QStringLiteral("INVALID_QUANTITY");
    case ErrorCode::EmptySale:
        return QStringLiteral("EMPTY_SALE");
    case ErrorCode::InvalidBarcode:
        return QStringLiteral("INVALID_BARCODE");
    case ErrorCode::MalformedCsv:
        return QStringLiteral("MALFORMED_CSV");
    case ErrorCode::UnknownCounter:
        return QStringLiteral("UNKNOWN_COUNTER");
    case ErrorCode::InvalidRate:
        return QStringLiteral("INVALID_RATE");
    case ErrorCode::InvalidMultiplier:
        return QStringLiteral("INVALID_MULTIPLIER");
    case ErrorCode::InvalidDate:
        return QStringLiteral("INVALID_DATE");
    case ErrorCode::InvalidWeekday:
        return QStringLiteral("INVALID_WEEKDAY");
    case ErrorCode::InvalidMonth:
        return QStringLiteral("INVALID_MONTH");
    case ErrorCode::InvalidRule:
        return QStringLiteral("INVALID_RULE");
    case ErrorCode::ReceiptNotFound:
        return QStringLiteral("RECEIPT_NOT_FOUND");
    case ErrorCode::ReceiptAlreadyUsed:
        return QStringLiteral("RECEIPT_ALREADY_USED");
    case ErrorCode::ReceiptNotToday:
        return QStringLiteral("RECEIPT_NOT_TODAY");
    case ErrorCode::ReceiptHasMember:
        return QStringLiteral("RECEIPT_HAS_MEMBER");
    case ErrorCode::ReceiptRefunded:
        return QStringLiteral("RECEIPT_REFUNDED");
    case ErrorCode::ReceiptRepeated:
        return QStringLiteral("RECEIPT_REPEATED");
    case ErrorCode::JoinAmountTooLow:
        return QStringLiteral("JOIN_AMOUNT_TOO_LOW");
    case ErrorCode::NoReceipts:
        return QStringLiteral("NO_RECEIPTS");
    case ErrorCode::InvalidName:
        return QStringLiteral("INVALID_NAME");
    case ErrorCode::InvalidGender:
        return QStringLiteral("INVALID_GENDER");
    case ErrorCode::InvalidBirthday:
        return QStringLiteral("INVALID_BIRTHDAY");
    case ErrorCode::InvalidIdNumber:
        return QStringLiteral("INVALID_ID_NUMBER");
    case ErrorCode::IdNumberBirthdayMismatch:
        return QStringLiteral("ID_NUMBER_BIRTHDAY_MISMATCH");
    case ErrorCode::DuplicateIdNumber:
        return QStringLiteral("DUPLICATE_ID_NUMBER");
    case ErrorCode::InvalidMobile:
        return QStringLiteral("INVALID_MOBILE");
    case ErrorCode::DuplicateMobile:
        return QStringLiteral("DUPLICATE_MOBILE");
    case ErrorCode::InvalidAddress:
        return QStringLiteral("INVALID_ADDRESS");
    case ErrorCode::InvalidCategory:
        return QStringLiteral("INVALID_CATEGORY");
    case ErrorCode::UnknownMember:
        return QStringLiteral("UNKNOWN_MEMBER");
    case ErrorCode::IdNumberMismatch:
        return QStringLiteral("ID_NUMBER_MISMATCH");
    case ErrorCode::InvalidReason:
        return QStringLiteral("INVALID_REASON");
    case ErrorCode::InvalidPointsStep:
        return QStringLiteral("INVALID_POINTS_STEP");
    case ErrorCode::InsufficientPoints:
        return QStringLiteral("INSUFFICIENT_POINTS");
    case ErrorCode::NegativeBalance:
        return QStringLiteral("NEGATIVE_BALANCE");
    case ErrorCode::GiftOverCap:
        return QStringLiteral("GIFT_OVER_CAP");
    case ErrorCode::SpecialPriceGift:
        return QStringLiteral("SPECIAL_PRICE_GIFT");
    case ErrorCode::GiftNotOnSale:
        return QStringLiteral("GIFT_NOT_ON_SALE");
    case ErrorCode::ItemNotOnSale:
        return QStringLiteral("ITEM_NOT_ON_SALE");
    case ErrorCode::InvalidTender:
        return QStringLiteral("INVALID_TENDER");
    case ErrorCode::ItemNotOnReceipt:
        return QStringLiteral("ITEM_NOT_ON_RECEIPT");
    case ErrorCode::ReturnQuantityTooLarge:
        return QStringLiteral("RETURN_QUANTITY_TOO_LARGE");
    case ErrorCode::AlreadyReturned:
        return QStringLiteral("ALREADY_RETURNED");
    case ErrorCode::DatabaseNotEmpty:
        return QStringLiteral("DATABASE_NOT_EMPTY");
    case ErrorCode::DatabaseError:
        return QStringLiteral("DATABASE_ERROR");
    case ErrorCode::FileError:
        return QStringLiteral("FILE_ERROR");
    case ErrorCode::CardReadError:
        return QStringLiteral("CARD_READ_ERROR");
    case ErrorCode::PrinterError:
        return QStringLiteral("PRINTER_ERROR");
    case ErrorCode::UnknownStaff:
        return QStringLiteral("UNKNOWN_STAFF");
    case ErrorCode::WrongPin:
        return QStringLiteral("WRONG_PIN");
    case ErrorCode::StaffLocked:
        return QStringLiteral("STAFF_LOCKED");
    case ErrorCode::NotPermitted:
        return QStringLiteral("NOT_PERMITTED");
    case ErrorCode::StaffRequired:
        return QStringLiteral("STAFF_REQUIRED");
    case ErrorCode::NothingSuspended:
        return QStringLiteral("NOTHING_SUSPENDED");
    case ErrorCode::CardNotLapsed:
        return QStringLiteral("CARD_NOT_LAPSED");
    case ErrorCode::UnknownCall:
        return QStringLiteral("UNKNOWN_CALL");
    case ErrorCode::CallAlreadyLogged:
        return QStringLiteral("CALL_ALREADY_LOGGED");
    case ErrorCode::CallNotDue:
        return QStringLiteral("CALL_NOT_DUE");
    case ErrorCode::InvalidCallOutcome:
        return QStringLiteral("INVALID_CALL_OUTCOME");
    case ErrorCode::InvalidSatisfaction:
        return QStringLiteral("INVALID_SATISFACTION");
    case ErrorCode::InvalidSeason:
        return QStringLiteral("INVALID_SEASON");
    case ErrorCode::InvalidTemplate:
        return QStringLiteral("INVALID_TEMPLATE");
    case ErrorCode::AdvertisingInGreeting:
        return QStringLiteral("ADVERTISING_IN_GREETING");
    case ErrorCode::UnknownOccasion:
        return QStringLiteral("UNKNOWN_OCCASION");
    case ErrorCode::InvalidSetting:
        return QStringLiteral("INVALID_SETTING");
    case ErrorCode::InvalidProfile:
        return QStringLiteral("INVALID_PROFILE");
    case ErrorCode::DayClosed:
        return QStringLiteral("DAY_CLOSED");
    case ErrorCode::RedemptionNotFound:
        return QStringLiteral("REDEMPTION_NOT_FOUND");
    case ErrorCode::RedemptionCancelled:
        return QStringLiteral("REDEMPTION_CANCELLED");
    case ErrorCode::RedemptionNotToday:
        return QStringLiteral("REDEMPTION_NOT_TODAY");
    case ErrorCode::InvalidPrice:
        return QStringLiteral("INVALID_PRICE");
    case ErrorCode::InvalidRange:
        return QStringLiteral("INVALID_RANGE");
    case ErrorCode::MemberErased:
        return QStringLiteral("MEMBER_ERASED");
    case ErrorCode::InvalidAdjustment:
        return QStringLiteral("INVALID_ADJUSTMENT");
    case ErrorCode::StaffExists:
        return QStringLiteral("STAFF_EXISTS");
    case ErrorCode::StaffDisabled:
        return QStringLiteral("STAFF_DISABLED");
    case ErrorCode::InvalidPin:
        return QStringLiteral("INVALID_PIN");
    case ErrorCode::PinChangeRequired:
        return QStringLiteral("PIN_CHANGE_REQUIRED");
    case ErrorCode::LastManager:
        return QStringLiteral("LAST_MANAGER");
    case ErrorCode::UnknownRule:
        return QStringLiteral("UNKNOWN_RULE");
    case ErrorCode::ReturnWindowClosed:
        return QStringLiteral("RETURN_WINDOW_CLOSED");
    case ErrorCode::ImportFaults:
        return QStringLiteral("IMPORT_FAULTS");
    case ErrorCode::InvalidTier:
        return QStringLiteral("INVALID_TIER");
    case ErrorCode::InvalidPoints:
        return QStringLiteral("INVALID_POINTS");
    case ErrorCode::MembershipCancelled:
        return QStringLiteral("MEMBERSHIP_CANCELLED");
    case ErrorCode::AmountTooLarge:
        return QStringLiteral("AMOUNT_TOO_LARGE");
    case ErrorCode::Usage:
        return QStringLiteral("USAGE");
    }
    return QStringLiteral("UNKNOWN_ERROR");
}

Error Error::unknownBarcode(const QString& barcode)
{
    return {ErrorCode::UnknownBarcode,
            tr("Barcode %1 is not in the catalogue; the item cannot be sold.").arg(barcode)};
}

Error Error::unknownCard(const QString& cardNumber)
{
    return {ErrorCode::UnknownCard,
            tr("Card %1 is not a card of this store. Ask the customer to visit the service desk.")
                .arg(cardNumber)};
}

Error Error::cardBlocked(const QString& cardNumber)
{
    return {ErrorCode::CardBlocked,
            tr("Card %1 is blocked (reported lost or replaced). Keep the card and send the "
               "customer to the service desk.")
                .arg(cardNumber)};
}

Error Error::cardLapsed(const QString& cardNumber)
{
    return {ErrorCode::CardLapsed,
            tr("Card %1 has lapsed. The service desk can revive it.").arg(cardNumber)};
}

Error Error::cardNotActive(const QString& cardNumber)
{
    return {ErrorCode::CardNotActive,
            tr("Card %1 has not been activated yet. Finish issuing it at the service desk.")
                .arg(cardNumber)};
}

Error Error::cardCloned(const QString& cardNumber)
{
    return {ErrorCode::CardCloned,
            tr("Card %1 is a copy: its chip is not the one the store wrote for this number. Keep "
               "the card and send the customer to the service desk.")
                .arg(cardNumber)};
}

Error Error::invalidQuantity(const QString& item)
{
    return {ErrorCode::InvalidQuantity,
            tr("The quantity in \"%1\" must be a whole number from 1 to 9999.").arg(item)};
}

Error Error::unknownMember(const QString& reference)
{
    return {ErrorCode::UnknownMember, tr("No member found for %1.").arg(reference)};
}

Error Error::receiptNotFound(const QString& receiptNo)
{
    return {ErrorCode::ReceiptNotFound, tr("Receipt %1 was not found.").arg(receiptNo)};
}

Error Error::staffRequired(const QString& what, const QString& how)
{
    return {ErrorCode::StaffRequired,
            tr("\"%1\" changes the store, so it is done in a staff member's name: %2 Nothing "
               "was changed.")
                .arg(what, how)};
}

Error Error::database(const QString& detail)
{
    return {
        ErrorCode::DatabaseError,
        tr("The database could not complete the operation; nothing was changed. (%1)").arg(detail)};
}

} // namespace viptill
