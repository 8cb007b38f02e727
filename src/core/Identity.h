#pragma once

#include <QDate>
#include <QString>

namespace viptill {

// 居民身份证号 (GB 11643-1999): 17 digits and a check digit (0-9 or X).
// Returns the birth date it carries, or an invalid date if the number is
// malformed, the date is not a real date, or the check digit is wrong.
QDate idNumberBirthDate(const QString& idNumber);
QChar idNumberCheckDigit(QStringView first17);

// A mainland mobile number: 1[3-9] and nine more digits.
bool isValidMobile(const QString& mobile);

// What the till shows so the cashier can check the holder without reading
// the whole number: 138****5678, 110105********123X.
QString maskMobile(const QString& mobile);
QString maskIdNumber(const QString& idNumber);
// For screens others can see (the customer display): 王** for 王秀英.
QString maskName(const QString& name);

// Card numbers: "88", a ten-digit serial and a Luhn check digit, so a
// mistyped or misread number is caught before any look-up.
QString cardNumberForSerial(qint64 serial);
bool isWellFormedCardNumber(const QString& cardNumber);
int luhnCheckDigit(QStringView digits);

// A card number the store's old system issued, brought in by the member
// import and kept exactly as it was: 4 to 32 ASCII letters or digits, and
// not of VipTill's own shape (13 digits starting 88, whatever the last
// digit), so it can never be taken for, or collide with, a card VipTill
// issues. Only the store knows whether such a number is a member's card.
bool isImportedCardNumberShape(const QString& cardNumber);

// EAN-13 check digit of the first twelve digits.
int ean13CheckDigit(QStringView first12);
bool isValidEan13(const QString& barcode);

} // namespace viptill
