#include "GreetingService.h"

#include "CareSettings.h"
#include "core/Points.h"

namespace viptill {

namespace {

QString templateKey(const QString& occasion)
{
    return QStringLiteral("greeting_template.") + occasion;
}

} // namespace

QString GreetingService::templateFor(const QString& occasion)
{
    if (const std::optional<QString> own = m_ctx.store.setting(templateKey(occasion));
        own && !own->trimmed().isEmpty())
        return *own;
    QString text = defaultMessageTemplate(occasion);
    // Festivals sharing a day with no words of their own: the first one's.
    if (text.isEmpty() && occasion.contains(u'+'))
        text = templateFor(occasion.section(u'+', 0, 0));
    return text;
}

Result<QList<OutboxMessage>> GreetingService::compose(QDate day)
{
    return guarded<QList<OutboxMessage>>(m_ctx.store, [&]() -> Result<QList<OutboxMessage>> {
        Store& store = m_ctx.store;
        const CareSettings settings = CareSettings::read(store, day);
        const QDateTime now = m_ctx.clock.now();
        const QString festivals = festivalOccasion(festivalsOn(day));
        QHash<Id, Store::PointsStanding> standings;
        for (const Store::PointsStanding& s : store.pointsStandings(settings.pointsReminderBalance))
            standings.insert(s.memberId, s);
        const QDate quietSince = day.addDays(-settings.pointsQuietDays);
        QHash<QString, QString> templates;
        auto textFor = [&](const QString& occasion, const Member& m, std::int64_t points) {
            if (!templates.contains(occasion))
                templates.insert(occasion, templateFor(occasion));
            return renderMessage(templates.value(occasion),
                                 {salutation(m.name, m.gender), settings.smsSignature, points});
        };

        QList<OutboxMessage> messages;
        for (const Member& m : store.messageRecipients()) {
            OutboxMessage message;
            message.memberId = m.id;
            message.forDate = day;
            message.mobile = m.mobile;
            message.createdAt = now;
            const QString greeting =
                isBirthday(m.birthday, day) ? BirthdayOccasion.toString() : festivals;
            if (!greeting.isEmpty()) {
                message.kind = MessageKind::Greeting;
                message.occasion = greeting;
                message.text = textFor(greeting, m, 0);
                messages << message;
                continue;
            }
            const auto standing = standings.constFind(m.id);
            if (standing == standings.cend() ||
                standing->lastRedemption.value_or(standing->joinedOn) > quietSince)
                continue;
            const std::optional<QDate> last =
                store.lastMessageOfKind(m.id, MessageKind::PointsReminder);
            if (last && *last > quietSince)
                continue;
            message.kind = MessageKind::PointsReminder;
            message.occasion = PointsReminderOccasion.toString();
            message.text = textFor(message.occasion, m, standing->balance);
            messages << message;
        }
        return messages;
    });
}

Result<int> GreetingService::prepareToday()
{
    return guarded<int>(m_ctx.store, [&]() -> Result<int> {
        Transaction transaction = m_ctx.store.transaction();
        Result<QList<OutboxMessage>> composed = compose(m_ctx.clock.today());
        if (!composed)
            return composed.error();
        int added = 0;
        for (const OutboxMessage& message : composed.value()) {
            if (m_ctx.store.insertOutboxMessage(message) != 0)
                ++added;
        }
        m_ctx.store.setSetting(QStringLiteral("messages_prepared_on"),
                               formatDate(m_ctx.clock.today()));
        transaction.commit();
        return added;
    });
}

Status GreetingService::prepareTodayOnce()
{
    // Written once a day, by the daily run or the first clerk to look: what
    // is due is known in the morning.
    const Result<bool> prepared = guarded<bool>(m_ctx.store, [&]() -> Result<bool> {
        return m_ctx.store.setting(QStringLiteral("messages_prepared_on")) ==
               formatDate(m_ctx.clock.today());
    });
    if (!prepared)
        return prepared.error();
    if (!prepared.value()) {
        if (Result<int> done = prepareToday(); !done)
            return done.error();
    }
    return success();
}

Result<DayMessages> GreetingService::messagesFor(QDate day)
{
    if (!day.isValid())
        return Error(ErrorCode::InvalidDate, tr("Give a date as YYYY-MM-DD."));
    const QDate today = m_ctx.clock.today();
    if (day == today) {
        if (Status prepared = prepareTodayOnce(); !prepared)
            return prepared.error();
    }
    DayMessages found{day, day > today, {}, {}};
    if (found.preview) {
        Result<QList<OutboxMessage>> preview = compose(day);
        if (!preview)
            return preview.error();
        found.messages = preview.value();
    }
    return guarded<DayMessages>(m_ctx.store, [&]() -> Result<DayMessages> {
        if (!found.preview)
            found.messages = m_ctx.store.outboxOn(day);
        for (const OutboxMessage& m : std::as_const(found.messages)) {
            if (!found.memberNames.contains(m.memberId))
                found.memberNames.insert(m.memberId,
                                         m_ctx.store.member(m.memberId).value_or(Member{}).name);
        }
        return found;
    });
}

Result<QString> GreetingService::messageTemplate(const QString& occasion)
{
    if (!isMessageOccasion(occasion))
        return Error(ErrorCode::UnknownOccasion,
                     tr("%1 is not an occasion for a message; the occasions are: %2.")
                         .arg(occasion, messageOccasions().join(QStringLiteral(", "))));
    return guarded<QString>(m_ctx.store,
                            [&]() -> Result<QString> { return templateFor(occasion); });
}

Status GreetingService::setTemplate(const QString& occasion, const QString& text)
{
    if (!isMessageOccasion(occasion))
        return Error(ErrorCode::UnknownOccasion,
                     tr("%1 is not an occasion for a message; the occasions are: %2.")
                         .arg(occasion, messageOccasions().join(QStringLiteral(", "))));
    if (const std::optional<Error> fault = templateFault(occasion, text))
        return *fault;
    return guarded<Done>(m_ctx.store, [&]() -> Status {
        Transaction transaction = m_ctx.store.transaction();
        m_ctx.store.setSetting(templateKey(occasion), text.trimmed());
        transaction.commit();
        return success();
    });
}

Result<OutboxExport> GreetingService::exportOutbox(QDate day, MessageSender& sender)
{
    const QDate today = m_ctx.clock.today();
    if (!day.isValid() || day > today)
        return Error(ErrorCode::InvalidDate,
                     tr("The messages of %1 cannot go out before their day.").arg(formatDate(day)));
    if (day == today) {
        if (Status prepared = prepareTodayOnce(); !prepared)
            return prepared.error();
    }
    return guarded<OutboxExport>(m_ctx.store, [&]() -> Result<OutboxExport> {
        Transaction transaction = m_ctx.store.transaction();
        const QDateTime now = m_ctx.clock.now();
        OutboxExport done;
        QList<OutboxMessage> sending;
        for (const OutboxMessage& m : m_ctx.store.outboxOn(day)) {
            if (m.status != OutboxStatus::Pending)
                continue;
            if (m_ctx.store.memberProfile(m.memberId).value_or(MemberProfile{}).smsOptOut) {
                m_ctx.store.setOutboxStatus(m.id, OutboxStatus::Withdrawn, now, {});
                ++done.withdrawn;
                continue;
            }
            sending << m;
        }
        if (!sending.isEmpty()) {
            done.batch = sender.batchName();
            for (const OutboxMessage& m : std::as_const(sending))
                m_ctx.store.setOutboxStatus(m.id, OutboxStatus::Exported, now, done.batch);
            // Recorded first, handed over last: if the sender fails, the
            // transaction rolls back and the messages stay pending.
            if (Status sent = sender.send(sending); !sent)
                return sent.error();
            done.exported = sending.size();
        }
        transaction.commit();
        return done;
    });
}

} // namespace viptill
