#include "SqlStore.h"

#include "Migrations.h"
#include "PostgresConnection.h"
#include "SqliteConnection.h"
#include "core/AuditDigest.h"
#include "core/Clock.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <algorithm>
#include <array>
#include <functional>
#include <string>

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
    "upgraded_by_sale_id, erased_at, imported_on, joining_cancelled_at FROM members ";

Member memberFromRow(const SqlRow& row, const PersonalCipher& personal)
{
    Member m;
    m.id = row.integer(0);
    m.name = row.text(1);
    m.gender = row.text(2).at(0);
    m.birthday = parseDate(row.text(3));
    m.idNumber = personal.open("id_number", row.text(4));
    m.mobile = personal.open("mobile", row.text(5));
    m.address = row.text(6);
    m.category = row.text(7);
    m.tier = tierFromCode(row.text(8)).value_or(Tier::Gold);
    m.joinedAt = parseLocalTime(row.text(9));
    m.upgradedBySaleId = row.optionalInteger(10);
    if (const std::optional<QString> erased = row.optionalText(11)) {
        m.erasedAt = parseLocalTime(*erased);
        m.idNumber.clear(); // "erased:ID", there only to keep the column unique
        m.mobile.clear();
    }
    if (const std::optional<QString> imported = row.optionalText(12))
        m.importedOn = parseDate(*imported);
    if (const std::optional<QString> cancelled = row.optionalText(13))
        m.membershipCancelledAt = parseLocalTime(*cancelled);
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

namespace {

QList<chain::Field> staffEventFields(const StaffEvent& e)
{
    auto id = [](const std::optional<Id>& v) {
        return v ? chain::Field(QString::number(*v)) : std::nullopt;
    };
    return {id(e.staffId), id(e.approverId),      e.terminal, e.action,
            e.detail,      formatLocalTime(e.at), e.subject};
}

QList<chain::Field> ledgerFields(const LedgerEntry& e)
{
    auto id = [](const std::optional<Id>& v) {
        return v ? chain::Field(QString::number(*v)) : std::nullopt;
    };
    return {QString::number(e.memberId),
            pointsKindCode(e.kind),
            QString::number(e.points),
            id(e.saleId),
            id(e.returnId),
            id(e.redemptionId),
            formatLocalTime(e.at),
            dayOf(e.at),
            e.note};
}

QString auditChainOf(const QString& terminal)
{
    return QStringLiteral("audit:") + terminal;
}

QString ledgerChainOf(Id memberId)
{
    return QStringLiteral("ledger:%1").arg(memberId);
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

bool SqlStore::hasSalesOrMembers()
{
    return m_db->queryOne("SELECT 1 FROM sales LIMIT 1") ||
           m_db->queryOne("SELECT 1 FROM members LIMIT 1");
}

bool SqlStore::hasStaff()
{
    return m_db->queryOne("SELECT 1 FROM staff LIMIT 1").has_value();
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
    return upsertProductBy(product, at, source, std::nullopt);
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

namespace {

constexpr std::string_view RuleColumns =
    "SELECT id, name, multiplier, weekdays, months, valid_from, valid_to, birthday, "
    "first_members_per_day, stopped_at FROM multiplier_rules ";

MultiplierRule ruleFromRow(const SqlRow& row)
{
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
    if (const std::optional<QString> stopped = row.optionalText(9))
        rule.stoppedAt = parseLocalTime(*stopped);
    return rule;
}

} // namespace

QList<MultiplierRule> SqlStore::rules()
{
    static const std::string sql = concat(RuleColumns, "ORDER BY id");
    QList<MultiplierRule> found;
    for (const SqlRow& row : m_db->query(sql))
        found << ruleFromRow(row);
    return found;
}

void SqlStore::stopRule(Id ruleId, QDate lastDay, const QDateTime& at, Id staffId)
{
    m_db->execute("UPDATE multiplier_rules SET valid_to = $2, stopped_at = $3, stopped_by = $4 "
                  "WHERE id = $1",
                  {ruleId, formatDate(lastDay), formatLocalTime(at), staffId});
}

QList<MultiplierRule> SqlStore::activeRules()
{
    static const std::string sql = concat(RuleColumns, "WHERE active = 1");
    QList<MultiplierRule> found;
    for (const SqlRow& row : m_db->query(sql))
        found << ruleFromRow(row);
    return found;
}

namespace {

constexpr std::string_view SettingChangeColumns =
    "SELECT id, key, value, valid_from, valid_to, note, set_at, staff_id, last_day, stopped_at, "
    "stopped_by FROM setting_changes ";

SettingChange settingChangeFromRow(const SqlRow& row)
{
    SettingChange c;
    c.id = row.integer(0);
    c.key = row.text(1);
    c.value = row.text(2);
    c.from = parseDate(row.text(3));
    c.to = dateOrNone(row.optionalText(4));
    c.note = row.text(5);
    c.setAt = parseLocalTime(row.text(6));
    c.staffId = row.optionalInteger(7);
    c.lastDay = dateOrNone(row.optionalText(8));
    if (const std::optional<QString> stopped = row.optionalText(9))
        c.stoppedAt = parseLocalTime(*stopped);
    c.stoppedBy = row.optionalInteger(10);
    return c;
}

} // namespace

QList<SettingChange> SqlStore::settingChangesHolding(QDate day)
{
    static const std::string sql = concat(
        SettingChangeColumns, "WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to >= $1) "
                              "AND (last_day IS NULL OR last_day >= $1) ORDER BY valid_from, id");
    QList<SettingChange> found;
    for (const SqlRow& row : m_db->query(sql, {formatDate(day)}))
        found << settingChangeFromRow(row);
    return found;
}

QList<SettingChange> SqlStore::settingChanges()
{
    static const std::string sql = concat(SettingChangeColumns, "ORDER BY id DESC");
    QList<SettingChange> found;
    for (const SqlRow& row : m_db->query(sql))
        found << settingChangeFromRow(row);
    return found;
}

std::optional<SettingChange> SqlStore::settingChange(Id id)
{
    static const std::string sql = concat(SettingChangeColumns, "WHERE id = $1");
    const std::optional<SqlRow> row = m_db->queryOne(sql, {id});
    if (!row)
        return std::nullopt;
    return settingChangeFromRow(*row);
}

Id SqlStore::insertSettingChange(const SettingChange& c)
{
    return m_db->queryInteger(
        "INSERT INTO setting_changes (key, value, valid_from, valid_to, note, set_at, staff_id) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {c.key, c.value, formatDate(c.from), optionalDate(c.to), c.note, formatLocalTime(c.setAt),
         c.staffId});
}

void SqlStore::stopSettingChange(Id id, QDate lastDay, const QDateTime& at, Id staffId)
{
    m_db->execute("UPDATE setting_changes SET last_day = $2, stopped_at = $3, stopped_by = $4 "
                  "WHERE id = $1",
                  {id, formatDate(lastDay), formatLocalTime(at), staffId});
}

std::optional<Member> SqlStore::memberWhere(std::string_view sql, const SqlValue& key)
{
    const std::optional<SqlRow> row = m_db->queryOne(sql, {key});
    if (!row)
        return std::nullopt;
    return memberFromRow(*row, m_personal);
}

std::optional<Member> SqlStore::member(Id id)
{
    static const std::string sql = concat(MemberColumns, "WHERE id = $1");
    return memberWhere(sql, id);
}

std::optional<Member> SqlStore::memberByIdNumber(const QString& idNumber)
{
    static const std::string sql = concat(MemberColumns, "WHERE id_number_hash = $1");
    return memberWhere(sql, m_personal.lookup("id_number", idNumber));
}

std::optional<Member> SqlStore::memberByMobile(const QString& mobile)
{
    static const std::string sql = concat(MemberColumns, "WHERE mobile_hash = $1");
    return memberWhere(sql, m_personal.lookup("mobile", mobile));
}

QList<Member> SqlStore::membersByName(const QString& prefix, int limit)
{
    // A range on the name index rather than LIKE, which SQLite does not
    // index: names from `prefix` up to `prefix` followed by the last code
    // point. Both engines compare names by code point (binary; "C" in
    // PostgreSQL).
    static const std::string sql =
        concat(MemberColumns, "WHERE name >= $1 AND name < $2 AND erased_at IS NULL "
                              "ORDER BY name, id LIMIT $3");
    QList<Member> found;
    if (prefix.isEmpty())
        return found;
    const char32_t last = QChar::LastValidCodePoint;
    const QString end = prefix + QString::fromUcs4(&last, 1);
    for (const SqlRow& row : m_db->query(sql, {prefix, end, limit}))
        found << memberFromRow(row, m_personal);
    return found;
}

Id SqlStore::insertMember(const Member& m)
{
    return m_db->queryInteger(
        "INSERT INTO members (name, gender, birthday, id_number, mobile, address, category, tier, "
        "joined_at, joined_on, upgraded_by_sale_id, id_number_hash, mobile_hash) VALUES ($1, $2, "
        "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        {m.name, QString(m.gender), formatDate(m.birthday),
         m_personal.seal("id_number", m.idNumber), m_personal.seal("mobile", m.mobile), m.address,
         m.category, tierCode(m.tier), formatLocalTime(m.joinedAt), dayOf(m.joinedAt),
         m.upgradedBySaleId, m_personal.lookup("id_number", m.idNumber),
         m_personal.lookup("mobile", m.mobile)});
}

void SqlStore::setMemberTier(Id memberId, Tier tier, std::optional<Id> upgradedBySaleId)
{
    m_db->execute("UPDATE members SET tier = $2, upgraded_by_sale_id = $3 WHERE id = $1",
                  {memberId, tierCode(tier), upgradedBySaleId});
}

void SqlStore::setMembershipCancelled(Id memberId, std::optional<QDateTime> at)
{
    m_db->execute("UPDATE members SET joining_cancelled_at = $2 WHERE id = $1",
                  {memberId, at ? SqlValue(formatLocalTime(*at)) : SqlValue()});
}

namespace {

constexpr std::string_view JoiningColumns =
    "SELECT id, member_id, joined_at, staff_id, cancelled_at, cancelled_by_return_id "
    "FROM joinings ";

Joining joiningFromRow(const SqlRow& row)
{
    Joining j;
    j.id = row.integer(0);
    j.memberId = row.integer(1);
    j.at = parseLocalTime(row.text(2));
    j.staffId = row.optionalInteger(3);
    if (const std::optional<QString> cancelled = row.optionalText(4))
        j.cancelledAt = parseLocalTime(*cancelled);
    j.cancelledByReturnId = row.optionalInteger(5);
    return j;
}

} // namespace

Id SqlStore::insertJoining(const Joining& j)
{
    return m_db->queryInteger(
        "INSERT INTO joinings (member_id, joined_at, day, staff_id) VALUES ($1, $2, $3, $4) "
        "RETURNING id",
        {j.memberId, formatLocalTime(j.at), dayOf(j.at), j.staffId});
}

std::optional<Joining> SqlStore::latestJoining(Id memberId)
{
    static const std::string sql =
        concat(JoiningColumns, "WHERE member_id = $1 ORDER BY id DESC LIMIT 1");
    const std::optional<SqlRow> row = m_db->queryOne(sql, {memberId});
    if (!row)
        return std::nullopt;
    return joiningFromRow(*row);
}

void SqlStore::cancelJoining(Id joiningId, const QDateTime& at, Id returnId)
{
    m_db->execute("UPDATE joinings SET cancelled_at = $2, cancelled_by_return_id = $3 "
                  "WHERE id = $1 AND cancelled_at IS NULL",
                  {joiningId, formatLocalTime(at), returnId});
}

Money SqlStore::keptOfJoining(Id joiningId)
{
    const std::int64_t paid = m_db->queryInteger(
        "SELECT COALESCE(SUM(total_fen), 0) FROM sales WHERE joining_id = $1", {joiningId});
    const std::int64_t refunded =
        m_db->queryInteger("SELECT COALESCE(SUM(r.refund_fen), 0) FROM sales s "
                           "JOIN returns r ON r.sale_id = s.id WHERE s.joining_id = $1",
                           {joiningId});
    return Money::fromFen(paid - refunded);
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
    // redemptions spend points but do not undo having earned them. A member
    // brought from the store's old system earned their `import` points there.
    return m_db->queryInteger(
        "SELECT COALESCE(SUM(points), 0) FROM points_ledger "
        "WHERE member_id = $1 AND kind IN ('earn', 'bonus', 'reverse', 'import')",
        {memberId});
}

QList<LedgerEntry> SqlStore::ledgerOfMember(Id memberId)
{
    QList<LedgerEntry> entries;
    for (const SqlRow& row : m_db->query(
             "SELECT kind, points, sale_id, return_id, redemption_id, at, note FROM points_ledger "
             "WHERE member_id = $1 ORDER BY id",
             {memberId})) {
        LedgerEntry e;
        e.memberId = memberId;
        e.kind = pointsKindFromCode(row.text(0)).value_or(PointsKind::Adjust);
        e.points = row.integer(1);
        e.saleId = row.optionalInteger(2);
        e.returnId = row.optionalInteger(3);
        e.redemptionId = row.optionalInteger(4);
        e.at = parseLocalTime(row.text(5));
        e.note = row.text(6);
        entries << e;
    }
    return entries;
}

Id SqlStore::appendPoints(const LedgerEntry& e)
{
    Transaction transaction(*m_db);
    const Link link = extendChain(ledgerChainOf(e.memberId), ledgerFields(e));
    const Id id = m_db->queryInteger(
        "INSERT INTO points_ledger (member_id, kind, points, sale_id, return_id, redemption_id, "
        "at, day, note, chain_seq, mac) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
        "RETURNING id",
        {e.memberId, pointsKindCode(e.kind), e.points, e.saleId, e.returnId, e.redemptionId,
         formatLocalTime(e.at), dayOf(e.at), e.note, link.seq, link.mac});
    transaction.commit();
    return id;
}

int SqlStore::nextReceiptSequence(const QString& terminal, QDate day)
{
    return static_cast<int>(m_db->queryInteger(
        "INSERT INTO receipt_sequences (terminal, day, last_seq) VALUES ($1, $2, 1) "
        "ON CONFLICT (terminal, day) DO UPDATE SET last_seq = receipt_sequences.last_seq + 1 "
        "RETURNING last_seq",
        {terminal, formatDate(day)}));
}

namespace {

constexpr std::string_view SaleColumns =
    "SELECT id, receipt_no, terminal, at, member_id, card_id, tier, points_member_id, "
    "points_multiplier, points_base, points_bonus, birthday_gift, upgraded_to, staff_id, "
    "joining_id FROM sales ";

} // namespace

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
    static const std::string sql = concat(SaleColumns, "WHERE receipt_no = $1");
    return saleWhere(sql, receiptNo);
}

std::optional<Sale> SqlStore::sale(Id saleId)
{
    static const std::string sql = concat(SaleColumns, "WHERE id = $1");
    return saleWhere(sql, saleId);
}

std::optional<Sale> SqlStore::saleWhere(std::string_view sql, const SqlValue& key)
{
    const std::optional<SqlRow> row = m_db->queryOne(sql, {key});
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
    sale.joiningId = row->optionalInteger(14);

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

void SqlStore::creditSalePoints(Id saleId, const SalePoints& points, Id joiningId)
{
    m_db->execute(
        "UPDATE sales SET points_member_id = $2, points_multiplier = $3, points_base = $4, "
        "points_bonus = $5, points_earned = $6, joining_id = $7 "
        "WHERE id = $1 AND points_member_id IS NULL",
        {saleId, points.memberId, points.award.multiplier, points.award.base, points.award.bonus,
         points.award.earned(), joiningId});
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
        "at, day, staff_id, approver_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
        "RETURNING id",
        {r.memberId, r.productId, r.counterId, r.listPrice.fen(), r.cap.fen(), r.points,
         formatLocalTime(r.at), dayOf(r.at), r.staffId, r.approverId});
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
    return rangeTotals(day, day);
}

namespace {

constexpr std::string_view StaffColumns = "SELECT id, number, name, role, failed_attempts, "
                                          "locked_until, active, must_change_pin FROM staff ";

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
    s.mustChangePin = row.integer(7) != 0;
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

Id SqlStore::insertStaff(const StaffMember& staff, const QString& pinHash, const QDateTime& at)
{
    return m_db->queryInteger(
        "INSERT INTO staff (number, name, role, pin_hash, active, must_change_pin, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        {staff.number, staff.name, staffRoleCode(staff.role), pinHash, staff.active,
         staff.mustChangePin, formatLocalTime(at)});
}

QList<StaffMember> SqlStore::allStaff()
{
    static const std::string sql = concat(StaffColumns, "ORDER BY number");
    QList<StaffMember> found;
    for (const SqlRow& row : m_db->query(sql))
        found << staffFromRow(row);
    return found;
}

std::int64_t SqlStore::activeManagers()
{
    return m_db->queryInteger("SELECT COUNT(*) FROM staff WHERE role = 'manager' AND active = 1");
}

void SqlStore::setStaffRole(Id staffId, StaffRole role)
{
    m_db->execute("UPDATE staff SET role = $2 WHERE id = $1", {staffId, staffRoleCode(role)});
}

void SqlStore::disableStaff(Id staffId, const QDateTime& at)
{
    m_db->execute("UPDATE staff SET active = 0, disabled_at = $2 WHERE id = $1",
                  {staffId, formatLocalTime(at)});
}

void SqlStore::setStaffPin(Id staffId, const QString& pinHash, bool mustChange)
{
    m_db->execute("UPDATE staff SET pin_hash = $2, must_change_pin = $3, failed_attempts = 0, "
                  "locked_until = NULL WHERE id = $1",
                  {staffId, pinHash, mustChange});
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

void SqlStore::anonymiseMember(Id memberId, const QString& placeholderName, const QDateTime& at)
{
    Transaction transaction(*m_db);
    // The plain columns are UNIQUE and NOT NULL from version 1: a value that
    // is no one's keeps them so.
    const QString gone = QStringLiteral("erased:%1").arg(memberId);
    m_db->execute("UPDATE members SET name = $2, id_number = $3, mobile = $3, address = '', "
                  "id_number_hash = NULL, mobile_hash = NULL, "
                  "birthday = substr(birthday, 1, 4) || '-01-01', erased_at = $4 WHERE id = $1",
                  {memberId, placeholderName, gone, formatLocalTime(at)});
    m_db->execute("DELETE FROM member_profiles WHERE member_id = $1", {memberId});
    m_db->execute("DELETE FROM follow_up_calls WHERE member_id = $1 AND outcome IS NULL",
                  {memberId});
    m_db->execute("UPDATE follow_up_calls SET suggestions = '' WHERE member_id = $1", {memberId});
    m_db->execute("UPDATE sms_outbox SET status = CASE WHEN status = 'pending' THEN 'withdrawn' "
                  "ELSE status END, status_at = CASE WHEN status = 'pending' THEN $2 "
                  "ELSE status_at END, mobile = '', text = '' WHERE member_id = $1",
                  {memberId, formatLocalTime(at)});
    transaction.commit();
}

void SqlStore::setPersonalKey(const QByteArray& key)
{
    m_personal.setKey(key);
    if (!m_personal.hasKey())
        return;
    // Rows from before version 8 hold their ID number and mobile in the
    // clear: seal them, once (a store made at version 8 or later has none).
    static constexpr std::string_view Sealed =
        "SELECT COUNT(*) FROM settings WHERE key = 'personal_data_sealed'";
    if (m_db->queryInteger(Sealed) > 0)
        return;
    const std::vector<SqlRow> open =
        m_db->query("SELECT id, id_number, mobile FROM members WHERE erased_at IS NULL AND "
                    "(id_number_hash IS NULL OR mobile_hash IS NULL)");
    const std::vector<SqlRow> outbox =
        m_db->query("SELECT id, mobile FROM sms_outbox WHERE mobile NOT LIKE 'pd1:%'");
    Transaction transaction(*m_db);
    for (const SqlRow& row : open) {
        const QString id = m_personal.open("id_number", row.text(1));
        const QString mobile = m_personal.open("mobile", row.text(2));
        m_db->execute("UPDATE members SET id_number = $2, mobile = $3, id_number_hash = $4, "
                      "mobile_hash = $5 WHERE id = $1",
                      {row.integer(0), m_personal.seal("id_number", id),
                       m_personal.seal("mobile", mobile), m_personal.lookup("id_number", id),
                       m_personal.lookup("mobile", mobile)});
    }
    for (const SqlRow& row : outbox)
        m_db->execute("UPDATE sms_outbox SET mobile = $2 WHERE id = $1",
                      {row.integer(0), m_personal.seal("mobile", row.text(1))});
    m_db->execute("INSERT INTO settings (key, value) VALUES ('personal_data_sealed', '1') "
                  "ON CONFLICT (key) DO NOTHING");
    transaction.commit();
}

void SqlStore::requireChainKey() const
{
    if (m_chainKey.isEmpty())
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("this program has no copy of the store's key file, "
                                          "which the audit trail and the points ledger need"));
}

SqlStore::Link SqlStore::extendChain(const QString& name, const QList<chain::Field>& fields)
{
    requireChainKey();
    m_db->execute("INSERT INTO chain_heads (name, seq, mac, head_mac) VALUES ($1, 0, '', '') "
                  "ON CONFLICT (name) DO NOTHING",
                  {name});
    // The update takes the head's row for this transaction: two appends to
    // one chain are never interleaved (on PostgreSQL the second is run again).
    const std::optional<SqlRow> head = m_db->queryOne(
        "UPDATE chain_heads SET seq = seq + 1 WHERE name = $1 RETURNING seq, mac", {name});
    Link link;
    link.seq = head->integer(0);
    link.mac = chain::entryMac(m_chainKey, name, link.seq, fields, head->text(1));
    m_db->execute("UPDATE chain_heads SET mac = $2, head_mac = $3 WHERE name = $1",
                  {name, link.mac, chain::headMac(m_chainKey, name, link.seq, link.mac)});
    return link;
}

Id SqlStore::logStaffEvent(const StaffEvent& e)
{
    Transaction transaction(*m_db);
    const QString name = auditChainOf(e.terminal);
    const Link link = extendChain(name, staffEventFields(e));
    const Id id = m_db->queryInteger(
        "INSERT INTO staff_events (staff_id, approver_id, terminal, action, detail, at, chain, "
        "chain_seq, mac, subject) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        {e.staffId, e.approverId, e.terminal, e.action, e.detail, formatLocalTime(e.at), name,
         link.seq, link.mac, e.subject});
    transaction.commit();
    return id;
}

