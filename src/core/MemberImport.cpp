#include "MemberImport.h"

#include "Application.h"
#include "Clock.h"
#include "Identity.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace viptill {

namespace {

class MemberImportText
{
    Q_DECLARE_TR_FUNCTIONS(MemberImportText)
public:
    static LineFault fieldCount(int line, qsizetype found)
    {
        return {line, ErrorCode::MalformedCsv,
                tr("The line has %1 fields; a member's line has %2 (%3).")
                    .arg(found)
                    .arg(memberImportHeader().size())
                    .arg(memberImportHeader().join(u','))};
    }
    static LineFault cardNumber(int line, const QString& number)
    {
        return {line, ErrorCode::InvalidCardNumber,
                tr("Card number \"%1\" must be 4 to 32 letters or digits, and not 13 digits "
                   "starting 88 (VipTill's own cards are numbered so).")
                    .arg(number)};
    }
    static LineFault address(int line)
    {
        return {line, ErrorCode::InvalidAddress,
                tr("The address must be one line of at most 120 characters.")};
    }
    static LineFault name(int line)
    {
        return {line, ErrorCode::InvalidName, tr("The name must be one line of text.")};
    }
    static LineFault tier(int line, const QString& tier)
    {
        return {line, ErrorCode::InvalidTier, tr("Tier \"%1\" must be gold or diamond.").arg(tier)};
    }
    static LineFault points(int line, const QString& field, const QString& value)
    {
        return {line, ErrorCode::InvalidPoints,
                tr("%1 \"%2\" must be a whole number of points (at most nine digits).")
                    .arg(field, value)};
    }
    static LineFault negativeLifetime(int line, const QString& value)
    {
        return {line, ErrorCode::InvalidPoints,
                tr("Lifetime points cannot be negative (%1).").arg(value)};
    }
    static LineFault joinedOn(int line, const QString& value)
    {
        return {line, ErrorCode::InvalidDate,
                tr("Joining day \"%1\" must be a date such as 2015-03-01.").arg(value)};
    }
    static LineFault joinedLater(int line, const QString& value)
    {
        return {line, ErrorCode::InvalidDate, tr("Joining day %1 is after today.").arg(value)};
    }
    static LineFault joinedBeforeBirth(int line, const QString& value)
    {
        return {line, ErrorCode::InvalidDate,
                tr("Joining day %1 is before the member's birthday.").arg(value)};
    }
};

enum Field
{
    CardNumber,
    Name,
    Gender,
    Birthday,
    IdNumber,
    Mobile,
    Address,
    TierField,
    PointsBalance,
    PointsLifetime,
    JoinedOn
};

bool oneLine(const QString& text)
{
    return std::none_of(text.begin(), text.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<std::int64_t> wholePoints(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[+-]?[0-9]{1,9}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

QString genderCode(const QString& given)
{
    if (given == u"女")
        return QStringLiteral("F");
    if (given == u"男")
        return QStringLiteral("M");
    return given.toUpper();
}

} // namespace

const QStringList& memberImportHeader()
{
    static const QStringList header{
        QStringLiteral("card_number"),    QStringLiteral("name"),
        QStringLiteral("gender"),         QStringLiteral("birthday"),
        QStringLiteral("id_number"),      QStringLiteral("mobile"),
        QStringLiteral("address"),        QStringLiteral("tier"),
        QStringLiteral("points_balance"), QStringLiteral("points_lifetime"),
        QStringLiteral("joined_on")};
    return header;
}

ImportRowCheck checkImportRow(int line, const QStringList& fields, QDate today)
{
    ImportRowCheck checked;
    QList<LineFault>& faults = checked.faults;
    if (fields.size() != memberImportHeader().size()) {
        faults << MemberImportText::fieldCount(line, fields.size());
        return checked;
    }
    auto field = [&](Field f) {
        return fields.at(f).trimmed();
    };

    const QString cardNumber = field(CardNumber);
    if (!isImportedCardNumberShape(cardNumber))
        faults << MemberImportText::cardNumber(line, cardNumber);

    Application person;
    person.name = field(Name);
    person.gender = genderCode(field(Gender));
    person.birthday = parseDate(field(Birthday));
    person.idNumber = field(IdNumber).toUpper();
    person.mobile = field(Mobile);
    for (const Error& e : personFaults(person, today))
        faults << LineFault{line, e.code(), e.message()};
    if (!oneLine(person.name))
        faults << MemberImportText::name(line);
    const QString address = field(Address);
    if (address.size() > 120 || !oneLine(address))
        faults << MemberImportText::address(line);

    const std::optional<Tier> tier = tierFromCode(field(TierField).toLower());
    if (!tier)
        faults << MemberImportText::tier(line, field(TierField));

    const std::optional<std::int64_t> balance = wholePoints(field(PointsBalance));
    if (!balance)
        faults << MemberImportText::points(line, memberImportHeader().at(PointsBalance),
                                           field(PointsBalance));
    const std::optional<std::int64_t> lifetime = wholePoints(field(PointsLifetime));
    if (!lifetime)
        faults << MemberImportText::points(line, memberImportHeader().at(PointsLifetime),
                                           field(PointsLifetime));
    else if (*lifetime < 0)
        faults << MemberImportText::negativeLifetime(line, field(PointsLifetime));

    const QDate joinedOn = parseDate(field(JoinedOn));
    if (!joinedOn.isValid())
        faults << MemberImportText::joinedOn(line, field(JoinedOn));
    else if (joinedOn > today)
        faults << MemberImportText::joinedLater(line, field(JoinedOn));
    else if (person.birthday.isValid() && joinedOn < person.birthday)
        faults << MemberImportText::joinedBeforeBirth(line, field(JoinedOn));

    if (!faults.isEmpty())
        return checked;
    ImportedMember imported;
    Member& m = imported.member;
    m.name = person.name;
    m.gender = person.gender.at(0);
    m.birthday = person.birthday;
    m.idNumber = person.idNumber;
    m.mobile = person.mobile;
    m.address = address;
    m.tier = *tier;
    m.joinedAt = QDateTime(joinedOn, QTime(0, 0));
    m.importedOn = today;
    imported.cardNumber = cardNumber;
    imported.balance = *balance;
    imported.lifetime = *lifetime;
    checked.member = std::move(imported);
    return checked;
}

} // namespace viptill
