#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <cstdint>

namespace viptill {
class SqliteConnection;
}

namespace viptill::bench {

// A store at department-store scale for the benchmarks, written straight
// into a SQLite file with the real schema (and reused when it exists):
// `items` products over a dozen counters, `members` members each with an
// active card. Card numbers are cardNumberForSerial(member id), barcodes
// barcodeFor(item index).
struct BigStoreSize
{
    std::int64_t items = 200'000;
    std::int64_t members = 1'000'000;
    // Members join one after the other over these days (member 1 first);
    // by default all on 1 January 2026.
    QDate firstJoined{2026, 1, 1};
    QDate lastJoined{2026, 1, 1};
};

QString ensureBigStore(const QString& path, BigStoreSize size);
// Writes the counters, items, members, cards and a first points row per
// member into an empty, migrated database, inside the caller's transaction.
void fillBigStore(viptill::SqliteConnection& db, const BigStoreSize& size);
QDate joinedOn(std::int64_t member, const BigStoreSize& size);
// The personal-data key the big store's ID numbers and mobiles are sealed
// with; a benchmark's Store is given it as a till is given its key file's.
QByteArray benchPersonalKey();
QString barcodeFor(std::int64_t index);
inline constexpr int BigStoreCounters = 12; // the last one sells special-price goods
// An item's counter and list price, as fillBigStore wrote them.
std::int64_t counterOf(std::int64_t itemIndex);
std::int64_t listFenOf(std::int64_t itemIndex);

} // namespace viptill::bench
