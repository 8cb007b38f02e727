#include "Application.h"

#include "Identity.h"

#include <QCoreApplication>

namespace viptill {

namespace {

class ApplicationText
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationText)
public:
    static Error name()
    {
        return {ErrorCode::InvalidName, tr("Enter the member's name (1 to 40 characters).")};
    }
    static Error gender()
    {
        return {ErrorCode::InvalidGender, tr("Gender must be F (female) or M (male).")};
    }
    static Error birthday()
    {
        return {ErrorCode::InvalidBirthday,
                tr("Enter a real birthday in the past, as YYYY-MM-DD.")};
    }
    static Error idNumber()
    {
        return {ErrorCode::InvalidIdNumber,
                tr("The ID number must be 18 characters with a valid check digit (GB 11643).")};
    }
    static Error idBirthday()
    {
        return {ErrorCode::IdNumberBirthdayMismatch,
                tr("The birth date in the ID number does not match the birthday given.")};
    }
    static Error mobile()
    {
        return {ErrorCode::InvalidMobile,
                tr("The mobile number must be 11 digits starting 13 to 19.")};
    }
    static Error address()
    {
        return {ErrorCode::InvalidAddress,
                tr("Enter the member's address (up to 120 characters).")};
    }
    static Error category()
    {
        return {ErrorCode::InvalidCategory, tr("Enter the main product category bought.")};
    }
};

bool sizeWithin(const QString& text, qsizetype low, qsizetype high)
{
    const qsizetype n = text.trimmed().size();
    return n >= low && n <= high;
}

} // namespace

QList<Error> personFaults(const Application& form, QDate today)
{
    QList<Error> faults;
    if (!sizeWithin(form.name, 1, 40))
        faults << ApplicationText::name();
    if (form.gender != u"F" && form.gender != u"M")
        faults << ApplicationText::gender();
    const bool birthdayOk =
        form.birthday.isValid() && form.birthday < today && form.birthday.year() >= 1900;
    if (!birthdayOk)
        faults << ApplicationText::birthday();
    const QDate idBirth = idNumberBirthDate(form.idNumber);
    if (!idBirth.isValid())
        faults << ApplicationText::idNumber();
    else if (birthdayOk && idBirth != form.birthday)
        faults << ApplicationText::idBirthday();
    if (!isValidMobile(form.mobile))
        faults << ApplicationText::mobile();
    return faults;
}

QList<Error> applicationFaults(const Application& form, QDate today)
{
    QList<Error> faults = personFaults(form, today);
    if (!sizeWithin(form.address, 1, 120))
        faults << ApplicationText::address();
    if (!sizeWithin(form.category, 1, 40))
        faults << ApplicationText::category();
    return faults;
}

Status validateApplication(const Application& form, QDate today)
{
    const QList<Error> faults = applicationFaults(form, today);
    if (!faults.isEmpty())
        return faults.first();
    return success();
}

} // namespace viptill
