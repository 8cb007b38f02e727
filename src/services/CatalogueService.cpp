#include "CatalogueService.h"

#include "AuditService.h"
#include "CsvReader.h"
#include "core/Pricing.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace viptill {

Result<QList<CatalogueRow>> CatalogueService::parseCsv(const QByteArray& csv)
{
    // Excel on Chinese Windows saves "CSV (逗号分隔)" in GB18030, not UTF-8:
    // such a file is read as GB18030; one that is neither is refused rather
    // than imported with garbled names.
    const CsvText file = csvText(csv);
    if (!file.unreadableLines.isEmpty())
        return Error(ErrorCode::MalformedCsv,
                     tr("The file is neither UTF-8 nor GB18030 text. Save it from the "
                        "spreadsheet as \"CSV UTF-8\" and import it again; nothing was "
                        "imported."));
    CsvRecords reader(file.utf8);
    QList<QStringList> records;
    QList<int> lines;
    for (CsvRecord record; reader.next(record);) {
        switch (record.problem) {
        case CsvRecord::Problem::None:
            records << record.fields;
            lines << record.line;
            break;
        case CsvRecord::Problem::Quoting:
            return Error(
                ErrorCode::MalformedCsv,
                tr("Line %1: %2; nothing was imported.").arg(record.line).arg(record.detail));
        case CsvRecord::Problem::UnclosedQuote:
            return Error(ErrorCode::MalformedCsv,
                         tr("Line %1: a quoted field is never closed; nothing was imported.")
                             .arg(record.line));
        }
    }

    const QStringList header{QStringLiteral("barcode"), QStringLiteral("name"),
                             QStringLiteral("counter"), QStringLiteral("price"),
                             QStringLiteral("special")};
    if (records.isEmpty())
        return Error(ErrorCode::MalformedCsv,
                     tr("The file is empty; it needs the header %1.").arg(header.join(u',')));
    QStringList first = records.first();
    for (QString& field : first)
        field = field.trimmed().toLower();
    if (first != header)
        return Error(
            ErrorCode::MalformedCsv,
            tr("Line 1: the header must be %1; nothing was imported.").arg(header.join(u',')));

    static const QRegularExpression barcodeShape(QStringLiteral("^[0-9A-Za-z-]{4,32}$"));
    QList<CatalogueRow> rows;
    QSet<QString> barcodes;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList& fields = records.at(i);
        const int line = lines.at(i);
        auto refuse = [line](const QString& why) {
            return Error(ErrorCode::MalformedCsv,
                         tr("Line %1: %2; nothing was imported.").arg(line).arg(why));
        };
        if (fields.size() != header.size())
            return refuse(tr("expected %1 fields, found %2").arg(header.size()).arg(fields.size()));
        CatalogueRow row;
        row.line = line;
        row.barcode = fields.at(0).trimmed();
        row.name = fields.at(1).trimmed();
        row.counter = fields.at(2).trimmed();
        if (!barcodeShape.match(row.barcode).hasMatch())
            return refuse(tr("barcode \"%1\" must be 4 to 32 letters or digits").arg(row.barcode));
        if (barcodes.contains(row.barcode))
            return refuse(tr("barcode %1 appears twice in the file").arg(row.barcode));
        barcodes.insert(row.barcode);
        if (row.name.isEmpty() || row.name.size() > 80)
            return refuse(tr("the name must be 1 to 80 characters"));
        if (row.counter.isEmpty() || row.counter.size() > 40)
            return refuse(tr("the counter must be 1 to 40 characters"));
        // A line break or a control character in a name would reach the
        // receipt printer and the screens.
        auto control = [](const QString& text) {
            return std::any_of(text.begin(), text.end(),
                               [](QChar c) { return c.category() == QChar::Other_Control; });
        };
        if (control(row.name) || control(row.counter))
            return refuse(tr("the name and the counter must be one line of text"));
        const Result<Money> price = listPrice(fields.at(3));
        if (!price)
            return Error(
                ErrorCode::InvalidPrice,
                tr("Line %1: %2 Nothing was imported.").arg(line).arg(price.error().message()));
        row.price = price.value();
        const QString special = fields.at(4).trimmed();
        if (special != u"0" && special != u"1" && !special.isEmpty())
            return refuse(
                tr("special must be 1 (special-price goods) or 0, not \"%1\"").arg(special));
        row.special = special == u"1";
        rows << row;
    }
    return rows;
}

