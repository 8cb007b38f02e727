// A catalogue file from a supplier's spreadsheet: whatever it holds, the
// parser either refuses it with a message or gives rows that are all sound.

#include "services/CatalogueService.h"

#include <cstdint>
#include <cstdlib>

using namespace viptill;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray csv(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<QList<CatalogueRow>> rows = CatalogueService::parseCsv(csv);
    if (!rows) {
        if (rows.error().message().isEmpty())
            std::abort();
        return 0;
    }
    for (const CatalogueRow& row : rows.value()) {
        if (row.barcode.isEmpty() || row.name.trimmed().isEmpty() || row.counter.isEmpty() ||
            row.price.isNegative() || row.line < 2)
            std::abort();
    }
    return 0;
}
