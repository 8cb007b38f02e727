#include "Identity.h"

#include <QRegularExpression>
#include <array>

namespace viptill {

namespace {

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

int digitAt(QStringView text, qsizetype i)
{
    return text[i].unicode() - u'0';
}

} // namespace

QChar idNumberCheckDigit(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char16_t checks[] = u"10X98765432";
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitAt(first17, i) * weights[static_cast<std::size_t>(i)];
    return QChar(checks[sum % 11]);
}

QDate idNumberBirthDate(const QString& idNumber)
{
    if (idNumber.size() != 18)
        return {};
    const QStringView first17 = QStringView(idNumber).first(17);
    if (!allDigits(first17))
        return {};
    const QChar check = idNumber.at(17).toUpper();
    if (check != idNumberCheckDigit(first17))
        return {};
    return QDate::fromString(idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

bool isValidMobile(const QString& mobile)
{
    static const QRegularExpression shape(QStringLiteral("^1[3-9]\\d{9}$"));
    return shape.match(mobile).hasMatch();
}

QString maskMobile(const QString& mobile)
{
    if (mobile.size() < 7)
        return QString(mobile.size(), u'*');
    return mobile.left(3) + QString(mobile.size() - 7, u'*') + mobile.right(4);
}

QString maskIdNumber(const QString& idNumber)
{
    if (idNumber.size() < 10)
        return QString(idNumber.size(), u'*');
    return idNumber.left(6) + QString(idNumber.size() - 10, u'*') + idNumber.right(4);
}

QString maskName(const QString& name)
{
    if (name.size() <= 1)
        return name;
    return name.left(1) + QString(name.size() - 1, u'*');
}

int luhnCheckDigit(QStringView digits)
{
    int sum = 0;
    bool doubleIt = true; // the digit next to the check digit is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digitAt(digits, i);
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

QString cardNumberForSerial(qint64 serial)
{
    const QString body = QStringLiteral("88%1").arg(serial, 10, 10, QLatin1Char('0'));
    return body + QString::number(luhnCheckDigit(body));
}

bool isWellFormedCardNumber(const QString& cardNumber)
{
    if (cardNumber.size() != 13 || !allDigits(cardNumber) || !cardNumber.startsWith(u"88"))
        return false;
    return luhnCheckDigit(QStringView(cardNumber).first(12)) == digitAt(cardNumber, 12);
}

bool isImportedCardNumberShape(const QString& cardNumber)
{
    if (cardNumber.size() < 4 || cardNumber.size() > 32)
        return false;
    for (const QChar c : cardNumber) {
        const bool letterOrDigit =
            (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        if (!letterOrDigit)
            return false;
    }
    const bool vipTillShape =
        cardNumber.size() == 13 && allDigits(cardNumber) && cardNumber.startsWith(u"88");
    return !vipTillShape;
}

int ean13CheckDigit(QStringView first12)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12; ++i)
        sum += digitAt(first12, i) * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool isValidEan13(const QString& barcode)
{
    return barcode.size() == 13 && allDigits(barcode) &&
           ean13CheckDigit(QStringView(barcode).first(12)) == digitAt(barcode, 12);
}

} // namespace viptill