Result<ImportOutcome> CatalogueService::importCsvFile(const QString& path,
                                                      const std::optional<StaffMember>& by)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileError, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<QList<CatalogueRow>> rows = parseCsv(file.readAll());
    if (!rows)
        return rows.error();
    return importRows(rows.value(), QStringLiteral("import:") + path, by);
}

Result<ImportOutcome> CatalogueService::importRows(const QList<CatalogueRow>& rows,
                                                   const QString& source,
                                                   const std::optional<StaffMember>& by)
{
    if (Status allowed = requireManager(by); !allowed)
        return allowed.error();
    if (Status prices = checkPrices(rows); !prices)
        return prices.error();
    return guarded<ImportOutcome>(m_ctx.store, [&]() -> Result<ImportOutcome> {
        Transaction transaction = m_ctx.store.transaction();
        const QDateTime now = m_ctx.clock.now();
        ImportOutcome outcome;
        for (const CatalogueRow& row : rows) {
            Product product;
            product.barcode = row.barcode;
            product.name = row.name;
            product.counterId = m_ctx.store.ensureCounter(row.counter);
            product.listPrice = row.price;
            product.specialPrice = row.special;
            const Store::Upsert written = m_ctx.store.upsertProductBy(
                product, now, source, by ? std::optional(by->id) : std::nullopt);
            if (written != Store::Upsert::Unchanged)
                audit::recordPrice(m_ctx, product.barcode,
                                   by ? std::optional(by->id) : std::nullopt);
            switch (written) {
            case Store::Upsert::Inserted:
                ++outcome.imported;
                break;
            case Store::Upsert::Updated:
                ++outcome.updated;
                break;
            case Store::Upsert::Unchanged:
                ++outcome.unchanged;
                break;
            }
        }
        transaction.commit();
        return outcome;
    });
}

Result<Rate> CatalogueService::setPromotion(const QString& counter, const QString& rateText,
                                            const QString& fromText, const QString& toText,
                                            const std::optional<StaffMember>& by)
{
    if (Status allowed = requireManager(by); !allowed)
        return allowed.error();
    const std::optional<Rate> rate = Rate::parse(rateText);
    if (!rate || !rate->isDiscount())
        return Error(
            ErrorCode::InvalidRate,
            tr("A counter promotion rate is a decimal above 0 and at most 1, such as 0.80 for 8折; "
               "\"%1\" is not.")
                .arg(rateText));
    std::optional<QDate> from;
    std::optional<QDate> to;
    for (auto [text, date] : {std::pair{&fromText, &from}, std::pair{&toText, &to}}) {
        if (text->isEmpty())
            continue;
        const QDate d = parseDate(*text);
        if (!d.isValid())
            return Error(ErrorCode::InvalidDate,
                         tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(*text));
        *date = d;
    }
    if (from && to && *from > *to)
        return Error(ErrorCode::InvalidDate, tr("The promotion ends before it starts."));
    return guarded<Rate>(m_ctx.store, [&]() -> Result<Rate> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Counter> found = m_ctx.store.counterByName(counter);
        if (!found)
            return Error(ErrorCode::UnknownCounter,
                         tr("There is no counter named %1.").arg(counter));
        m_ctx.store.addPromotion(found->id, *rate, from, to, m_ctx.clock.now());
        if (by)
            m_ctx.store.logStaffEvent(
                {by->id,
                 {},
                 m_ctx.terminal,
                 QStringLiteral("promotion"),
                 QStringLiteral("%1 %2 %3..%4")
                     .arg(found->name, rate->toString(), from ? formatDate(*from) : QString(),
                          to ? formatDate(*to) : QString()),
                 m_ctx.clock.now()});
        transaction.commit();
        return *rate;
    });
}

