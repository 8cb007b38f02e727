#include "SqlStore.h"

#include "Migrations.h"
#include "PostgresConnection.h"
#include "SqliteConnection.h"
#include "core/Clock.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

namespace viptill {

namespace {

QString joinNumbers(const QList<int>& numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(u',');
}

QList<int> splitNumbers(const QString& text)
{
    QList<int> numbers;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        numbers << part.toInt();
    return numbers;
}

std::optional<QString> optionalDate(const std::optional<QDate>& date)
{
    if (!date)
        return std::nullopt;
    return formatDate(*date);
}

std::optional<QDate> dateOrNone(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    return parseDate(*text);
}

QString dayOf(const QDateTime& at)
{
    return formatDate(at.date());
}

constexpr std::string_view MemberColumns =
    "SELECT id, name, gender, birthday, id_number, mobile, address, category, tier, joined_at, "
    "upgraded_by_sale_id FROM members ";

Member memberFromRow(const SqlRow& row)
{
    Member m;
    m.id = row.integer(0);
    m.name = row.text(1);
    m.gender = row.text(2).at(0);
    m.birthday = parseDate(row.text(3));
    m.idNumber = row.text(4);
    m.mobile = row.text(5);
    m.address = row.text(6);
    m.category = row.text(7);
    m.tier = tierFromCode(row.text(8)).value_or(Tier::Gold);
    m.joinedAt = parseLocalTime(row.text(9));
    m.upgradedBySaleId = row.optionalInteger(10);
    return m;
}

constexpr std::string_view ProductColumns =
    "SELECT p.id, p.barcode, p.name, p.counter_id, c.name, p.list_fen, p.special, p.on_sale "
    "FROM products p JOIN counters c ON c.id = p.counter_id ";

Product productFromRow(const SqlRow& row)
{
    Product p;
    p.id = row.integer(0);
    p.barcode = row.text(1);
    p.name = row.text(2);
    p.counterId = row.integer(3);
    p.counterName = row.text(4);
    p.listPrice = Money::fromFen(row.integer(5));
    p.specialPrice = row.integer(6) != 0;
    p.onSale = row.integer(7) != 0;
    return p;
}

Card cardFromRow(const SqlRow& row)
{
    Card c;
    c.id = row.integer(0);
    c.number = row.text(1);
    c.memberId = row.integer(2);
    c.generation = static_cast<int>(row.integer(3));
    c.status = cardStatusFromCode(row.text(4)).value_or(CardStatus::Blocked);
    c.tier = tierFromCode(row.text(5)).value_or(Tier::Gold);
    if (const std::optional<QString> uid = row.optionalText(6))
        c.chipUid = QByteArray::fromHex(uid->toLatin1());
    return c;
}

std::string concat(std::string_view a, std::string_view b)
{
    std::string s(a);
    s += b;
    return s;
}

} // namespace

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("VIPTILL_DB");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/viptill.db");
}

QString configuredStoreLocation()
{
    const QString env = qEnvironmentVariable("VIPTILL_DB");
    if (!env.isEmpty())
        return env;
    const QString configured = QSettings(QStringLiteral("VipTill"), QStringLiteral("VipTill"))
                                   .value(QStringLiteral("database"))
                                   .toString();
    if (!configured.isEmpty())
        return configured;
    return defaultDatabasePath();
}

bool isServerLocation(const QString& location)
{
    return PostgresConnection::isUri(location);
}