void SqlStore::verifyChain(const QString& name, std::string_view rows, std::string_view table,
                           const SqlValue& key, ChainReport& report,
                           const std::function<QList<chain::Field>(const SqlRow&)>& fieldsOf)
{
    const std::optional<SqlRow> head =
        m_db->queryOne("SELECT seq, mac, head_mac FROM chain_heads WHERE name = $1", {name});
    auto fault = [&](const QString& in, std::int64_t id, std::int64_t seq, const QString& why) {
        if (!report.firstBad)
            report.firstBad = ChainFault{name, in, id, seq, why};
    };
    const QString entries = QString::fromLatin1(table.data(), static_cast<qsizetype>(table.size()));
    std::int64_t seq = 0;
    QString mac;
    // Page by page: a year of a store's chain never sits in memory at once.
    for (;;) {
        const std::vector<SqlRow> page = m_db->query(rows, {key, seq});
        for (const SqlRow& row : page) {
            const std::int64_t id = row.integer(0);
            const std::int64_t at = row.integer(1);
            if (at != seq + 1) {
                fault(entries, id, at,
                      QStringLiteral("entry %1 of the chain is missing: deleted").arg(seq + 1));
                return;
            }
            const QString expected = chain::entryMac(m_chainKey, name, at, fieldsOf(row), mac);
            if (!chain::sameMac(expected, row.text(2))) {
                fault(entries, id, at,
                      QStringLiteral("the entry does not match its seal: edited or inserted"));
                return;
            }
            seq = at;
            mac = row.text(2);
            ++report.entries;
        }
        if (page.size() < 2000)
            break;
    }
    if (!head) {
        fault(QStringLiteral("chain_heads"), 0, seq, QStringLiteral("the chain has no head"));
        return;
    }
    if (head->integer(0) != seq || !chain::sameMac(head->text(1), mac))
        fault(QStringLiteral("chain_heads"), 0, head->integer(0),
              QStringLiteral("the chain ends at entry %1 but its head says %2: entries cut off "
                             "the end")
                  .arg(seq)
                  .arg(head->integer(0)));
    else if (!chain::sameMac(head->text(2), chain::headMac(m_chainKey, name, seq, mac)))
        fault(QStringLiteral("chain_heads"), 0, seq,
              QStringLiteral("the chain's head does not match its seal: edited"));
}

