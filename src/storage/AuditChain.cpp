#include "AuditChain.h"

#include "core/KeyedHash.h"

#include <sodium.h>

namespace viptill::chain {

namespace {

void append(QByteArray& message, const Field& field)
{
    if (!field) {
        message += "n;";
        return;
    }
    const QByteArray utf8 = field->toUtf8();
    message += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

QString hmac(const QByteArray& key, const QByteArray& message)
{
    return QString::fromLatin1(hmacSha256(key, message).toHex());
}

} // namespace

QString entryMac(const QByteArray& key, const QString& chainName, std::int64_t seq,
                 const QList<Field>& fields, const QString& previousMac)
{
    QByteArray message = "viptill-chain-entry-v1;";
    append(message, chainName);
    append(message, QString::number(seq));
    append(message, previousMac);
    for (const Field& field : fields)
        append(message, field);
    return hmac(key, message);
}

QString headMac(const QByteArray& key, const QString& chainName, std::int64_t seq,
                const QString& lastMac)
{
    QByteArray message = "viptill-chain-head-v1;";
    append(message, chainName);
    append(message, QString::number(seq));
    append(message, lastMac);
    return hmac(key, message);
}

bool sameMac(const QString& a, const QString& b)
{
    const QByteArray x = a.toLatin1();
    const QByteArray y = b.toLatin1();
    return x.size() == y.size() &&
           sodium_memcmp(x.constData(), y.constData(), static_cast<size_t>(x.size())) == 0;
}

} // namespace viptill::chain
