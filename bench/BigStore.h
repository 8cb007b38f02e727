#pragma once

#include <QString>
#include <cstdint>

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
};

QString ensureBigStore(const QString& path, BigStoreSize size);
QString barcodeFor(std::int64_t index);

} // namespace viptill::bench