QString displayLocation(const QString& location)
{
    if (!isServerLocation(location))
        return location;
    // postgresql://user:secret@host/db?password=secret
    static const QRegularExpression inAuthority(QStringLiteral("^([a-z]+://[^:@/?]*):[^@/?]*@"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inQuery(QStringLiteral("([?&]password=)[^&]*"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString shown = location;
    shown.replace(inAuthority, QStringLiteral("\\1:***@"));
    shown.replace(inQuery, QStringLiteral("\\1***"));
    return shown;
}

std::unique_ptr<Store> openStore(const QString& location)
{
    std::unique_ptr<SqlConnection> connection;
    if (isServerLocation(location))
        connection = std::make_unique<PostgresConnection>(location);
    else
        connection = std::make_unique<SqliteConnection>(location);
    migrate(*connection, migrationsFor(connection->engine()));
    return std::make_unique<SqlStore>(std::move(connection));
}

SqlStore::SqlStore(std::unique_ptr<SqlConnection> connection)
    : m_db(std::move(connection))
{}

Transaction SqlStore::transaction()
{
    return Transaction(*m_db);
}

std::int64_t SqlStore::backupTo(const QString& path)
{
    return m_db->backupTo(path);
}

std::int64_t SqlStore::restoreFrom(const QString& path)
{
    const std::int64_t bytes = m_db->restoreFrom(path);
    migrate(*m_db, migrationsFor(m_db->engine())); // an older backup is brought up to date
    return bytes;
}

bool SqlStore::inTransaction() const
{
    return m_db->transactionDepth() > 0;
}

int SqlStore::schemaVersion()
{
    return static_cast<int>(m_db->queryInteger("SELECT MAX(version) FROM schema_migrations"));
}

bool SqlStore::isEmpty()
{
    return !m_db->queryOne("SELECT 1 FROM products LIMIT 1") &&
           !m_db->queryOne("SELECT 1 FROM members LIMIT 1") &&
           !m_db->queryOne("SELECT 1 FROM sales LIMIT 1");
}

std::optional<QString> SqlStore::setting(const QString& key)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT value FROM settings WHERE key = $1", {key});
    if (!row)
        return std::nullopt;
    return row->text(0);
}

void SqlStore::setSetting(const QString& key, const QString& value)
{
    m_db->execute("INSERT INTO settings (key, value) VALUES ($1, $2) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                  {key, value});
}

std::int64_t SqlStore::nextSequence(const QString& name)
{
    return m_db->queryInteger(
        "INSERT INTO sequences (name, value) VALUES ($1, 1) "
        "ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1 RETURNING value",
        {name});
}

std::optional<Counter> SqlStore::counterByName(const QString& name)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT id, name FROM counters WHERE name = $1", {name});
    if (!row)
        return std::nullopt;
    return Counter{row->integer(0), row->text(1)};
}

QList<Counter> SqlStore::counters()
{
    QList<Counter> all;
    for (const SqlRow& row : m_db->query("SELECT id, name FROM counters ORDER BY name"))
        all << Counter{row.integer(0), row.text(1)};
    return all;
}

Id SqlStore::ensureCounter(const QString& name)
{
    if (const std::optional<Counter> existing = counterByName(name))
        return existing->id;
    return m_db->queryInteger("INSERT INTO counters (name) VALUES ($1) RETURNING id", {name});
}

std::optional<Product> SqlStore::productWhere(std::string_view sql, const SqlValue& key)
{
    const std::optional<SqlRow> row = m_db->queryOne(sql, {key});
    if (!row)
        return std::nullopt;
    return productFromRow(*row);
}

std::optional<Product> SqlStore::productByBarcode(const QString& barcode)
{
    static const std::string sql = concat(ProductColumns, "WHERE p.barcode = $1");
    return productWhere(sql, barcode);
}

std::optional<Product> SqlStore::product(Id id)
{
    static const std::string sql = concat(ProductColumns, "WHERE p.id = $1");
    return productWhere(sql, id);
}

Store::Upsert SqlStore::upsertProduct(const Product& product, const QDateTime& at,
                                      const QString& source)
{
    const std::optional<Product> existing = productByBarcode(product.barcode);
    Id id = 0;
    Upsert outcome = Upsert::Unchanged;
    if (!existing) {
        id = m_db->queryInteger(
            "INSERT INTO products (barcode, name, counter_id, list_fen, special, on_sale) "
            "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            {product.barcode, product.name, product.counterId, product.listPrice.fen(),
             product.specialPrice, product.onSale});
        outcome = Upsert::Inserted;
    } else {
        id = existing->id;
        const bool same =
            existing->name == product.name && existing->counterId == product.counterId &&
            existing->listPrice == product.listPrice &&
            existing->specialPrice == product.specialPrice && existing->onSale == product.onSale;
        if (same)
            return Upsert::Unchanged;
        m_db->execute("UPDATE products SET name = $2, counter_id = $3, list_fen = $4, special = "
                      "$5, on_sale = $6 "
                      "WHERE id = $1",
                      {id, product.name, product.counterId, product.listPrice.fen(),
                       product.specialPrice, product.onSale});
        outcome = Upsert::Updated;
        if (existing->listPrice == product.listPrice &&
            existing->specialPrice == product.specialPrice)
            return outcome;
    }
    m_db->execute("INSERT INTO price_history (product_id, list_fen, special, changed_at, source) "
                  "VALUES ($1, $2, $3, $4, $5)",
                  {id, product.listPrice.fen(), product.specialPrice, formatLocalTime(at), source});
    return outcome;
}

std::optional<Rate> SqlStore::promotionRate(Id counterId, QDate day)
{
    // The newest promotion whose dates cover the day wins.
    const std::optional<SqlRow> row = m_db->queryOne(
        "SELECT rate FROM counter_promotions WHERE counter_id = $1 AND cleared_at IS NULL "
        "AND (valid_from IS NULL OR valid_from <= $2) AND (valid_to IS NULL OR valid_to >= $2) "
        "ORDER BY id DESC LIMIT 1",
        {counterId, formatDate(day)});
    if (!row)
        return std::nullopt;
    return Rate::fromScaled(row->integer(0));
}

void SqlStore::addPromotion(Id counterId, Rate rate, std::optional<QDate> from,
                            std::optional<QDate> to, const QDateTime& at)
{
    m_db->execute(
        "INSERT INTO counter_promotions (counter_id, rate, valid_from, valid_to, created_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        {counterId, rate.scaled(), optionalDate(from), optionalDate(to), formatLocalTime(at)});
}

std::int64_t SqlStore::clearPromotions(Id counterId, const QDateTime& at)
{
    return m_db->execute("UPDATE counter_promotions SET cleared_at = $2 WHERE counter_id = $1 AND "
                         "cleared_at IS NULL",
                         {counterId, formatLocalTime(at)});
}

Id SqlStore::addRule(const MultiplierRule& rule, const QDateTime& at)
{
    return m_db->queryInteger("INSERT INTO multiplier_rules (name, multiplier, weekdays, months, "
                              "valid_from, valid_to, birthday, "
                              "first_members_per_day, created_at) VALUES ($1, $2, $3, $4, $5, $6, "
                              "$7, $8, $9) RETURNING id",
                              {rule.name, rule.multiplier, joinNumbers(rule.weekdays),
                               joinNumbers(rule.months), optionalDate(rule.from),
                               optionalDate(rule.to), rule.birthdayOnly, rule.firstMembersPerDay,
                               formatLocalTime(at)});
}

QList<MultiplierRule> SqlStore::activeRules()
{
    QList<MultiplierRule> rules;
    for (const SqlRow& row :
         m_db->query("SELECT id, name, multiplier, weekdays, months, valid_from, valid_to, "
                     "birthday, first_members_per_day FROM multiplier_rules WHERE active = 1")) {
        MultiplierRule rule;
        rule.id = row.integer(0);
        rule.name = row.text(1);
        rule.multiplier = static_cast<int>(row.integer(2));
        rule.weekdays = splitNumbers(row.text(3));
        rule.months = splitNumbers(row.text(4));
        rule.from = dateOrNone(row.optionalText(5));
        rule.to = dateOrNone(row.optionalText(6));
        rule.birthdayOnly = row.integer(7) != 0;
        rule.firstMembersPerDay = static_cast<int>(row.integer(8));
        rules << rule;
    }
    return rules;
}

std::optional<Member> SqlStore::memberWhere(std::string_view sql, const SqlValue& key)
{
    const std::optional<SqlRow> row = m_db->queryOne(sql, {key});
    if (!row)
        return std::nullopt;
    return memberFromRow(*row);
}

std::optional<Member> SqlStore::member(Id id)
{
    static const std::string sql = concat(MemberColumns, "WHERE id = $1");
    return memberWhere(sql, id);
}

std::optional<Member> SqlStore::memberByIdNumber(const QString& idNumber)
{
    static const std::string sql = concat(MemberColumns, "WHERE id_number = $1");
    return memberWhere(sql, idNumber);
}

std::optional<Member> SqlStore::memberByMobile(const QString& mobile)
{
    static const std::string sql = concat(MemberColumns, "WHERE mobile = $1");
    return memberWhere(sql, mobile);
}

QList<Member> SqlStore::membersByName(const QString& prefix, int limit)
{
    // A range on the name index rather than LIKE, which SQLite does not
    // index: names from `prefix` up to `prefix` followed by the last code
    // point. Both engines compare names by code point (binary; "C" in
    // PostgreSQL).
    static const std::string sql =
        concat(MemberColumns, "WHERE name >= $1 AND name < $2 ORDER BY name, id LIMIT $3");
    QList<Member> found;
    if (prefix.isEmpty())
        return found;
    const char32_t last = QChar::LastValidCodePoint;
    const QString end = prefix + QString::fromUcs4(&last, 1);
    for (const SqlRow& row : m_db->query(sql, {prefix, end, limit}))
        found << memberFromRow(row);
    return found;
}

Id SqlStore::insertMember(const Member& m)
{
    return m_db->queryInteger("INSERT INTO members (name, gender, birthday, id_number, mobile, "
                              "address, category, tier, joined_at, "
                              "joined_on, upgraded_by_sale_id) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                              "$8, $9, $10, $11) RETURNING id",
                              {m.name, QString(m.gender), formatDate(m.birthday), m.idNumber,
                               m.mobile, m.address, m.category, tierCode(m.tier),
                               formatLocalTime(m.joinedAt), dayOf(m.joinedAt), m.upgradedBySaleId});
}

void SqlStore::setMemberTier(Id memberId, Tier tier, std::optional<Id> upgradedBySaleId)
{
    m_db->execute("UPDATE members SET tier = $2, upgraded_by_sale_id = $3 WHERE id = $1",
                  {memberId, tierCode(tier), upgradedBySaleId});
}

std::optional<Card> SqlStore::cardByNumber(const QString& number)
{
    const std::optional<SqlRow> row = m_db->queryOne(
        "SELECT id, number, member_id, generation, status, tier, chip_uid FROM cards "
        "WHERE number = $1",
        {number});
    if (!row)
        return std::nullopt;
    return cardFromRow(*row);
}

std::optional<Card> SqlStore::currentCard(Id memberId)
{
    const std::optional<SqlRow> row = m_db->queryOne(
        "SELECT id, number, member_id, generation, status, tier, chip_uid FROM cards "
        "WHERE member_id = $1 "
        "ORDER BY generation DESC, id DESC LIMIT 1",
        {memberId});
    if (!row)
        return std::nullopt;
    return cardFromRow(*row);
}

QList<Card> SqlStore::cardsOfMember(Id memberId)
{
    QList<Card> cards;
    for (const SqlRow& row :
         m_db->query("SELECT id, number, member_id, generation, status, tier, chip_uid FROM cards "
                     "WHERE member_id = $1 ORDER BY generation DESC, id DESC",
                     {memberId}))
        cards << cardFromRow(row);
    return cards;
}

Id SqlStore::insertCard(const Card& card, const QDateTime& at)
{
    return m_db->queryInteger(
        "INSERT INTO cards (number, member_id, generation, status, issued_at, status_at, tier) "
        "VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id",
        {card.number, card.memberId, card.generation, cardStatusCode(card.status),
         formatLocalTime(at), tierCode(card.tier)});
}

std::optional<Card> SqlStore::liveCardOnChip(const QByteArray& chipUid)
{
    const std::optional<SqlRow> row = m_db->queryOne(
        "SELECT id, number, member_id, generation, status, tier, chip_uid FROM cards "
        "WHERE chip_uid = $1 AND status IN ('pending', 'active')",
        {QString::fromLatin1(chipUid.toHex().toUpper())});
    if (!row)
        return std::nullopt;
    return cardFromRow(*row);
}

void SqlStore::bindCardChip(Id cardId, const QByteArray& chipUid)
{
    m_db->execute("UPDATE cards SET chip_uid = $2 WHERE id = $1",
                  {cardId, QString::fromLatin1(chipUid.toHex().toUpper())});
}

void SqlStore::setCardStatus(Id cardId, CardStatus status, const QDateTime& at, const QString& note)
{
    m_db->execute("UPDATE cards SET status = $2, status_at = $3, status_note = $4 WHERE id = $1",
                  {cardId, cardStatusCode(status), formatLocalTime(at), note});
}

std::int64_t SqlStore::pointsBalance(Id memberId)
{
    return m_db->queryInteger(
        "SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = $1", {memberId});
}

std::int64_t SqlStore::pointsLifetime(Id memberId)
{
    // Lifetime points are what was earned, less what returns took back;
    // redemptions spend points but do not undo having earned them.
    return m_db->queryInteger("SELECT COALESCE(SUM(points), 0) FROM points_ledger "
                              "WHERE member_id = $1 AND kind IN ('earn', 'bonus', 'reverse')",
                              {memberId});
}

Id SqlStore::appendPoints(const LedgerEntry& e)
{
    return m_db->queryInteger("INSERT INTO points_ledger (member_id, kind, points, sale_id, "
                              "return_id, redemption_id, at, day, note) "
                              "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                              {e.memberId, pointsKindCode(e.kind), e.points, e.saleId, e.returnId,
                               e.redemptionId, formatLocalTime(e.at), dayOf(e.at), e.note});
}

int SqlStore::nextReceiptSequence(const QString& terminal, QDate day)
{
    return static_cast<int>(m_db->queryInteger(
        "INSERT INTO receipt_sequences (terminal, day, last_seq) VALUES ($1, $2, 1) "
        "ON CONFLICT (terminal, day) DO UPDATE SET last_seq = receipt_sequences.last_seq + 1 "
        "RETURNING last_seq",
        {terminal, formatDate(day)}));
}

Id SqlStore::insertSale(Sale& sale)
{
    const std::optional<SalePoints>& p = sale.points;
    sale.id = m_db->queryInteger(
        "INSERT INTO sales (receipt_no, terminal, day, seq, at, member_id, card_id, tier, "
        "total_list_fen, total_fen, "
        "points_member_id, points_multiplier, points_base, points_bonus, points_earned, "
        "birthday_gift, upgraded_to, staff_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) "
        "RETURNING id",
        {sale.receiptNo, sale.terminal, dayOf(sale.at), sale.receiptNo.section(u'-', -1).toInt(),
         formatLocalTime(sale.at), sale.memberId, sale.cardId,
         sale.tier ? SqlValue(tierCode(*sale.tier)) : SqlValue(), sale.totalList().fen(),
         sale.total().fen(), p ? SqlValue(p->memberId) : SqlValue(),
         p ? SqlValue(p->award.multiplier) : SqlValue(), p ? SqlValue(p->award.base) : SqlValue(),
         p ? SqlValue(p->award.bonus) : SqlValue(), p ? SqlValue(p->award.earned()) : SqlValue(),
         sale.birthdayGift, sale.upgradedTo ? SqlValue(tierCode(*sale.upgradedTo)) : SqlValue(),
         sale.staffId});
    for (SaleLine& line : sale.lines) {
        line.id = m_db->queryInteger(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, barcode, name, counter_id, "
            "counter_name, qty, "
            "list_fen, promo_rate, after_promo_fen, member_rate, amount_fen, special) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
            {sale.id, line.lineNo, line.productId, line.barcode, line.name, line.counterId,
             line.counterName, line.price.quantity, line.price.unitList.fen(),
             line.price.promoRate.scaled(), line.price.afterPromo.fen(),
             line.price.memberRate.scaled(), line.price.amount.fen(), line.specialPrice});
    }
    for (const Tender& tender : std::as_const(sale.tenders)) {
        m_db->execute("INSERT INTO sale_tenders (sale_id, kind, amount_fen) VALUES ($1, $2, $3)",
                      {sale.id, tenderKindCode(tender.kind), tender.amount.fen()});
    }
    return sale.id;
}

std::optional<Sale> SqlStore::saleByReceipt(const QString& receiptNo)
{
    const std::optional<SqlRow> row = m_db->queryOne(
        "SELECT id, receipt_no, terminal, at, member_id, card_id, tier, points_member_id, "
        "points_multiplier, "
        "points_base, points_bonus, birthday_gift, upgraded_to, staff_id FROM sales WHERE "
        "receipt_no = $1",
        {receiptNo});
    if (!row)
        return std::nullopt;
    Sale sale;
    sale.id = row->integer(0);
    sale.receiptNo = row->text(1);
    sale.terminal = row->text(2);
    sale.at = parseLocalTime(row->text(3));
    sale.memberId = row->optionalInteger(4);
    sale.cardId = row->optionalInteger(5);
    if (const std::optional<QString> tier = row->optionalText(6))
        sale.tier = tierFromCode(*tier);
    if (const std::optional<Id> pointsMember = row->optionalInteger(7)) {
        SalePoints points;
        points.memberId = *pointsMember;
        points.award.multiplier = static_cast<int>(row->integer(8));
        points.award.base = row->integer(9);
        points.award.bonus = row->integer(10);
        sale.points = points;
    }
    sale.birthdayGift = row->integer(11) != 0;
    if (const std::optional<QString> upgraded = row->optionalText(12))
        sale.upgradedTo = tierFromCode(*upgraded);
    sale.staffId = row->optionalInteger(13);

    for (const SqlRow& l : m_db->query(
             "SELECT l.id, l.line_no, l.product_id, l.barcode, l.name, l.counter_id, "
             "l.counter_name, l.qty, "
             "l.list_fen, l.promo_rate, l.after_promo_fen, l.member_rate, l.amount_fen, l.special, "
             "(SELECT COALESCE(SUM(r.qty), 0) FROM return_lines r WHERE r.sale_line_id = l.id) "
             "FROM sale_lines l WHERE l.sale_id = $1 ORDER BY l.line_no",
             {sale.id})) {
        SaleLine line;
        line.id = l.integer(0);
        line.lineNo = static_cast<int>(l.integer(1));
        line.productId = l.integer(2);
        line.barcode = l.text(3);
        line.name = l.text(4);
        line.counterId = l.integer(5);
        line.counterName = l.text(6);
        line.price.quantity = l.integer(7);
        line.price.unitList = Money::fromFen(l.integer(8));
        line.price.promoRate = Rate::fromScaled(l.integer(9));
        line.price.afterPromo = Money::fromFen(l.integer(10));
        line.price.memberRate = Rate::fromScaled(l.integer(11));
        line.price.amount = Money::fromFen(l.integer(12));
        line.specialPrice = l.integer(13) != 0;
        line.returnedQuantity = l.integer(14);
        sale.lines << line;
    }
    for (const SqlRow& t :
         m_db->query("SELECT kind, amount_fen FROM sale_tenders WHERE sale_id = $1 ORDER BY id",
                     {sale.id})) {
        sale.tenders << Tender{tenderKindFromCode(t.text(0)).value_or(TenderKind::Cash),
                               Money::fromFen(t.integer(1))};
    }
    return sale;
}

void SqlStore::creditSalePoints(Id saleId, const SalePoints& points)
{
    m_db->execute(
        "UPDATE sales SET points_member_id = $2, points_multiplier = $3, points_base = $4, "
        "points_bonus = $5, points_earned = $6 WHERE id = $1 AND points_member_id IS NULL",
        {saleId, points.memberId, points.award.multiplier, points.award.base, points.award.bonus,
         points.award.earned()});
}

bool SqlStore::memberBoughtOn(Id memberId, QDate day)
{
    return m_db
        ->queryOne("SELECT 1 FROM sales WHERE points_member_id = $1 AND day = $2 LIMIT 1",
                   {memberId, formatDate(day)})
        .has_value();
}

int SqlStore::membersBuyingBefore(QDate day, const QDateTime& before)
{
    return static_cast<int>(m_db->queryInteger("SELECT COUNT(DISTINCT points_member_id) FROM sales "
                                               "WHERE day = $1 AND points_member_id IS NOT NULL "
                                               "AND at < $2",
                                               {formatDate(day), formatLocalTime(before)}));
}

bool SqlStore::birthdayGiftGiven(Id memberId, int year)
{
    return m_db
        ->queryOne("SELECT 1 FROM sales WHERE points_member_id = $1 AND day >= $2 AND day <= $3 "
                   "AND birthday_gift = 1 LIMIT 1",
                   {memberId, formatDate(QDate(year, 1, 1)), formatDate(QDate(year, 12, 31))})
        .has_value();
}

Id SqlStore::insertReturn(ReturnRecord& r)
{
    r.id = m_db->queryInteger("INSERT INTO returns (sale_id, at, day, refund_fen, points_reversed, "
                              "back_to_gold, staff_id, "
                              "approver_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                              {r.saleId, formatLocalTime(r.at), dayOf(r.at), r.refundTotal().fen(),
                               r.pointsReversed, r.backToGold, r.staffId, r.approverId});
    for (const ReturnLine& line : std::as_const(r.lines)) {
        m_db->execute("INSERT INTO return_lines (return_id, sale_line_id, qty, refund_fen) VALUES "
                      "($1, $2, $3, $4)",
                      {r.id, line.saleLineId, line.quantity, line.refund.fen()});
    }
    for (const Tender& tender : std::as_const(r.refunds)) {
        m_db->execute(
            "INSERT INTO return_tenders (return_id, kind, amount_fen) VALUES ($1, $2, $3)",
            {r.id, tenderKindCode(tender.kind), tender.amount.fen()});
    }
    return r.id;
}