QList<Sale> SqlStore::salesAfter(Id afterId, int limit)
{
    QList<Sale> sales;
    for (const SqlRow& row : m_db->query(
             "SELECT receipt_no FROM sales WHERE id > $1 ORDER BY id LIMIT $2", {afterId, limit})) {
        if (std::optional<Sale> sale = saleByReceipt(row.text(0)))
            sales << *sale;
    }
    return sales;
}

QList<ReturnRecord> SqlStore::returnsAfter(Id afterId, int limit)
{
    QList<ReturnRecord> returns;
    for (const SqlRow& row :
         m_db->query("SELECT id, sale_id, at, points_reversed, back_to_gold, staff_id, approver_id "
                     "FROM returns WHERE id > $1 ORDER BY id LIMIT $2",
                     {afterId, limit})) {
        ReturnRecord r;
        r.id = row.integer(0);
        r.saleId = row.integer(1);
        r.at = parseLocalTime(row.text(2));
        r.pointsReversed = row.integer(3);
        r.backToGold = row.integer(4) != 0;
        r.staffId = row.optionalInteger(5);
        r.approverId = row.optionalInteger(6);
        for (const SqlRow& line : m_db->query("SELECT sale_line_id, qty, refund_fen FROM "
                                              "return_lines WHERE return_id = $1 ORDER BY id",
                                              {r.id}))
            r.lines << ReturnLine{line.integer(0), line.integer(1),
                                  Money::fromFen(line.integer(2))};
        for (const SqlRow& t : m_db->query("SELECT kind, amount_fen FROM return_tenders WHERE "
                                           "return_id = $1 ORDER BY id",
                                           {r.id}))
            r.refunds << Tender{tenderKindFromCode(t.text(0)).value_or(TenderKind::Cash),
                                Money::fromFen(t.integer(1))};
        returns << r;
    }
    return returns;
}

QList<Card> SqlStore::cardsAfter(Id afterId, int limit)
{
    QList<Card> cards;
    for (const SqlRow& row :
         m_db->query("SELECT id, number, member_id, generation, status, tier, chip_uid FROM cards "
                     "WHERE id > $1 ORDER BY id LIMIT $2",
                     {afterId, limit}))
        cards << cardFromRow(row);
    return cards;
}

QList<std::pair<Id, Tier>> SqlStore::memberTiersAfter(Id afterId, int limit)
{
    QList<std::pair<Id, Tier>> tiers;
    for (const SqlRow& row : m_db->query(
             "SELECT id, tier FROM members WHERE id > $1 ORDER BY id LIMIT $2", {afterId, limit}))
        tiers << std::pair{row.integer(0), tierFromCode(row.text(1)).value_or(Tier::Gold)};
    return tiers;
}

QList<Product> SqlStore::productsAfter(Id afterId, int limit)
{
    static const std::string sql = concat(ProductColumns, "WHERE p.id > $1 ORDER BY p.id LIMIT $2");
    QList<Product> found;
    for (const SqlRow& row : m_db->query(sql, {afterId, limit}))
        found << productFromRow(row);
    return found;
}

std::optional<QString> SqlStore::lastAuditDetail(const QString& action, const QString& subject)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT detail FROM staff_events WHERE action = $1 AND subject = $2 "
                       "ORDER BY id DESC LIMIT 1",
                       {action, subject});
    if (!row)
        return std::nullopt;
    return row->text(0);
}

QList<std::pair<Id, QString>> SqlStore::auditSubjectsAfter(const QString& action, Id afterId,
                                                           int limit)
{
    QList<std::pair<Id, QString>> found;
    for (const SqlRow& row :
         m_db->query("SELECT id, subject FROM staff_events WHERE action = $1 AND id > $2 "
                     "ORDER BY id LIMIT $3",
                     {action, afterId, limit}))
        found << std::pair{row.integer(0), row.text(1)};
    return found;
}

ChainReport SqlStore::verifyChains()
{
    if (m_chainKey.isEmpty())
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("this program has no copy of the store's key file, "
                                          "which checking the audit trail needs"));
    ChainReport report;
    // Rows in no chain were not written by VipTill.
    for (const auto& [table, sql] :
         {std::pair{"staff_events", "SELECT id FROM staff_events WHERE chain IS NULL OR "
                                    "chain_seq IS NULL OR mac IS NULL ORDER BY id LIMIT 1"},
          std::pair{"points_ledger", "SELECT id FROM points_ledger WHERE chain_seq IS NULL OR "
                                     "mac IS NULL ORDER BY id LIMIT 1"}}) {
        if (const std::optional<SqlRow> row = m_db->queryOne(sql)) {
            report.firstBad = ChainFault{{},
                                         QString::fromLatin1(table),
                                         row->integer(0),
                                         0,
                                         QStringLiteral("an entry in no chain: not written by "
                                                        "VipTill")};
            return report;
        }
    }
    QStringList names;
    for (const SqlRow& row : m_db->query("SELECT name FROM chain_heads ORDER BY name"))
        names << row.text(0);
    for (const SqlRow& row : m_db->query("SELECT DISTINCT chain FROM staff_events"))
        names << row.text(0);
    for (const SqlRow& row : m_db->query("SELECT DISTINCT member_id FROM points_ledger"))
        names << ledgerChainOf(row.integer(0));
    names.removeDuplicates();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        if (name.startsWith(u"audit:")) {
            verifyChain(name,
                        "SELECT id, chain_seq, mac, staff_id, approver_id, terminal, action, "
                        "detail, at, subject FROM staff_events WHERE chain = $1 AND chain_seq > $2 "
                        "ORDER BY chain_seq LIMIT 2000",
                        "staff_events", name, report, [](const SqlRow& r) {
                            return QList<chain::Field>{
                                r.optionalText(3), r.optionalText(4), r.text(5), r.text(6),
                                r.text(7),         r.text(8),         r.text(9)};
                        });
        } else {
            verifyChain(name,
                        "SELECT id, chain_seq, mac, member_id, kind, points, sale_id, return_id, "
                        "redemption_id, at, day, note FROM points_ledger WHERE member_id = $1 "
                        "AND chain_seq > $2 ORDER BY chain_seq LIMIT 2000",
                        "points_ledger", static_cast<std::int64_t>(name.mid(7).toLongLong()),
                        report, [](const SqlRow& r) {
                            return QList<chain::Field>{
                                r.text(3),         r.text(4),         r.text(5),
                                r.optionalText(6), r.optionalText(7), r.optionalText(8),
                                r.text(9),         r.text(10),        r.text(11)};
                        });
        }
        if (report.firstBad)
            break;
    }
    return report;
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

// ---- Customer care (客户维护) ------------------------------------------------

namespace {

// The last purchase day credited to member m, else the joining day; for a
// member brought from the store's old system, the day of the import (their
// visits there are not known, and their card works from that day).
constexpr std::string_view LastVisitOfM =
    "COALESCE((SELECT MAX(s.day) FROM sales s WHERE s.points_member_id = m.id), m.imported_on, "
    "m.joined_on)";

constexpr std::string_view MemberColumnsOfM =
    "SELECT m.id, m.name, m.gender, m.birthday, m.id_number, m.mobile, m.address, m.category, "
    "m.tier, m.joined_at, m.upgraded_by_sale_id, m.erased_at, m.imported_on, "
    "m.joining_cancelled_at FROM members m ";

std::optional<QDate> optionalDay(const std::optional<QString>& text)
{
    if (!text)
        return std::nullopt;
    const QDate day = parseDate(*text);
    if (!day.isValid())
        return std::nullopt;
    return day;
}

constexpr std::string_view CallColumns =
    "SELECT id, member_id, kind, subject, due_on, window_from, window_to, assigned_to, "
    "planned_at, outcome, satisfaction, suggestions, called_at, called_by FROM follow_up_calls ";

FollowUpCall callFromRow(const SqlRow& row)
{
    FollowUpCall c;
    c.id = row.integer(0);
    c.memberId = row.integer(1);
    c.kind = callKindFromCode(row.text(2)).value_or(CallKind::ProductUse);
    c.subject = row.text(3);
    c.dueOn = parseDate(row.text(4));
    c.window = {QTime::fromString(row.text(5), QStringLiteral("HH:mm")),
                QTime::fromString(row.text(6), QStringLiteral("HH:mm"))};
    c.assignedTo = row.optionalInteger(7);
    c.plannedAt = parseLocalTime(row.text(8));
    if (const std::optional<QString> outcome = row.optionalText(9))
        c.outcome = callOutcomeFromCode(*outcome);
    if (const std::optional<std::int64_t> s = row.optionalInteger(10))
        c.satisfaction = static_cast<int>(*s);
    c.suggestions = row.text(11);
    if (const std::optional<QString> at = row.optionalText(12))
        c.calledAt = parseLocalTime(*at);
    c.calledBy = row.optionalInteger(13);
    return c;
}

constexpr std::string_view OutboxColumns =
    "SELECT id, member_id, kind, occasion, for_date, mobile, text, created_at, status, status_at, "
    "batch FROM sms_outbox ";

OutboxMessage outboxFromRow(const SqlRow& row, const PersonalCipher& personal)
{
    OutboxMessage m;
    m.id = row.integer(0);
    m.memberId = row.integer(1);
    m.kind = messageKindFromCode(row.text(2)).value_or(MessageKind::Greeting);
    m.occasion = row.text(3);
    m.forDate = parseDate(row.text(4));
    m.mobile = personal.open("mobile", row.text(5));
    m.text = row.text(6);
    m.createdAt = parseLocalTime(row.text(7));
    m.status = outboxStatusFromCode(row.text(8)).value_or(OutboxStatus::Pending);
    if (const std::optional<QString> at = row.optionalText(9))
        m.statusAt = parseLocalTime(*at);
    m.batch = row.text(10);
    return m;
}

constexpr std::string_view ClassColumns =
    "SELECT c.member_id, m.name, m.tier, c.class, c.last_visit, c.visits, c.spend_fen, "
    "c.computed_on FROM member_classes c JOIN members m ON m.id = c.member_id ";

MemberClassRecord classFromRow(const SqlRow& row)
{
    MemberClassRecord r;
    r.memberId = row.integer(0);
    r.name = row.text(1);
    r.tier = tierFromCode(row.text(2)).value_or(Tier::Gold);
    r.memberClass = memberClassFromCode(row.text(3)).value_or(MemberClass::C);
    r.lastVisit = parseDate(row.text(4));
    r.visits = row.integer(5);
    r.spend = Money::fromFen(row.integer(6));
    r.computedOn = parseDate(row.text(7));
    return r;
}

} // namespace

