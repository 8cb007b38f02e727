#pragma once

#include "ChineseCalendar.h"
#include "Error.h"
#include "Records.h"

#include <QChar>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

// The text messages of customer care (domain.md): greetings on the seven
// festivals and on birthdays, which never advertise, and points reminders,
// which are not greetings. Messages are in Chinese whatever the screen's
// language: they go to members' phones.
namespace viptill {

enum class MessageKind
{
    Greeting,
    PointsReminder
};
QString messageKindCode(MessageKind kind); // "greeting", "points_reminder"
std::optional<MessageKind> messageKindFromCode(const QString& code);

// What a message is for, as a stable code: "birthday", a festival's code
// ("spring_festival"), festivals that fall on one day joined by '+'
// ("mid_autumn+national_day", in the order of the Festival enum), or
// "points_reminder".
inline constexpr QStringView BirthdayOccasion = u"birthday";
inline constexpr QStringView PointsReminderOccasion = u"points_reminder";
QString festivalOccasion(const QList<Festival>& festivals);
// The occasions a template can be set for: the seven festivals, the two that
// can share a day (Mid-Autumn and National Day), birthdays, points reminders.
QStringList messageOccasions();
bool isMessageOccasion(const QString& occasion);
QString occasionName(const QString& occasion); // for people, in their language

// The store's own words for each occasion (templates may be replaced through
// the settings). Placeholders: {name} the salutation (王女士), {store} the
// store's name, {points} the balance (points reminders only).
QString defaultMessageTemplate(const QString& occasion);

// Sales words: a greeting containing any of them advertises (折, 优惠, 促销,
// 特价, 积分兑换 …). Returns the words found, none for a proper greeting.
QStringList advertisingWords();
QStringList advertisingIn(const QString& text);

// Why a template cannot be used for `occasion`, or nothing if it can:
// ADVERTISING_IN_GREETING for a greeting with sales words, INVALID_TEMPLATE
// for an empty text, one too long for a text message, an unknown
// placeholder or {points} outside a points reminder.
std::optional<Error> templateFault(const QString& occasion, const QString& text);
inline constexpr int MaxMessageLength = 140;

// How a message addresses the member: surname and 女士 or 先生 (欧阳女士 for
// the compound surnames).
QString salutation(const QString& name, QChar gender);

struct MessageFields
{
    QString salutation;
    QString store;
    std::int64_t points = 0;
};
QString renderMessage(const QString& messageTemplate, const MessageFields& fields);

enum class OutboxStatus
{
    Pending,  // waiting for the export to the SMS gateway
    Exported, // handed to the gateway
    Withdrawn // the member opted out before it went
};
QString outboxStatusCode(OutboxStatus status);
std::optional<OutboxStatus> outboxStatusFromCode(const QString& code);

struct OutboxMessage
{
    Id id = 0;
    Id memberId = 0;
    MessageKind kind = MessageKind::Greeting;
    QString occasion;
    QDate forDate;
    QString mobile;
    QString text;
    QDateTime createdAt;
    OutboxStatus status = OutboxStatus::Pending;
    QDateTime statusAt;
    QString batch; // the export it went out with
};

} // namespace viptill