Status CatalogueService::clearPromotion(const QString& counter,
                                        const std::optional<StaffMember>& by)
{
    if (Status allowed = requireManager(by); !allowed)
        return allowed.error();
    return guarded<Done>(m_ctx.store, [&]() -> Status {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Counter> found = m_ctx.store.counterByName(counter);
        if (!found)
            return Error(ErrorCode::UnknownCounter,
                         tr("There is no counter named %1.").arg(counter));
        m_ctx.store.clearPromotions(found->id, m_ctx.clock.now());
        if (by)
            m_ctx.store.logStaffEvent({by->id,
                                       {},
                                       m_ctx.terminal,
                                       QStringLiteral("promotion_clear"),
                                       found->name,
                                       m_ctx.clock.now()});
        transaction.commit();
        return success();
    });
}

Result<Id> CatalogueService::addRule(const MultiplierRule& rule,
                                     const std::optional<StaffMember>& by)
{
    if (Status allowed = requireManager(by); !allowed)
        return allowed.error();
    if (rule.name.trimmed().isEmpty() || rule.name.size() > 60)
        return Error(ErrorCode::InvalidRule, tr("A rule needs a name of 1 to 60 characters."));
    if (rule.multiplier < 1 || rule.multiplier > 10)
        return Error(ErrorCode::InvalidMultiplier,
                     tr("The multiplier must be a whole number from 1 to 10."));
    for (int d : rule.weekdays) {
        if (d < 1 || d > 7)
            return Error(ErrorCode::InvalidWeekday,
                         tr("Weekdays run from 1 (Monday) to 7 (Sunday)."));
    }
    for (int m : rule.months) {
        if (m < 1 || m > 12)
            return Error(ErrorCode::InvalidMonth, tr("Months run from 1 to 12."));
    }
    if (rule.firstMembersPerDay < 0)
        return Error(ErrorCode::InvalidRule, tr("The number of first members cannot be negative."));
    if (rule.from && rule.to && *rule.from > *rule.to)
        return Error(ErrorCode::InvalidDate, tr("The rule ends before it starts."));
    return guarded<Id>(m_ctx.store, [&]() -> Result<Id> {
        Transaction transaction = m_ctx.store.transaction();
        const Id id = m_ctx.store.addRule(rule, m_ctx.clock.now());
        m_ctx.store.logStaffEvent({by ? std::optional(by->id) : std::nullopt,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("rule_add"),
                                   QStringLiteral("%1 x%2").arg(rule.name).arg(rule.multiplier),
                                   m_ctx.clock.now(),
                                   QStringLiteral("rule:%1").arg(id)});
        transaction.commit();
        return id;
    });
}

namespace {

bool ruleActive(const MultiplierRule& rule, QDate today)
{
    return !(rule.to && *rule.to < today) && !(rule.from && rule.to && *rule.to < *rule.from);
}

} // namespace

Result<QList<RuleState>> CatalogueService::rules()
{
    return guarded<QList<RuleState>>(m_ctx.store, [&]() -> Result<QList<RuleState>> {
        const QDate today = m_ctx.clock.today();
        QList<RuleState> states;
        for (const MultiplierRule& rule : m_ctx.store.rules())
            states << RuleState{rule, ruleActive(rule, today)};
        return states;
    });
}

Result<RuleState> CatalogueService::stopRule(const StaffMember& manager, Id ruleId,
                                             std::optional<QDate> on)
{
    if (manager.role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted, tr("Only a manager may stop a rule."));
    const QDate today = m_ctx.clock.today();
    const QDate stopDay = on.value_or(today);
    if (!stopDay.isValid() || stopDay < today)
        return Error(ErrorCode::InvalidDate,
                     tr("A rule stops from today or a later day, never backwards; %1 is gone.")
                         .arg(formatDate(stopDay)));
    return guarded<RuleState>(m_ctx.store, [&]() -> Result<RuleState> {
        Transaction transaction = m_ctx.store.transaction();
        std::optional<MultiplierRule> rule;
        for (const MultiplierRule& r : m_ctx.store.rules()) {
            if (r.id == ruleId)
                rule = r;
        }
        if (!rule)
            return Error(ErrorCode::UnknownRule, tr("There is no rule %1.").arg(ruleId));
        const QDate lastDay = stopDay.addDays(-1);
        if (rule->to && *rule->to <= lastDay)
            return Error(ErrorCode::UnknownRule,
                         tr("Rule %1 ends on %2 already.").arg(ruleId).arg(formatDate(*rule->to)));
        const QDateTime now = m_ctx.clock.now();
        m_ctx.store.stopRule(rule->id, lastDay, now, manager.id);
        m_ctx.store.logStaffEvent({manager.id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("rule_stop"),
                                   QStringLiteral("last day %1").arg(formatDate(lastDay)),
                                   now,
                                   QStringLiteral("rule:%1").arg(rule->id)});
        transaction.commit();
        rule->to = lastDay;
        rule->stoppedAt = now;
        return RuleState{*rule, ruleActive(*rule, today)};
    });
}

