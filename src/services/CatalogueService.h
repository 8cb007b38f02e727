#pragma once

#include "ServiceContext.h"
#include "core/Figures.h"
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

// What importing a file would do to one of its rows (the dry run).
struct CatalogueChange
{
    enum class Kind
    {
        New,
        Changed,
        Unchanged
    };
    Kind kind = Kind::New;
    CatalogueRow row;
    std::optional<Product> before; // the record as it is now

    bool priceChanges() const { return before && before->listPrice != row.price; }
    bool specialChanges() const { return before && before->specialPrice != row.special; }
};

struct ImportPreview
{
    ImportOutcome counts;
    QList<CatalogueChange> changes; // new and changed rows, in file order
};

// A multiplier rule as the manager sees it: active unless stopped or over.
struct RuleState
{
    MultiplierRule rule;
    bool active = true;
};

// A price or special-price flag set by hand, before and after.
struct PriceChangeOutcome
{
    Product before;
    Product after;
    bool changed() const
    {
        return before.listPrice != after.listPrice || before.specialPrice != after.specialPrice;
    }
};

class CatalogueService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueService)
public:
    explicit CatalogueService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Reads a catalogue CSV (header barcode,name,counter,price,special; price
    // in yuan). Any bad row refuses the whole file, naming its line: a price
    // that is not a list price (isListPrice) with INVALID_PRICE, anything
    // else with MALFORMED_CSV.
    static Result<QList<CatalogueRow>> parseCsv(const QByteArray& csv);

    // Imports the file at `path`: all rows or none. `by` is the manager who
    // imports it (none: the store's IT through the CLI).
    Result<ImportOutcome> importCsvFile(const QString& path,
                                        const std::optional<StaffMember>& by = {});
    Result<ImportOutcome> importRows(const QList<CatalogueRow>& rows, const QString& source,
                                     const std::optional<StaffMember>& by = {});

    // 全柜折扣: a whole-counter promotion for an optional date range. `by`,
    // when given, is the manager who sets it, recorded in the staff events
    // with it (the windows record the manager's approval themselves).
    Result<Rate> setPromotion(const QString& counter, const QString& rate, const QString& from,
                              const QString& to, const std::optional<StaffMember>& by = {});
    Status clearPromotion(const QString& counter, const std::optional<StaffMember>& by = {});

    // A points multiplier rule; its fields are checked here. `by`: the
    // manager, recorded in the audit trail.
    Result<Id> addRule(const MultiplierRule& rule, const std::optional<StaffMember>& by = {});
    // Every rule, stopped ones too, by id; active as of today.
    Result<QList<RuleState>> rules();
    // The rule applies no more from `on` (default today; never a day gone):
    // its last day becomes the day before. Sales made under it keep their
    // points.
    Result<RuleState> stopRule(const StaffMember& manager, Id ruleId, std::optional<QDate> on);

    // --- The manager's office ---
    // Prices change by a manager only (`by`; none: the CLI, recorded as
    // "cli"), each change in the price history with who made it and in the
    // staff events.

    // The dry run of an import: what would be new or changed, changing nothing.
    Result<ImportPreview> previewRows(const QList<CatalogueRow>& rows);
    Result<ImportPreview> previewCsvFile(const QString& path);

    // A new list price in yuan ("199.00").
    Result<PriceChangeOutcome> changePrice(const QString& barcode, const QString& priceYuan,
                                           const std::optional<StaffMember>& by);
    // Special-price goods (特价) for one item, or for every item of a counter.
    Result<PriceChangeOutcome> setSpecial(const QString& barcode, bool special,
                                          const std::optional<StaffMember>& by);
    Result<std::int64_t> setCounterSpecial(const QString& counter, bool special,
                                           const std::optional<StaffMember>& by);

    Result<Product> product(const QString& barcode);
    Result<QList<PriceChange>> priceHistory(const QString& barcode);
    Result<QList<Counter>> counters();
    // Promotions running today or later, by counter.
    Result<QList<Promotion>> promotions();

    // A list price typed in yuan, from 0.01 to 9,999,999.99 (core/Pricing.h),
    // or INVALID_PRICE saying so.
    static Result<Money> listPrice(const QString& yuan);

private:
    // Rows handed over ready-made (not through parseCsv) are held to the
    // same prices.
    static Status checkPrices(const QList<CatalogueRow>& rows);
    static Status requireManager(const std::optional<StaffMember>& by);
    Result<PriceChangeOutcome> setPriceOf(const QString& barcode, Money price, bool special,
                                          const std::optional<StaffMember>& by);

    ServiceContext& m_ctx;
};

} // namespace viptill