QList<Tender> SqlStore::refundsForSale(Id saleId)
{
    QList<Tender> refunds;
    for (const SqlRow& row :
         m_db->query("SELECT t.kind, SUM(t.amount_fen) FROM returns r "
                     "JOIN return_tenders t ON t.return_id = r.id WHERE r.sale_id = $1 "
                     "GROUP BY t.kind",
                     {saleId})) {
        refunds << Tender{tenderKindFromCode(row.text(0)).value_or(TenderKind::Cash),
                          Money::fromFen(row.integer(1))};
    }
    return refunds;
}

Id SqlStore::insertRedemption(const RedemptionRecord& r)
{
    return m_db->queryInteger(
        "INSERT INTO redemptions (member_id, product_id, counter_id, list_fen, cap_fen, points, "
        "at, day) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {r.memberId, r.productId, r.counterId, r.listPrice.fen(), r.cap.fen(), r.points,
         formatLocalTime(r.at), dayOf(r.at)});
}

std::optional<DiamondGift> SqlStore::diamondGift(Id memberId, int year, int quarter)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT id, member_id, year, quarter, gift, claimed_at, staff_id "
                       "FROM diamond_gifts WHERE member_id = $1 AND year = $2 AND quarter = $3",
                       {memberId, year, quarter});
    if (!row)
        return std::nullopt;
    DiamondGift g;
    g.id = row->integer(0);
    g.memberId = row->integer(1);
    g.year = static_cast<int>(row->integer(2));
    g.quarter = static_cast<int>(row->integer(3));
    g.gift = row->text(4);
    g.claimedAt = parseLocalTime(row->text(5));
    g.staffId = row->optionalInteger(6);
    return g;
}