std::optional<MemberProfile> SqlStore::memberProfile(Id memberId)
{
    const std::optional<SqlRow> row = m_db->queryOne(
        "SELECT member_id, email, sizes, job, family, tastes, hobbies, preferred_contact, "
        "promotion_response, call_window, sms_opt_out, updated_at, updated_by "
        "FROM member_profiles WHERE member_id = $1",
        {memberId});
    if (!row)
        return std::nullopt;
    MemberProfile p;
    p.memberId = row->integer(0);
    p.email = row->text(1);
    p.sizes = row->text(2);
    p.job = row->text(3);
    p.family = row->text(4);
    p.tastes = row->text(5);
    p.hobbies = row->text(6);
    p.preferredContact = contactChannelFromCode(row->text(7)).value_or(ContactChannel::Phone);
    p.promotionResponse =
        promotionResponseFromCode(row->text(8)).value_or(PromotionResponse::Unknown);
    p.callWindow = callWindowFromCode(row->text(9)).value_or(CallWindow::Daytime);
    p.smsOptOut = row->integer(10) != 0;
    p.updatedAt = parseLocalTime(row->text(11));
    p.updatedBy = row->optionalInteger(12);
    return p;
}

void SqlStore::saveMemberProfile(const MemberProfile& p)
{
    m_db->execute(
        "INSERT INTO member_profiles (member_id, email, sizes, job, family, tastes, hobbies, "
        "preferred_contact, promotion_response, call_window, sms_opt_out, updated_at, updated_by) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) "
        "ON CONFLICT (member_id) DO UPDATE SET email = excluded.email, sizes = excluded.sizes, "
        "job = excluded.job, family = excluded.family, tastes = excluded.tastes, "
        "hobbies = excluded.hobbies, preferred_contact = excluded.preferred_contact, "
        "promotion_response = excluded.promotion_response, call_window = excluded.call_window, "
        "sms_opt_out = excluded.sms_opt_out, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by",
        {p.memberId, p.email, p.sizes, p.job, p.family, p.tastes, p.hobbies,
         contactChannelCode(p.preferredContact), promotionResponseCode(p.promotionResponse),
         callWindowCode(p.callWindow), p.smsOptOut, formatLocalTime(p.updatedAt), p.updatedBy});
}

void SqlStore::updateMemberDetails(const Member& m)
{
    m_db->execute("UPDATE members SET name = $2, mobile = $3, address = $4, category = $5, "
                  "mobile_hash = $6 WHERE id = $1",
                  {m.id, m.name, m_personal.seal("mobile", m.mobile), m.address, m.category,
                   m_personal.lookup("mobile", m.mobile)});
}

std::optional<QDate> SqlStore::lastVisit(Id memberId)
{
    static const std::string sql =
        concat(concat("SELECT ", LastVisitOfM), " FROM members m WHERE m.id = $1");
    const std::optional<SqlRow> row = m_db->queryOne(sql, {memberId});
    if (!row)
        return std::nullopt;
    return optionalDay(row->optionalText(0));
}

std::optional<QDate> SqlStore::lastRevival(Id memberId)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT MAX(day) FROM card_revivals WHERE member_id = $1", {memberId});
    return row ? optionalDay(row->optionalText(0)) : std::nullopt;
}

Id SqlStore::insertCardRevival(const CardRevival& r)
{
    return m_db->queryInteger(
        "INSERT INTO card_revivals (card_id, member_id, at, day, lapsed_on, staff_id) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {r.cardId, r.memberId, formatLocalTime(r.at), dayOf(r.at), formatDate(r.lapsedOn),
         r.staffId});
}

QList<MemberVisit> SqlStore::membersLastVisitedBy(QDate lastVisitUpTo)
{
    static const std::string sql =
        concat(concat("SELECT id, name, tier, last_visit FROM (SELECT m.id AS id, m.name AS name, "
                      "m.tier AS tier, ",
                      LastVisitOfM),
               " AS last_visit FROM members m WHERE m.erased_at IS NULL AND "
               "m.joining_cancelled_at IS NULL) v WHERE last_visit <= $1 "
               "ORDER BY last_visit, id");
    QList<MemberVisit> found;
    for (const SqlRow& row : m_db->query(sql, {formatDate(lastVisitUpTo)}))
        found << MemberVisit{row.integer(0), row.text(1),
                             tierFromCode(row.text(2)).value_or(Tier::Gold),
                             parseDate(row.text(3))};
    return found;
}

QList<LapseClock> SqlStore::lapseClocks(QDate anchorFrom, QDate anchorTo)
{
    static const std::string sql = concat(
        concat("SELECT member_id, name, tier, card_id, number, status, last_visit, revived FROM "
               "(SELECT a.*, CASE WHEN revived IS NOT NULL AND revived > last_visit THEN revived "
               "ELSE last_visit END AS anchor FROM "
               "(SELECT c.member_id AS member_id, m.name AS name, m.tier AS tier, c.id AS card_id, "
               "c.number AS number, c.status AS status, ",
               LastVisitOfM),
        " AS last_visit, (SELECT MAX(r.day) FROM card_revivals r WHERE r.member_id = m.id) AS "
        "revived FROM cards c JOIN members m ON m.id = c.member_id "
        "WHERE c.status IN ('active', 'lapsed')) a) b "
        "WHERE anchor >= $1 AND anchor <= $2 ORDER BY anchor, member_id");
    QList<LapseClock> found;
    for (const SqlRow& row : m_db->query(sql, {formatDate(anchorFrom), formatDate(anchorTo)})) {
        LapseClock c;
        c.memberId = row.integer(0);
        c.name = row.text(1);
        c.tier = tierFromCode(row.text(2)).value_or(Tier::Gold);
        c.cardId = row.integer(3);
        c.cardNumber = row.text(4);
        c.status = cardStatusFromCode(row.text(5)).value_or(CardStatus::Active);
        c.lastVisit = parseDate(row.text(6));
        c.lastRevival = optionalDay(row.optionalText(7));
        found << c;
    }
    return found;
}

QList<RfmRow> SqlStore::rfmRows(QDate from, QDate to)
{
    const QString f = formatDate(from);
    const QString t = formatDate(to);
    QHash<Id, std::pair<std::int64_t, std::int64_t>> bought; // visits, fen
    for (const SqlRow& row :
         m_db->query("SELECT points_member_id, COUNT(DISTINCT day), SUM(total_fen) FROM sales "
                     "WHERE day >= $1 AND day <= $2 AND points_member_id IS NOT NULL "
                     "GROUP BY points_member_id",
                     {f, t}))
        bought.insert(row.integer(0), {row.integer(1), row.integer(2)});
    QHash<Id, std::int64_t> refunded;
    for (const SqlRow& row :
         m_db->query("SELECT s.points_member_id, SUM(r.refund_fen) FROM sales s "
                     "JOIN returns r ON r.sale_id = s.id WHERE s.day >= $1 AND s.day <= $2 "
                     "AND s.points_member_id IS NOT NULL GROUP BY s.points_member_id",
                     {f, t}))
        refunded.insert(row.integer(0), row.integer(1));
    QList<RfmRow> rows;
    for (const SqlRow& row :
         m_db->query("SELECT m.id, COALESCE((SELECT MAX(s.day) FROM sales s WHERE "
                     "s.points_member_id = m.id AND s.day <= $1), m.imported_on, m.joined_on) "
                     "FROM members m ORDER BY m.id",
                     {t})) {
        RfmRow r;
        r.memberId = row.integer(0);
        r.lastVisit = parseDate(row.text(1));
        const auto figures = bought.value(r.memberId);
        r.visits = figures.first;
        r.spend = Money::fromFen(figures.second - refunded.value(r.memberId));
        rows << r;
    }
    return rows;
}

void SqlStore::saveMemberClass(const MemberClassRecord& r)
{
    m_db->execute(
        "INSERT INTO member_classes (member_id, class, last_visit, visits, spend_fen, computed_on) "
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (member_id) DO UPDATE SET "
        "class = excluded.class, last_visit = excluded.last_visit, visits = excluded.visits, "
        "spend_fen = excluded.spend_fen, computed_on = excluded.computed_on",
        {r.memberId, memberClassCode(r.memberClass), formatDate(r.lastVisit), r.visits,
         r.spend.fen(), formatDate(r.computedOn)});
}

std::optional<MemberClassRecord> SqlStore::memberClass(Id memberId)
{
    static const std::string sql = concat(ClassColumns, "WHERE c.member_id = $1");
    const std::optional<SqlRow> row = m_db->queryOne(sql, {memberId});
    if (!row)
        return std::nullopt;
    return classFromRow(*row);
}

QList<MemberClassRecord> SqlStore::memberClasses(const MemberClassFilter& f)
{
    static const std::string sql =
        concat(ClassColumns,
               "WHERE ($1 = '' OR c.class = $1) AND ($2 = '' OR m.tier = $2) "
               "AND ($3 = '' OR c.last_visit >= $3) AND ($4 = '' OR c.last_visit <= $4) "
               "AND ($5 = 0 OR EXISTS (SELECT 1 FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
               "WHERE s.points_member_id = c.member_id AND s.day >= $6 AND l.counter_id = $5)) "
               "ORDER BY c.class, c.spend_fen DESC, c.member_id LIMIT $7");
    QList<MemberClassRecord> found;
    for (const SqlRow& row : m_db->query(
             sql, {f.memberClass ? memberClassCode(*f.memberClass) : QString(),
                   f.tier ? tierCode(*f.tier) : QString(),
                   f.visitedFrom ? formatDate(*f.visitedFrom) : QString(),
                   f.visitedTo ? formatDate(*f.visitedTo) : QString(), f.counterId.value_or(0),
                   f.boughtAtCounterSince.isValid() ? formatDate(f.boughtAtCounterSince)
                                                    : QStringLiteral("0000-00-00"),
                   f.limit}))
        found << classFromRow(row);
    return found;
}

std::int64_t SqlStore::visitDays(Id memberId, QDate from, QDate to)
{
    return m_db->queryInteger("SELECT COUNT(DISTINCT day) FROM sales WHERE points_member_id = $1 "
                              "AND day >= $2 AND day <= $3",
                              {memberId, formatDate(from), formatDate(to)});
}

Money SqlStore::memberSpend(Id memberId, QDate from, QDate to)
{
    const QString f = formatDate(from);
    const QString t = formatDate(to);
    const std::int64_t paid = m_db->queryInteger(
        "SELECT COALESCE(SUM(total_fen), 0) FROM sales WHERE points_member_id = $1 "
        "AND day >= $2 AND day <= $3",
        {memberId, f, t});
    const std::int64_t refunded = m_db->queryInteger(
        "SELECT COALESCE(SUM(r.refund_fen), 0) FROM sales s JOIN returns r ON r.sale_id = s.id "
        "WHERE s.points_member_id = $1 AND s.day >= $2 AND s.day <= $3",
        {memberId, f, t});
    return Money::fromFen(paid - refunded);
}

