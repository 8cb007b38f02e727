#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

namespace viptill {

// The MACs that chain the audit trail and the points ledger (migration 6).
// An entry's MAC covers its chain's name, its place in it, its fields and
// the MAC before it; the head's MAC covers the chain's end. The key is the
// audit key of the store's key file, which the database never holds.
namespace chain {

using Field = std::optional<QString>; // NULL is not the empty text

// HMAC-SHA256, as lower-case hex, of the entry: each field is written with
// its length first, so no two different entries give the same bytes.
QString entryMac(const QByteArray& key, const QString& chainName, std::int64_t seq,
                 const QList<Field>& fields, const QString& previousMac);
QString headMac(const QByteArray& key, const QString& chainName, std::int64_t seq,
                const QString& lastMac);
// Compares two MACs in constant time.
bool sameMac(const QString& a, const QString& b);

} // namespace chain

// Where audit verify found the first entry that does not check.
struct ChainFault
{
    QString chain; // "audit:T01", "ledger:42"; empty for a row in no chain
    QString table; // staff_events, points_ledger, chain_heads
    std::int64_t id = 0;
    std::int64_t seq = 0;
    QString reason; // what is wrong, in English for the log (the CLI says it too)
};

struct ChainReport
{
    std::int64_t entries = 0; // every entry checked, in every chain
    std::optional<ChainFault> firstBad;
};

} // namespace viptill