// --- The manager's office ---

Status CatalogueService::requireManager(const std::optional<StaffMember>& by)
{
    if (by && by->role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted,
                     tr("Prices change by a manager only; %1 is not a manager.").arg(by->number));
    return success();
}

Result<Money> CatalogueService::listPrice(const QString& yuan)
{
    const std::optional<Money> price = Money::parseYuan(yuan.trimmed());
    if (!price || !isListPrice(*price))
        return Error(ErrorCode::InvalidPrice,
                     tr("A list price is an amount in yuan from %1 to %2, such as 199.00; \"%3\" "
                        "is not.")
                         .arg(LowestListPrice.toYuanString(), HighestListPrice.toYuanString(),
                              yuan.trimmed().left(40)));
    return *price;
}

Status CatalogueService::checkPrices(const QList<CatalogueRow>& rows)
{
    for (const CatalogueRow& row : rows) {
        if (!isListPrice(row.price))
            return Error(ErrorCode::InvalidPrice,
                         tr("Line %1: a list price is from %2 to %3 yuan, not %4. Nothing was "
                            "imported.")
                             .arg(row.line)
                             .arg(LowestListPrice.toYuanString(), HighestListPrice.toYuanString(),
                                  row.price.toYuanString()));
    }
    return success();
}

Result<ImportPreview> CatalogueService::previewRows(const QList<CatalogueRow>& rows)
{
    if (Status prices = checkPrices(rows); !prices)
        return prices.error();
    return guarded<ImportPreview>(m_ctx.store, [&]() -> Result<ImportPreview> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        ImportPreview preview;
        for (const CatalogueRow& row : rows) {
            CatalogueChange change;
            change.row = row;
            change.before = m_ctx.store.productByBarcode(row.barcode);
            if (!change.before) {
                change.kind = CatalogueChange::Kind::New;
                ++preview.counts.imported;
            } else {
                const Product& p = *change.before;
                // As the import writes it: a listed row is on sale again.
                const bool same = p.name == row.name && p.counterName == row.counter &&
                                  p.listPrice == row.price && p.specialPrice == row.special &&
                                  p.onSale;
                change.kind =
                    same ? CatalogueChange::Kind::Unchanged : CatalogueChange::Kind::Changed;
                ++(same ? preview.counts.unchanged : preview.counts.updated);
            }
            if (change.kind != CatalogueChange::Kind::Unchanged)
                preview.changes << change;
        }
        return preview;
    });
}

Result<ImportPreview> CatalogueService::previewCsvFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileError, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<QList<CatalogueRow>> rows = parseCsv(file.readAll());
    if (!rows)
        return rows.error();
    return previewRows(rows.value());
}

Result<PriceChangeOutcome> CatalogueService::setPriceOf(const QString& barcode, Money price,
                                                        bool special,
                                                        const std::optional<StaffMember>& by)
{
    if (Status allowed = requireManager(by); !allowed)
        return allowed.error();
    return guarded<PriceChangeOutcome>(m_ctx.store, [&]() -> Result<PriceChangeOutcome> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Product> before = m_ctx.store.productByBarcode(barcode.trimmed());
        if (!before)
            return Error::unknownBarcode(barcode.trimmed());
        PriceChangeOutcome outcome{*before, *before};
        outcome.after.listPrice = price;
        outcome.after.specialPrice = special;
        if (!outcome.changed())
            return outcome;
        const QDateTime now = m_ctx.clock.now();
        m_ctx.store.upsertProductBy(outcome.after, now,
                                    by ? QStringLiteral("manager") : QStringLiteral("cli"),
                                    by ? std::optional(by->id) : std::nullopt);
        audit::recordPrice(m_ctx, outcome.after.barcode, by ? std::optional(by->id) : std::nullopt);
        QString detail =
            QStringLiteral("%1 %2").arg(before->barcode, before->listPrice.toYuanString());
        if (before->specialPrice)
            detail += QStringLiteral(" special");
        detail += QStringLiteral(" -> %1").arg(price.toYuanString());
        if (special)
            detail += QStringLiteral(" special");
        m_ctx.store.logStaffEvent({by ? std::optional(by->id) : std::nullopt,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("price_change"),
                                   detail,
                                   now});
        transaction.commit();
        return outcome;
    });
}