QList<std::pair<QString, Money>> SqlStore::spendByCounter(Id memberId, QDate from, QDate to)
{
    const QString f = formatDate(from);
    const QString t = formatDate(to);
    QHash<QString, std::int64_t> refunded;
    for (const SqlRow& row : m_db->query(
             "SELECT l.counter_name, SUM(rl.refund_fen) FROM sales s "
             "JOIN sale_lines l ON l.sale_id = s.id JOIN return_lines rl ON rl.sale_line_id = l.id "
             "WHERE s.points_member_id = $1 AND s.day >= $2 AND s.day <= $3 "
             "GROUP BY l.counter_name",
             {memberId, f, t}))
        refunded.insert(row.text(0), row.integer(1));
    QList<std::pair<QString, Money>> spend;
    for (const SqlRow& row :
         m_db->query("SELECT l.counter_name, SUM(l.amount_fen) FROM sales s "
                     "JOIN sale_lines l ON l.sale_id = s.id WHERE s.points_member_id = $1 "
                     "AND s.day >= $2 AND s.day <= $3 GROUP BY l.counter_name",
                     {memberId, f, t})) {
        const Money kept = Money::fromFen(row.integer(1) - refunded.value(row.text(0)));
        if (kept > Money())
            spend.append({row.text(0), kept});
    }
    std::sort(spend.begin(), spend.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return spend;
}

QStringList SqlStore::receiptsOfMember(Id memberId, int limit)
{
    QStringList receipts;
    for (const SqlRow& row : m_db->query("SELECT receipt_no FROM sales WHERE points_member_id = $1 "
                                         "ORDER BY day DESC, at DESC, id DESC LIMIT $2",
                                         {memberId, limit}))
        receipts << row.text(0);
    return receipts;
}

QList<std::pair<Id, QDate>> SqlStore::memberPurchaseDays(QDate from, QDate to, Money atLeast)
{
    QList<std::pair<Id, QDate>> days;
    // A receipt wholly refunded is no purchase, whatever the minimum.
    const std::int64_t keptAtLeast = std::max<std::int64_t>(atLeast.fen(), 1);
    for (const SqlRow& row :
         m_db->query("SELECT DISTINCT s.points_member_id, s.day FROM sales s "
                     "WHERE s.day >= $1 AND s.day <= $2 AND s.points_member_id IS NOT NULL "
                     "AND s.total_fen - (SELECT COALESCE(SUM(r.refund_fen), 0) FROM returns r "
                     "WHERE r.sale_id = s.id) >= $3 ORDER BY s.points_member_id, s.day",
                     {formatDate(from), formatDate(to), keptAtLeast}))
        days.append({row.integer(0), parseDate(row.text(1))});
    return days;
}

QList<std::pair<Id, Id>> SqlStore::memberReturns(QDate from, QDate to)
{
    QList<std::pair<Id, Id>> found;
    for (const SqlRow& row :
         m_db->query("SELECT r.id, s.points_member_id FROM returns r "
                     "JOIN sales s ON s.id = r.sale_id WHERE r.day >= $1 AND r.day <= $2 "
                     "AND s.points_member_id IS NOT NULL ORDER BY r.id",
                     {formatDate(from), formatDate(to)}))
        found.append({row.integer(0), row.integer(1)});
    return found;
}

std::optional<std::pair<QString, QDateTime>> SqlStore::returnedReceipt(Id returnId)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT s.receipt_no, r.at FROM returns r JOIN sales s ON s.id = r.sale_id "
                       "WHERE r.id = $1",
                       {returnId});
    if (!row)
        return std::nullopt;
    return std::pair{row->text(0), parseLocalTime(row->text(1))};
}

QList<Member> SqlStore::membersBornOn(const QStringList& monthDays)
{
    static const std::string sql =
        concat(MemberColumnsOfM, "WHERE substr(m.birthday, 6) IN ($1, $2) "
                                 "AND m.erased_at IS NULL ORDER BY m.id");
    QList<Member> found;
    if (monthDays.isEmpty())
        return found;
    for (const SqlRow& row : m_db->query(sql, {monthDays.first(), monthDays.last()}))
        found << memberFromRow(row, m_personal);
    return found;
}

QList<Store::PointsStanding> SqlStore::pointsStandings(std::int64_t minBalance)
{
    QList<PointsStanding> found;
    for (const SqlRow& row : m_db->query(
             "SELECT p.member_id, p.balance, (SELECT MAX(d.day) FROM redemptions d "
             "WHERE d.member_id = p.member_id), COALESCE(m.imported_on, m.joined_on) FROM "
             "(SELECT member_id, SUM(points) AS balance FROM points_ledger GROUP BY member_id) p "
             "JOIN members m ON m.id = p.member_id WHERE p.balance >= $1 ORDER BY p.member_id",
             {minBalance})) {
        PointsStanding s;
        s.memberId = row.integer(0);
        s.balance = row.integer(1);
        s.lastRedemption = optionalDay(row.optionalText(2));
        s.joinedOn = parseDate(row.text(3));
        found << s;
    }
    return found;
}

QList<StaffMember> SqlStore::activeStaff(StaffRole role)
{
    static const std::string sql =
        concat(StaffColumns, "WHERE role = $1 AND active = 1 ORDER BY id");
    QList<StaffMember> found;
    for (const SqlRow& row : m_db->query(sql, {staffRoleCode(role)}))
        found << staffFromRow(row);
    return found;
}

Id SqlStore::insertCall(const FollowUpCall& c)
{
    return m_db->queryInteger(
        "INSERT INTO follow_up_calls (member_id, kind, subject, due_on, window_from, window_to, "
        "assigned_to, planned_at) SELECT $1, $2, $3, $4, $5, $6, $7, $8 FROM members "
        // nobody calls an erased member, nor one whose membership was cancelled
        "WHERE id = $1 AND erased_at IS NULL AND joining_cancelled_at IS NULL "
        "ON CONFLICT (member_id, kind, subject) DO NOTHING RETURNING id",
        {c.memberId, callKindCode(c.kind), c.subject, formatDate(c.dueOn),
         c.window.from.toString(QStringLiteral("HH:mm")),
         c.window.to.toString(QStringLiteral("HH:mm")), c.assignedTo,
         formatLocalTime(c.plannedAt)});
}

std::optional<FollowUpCall> SqlStore::call(Id callId)
{
    static const std::string sql = concat(CallColumns, "WHERE id = $1");
    const std::optional<SqlRow> row = m_db->queryOne(sql, {callId});
    if (!row)
        return std::nullopt;
    return callFromRow(*row);
}

QList<FollowUpCall> SqlStore::callsDueBetween(QDate from, QDate to)
{
    static const std::string sql =
        concat(CallColumns, "WHERE due_on >= $1 AND due_on <= $2 "
                            "ORDER BY due_on, window_from, assigned_to, member_id, id");
    QList<FollowUpCall> calls;
    for (const SqlRow& row : m_db->query(sql, {formatDate(from), formatDate(to)}))
        calls << callFromRow(row);
    return calls;
}

QList<FollowUpCall> SqlStore::callsOfMember(Id memberId)
{
    static const std::string sql =
        concat(CallColumns, "WHERE member_id = $1 ORDER BY due_on DESC, id DESC");
    QList<FollowUpCall> calls;
    for (const SqlRow& row : m_db->query(sql, {memberId}))
        calls << callFromRow(row);
    return calls;
}

std::int64_t SqlStore::callsDueInYear(Id memberId, int year)
{
    return m_db->queryInteger(
        "SELECT COUNT(*) FROM follow_up_calls WHERE member_id = $1 "
        "AND due_on >= $2 AND due_on <= $3",
        {memberId, formatDate(QDate(year, 1, 1)), formatDate(QDate(year, 12, 31))});
}

bool SqlStore::callDueOn(Id memberId, QDate day)
{
    return m_db
        ->queryOne("SELECT 1 FROM follow_up_calls WHERE member_id = $1 AND due_on = $2 LIMIT 1",
                   {memberId, formatDate(day)})
        .has_value();
}

std::optional<QDate> SqlStore::lastCallOfKind(Id memberId, CallKind kind)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT MAX(due_on) FROM follow_up_calls WHERE member_id = $1 AND kind = $2",
                       {memberId, callKindCode(kind)});
    return row ? optionalDay(row->optionalText(0)) : std::nullopt;
}

bool SqlStore::recordCallOutcome(const FollowUpCall& c)
{
    return m_db->execute(
               "UPDATE follow_up_calls SET outcome = $2, satisfaction = $3, suggestions = $4, "
               "called_at = $5, called_by = $6 WHERE id = $1 AND outcome IS NULL",
               {c.id, c.outcome ? SqlValue(callOutcomeCode(*c.outcome)) : SqlValue(),
                c.satisfaction, c.suggestions, formatLocalTime(c.calledAt), c.calledBy}) > 0;
}

QList<Member> SqlStore::messageRecipients()
{
    static const std::string sql =
        concat(MemberColumnsOfM, "LEFT JOIN member_profiles p ON p.member_id = m.id "
                                 "WHERE COALESCE(p.sms_opt_out, 0) = 0 AND m.erased_at IS NULL "
                                 "ORDER BY m.id");
    QList<Member> found;
    for (const SqlRow& row : m_db->query(sql))
        found << memberFromRow(row, m_personal);
    return found;
}

Id SqlStore::insertOutboxMessage(const OutboxMessage& m)
{
    return m_db->queryInteger(
        "INSERT INTO sms_outbox (member_id, kind, occasion, for_date, mobile, text, created_at, "
        "status) SELECT $1, $2, $3, $4, $5, $6, $7, $8 FROM members "
        "WHERE id = $1 AND erased_at IS NULL AND joining_cancelled_at IS NULL " // nor writes
        "ON CONFLICT (member_id, kind, for_date) DO NOTHING RETURNING id",
        {m.memberId, messageKindCode(m.kind), m.occasion, formatDate(m.forDate),
         m_personal.seal("mobile", m.mobile), m.text, formatLocalTime(m.createdAt),
         outboxStatusCode(m.status)});
}

QList<OutboxMessage> SqlStore::outboxOn(QDate day)
{
    static const std::string sql = concat(OutboxColumns, "WHERE for_date = $1 ORDER BY id");
    QList<OutboxMessage> found;
    for (const SqlRow& row : m_db->query(sql, {formatDate(day)}))
        found << outboxFromRow(row, m_personal);
    return found;
}

QList<OutboxMessage> SqlStore::outboxOfMember(Id memberId)
{
    static const std::string sql =
        concat(OutboxColumns, "WHERE member_id = $1 ORDER BY for_date DESC, id DESC");
    QList<OutboxMessage> found;
    for (const SqlRow& row : m_db->query(sql, {memberId}))
        found << outboxFromRow(row, m_personal);
    return found;
}

std::optional<QDate> SqlStore::lastMessageOfKind(Id memberId, MessageKind kind)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT MAX(for_date) FROM sms_outbox WHERE member_id = $1 AND kind = $2 "
                       "AND status <> 'withdrawn'",
                       {memberId, messageKindCode(kind)});
    return row ? optionalDay(row->optionalText(0)) : std::nullopt;
}

void SqlStore::setOutboxStatus(Id messageId, OutboxStatus status, const QDateTime& at,
                               const QString& batch)
{
    m_db->execute("UPDATE sms_outbox SET status = $2, status_at = $3, batch = $4 WHERE id = $1",
                  {messageId, outboxStatusCode(status), formatLocalTime(at), batch});
}

// --- The manager's office ---

