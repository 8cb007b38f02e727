#pragma once

#include "core/Error.h"
#include "core/Greetings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace viptill {

// Where the outbox goes: the store's SMS gateway. The terminal never talks to
// a gateway itself; its sender hands the messages over, all or none.
class MessageSender
{
public:
    virtual ~MessageSender() = default;
    // The name the messages are recorded as sent with (a file name, a batch number).
    virtual QString batchName() const = 0;
    virtual Status send(const QList<OutboxMessage>& messages) = 0;
};

// The store's gateway takes a CSV file: UTF-8 without a byte-order mark, a
// header row "mobile,text", one message a row, the text quoted as RFC 4180
// says, rows ending CRLF. The file appears whole or not at all.
class CsvOutboxFile final : public MessageSender
{
    Q_DECLARE_TR_FUNCTIONS(CsvOutboxFile)
public:
    explicit CsvOutboxFile(QString path)
        : m_path(std::move(path))
    {}

    QString batchName() const override;
    Status send(const QList<OutboxMessage>& messages) override;

    static QByteArray csv(const QList<OutboxMessage>& messages);

private:
    QString m_path;
};

} // namespace viptill
