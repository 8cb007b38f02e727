#pragma once

#include "MessageSender.h"
#include "ServiceContext.h"
#include "core/Greetings.h"

namespace viptill {

struct DayMessages
{
    QDate day;
    // A day still to come: what would go out if it were that day, with the
    // members as they are now; nothing is kept.
    bool preview = false;
    QList<OutboxMessage> messages;
    QHash<Id, QString> memberNames; // for the screens
};

struct OutboxExport
{
    std::int64_t exported = 0;
    std::int64_t withdrawn = 0; // members who opted out since the message was written
    QString batch;              // empty when nothing went
};

// Greetings (节日与生日问候) and points reminders by text message: written
// into the outbox each morning, handed to the SMS gateway through a
// MessageSender. Members who opted out get nothing.
class GreetingService
{
    Q_DECLARE_TR_FUNCTIONS(GreetingService)
public:
    explicit GreetingService(ServiceContext& context)
        : m_ctx(context)
    {}

    // What goes out on `day` (decisions.md): one greeting per member — the
    // birthday's, else the day's festivals' in one message — and a points
    // reminder to members with a balance worth a gift who have redeemed
    // nothing and had no reminder for the quiet period, on a day they get
    // no greeting. Writes nothing.
    Result<QList<OutboxMessage>> compose(QDate day);
    // Writes today's messages into the outbox; again the same day adds only
    // what became due since. Returns how many were added.
    Result<int> prepareToday();
    // The day's messages: a past day's from the outbox, today's prepared
    // first unless they were already today, a day to come as a preview.
    Result<DayMessages> messagesFor(QDate day);

    // The template in use for an occasion (the store's own, else the default).
    Result<QString> messageTemplate(const QString& occasion);
    // Refused (ADVERTISING_IN_GREETING, INVALID_TEMPLATE, UNKNOWN_OCCASION;
    // nothing changed) for a greeting that advertises or a text that cannot
    // be sent.
    Status setTemplate(const QString& occasion, const QString& text);

    // Hands the day's pending messages to `sender` and records them as sent
    // with its batch; a member who opted out since is withdrawn instead.
    // Today's messages are prepared first unless they were already; a day
    // to come is refused.
    Result<OutboxExport> exportOutbox(QDate day, MessageSender& sender);

private:
    Status prepareTodayOnce();
    QString templateFor(const QString& occasion);

    ServiceContext& m_ctx;
};

} // namespace viptill