namespace {

// Keeps a read transaction open: every statement in it sees the database as
// it was at its first read, and writers are not held up (WAL).
class SqlReadSnapshot final : public Store::ReadSnapshot
{
public:
    SqlReadSnapshot(SqlConnection& db, int& open)
        : m_db(db)
        , m_open(open)
    {
        if (m_open++ == 0 && m_db.transactionDepth() == 0) {
            m_db.execute(m_db.engine() == u"sqlite"
                             ? "BEGIN DEFERRED"
                             : "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            m_began = true;
        }
    }
    ~SqlReadSnapshot() override
    {
        --m_open;
        if (!m_began)
            return;
        try {
            m_db.execute("COMMIT");
        } catch (const StorageError&) {
            // A read-only transaction has nothing to lose; a destructor must not throw.
        }
    }
    SqlReadSnapshot(const SqlReadSnapshot&) = delete;
    SqlReadSnapshot& operator=(const SqlReadSnapshot&) = delete;

private:
    SqlConnection& m_db;
    int& m_open;
    bool m_began = false;
};

// LIKE pattern for text anywhere, with the user's % and _ taken literally.
QString containing(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

constexpr std::string_view RedemptionColumns =
    "SELECT r.id, r.member_id, r.product_id, r.counter_id, r.list_fen, r.cap_fen, r.points, "
    "r.at, r.staff_id, r.approver_id, r.cancelled_at, p.barcode, p.name, c.name, m.name, "
    "m.mobile, s1.number, s2.number "
    "FROM redemptions r JOIN products p ON p.id = r.product_id "
    "JOIN counters c ON c.id = r.counter_id JOIN members m ON m.id = r.member_id "
    "LEFT JOIN staff s1 ON s1.id = r.staff_id LEFT JOIN staff s2 ON s2.id = r.approver_id ";

RedemptionLine redemptionFromRow(const SqlRow& row, const PersonalCipher& personal)
{
    RedemptionLine line;
    RedemptionRecord& r = line.record;
    r.id = row.integer(0);
    r.memberId = row.integer(1);
    r.productId = row.integer(2);
    r.counterId = row.integer(3);
    r.listPrice = Money::fromFen(row.integer(4));
    r.cap = Money::fromFen(row.integer(5));
    r.points = row.integer(6);
    r.at = parseLocalTime(row.text(7));
    r.staffId = row.optionalInteger(8);
    r.approverId = row.optionalInteger(9);
    if (const std::optional<QString> cancelled = row.optionalText(10))
        r.cancelledAt = parseLocalTime(*cancelled);
    line.barcode = row.text(11);
    line.productName = row.text(12);
    line.counter = row.text(13);
    line.memberName = row.text(14);
    line.memberMobile = personal.open("mobile", row.text(15));
    line.staffNumber = row.optionalText(16).value_or(QString());
    line.approverNumber = row.optionalText(17).value_or(QString());
    return line;
}

constexpr std::string_view DayCloseColumns =
    "SELECT day, closed_at, staff_id, closed_by, tickets, tickets_fen, vip_tickets_fen, items, "
    "returns, refunded_fen, vip_refunded_fen, new_members, points_earned, points_reversed, "
    "points_redeemed, redemptions, redemption_cost_fen, points_outstanding FROM day_closes ";

DayClose dayCloseFromRow(const SqlRow& row)
{
    DayClose c;
    c.day = parseDate(row.text(0));
    c.closedAt = parseLocalTime(row.text(1));
    c.staffId = row.optionalInteger(2);
    c.closedBy = row.text(3);
    DayTotals& t = c.totals;
    t.tickets = row.integer(4);
    t.ticketsPaid = Money::fromFen(row.integer(5));
    t.vipTicketsPaid = Money::fromFen(row.integer(6));
    t.items = row.integer(7);
    t.returns = row.integer(8);
    t.refunded = Money::fromFen(row.integer(9));
    t.vipRefunded = Money::fromFen(row.integer(10));
    t.newMembers = row.integer(11);
    t.pointsEarned = row.integer(12);
    t.pointsReversed = row.integer(13);
    t.pointsRedeemed = row.integer(14);
    t.redemptions = row.integer(15);
    t.redemptionCost = Money::fromFen(row.integer(16));
    c.pointsOutstanding = row.integer(17);
    return c;
}

} // namespace

std::unique_ptr<Store::ReadSnapshot> SqlStore::readSnapshot()
{
    return std::make_unique<SqlReadSnapshot>(*m_db, m_snapshots);
}

QList<Product> SqlStore::productsOfCounter(Id counterId)
{
    static const std::string sql = concat(ProductColumns, "WHERE p.counter_id = $1 ORDER BY p.id");
    QList<Product> found;
    for (const SqlRow& row : m_db->query(sql, {counterId}))
        found << productFromRow(row);
    return found;
}

Store::Upsert SqlStore::upsertProductBy(const Product& product, const QDateTime& at,
                                        const QString& source, std::optional<Id> staffId)
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
    m_db->execute(
        "INSERT INTO price_history (product_id, list_fen, special, changed_at, source, "
        "staff_id) VALUES ($1, $2, $3, $4, $5, $6)",
        {id, product.listPrice.fen(), product.specialPrice, formatLocalTime(at), source, staffId});
    return outcome;
}

QList<PriceChange> SqlStore::priceHistory(Id productId)
{
    QList<PriceChange> changes;
    for (const SqlRow& row :
         m_db->query("SELECT h.changed_at, h.list_fen, h.special, h.source, s.number "
                     "FROM price_history h LEFT JOIN staff s ON s.id = h.staff_id "
                     "WHERE h.product_id = $1 ORDER BY h.id",
                     {productId})) {
        changes << PriceChange{parseLocalTime(row.text(0)), Money::fromFen(row.integer(1)),
                               row.integer(2) != 0, row.text(3),
                               row.optionalText(4).value_or(QString())};
    }
    return changes;
}

QList<Promotion> SqlStore::promotionsFrom(QDate day)
{
    QList<Promotion> found;
    for (const SqlRow& row :
         m_db->query("SELECT p.id, c.name, p.rate, p.valid_from, p.valid_to, p.created_at "
                     "FROM counter_promotions p JOIN counters c ON c.id = p.counter_id "
                     "WHERE p.cleared_at IS NULL AND (p.valid_to IS NULL OR p.valid_to >= $1) "
                     "ORDER BY c.name, p.id",
                     {formatDate(day)})) {
        found << Promotion{row.integer(0),
                           row.text(1),
                           Rate::fromScaled(row.integer(2)),
                           dateOrNone(row.optionalText(3)),
                           dateOrNone(row.optionalText(4)),
                           parseLocalTime(row.text(5))};
    }
    return found;
}

QList<Product> SqlStore::giftCandidates(Money cap, const QString& text, int limit)
{
    // products_gifts gives the candidates dearest first; the text only
    // narrows those within the cap.
    static const std::string sql =
        concat(ProductColumns, "WHERE p.special = 0 AND p.on_sale = 1 AND p.list_fen <= $1 "
                               "AND (p.name LIKE $2 ESCAPE '\\' OR p.barcode LIKE $2 ESCAPE '\\' "
                               "OR c.name LIKE $2 ESCAPE '\\') "
                               "ORDER BY p.list_fen DESC, p.barcode LIMIT $3");
    QList<Product> found;
    for (const SqlRow& row : m_db->query(sql, {cap.fen(), containing(text.trimmed()), limit}))
        found << productFromRow(row);
    return found;
}

std::optional<RedemptionLine> SqlStore::redemption(Id id)
{
    static const std::string sql = concat(RedemptionColumns, "WHERE r.id = $1");
    const std::optional<SqlRow> row = m_db->queryOne(sql, {id});
    if (!row)
        return std::nullopt;
    return redemptionFromRow(*row, m_personal);
}

QList<RedemptionLine> SqlStore::redemptionsOfMember(Id memberId)
{
    static const std::string sql =
        concat(RedemptionColumns, "WHERE r.member_id = $1 ORDER BY r.id");
    QList<RedemptionLine> lines;
    for (const SqlRow& row : m_db->query(sql, {memberId}))
        lines << redemptionFromRow(row, m_personal);
    return lines;
}

QList<RedemptionLine> SqlStore::redemptionsBetween(QDate from, QDate to,
                                                   std::optional<Id> counterId, bool withCancelled)
{
    static const std::string all =
        concat(RedemptionColumns, "WHERE r.day >= $1 AND r.day <= $2 ORDER BY r.id");
    static const std::string kept =
        concat(RedemptionColumns,
               "WHERE r.day >= $1 AND r.day <= $2 AND r.cancelled_at IS NULL ORDER BY r.id");
    static const std::string allOfCounter = concat(
        RedemptionColumns, "WHERE r.counter_id = $3 AND r.day >= $1 AND r.day <= $2 ORDER BY r.id");
    static const std::string keptOfCounter =
        concat(RedemptionColumns, "WHERE r.counter_id = $3 AND r.day >= $1 AND r.day <= $2 "
                                  "AND r.cancelled_at IS NULL ORDER BY r.id");
    const QString a = formatDate(from);
    const QString b = formatDate(to);
    std::vector<SqlRow> rows =
        counterId ? m_db->query(withCancelled ? allOfCounter : keptOfCounter, {a, b, *counterId})
                  : m_db->query(withCancelled ? all : kept, {a, b});
    QList<RedemptionLine> lines;
    for (const SqlRow& row : rows)
        lines << redemptionFromRow(row, m_personal);
    return lines;
}

void SqlStore::cancelRedemption(Id id, const QDateTime& at, std::optional<Id> staffId,
                                std::optional<Id> approverId)
{
    m_db->execute("UPDATE redemptions SET cancelled_at = $2, cancel_staff_id = $3, "
                  "cancel_approver_id = $4 WHERE id = $1 AND cancelled_at IS NULL",
                  {id, formatLocalTime(at), staffId, approverId});
}

DayTotals SqlStore::rangeTotals(QDate from, QDate to)
{
    const QString a = formatDate(from);
    const QString b = formatDate(to);
    DayTotals t;
    if (const std::optional<SqlRow> row = m_db->queryOne(
            "SELECT COUNT(*), COALESCE(SUM(total_fen), 0), "
            "COALESCE(SUM(CASE WHEN points_member_id IS NOT NULL THEN total_fen ELSE 0 END), 0) "
            "FROM sales WHERE day >= $1 AND day <= $2",
            {a, b})) {
        t.tickets = row->integer(0);
        t.ticketsPaid = Money::fromFen(row->integer(1));
        t.vipTicketsPaid = Money::fromFen(row->integer(2));
    }
    t.items = m_db->queryInteger(
        "SELECT COALESCE(SUM(l.qty), 0) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
        "WHERE s.day >= $1 AND s.day <= $2",
        {a, b});
    if (const std::optional<SqlRow> row =
            m_db->queryOne("SELECT COUNT(*), COALESCE(SUM(r.refund_fen), 0), "
                           "COALESCE(SUM(CASE WHEN s.points_member_id IS NOT NULL THEN "
                           "r.refund_fen ELSE 0 END), 0) "
                           "FROM returns r JOIN sales s ON s.id = r.sale_id "
                           "WHERE r.day >= $1 AND r.day <= $2",
                           {a, b})) {
        t.returns = row->integer(0);
        t.refunded = Money::fromFen(row->integer(1));
        t.vipRefunded = Money::fromFen(row->integer(2));
    }
    // Cards opened: members who joined at a till, not members brought from
    // the old system (whose joining day is the old system's).
    t.newMembers = m_db->queryInteger("SELECT COUNT(*) FROM members WHERE joined_on >= $1 AND "
                                      "joined_on <= $2 AND imported_on IS NULL",
                                      {a, b});
    if (const std::optional<SqlRow> row = m_db->queryOne(
            "SELECT COALESCE(SUM(CASE WHEN kind IN ('earn', 'bonus') THEN points ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN kind = 'reverse' THEN -points ELSE 0 END), 0) "
            "FROM points_ledger WHERE day >= $1 AND day <= $2",
            {a, b})) {
        t.pointsEarned = row->integer(0);
        t.pointsReversed = row->integer(1);
    }
    // A cancelled redemption gave its points back and cost the mall nothing.
    if (const std::optional<SqlRow> row = m_db->queryOne(
            "SELECT COUNT(*), COALESCE(SUM(list_fen), 0), COALESCE(SUM(points), 0) "
            "FROM redemptions WHERE day >= $1 AND day <= $2 AND cancelled_at IS NULL",
            {a, b})) {
        t.redemptions = row->integer(0);
        t.redemptionCost = Money::fromFen(row->integer(1));
        t.pointsRedeemed = row->integer(2);
    }
    return t;
}

std::int64_t SqlStore::buyingMembers(QDate from, QDate to)
{
    return m_db->queryInteger("SELECT COUNT(DISTINCT points_member_id) FROM sales "
                              "WHERE day >= $1 AND day <= $2 AND points_member_id IS NOT NULL",
                              {formatDate(from), formatDate(to)});
}

Money SqlStore::vipSales(QDate from, QDate to)
{
    return Money::fromFen(m_db->queryInteger(
        "SELECT (SELECT COALESCE(SUM(total_fen), 0) FROM sales "
        "WHERE day >= $1 AND day <= $2 AND points_member_id IS NOT NULL) - "
        "(SELECT COALESCE(SUM(r.refund_fen), 0) FROM returns r JOIN sales s ON s.id = r.sale_id "
        "WHERE r.day >= $1 AND r.day <= $2 AND s.points_member_id IS NOT NULL)",
        {formatDate(from), formatDate(to)}));
}

TierSales SqlStore::tierSales(QDate from, QDate to)
{
    // Receipts credited at joining carry no tier of their own: the member's.
    TierSales sales;
    for (const SqlRow& row : m_db->query(
             "SELECT tier, SUM(fen) FROM ("
             "SELECT COALESCE(s.tier, (SELECT m.tier FROM members m WHERE m.id = "
             "s.points_member_id)) AS tier, s.total_fen AS fen FROM sales s "
             "WHERE s.day >= $1 AND s.day <= $2 AND s.points_member_id IS NOT NULL "
             "UNION ALL "
             "SELECT COALESCE(s.tier, (SELECT m.tier FROM members m WHERE m.id = "
             "s.points_member_id)), -r.refund_fen FROM returns r JOIN sales s ON s.id = r.sale_id "
             "WHERE r.day >= $1 AND r.day <= $2 AND s.points_member_id IS NOT NULL"
             ") x GROUP BY tier",
             {formatDate(from), formatDate(to)})) {
        const Money amount = Money::fromFen(row.integer(1));
        if (tierFromCode(row.text(0)) == Tier::Diamond)
            sales.diamond += amount;
        else
            sales.gold += amount;
    }
    return sales;
}

QList<CounterTotals> SqlStore::counterTotals(QDate from, QDate to)
{
    QList<CounterTotals> totals;
    for (const SqlRow& row : m_db->query(
             "SELECT c.id, c.name, COALESCE(g.gross, 0), COALESCE(g.items, 0), "
             "COALESCE(b.refunded, 0), COALESCE(d.gifts, 0), COALESCE(d.cost, 0) "
             "FROM counters c "
             "LEFT JOIN (SELECT l.counter_id AS counter_id, SUM(l.amount_fen) AS gross, "
             "SUM(l.qty) AS items FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
             "WHERE s.day >= $1 AND s.day <= $2 GROUP BY l.counter_id) g ON g.counter_id = c.id "
             "LEFT JOIN (SELECT l.counter_id AS counter_id, SUM(rl.refund_fen) AS refunded "
             "FROM returns r JOIN return_lines rl ON rl.return_id = r.id "
             "JOIN sale_lines l ON l.id = rl.sale_line_id "
             "WHERE r.day >= $1 AND r.day <= $2 GROUP BY l.counter_id) b ON b.counter_id = c.id "
             "LEFT JOIN (SELECT counter_id, COUNT(*) AS gifts, SUM(list_fen) AS cost "
             "FROM redemptions WHERE day >= $1 AND day <= $2 AND cancelled_at IS NULL "
             "GROUP BY counter_id) d ON d.counter_id = c.id "
             "ORDER BY c.name",
             {formatDate(from), formatDate(to)})) {
        CounterTotals t;
        t.counterId = row.integer(0);
        t.counter = row.text(1);
        t.gross = Money::fromFen(row.integer(2));
        t.items = row.integer(3);
        t.refunded = Money::fromFen(row.integer(4));
        t.redemptions = row.integer(5);
        t.redemptionCost = Money::fromFen(row.integer(6));
        totals << t;
    }
    return totals;
}

QList<HourTotals> SqlStore::hourTotals(QDate from, QDate to)
{
    QList<HourTotals> hours;
    for (const SqlRow& row :
         m_db->query("SELECT substr(at, 12, 2), COUNT(*), SUM(total_fen) FROM sales "
                     "WHERE day >= $1 AND day <= $2 GROUP BY substr(at, 12, 2) ORDER BY 1",
                     {formatDate(from), formatDate(to)}))
        hours << HourTotals{row.text(0).toInt(), row.integer(1), Money::fromFen(row.integer(2))};
    return hours;
}

QList<MemberSpend> SqlStore::topMembers(QDate from, QDate to, int limit)
{
    QList<MemberSpend> top;
    for (const SqlRow& row : m_db->query(
             "SELECT t.member_id, m.name, m.mobile, m.tier, t.spend, t.tickets FROM ("
             "SELECT member_id, SUM(fen) AS spend, SUM(tickets) AS tickets FROM ("
             "SELECT points_member_id AS member_id, total_fen AS fen, 1 AS tickets FROM sales "
             "WHERE day >= $1 AND day <= $2 AND points_member_id IS NOT NULL "
             "UNION ALL "
             "SELECT s.points_member_id, -r.refund_fen, 0 FROM returns r "
             "JOIN sales s ON s.id = r.sale_id "
             "WHERE r.day >= $1 AND r.day <= $2 AND s.points_member_id IS NOT NULL"
             ") x GROUP BY member_id ORDER BY spend DESC, member_id LIMIT $3"
             ") t JOIN members m ON m.id = t.member_id ORDER BY t.spend DESC, t.member_id",
             {formatDate(from), formatDate(to), limit})) {
        MemberSpend spend;
        spend.memberId = row.integer(0);
        spend.name = row.text(1);
        spend.mobile = m_personal.open("mobile", row.text(2));
        spend.tier = tierFromCode(row.text(3)).value_or(Tier::Gold);
        spend.spend = Money::fromFen(row.integer(4));
        spend.tickets = row.integer(5);
        top << spend;
    }
    return top;
}

QList<std::pair<QDate, std::int64_t>> SqlStore::pointsByDay(QDate from, QDate to)
{
    QList<std::pair<QDate, std::int64_t>> days;
    for (const SqlRow& row :
         m_db->query("SELECT day, SUM(points) FROM points_ledger WHERE day >= $1 AND day <= $2 "
                     "GROUP BY day ORDER BY day",
                     {formatDate(from), formatDate(to)}))
        days.append({parseDate(row.text(0)), row.integer(1)});
    return days;
}

std::int64_t SqlStore::pointsThrough(std::optional<QDate> after, QDate through)
{
    if (after)
        return m_db->queryInteger(
            "SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE day > $1 AND day <= $2",
            {formatDate(*after), formatDate(through)});
    return m_db->queryInteger("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE day <= $1",
                              {formatDate(through)});
}

QList<TenderTotals> SqlStore::tenderTotals(QDate day)
{
    QList<TenderTotals> totals;
    for (const SqlRow& row :
         m_db->query("SELECT kind, SUM(taken), SUM(refunded) FROM ("
                     "SELECT t.kind AS kind, t.amount_fen AS taken, 0 AS refunded FROM sales s "
                     "JOIN sale_tenders t ON t.sale_id = s.id WHERE s.day = $1 "
                     "UNION ALL "
                     "SELECT t.kind, 0, t.amount_fen FROM returns r "
                     "JOIN return_tenders t ON t.return_id = r.id WHERE r.day = $1"
                     ") x GROUP BY kind",
                     {formatDate(day)})) {
        totals << TenderTotals{tenderKindFromCode(row.text(0)).value_or(TenderKind::Cash),
                               Money::fromFen(row.integer(1)), Money::fromFen(row.integer(2))};
    }
    std::sort(totals.begin(), totals.end(), [](const TenderTotals& a, const TenderTotals& b) {
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return totals;
}

QList<DiamondInvitee> SqlStore::diamondMembers(QDate from, QDate to)
{
    QList<DiamondInvitee> invitees;
    for (const SqlRow& row : m_db->query(
             "SELECT id, name, mobile, address, joined_on, spend, tickets FROM ("
             "SELECT m.id AS id, m.name AS name, m.mobile AS mobile, m.address AS address, "
             "m.joined_on AS joined_on, "
             "(SELECT COALESCE(SUM(s.total_fen), 0) FROM sales s WHERE s.points_member_id = m.id "
             "AND s.day >= $1 AND s.day <= $2) - "
             "(SELECT COALESCE(SUM(r.refund_fen), 0) FROM sales s "
             "JOIN returns r ON r.sale_id = s.id WHERE s.points_member_id = m.id "
             "AND r.day >= $1 AND r.day <= $2) AS spend, "
             "(SELECT COUNT(*) FROM sales s WHERE s.points_member_id = m.id "
             "AND s.day >= $1 AND s.day <= $2) AS tickets "
             "FROM members m WHERE m.tier = 'diamond' AND m.erased_at IS NULL "
             "AND m.joining_cancelled_at IS NULL) x ORDER BY spend DESC, id",
             {formatDate(from), formatDate(to)})) {
        DiamondInvitee d;
        d.memberId = row.integer(0);
        d.name = row.text(1);
        d.mobile = m_personal.open("mobile", row.text(2));
        d.address = row.text(3);
        d.joinedOn = parseDate(row.text(4));
        d.spend = Money::fromFen(row.integer(5));
        d.tickets = row.integer(6);
        invitees << d;
    }
    return invitees;
}

std::optional<DayClose> SqlStore::closeWhere(std::string_view sql, QDate day)
{
    const std::optional<SqlRow> row = m_db->queryOne(sql, {formatDate(day)});
    if (!row)
        return std::nullopt;
    return dayCloseFromRow(*row);
}

// ---- Members from the store's old system (the member import) -------------

namespace {

// Rows a statement of the import writes, and the values an IN list of
// alreadyHeld holds. Each statement is prepared once and used again for
// every batch; a last, smaller batch goes in statements of the sizes below
// it, so an import prepares a handful of statements, not one per size.
constexpr int RowsPerStatement = 500;
constexpr std::array<int, 5> StatementSizes{RowsPerStatement, 100, 20, 5, 1};
constexpr int HeldBatch = 500;

// "INSERT … VALUES " followed by `rows` copies of `row`, each '?' of it a
// parameter of its own numbered after the `shared` ones ($1 … $shared,
// written into `row` as they are).
std::string multiRowInsert(std::string_view insert, std::string_view row, int rows, int shared)
{
    std::string sql(insert);
    sql += " VALUES ";
    int next = shared + 1;
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ", ";
        for (const char c : row) {
            if (c == '?') {
                sql += '$';
                sql += std::to_string(next++);
            } else {
                sql += c;
            }
        }
    }
    return sql;
}

// Calls `write(first, count)` for consecutive slices of `total` rows, each
// of a size in StatementSizes.
template <typename Write> void inStatements(qsizetype total, Write&& write)
{
    qsizetype first = 0;
    for (const int size : StatementSizes) {
        while (total - first >= size) {
            write(first, size);
            first += size;
        }
    }
}

std::string inList(std::string_view select)
{
    std::string sql(select);
    sql += " IN (";
    for (int i = 1; i <= HeldBatch; ++i) {
        if (i > 1)
            sql += ", ";
        sql += '$';
        sql += std::to_string(i);
    }
    sql += ')';
    return sql;
}

} // namespace

QSet<QString> SqlStore::heldAmong(std::string_view sql, const QStringList& values)
{
    QSet<QString> held;
    std::vector<SqlValue> params;
    for (qsizetype first = 0; first < values.size(); first += HeldBatch) {
        params.clear();
        const qsizetype end = std::min(values.size(), first + HeldBatch);
        for (qsizetype i = first; i < end; ++i)
            params.emplace_back(values.at(i));
        params.resize(HeldBatch); // the rest NULL, which IN never matches
        for (const SqlRow& row : m_db->query(sql, params))
            held.insert(row.text(0));
    }
    return held;
}

Store::AlreadyHeld SqlStore::alreadyHeld(const QStringList& idNumbers, const QStringList& mobiles,
                                         const QStringList& cardNumbers)
{
    static const std::string idSql =
        inList("SELECT id_number_hash FROM members WHERE id_number_hash");
    static const std::string mobileSql =
        inList("SELECT mobile_hash FROM members WHERE mobile_hash");
    static const std::string cardSql = inList("SELECT number FROM cards WHERE number");
    // ID numbers and mobiles are found by their keyed hashes, as the store
    // keeps them; the answer names the values asked about.
    auto heldPlain = [&](const std::string& sql, const char* column, const QStringList& plain) {
        QHash<QString, QString> byHash;
        QStringList hashes;
        hashes.reserve(plain.size());
        for (const QString& value : plain) {
            const QString hash = m_personal.lookup(column, value);
            byHash.insert(hash, value);
            hashes << hash;
        }
        QSet<QString> held;
        for (const QString& hash : heldAmong(sql, hashes))
            held.insert(byHash.value(hash));
        return held;
    };
    AlreadyHeld held;
    held.idNumbers = heldPlain(idSql, "id_number", idNumbers);
    held.mobiles = heldPlain(mobileSql, "mobile", mobiles);
    held.cardNumbers = heldAmong(cardSql, cardNumbers);
    return held;
}

namespace {

class SqlBulkWrite final : public Store::BulkWrite
{
public:
    explicit SqlBulkWrite(SqlConnection& db)
        : m_db(db)
    {
        m_db.setBulkWriting(true);
    }
    ~SqlBulkWrite() override
    {
        try {
            m_db.setBulkWriting(false);
        } catch (const StorageError&) {
            // A connection lost meanwhile has no settings left to restore.
        }
    }
    SqlBulkWrite(const SqlBulkWrite&) = delete;
    SqlBulkWrite& operator=(const SqlBulkWrite&) = delete;

private:
    SqlConnection& m_db;
};

} // namespace

std::unique_ptr<Store::BulkWrite> SqlStore::bulkWrite()
{
    return std::make_unique<SqlBulkWrite>(*m_db);
}

namespace {

class SqlMemberLoad final : public Store::MemberLoad
{
public:
    SqlMemberLoad(SqlConnection& db, std::vector<SqlConnection::IndexDefinition> aside)
        : m_db(db)
        , m_aside(std::move(aside))
    {
        for (const SqlConnection::IndexDefinition& index : m_aside)
            m_db.execute("DROP INDEX " + index.name);
    }
    void finish() override
    {
        for (const SqlConnection::IndexDefinition& index : m_aside)
            m_db.execute(index.create);
        m_aside.clear();
    }

private:
    SqlConnection& m_db;
    std::vector<SqlConnection::IndexDefinition> m_aside;
};

} // namespace

std::unique_ptr<Store::MemberLoad> SqlStore::beginMemberLoad(std::int64_t members)
{
    std::vector<SqlConnection::IndexDefinition> aside;
    if (members >= IndexesAsideFrom &&
        m_db->queryInteger("SELECT count(*) FROM members") <= members) {
        for (const std::string_view table : {"members", "cards", "points_ledger", "chain_heads"})
            for (SqlConnection::IndexDefinition& index : m_db->secondaryIndexes(table))
                aside.push_back(std::move(index));
    }
    return std::make_unique<SqlMemberLoad>(*m_db, std::move(aside));
}

QList<Id> SqlStore::insertImportedMembers(const QList<ImportedMember>& members, const QDateTime& at)
{
    QList<Id> ids;
    if (members.isEmpty())
        return ids;
    requireChainKey(); // before anything is written: the ledger rows are chained
    Transaction transaction(*m_db);
    const QString time = formatLocalTime(at);
    const QString day = dayOf(at);
    std::vector<SqlValue> params;

    // Members. The ids come back with the ID number's hash, which is unique:
    // a statement of many rows does not promise to return them in order.
    QStringList idHashes;
    idHashes.reserve(members.size());
    for (const ImportedMember& imported : members)
        idHashes << m_personal.lookup("id_number", imported.member.idNumber);
    QHash<QString, Id> idOf;
    inStatements(members.size(), [&](qsizetype first, int rows) {
        const std::string sql = multiRowInsert(
            "INSERT INTO members (name, gender, birthday, id_number, mobile, address, category, "
            "tier, joined_at, joined_on, id_number_hash, mobile_hash, imported_on)",
            "(?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, $1)", rows, 1);
        params.clear();
        params.emplace_back(day);
        for (qsizetype i = first; i < first + rows; ++i) {
            const Member& m = members.at(i).member;
            params.emplace_back(m.name);
            params.emplace_back(QString(m.gender));
            params.emplace_back(formatDate(m.birthday));
            params.emplace_back(m_personal.seal("id_number", m.idNumber));
            params.emplace_back(m_personal.seal("mobile", m.mobile));
            params.emplace_back(m.address);
            params.emplace_back(tierCode(m.tier));
            params.emplace_back(formatLocalTime(m.joinedAt));
            params.emplace_back(dayOf(m.joinedAt));
            params.emplace_back(idHashes.at(i));
            params.emplace_back(m_personal.lookup("mobile", m.mobile));
        }
        for (const SqlRow& row : m_db->query(sql + " RETURNING id, id_number_hash", params))
            idOf.insert(row.text(1), row.integer(0));
    });
    if (idOf.size() != members.size())
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("the import wrote %1 members of %2")
                               .arg(idOf.size())
                               .arg(members.size()));
    ids.reserve(members.size());
    for (const QString& hash : std::as_const(idHashes))
        ids << idOf.value(hash);

    // Their cards, as the old system numbered them.
    inStatements(members.size(), [&](qsizetype first, int rows) {
        const std::string sql = multiRowInsert(
            "INSERT INTO cards (number, member_id, generation, status, issued_at, status_at, tier)",
            "(?, ?, 1, 'active', $1, $1, ?)", rows, 1);
        params.clear();
        params.emplace_back(time);
        for (qsizetype i = first; i < first + rows; ++i) {
            params.emplace_back(members.at(i).cardNumber);
            params.emplace_back(ids.at(i));
            params.emplace_back(tierCode(members.at(i).member.tier));
        }
        m_db->execute(sql, params);
    });

    // The opening points: each member's chain is new, so its places and MACs
    // are worked out here and its head written once, rather than moved row
    // by row as extendChain does.
    struct Opening
    {
        LedgerEntry entry;
        std::int64_t seq = 0;
        QString mac;
    };
    std::vector<Opening> ledger;
    ledger.reserve(static_cast<std::size_t>(members.size()) * 2);
    struct Head
    {
        QString name;
        std::int64_t seq = 0;
        QString mac;
    };
    std::vector<Head> heads;
    heads.reserve(static_cast<std::size_t>(members.size()));
    for (qsizetype i = 0; i < members.size(); ++i) {
        const ImportedMember& imported = members.at(i);
        const Id id = ids.at(i);
        const QString chainName = ledgerChainOf(id);
        QList<LedgerEntry> entries{{id,
                                    PointsKind::Import,
                                    imported.lifetime,
                                    {},
                                    {},
                                    {},
                                    at,
                                    importNote(imported.cardNumber, imported.member.tier)}};
        if (imported.balance != imported.lifetime)
            entries << LedgerEntry{
                id, PointsKind::ImportUsed, imported.balance - imported.lifetime, {}, {}, {}, at,
                {}};
        QString mac; // a new chain's head starts with no MAC
        std::int64_t seq = 0;
        for (const LedgerEntry& e : std::as_const(entries)) {
            ++seq;
            mac = chain::entryMac(m_chainKey, chainName, seq, ledgerFields(e), mac);
            ledger.push_back({e, seq, mac});
        }
        heads.push_back({chainName, seq, mac});
    }
    inStatements(static_cast<qsizetype>(ledger.size()), [&](qsizetype first, int rows) {
        const std::string sql = multiRowInsert(
            "INSERT INTO points_ledger (member_id, kind, points, at, day, note, chain_seq, mac)",
            "(?, ?, ?, $1, $2, ?, ?, ?)", rows, 2);
        params.clear();
        params.emplace_back(time);
        params.emplace_back(day);
        for (qsizetype i = first; i < first + rows; ++i) {
            const Opening& o = ledger[static_cast<std::size_t>(i)];
            params.emplace_back(o.entry.memberId);
            params.emplace_back(pointsKindCode(o.entry.kind));
            params.emplace_back(o.entry.points);
            params.emplace_back(o.entry.note);
            params.emplace_back(o.seq);
            params.emplace_back(o.mac);
        }
        m_db->execute(sql, params);
    });
    inStatements(static_cast<qsizetype>(heads.size()), [&](qsizetype first, int rows) {
        const std::string sql = multiRowInsert("INSERT INTO chain_heads (name, seq, mac, head_mac)",
                                               "(?, ?, ?, ?)", rows, 0);
        params.clear();
        for (qsizetype i = first; i < first + rows; ++i) {
            const Head& h = heads[static_cast<std::size_t>(i)];
            params.emplace_back(h.name);
            params.emplace_back(h.seq);
            params.emplace_back(h.mac);
            params.emplace_back(chain::headMac(m_chainKey, h.name, h.seq, h.mac));
        }
        m_db->execute(sql, params);
    });
    transaction.commit();
    return ids;
}

std::optional<QString> SqlStore::importRecordOf(Id memberId)
{
    const std::optional<SqlRow> row =
        m_db->queryOne("SELECT note FROM points_ledger WHERE member_id = $1 AND kind = 'import' "
                       "ORDER BY id LIMIT 1",
                       {memberId});
    if (!row)
        return std::nullopt;
    return row->text(0);
}

std::optional<DayClose> SqlStore::dayClose(QDate day)
{
    static const std::string sql = concat(DayCloseColumns, "WHERE day = $1");
    std::optional<DayClose> close = closeWhere(sql, day);
    if (!close)
        return std::nullopt;
    for (const SqlRow& row :
         m_db->query("SELECT kind, taken_fen, refunded_fen FROM day_close_tenders "
                     "WHERE day = $1 ORDER BY id",
                     {formatDate(day)})) {
        close->tenders << TenderTotals{tenderKindFromCode(row.text(0)).value_or(TenderKind::Cash),
                                       Money::fromFen(row.integer(1)),
                                       Money::fromFen(row.integer(2))};
    }
    return close;
}

std::optional<DayClose> SqlStore::closeOnOrAfter(QDate day)
{
    static const std::string sql = concat(DayCloseColumns, "WHERE day >= $1 ORDER BY day LIMIT 1");
    return closeWhere(sql, day);
}

std::optional<DayClose> SqlStore::closeOnOrBefore(QDate day)
{
    static const std::string sql =
        concat(DayCloseColumns, "WHERE day <= $1 ORDER BY day DESC LIMIT 1");
    return closeWhere(sql, day);
}

QList<DayClose> SqlStore::closesBetween(QDate from, QDate to)
{
    static const std::string sql =
        concat(DayCloseColumns, "WHERE day >= $1 AND day <= $2 ORDER BY day");
    QList<DayClose> closes;
    for (const SqlRow& row : m_db->query(sql, {formatDate(from), formatDate(to)}))
        closes << dayCloseFromRow(row);
    return closes;
}

void SqlStore::insertDayClose(const DayClose& c)
{
    const DayTotals& t = c.totals;
    const QString day = formatDate(c.day);
    m_db->execute(
        "INSERT INTO day_closes (day, closed_at, staff_id, closed_by, tickets, tickets_fen, "
        "vip_tickets_fen, items, returns, refunded_fen, vip_refunded_fen, new_members, "
        "points_earned, points_reversed, points_redeemed, redemptions, redemption_cost_fen, "
        "points_outstanding) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, "
        "$14, $15, $16, $17, $18)",
        {day, formatLocalTime(c.closedAt), c.staffId, c.closedBy, t.tickets, t.ticketsPaid.fen(),
         t.vipTicketsPaid.fen(), t.items, t.returns, t.refunded.fen(), t.vipRefunded.fen(),
         t.newMembers, t.pointsEarned, t.pointsReversed, t.pointsRedeemed, t.redemptions,
         t.redemptionCost.fen(), c.pointsOutstanding});
    for (const TenderTotals& tender : c.tenders) {
        m_db->execute(
            "INSERT INTO day_close_tenders (day, kind, taken_fen, refunded_fen) "
            "VALUES ($1, $2, $3, $4)",
            {day, tenderKindCode(tender.kind), tender.taken.fen(), tender.refunded.fen()});
    }
}

QList<RedemptionRecord> SqlStore::redemptionsAfter(Id afterId, int limit)
{
    static const std::string sql =
        concat(RedemptionColumns, "WHERE r.id > $1 ORDER BY r.id LIMIT $2");
    QList<RedemptionRecord> found;
    for (const SqlRow& row : m_db->query(sql, {afterId, limit}))
        found << redemptionFromRow(row, m_personal).record;
    return found;
}

} // namespace viptill