Result<PriceChangeOutcome> CatalogueService::changePrice(const QString& barcode,
                                                         const QString& priceYuan,
                                                         const std::optional<StaffMember>& by)
{
    const Result<Money> price = listPrice(priceYuan);
    if (!price)
        return price.error();
    Result<Product> current = product(barcode);
    if (!current)
        return current.error();
    return setPriceOf(barcode, price.value(), current->specialPrice, by);
}

Result<PriceChangeOutcome> CatalogueService::setSpecial(const QString& barcode, bool special,
                                                        const std::optional<StaffMember>& by)
{
    Result<Product> current = product(barcode);
    if (!current)
        return current.error();
    return setPriceOf(barcode, current->listPrice, special, by);
}

Result<std::int64_t> CatalogueService::setCounterSpecial(const QString& counter, bool special,
                                                         const std::optional<StaffMember>& by)
{
    if (Status allowed = requireManager(by); !allowed)
        return allowed.error();
    return guarded<std::int64_t>(m_ctx.store, [&]() -> Result<std::int64_t> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Counter> found = m_ctx.store.counterByName(counter.trimmed());
        if (!found)
            return Error(ErrorCode::UnknownCounter,
                         tr("There is no counter named %1.").arg(counter.trimmed()));
        const QDateTime now = m_ctx.clock.now();
        std::int64_t changed = 0;
        for (Product p : m_ctx.store.productsOfCounter(found->id)) {
            if (p.specialPrice == special)
                continue;
            p.specialPrice = special;
            m_ctx.store.upsertProductBy(p, now,
                                        by ? QStringLiteral("manager") : QStringLiteral("cli"),
                                        by ? std::optional(by->id) : std::nullopt);
            audit::recordPrice(m_ctx, p.barcode, by ? std::optional(by->id) : std::nullopt);
            ++changed;
        }
        m_ctx.store.logStaffEvent({by ? std::optional(by->id) : std::nullopt,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("counter_special"),
                                   QStringLiteral("%1 special=%2 items=%3")
                                       .arg(found->name)
                                       .arg(special ? 1 : 0)
                                       .arg(changed),
                                   now});
        transaction.commit();
        return changed;
    });
}

Result<Product> CatalogueService::product(const QString& barcode)
{
    return guarded<Product>(m_ctx.store, [&]() -> Result<Product> {
        const std::optional<Product> found = m_ctx.store.productByBarcode(barcode.trimmed());
        if (!found)
            return Error::unknownBarcode(barcode.trimmed());
        return *found;
    });
}

Result<QList<PriceChange>> CatalogueService::priceHistory(const QString& barcode)
{
    return guarded<QList<PriceChange>>(m_ctx.store, [&]() -> Result<QList<PriceChange>> {
        const std::optional<Product> found = m_ctx.store.productByBarcode(barcode.trimmed());
        if (!found)
            return Error::unknownBarcode(barcode.trimmed());
        return m_ctx.store.priceHistory(found->id);
    });
}

Result<QList<Counter>> CatalogueService::counters()
{
    return guarded<QList<Counter>>(
        m_ctx.store, [&]() -> Result<QList<Counter>> { return m_ctx.store.counters(); });
}

Result<QList<Promotion>> CatalogueService::promotions()
{
    return guarded<QList<Promotion>>(m_ctx.store, [&]() -> Result<QList<Promotion>> {
        return m_ctx.store.promotionsFrom(m_ctx.clock.today());
    });
}

} // namespace viptill