Id SqlStore::insertDiamondGift(const DiamondGift& g)
{
    return m_db->queryInteger(
        "INSERT INTO diamond_gifts (member_id, year, quarter, gift, claimed_at, staff_id) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {g.memberId, g.year, g.quarter, g.gift, formatLocalTime(g.claimedAt), g.staffId});
}

DayTotals SqlStore::dayTotals(QDate day)
{
    const QString d = formatDate(day);
    DayTotals t;
    if (const std::optional<SqlRow> row = m_db->queryOne(
            "SELECT COUNT(*), COALESCE(SUM(total_fen), 0), "
            "COALESCE(SUM(CASE WHEN points_member_id IS NOT NULL THEN total_fen ELSE 0 END), 0) "
            "FROM sales WHERE day = $1",
            {d})) {
        t.tickets = row->integer(0);
        t.ticketsPaid = Money::fromFen(row->integer(1));
        t.vipTicketsPaid = Money::fromFen(row->integer(2));
    }
    t.items = m_db->queryInteger(
        "SELECT COALESCE(SUM(l.qty), 0) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
        "WHERE s.day = $1",
        {d});
    if (const std::optional<SqlRow> row =
            m_db->queryOne("SELECT COUNT(*), COALESCE(SUM(r.refund_fen), 0), "
                           "COALESCE(SUM(CASE WHEN s.points_member_id IS NOT NULL THEN "
                           "r.refund_fen ELSE 0 END), 0) "
                           "FROM returns r JOIN sales s ON s.id = r.sale_id WHERE r.day = $1",
                           {d})) {
        t.returns = row->integer(0);
        t.refunded = Money::fromFen(row->integer(1));
        t.vipRefunded = Money::fromFen(row->integer(2));
    }
    t.newMembers = m_db->queryInteger("SELECT COUNT(*) FROM members WHERE joined_on = $1", {d});
    if (const std::optional<SqlRow> row = m_db->queryOne(
            "SELECT COALESCE(SUM(CASE WHEN kind IN ('earn', 'bonus') THEN points ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN kind = 'reverse' THEN -points ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN kind = 'redeem' THEN -points ELSE 0 END), 0) "
            "FROM points_ledger WHERE day = $1",
            {d})) {
        t.pointsEarned = row->integer(0);
        t.pointsReversed = row->integer(1);
        t.pointsRedeemed = row->integer(2);
    }
    if (const std::optional<SqlRow> row = m_db->queryOne(
            "SELECT COUNT(*), COALESCE(SUM(list_fen), 0) FROM redemptions WHERE day = $1", {d})) {
        t.redemptions = row->integer(0);
        t.redemptionCost = Money::fromFen(row->integer(1));
    }
    return t;
}

namespace {

constexpr std::string_view StaffColumns =
    "SELECT id, number, name, role, failed_attempts, locked_until, active FROM staff ";

StaffMember staffFromRow(const SqlRow& row)
{
    StaffMember s;
    s.id = row.integer(0);
    s.number = row.text(1);
    s.name = row.text(2);
    s.role = staffRoleFromCode(row.text(3)).value_or(StaffRole::Cashier);
    s.failedAttempts = static_cast<int>(row.integer(4));
    if (const std::optional<QString> until = row.optionalText(5))
        s.lockedUntil = parseLocalTime(*until);
    s.active = row.integer(6) != 0;
    return s;
}

QString itemsText(const QList<std::pair<QString, std::int64_t>>& items)
{
    QStringList parts;
    for (const auto& [barcode, qty] : items)
        parts << QStringLiteral("%1*%2").arg(barcode).arg(qty);
    return parts.join(u' ');
}

QList<std::pair<QString, std::int64_t>> itemsFromText(const QString& text)
{
    QList<std::pair<QString, std::int64_t>> items;
    for (const QString& part : text.split(u' ', Qt::SkipEmptyParts))
        items.append({part.section(u'*', 0, 0), part.section(u'*', 1, 1).toLongLong()});
    return items;
}

} // namespace

std::optional<StaffMember> SqlStore::staffWhere(std::string_view sql, const SqlValue& key)
{
    const std::optional<SqlRow> row = m_db->queryOne(sql, {key});
    if (!row)
        return std::nullopt;
    return staffFromRow(*row);
}

std::optional<StaffMember> SqlStore::staffByNumber(const QString& number)
{
    static const std::string sql = concat(StaffColumns, "WHERE number = $1");
    return staffWhere(sql, number);
}

std::optional<StaffMember> SqlStore::staffById(Id id)
{
    static const std::string sql = concat(StaffColumns, "WHERE id = $1");
    return staffWhere(sql, id);
}

Id SqlStore::insertStaff(const StaffMember& staff, const QString& pinHash)
{
    return m_db->queryInteger(
        "INSERT INTO staff (number, name, role, pin_hash, active) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        {staff.number, staff.name, staffRoleCode(staff.role), pinHash, staff.active});
}

QString SqlStore::staffPinHash(Id staffId)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT pin_hash FROM staff WHERE id = $1", {staffId});
    return row ? row->text(0) : QString();
}

void SqlStore::setStaffLockout(Id staffId, int failedAttempts, std::optional<QDateTime> lockedUntil)
{
    m_db->execute("UPDATE staff SET failed_attempts = $2, locked_until = $3 WHERE id = $1",
                  {staffId, failedAttempts,
                   lockedUntil ? SqlValue(formatLocalTime(*lockedUntil)) : SqlValue()});
}

Id SqlStore::logStaffEvent(const StaffEvent& e)
{
    return m_db->queryInteger(
        "INSERT INTO staff_events (staff_id, approver_id, terminal, action, detail, at) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {e.staffId, e.approverId, e.terminal, e.action, e.detail, formatLocalTime(e.at)});
}

std::int64_t SqlStore::countStaffEvents(const QString& action)
{
    return m_db->queryInteger("SELECT COUNT(*) FROM staff_events WHERE action = $1", {action});
}

Id SqlStore::suspendSale(const SuspendedSale& s)
{
    return m_db->queryInteger(
        "INSERT INTO suspended_sales (terminal, staff_id, card_number, items, total_fen, "
        "suspended_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {s.terminal, s.staffId, s.cardNumber, itemsText(s.items), s.total.fen(),
         formatLocalTime(s.suspendedAt)});
}

QList<SuspendedSale> SqlStore::suspendedSales(const QString& terminal)
{
    QList<SuspendedSale> sales;
    for (const SqlRow& row :
         m_db->query("SELECT id, terminal, staff_id, card_number, items, total_fen, suspended_at "
                     "FROM suspended_sales WHERE terminal = $1 AND resumed_at IS NULL ORDER BY id",
                     {terminal})) {
        SuspendedSale s;
        s.id = row.integer(0);
        s.terminal = row.text(1);
        s.staffId = row.optionalInteger(2);
        s.cardNumber = row.optionalText(3);
        s.items = itemsFromText(row.text(4));
        s.total = Money::fromFen(row.integer(5));
        s.suspendedAt = parseLocalTime(row.text(6));
        sales << s;
    }
    return sales;
}

bool SqlStore::markResumed(Id suspendedId, const QDateTime& at)
{
    return m_db->execute(
               "UPDATE suspended_sales SET resumed_at = $2 WHERE id = $1 AND resumed_at IS NULL",
               {suspendedId, formatLocalTime(at)}) > 0;
}

} // namespace viptill
