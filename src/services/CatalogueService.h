#pragma once

#include "ServiceContext.h"
#include "core/Points.h"

#include <QByteArray>

namespace viptill {

struct ImportOutcome
{
    std::int64_t imported = 0; // new barcodes
    std::int64_t updated = 0;  // barcodes whose record changed
    std::int64_t unchanged = 0;
};

// One row of a catalogue file, already checked.
struct CatalogueRow
{
    int line = 0;
    QString barcode;
    QString name;
    QString counter;
    Money price;
    bool special = false;
};

class CatalogueService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)
public:
    explicit CatalogueService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Reads a catalogue CSV (header barcode,name,counter,price,special; price
    // in yuan). Any bad row refuses the whole file, naming its line.
    static Result<QList<CatalogueRow>> parseCsv(const QByteArray& csv);

    // Imports the file at `path`: all rows or none.
    Result<ImportOutcome> importCsvFile(const QString& path);
    Result<ImportOutcome> importRows(const QList<CatalogueRow>& rows, const QString& source);

    // 全柜折扣: a whole-counter promotion for an optional date range.
    Result<Rate> setPromotion(const QString& counter, const QString& rate, const QString& from,
                              const QString& to);
    Status clearPromotion(const QString& counter);

    // The store's counters (专柜), by name.
    Result<QList<Counter>> counters();

    // A points multiplier rule; its fields are checked here.
    Result<Id> addRule(const MultiplierRule& rule);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
