#include "SqliteConnection.h"

#include <QFileInfo>
#include <cstdlib>
#include <sqlite3.h>

namespace viptill {

namespace {

StorageError::Kind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError::Kind::Busy;
    case SQLITE_CONSTRAINT:
        return StorageError::Kind::Constraint;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError::Kind::Corrupt;
    default:
        return StorageError::Kind::Failed;
    }
}

class StatementReset
{
public:
    explicit StatementReset(sqlite3_stmt* statement)
        : m_statement(statement)
    {}
    ~StatementReset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    StatementReset(const StatementReset&) = delete;
    StatementReset& operator=(const StatementReset&) = delete;

private:
    sqlite3_stmt* m_statement;
};

} // namespace

SqliteConnection::SqliteConnection(const QString& path)
    : m_path(path)
{
    const QByteArray file = path.toUtf8();
    const int rc =
        sqlite3_open_v2(file.constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError(kindOf(rc), QStringLiteral("cannot open %1: %2").arg(path, why));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Another till or the back office may hold the write lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);
    try {
        // Reading the schema checks the header and the schema pages: a file
        // that is not a database, or whose first pages are damaged, stops
        // here. The full check reads every page, far too slow for a till's
        // start on a year of sales; quickCheck() runs it when asked.
        queryInteger("SELECT COUNT(*) FROM sqlite_master");
        const std::optional<SqlRow> mode = queryOne("PRAGMA journal_mode=WAL");
        if (!mode || mode->text(0) != u"wal")
            throw StorageError(StorageError::Kind::Failed,
                               QStringLiteral("%1 cannot use write-ahead logging").arg(path));
        execute("PRAGMA synchronous=FULL");
        execute("PRAGMA foreign_keys=ON");
    } catch (const StorageError& e) {
        for (sqlite3_stmt* s : std::as_const(m_statements))
            sqlite3_finalize(s);
        m_statements.clear();
        m_parameterNumbers.clear();
        sqlite3_close(m_db);
        m_db = nullptr;
        const QString why = QString::fromUtf8(e.what());
        throw StorageError(e.kind(),
                           why.contains(path) ? why : QStringLiteral("%1: %2").arg(path, why));
    }
}

QString SqliteConnection::quickCheck()
{
    QStringList problems;
    for (const SqlRow& row : query("PRAGMA quick_check"))
        problems << row.text(0);
    return problems.join(u'\n');
}

QString SqliteConnection::integrityProblems()
{
    try {
        const QString found = quickCheck();
        return found == u"ok" ? QString() : found;
    } catch (const StorageError& e) {
        // Damage bad enough to stop the check itself is damage too.
        return QString::fromUtf8(e.what());
    }
}

void SqliteConnection::interrupt()
{
    sqlite3_interrupt(m_db); // safe from any thread while the connection is open
}

void SqliteConnection::setBulkWriting(bool on)
{
    // SQLite's own page cache (2 MB) is far too small for a transaction of a
    // million members: its dirty pages would go to the write-ahead log and be
    // read back at every index insert. 512 MB while the import runs; the
    // pages are given back after it.
    execute(on ? "PRAGMA cache_size = -524288" : "PRAGMA cache_size = -2000");
}

std::vector<SqlConnection::IndexDefinition>
SqliteConnection::secondaryIndexes(std::string_view table)
{
    // An index a constraint made (UNIQUE, PRIMARY KEY) has no SQL of its own.
    std::vector<IndexDefinition> indexes;
    for (const SqlRow& row : query("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                   "AND sql IS NOT NULL AND tbl_name = $1 ORDER BY name",
                                   {QString::fromUtf8(table.data(), qsizetype(table.size()))}))
        indexes.push_back({row.text(0).toStdString(), row.text(1).toStdString()});
    return indexes;
}

SqliteConnection::~SqliteConnection()
{
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    sqlite3_close(m_db);
}

void SqliteConnection::fail(int code, const QString& context) const
{
    throw StorageError(kindOf(code), QStringLiteral("%1: %2").arg(
                                         context, QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteConnection::executeScript(const QString& script)
{
    char* message = nullptr;
    const QByteArray utf8 = script.toUtf8();
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        throw StorageError(kindOf(rc), why);
    }
}

sqlite3_stmt* SqliteConnection::prepared(std::string_view sql)
{
    const QByteArray key(sql.data(), static_cast<qsizetype>(sql.size()));
    if (sqlite3_stmt* cached = m_statements.value(key))
        return cached;
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, key.constData(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("prepare \"%1\"").arg(QString::fromUtf8(key)));
    m_statements.insert(key, statement);
    std::vector<int> numbers(static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)));
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        const char* name = sqlite3_bind_parameter_name(statement, static_cast<int>(i + 1));
        numbers[i] = name && name[0] == '$' ? std::atoi(name + 1) : 0;
    }
    m_parameterNumbers.insert(statement, std::move(numbers));
    if (m_planObserver)
        reportPlan(sql);
    return statement;
}

void SqliteConnection::reportPlan(std::string_view sql)
{
    const QByteArray explain =
        "EXPLAIN QUERY PLAN " + QByteArray(sql.data(), static_cast<qsizetype>(sql.size()));
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, explain.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return; // statements such as PRAGMA or BEGIN have no plan
    QStringList plan;
    while (sqlite3_step(statement) == SQLITE_ROW)
        plan << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)));
    sqlite3_finalize(statement);
    m_planObserver(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size())), plan);
}

void SqliteConnection::bind(sqlite3_stmt* statement, std::string_view sql,
                            std::span<const SqlValue> params)
{
    // Parameters are named $1, $2, …, so SQL may use them in any order or
    // more than once. Each placeholder is bound from the parameter its name
    // numbers, known since the statement was prepared: one pass, however
    // many a statement has (the member import's have thousands).
    std::vector<bool> used(params.size(), false);
    const std::vector<int>& numbers = *m_parameterNumbers.constFind(statement);
    for (std::size_t at = 0; at < numbers.size(); ++at) {
        const int number = numbers[at];
        const int position = static_cast<int>(at + 1);
        if (number < 1 || static_cast<std::size_t>(number) > params.size())
            continue; // not given: NULL
        const auto index = static_cast<std::size_t>(number - 1);
        used[index] = true;
        const SqlValue& value = params[index];
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, position);
        } else if (value.isInteger()) {
            rc = sqlite3_bind_int64(statement, position, value.integer());
        } else {
            const QByteArray text = value.text().toUtf8();
            rc = sqlite3_bind_text(statement, position, text.constData(),
                                   static_cast<int>(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            fail(rc, QStringLiteral("bind"));
    }
    for (std::size_t i = 0; i < used.size(); ++i) {
        if (!used[i])
            throw StorageError(
                StorageError::Kind::Failed,
                QStringLiteral("parameter $%1 not used in \"%2\"")
                    .arg(i + 1)
                    .arg(QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))));
    }
}

std::vector<SqlRow> SqliteConnection::query(std::string_view sql, SqlParams params)
{
    return queryRows(sql, std::span<const SqlValue>(params.begin(), params.size()));
}

std::vector<SqlRow> SqliteConnection::query(std::string_view sql,
                                            const std::vector<SqlValue>& params)
{
    return queryRows(sql, params);
}

std::vector<SqlRow> SqliteConnection::queryRows(std::string_view sql,
                                                std::span<const SqlValue> params)
{
    sqlite3_stmt* statement = prepared(sql);
    const StatementReset reset(statement);
    bind(statement, sql, params);
    std::vector<SqlRow> rows;
    const int columns = sqlite3_column_count(statement);
    for (;;) {
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            fail(rc, QStringLiteral("query"));
        std::vector<SqlValue> values;
        values.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(statement, c)) {
            case SQLITE_NULL:
                values.emplace_back();
                break;
            case SQLITE_INTEGER:
                values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(statement, c)));
                break;
            default: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
                values.emplace_back(QString::fromUtf8(text, sqlite3_column_bytes(statement, c)));
            }
            }
        }
        rows.emplace_back(std::move(values));
    }
    return rows;
}

std::int64_t SqliteConnection::execute(std::string_view sql, SqlParams params)
{
    return executeRows(sql, std::span<const SqlValue>(params.begin(), params.size()));
}

std::int64_t SqliteConnection::execute(std::string_view sql, const std::vector<SqlValue>& params)
{
    return executeRows(sql, params);
}

std::int64_t SqliteConnection::executeRows(std::string_view sql, std::span<const SqlValue> params)
{
    sqlite3_stmt* statement = prepared(sql);
    const StatementReset reset(statement);
    bind(statement, sql, params);
    int rc = sqlite3_step(statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE)
        fail(rc, QStringLiteral("execute"));
    return sqlite3_changes64(m_db);
}

namespace {

// An sqlite3 handle that is closed whatever happens.
struct Handle
{
    sqlite3* db = nullptr;
    ~Handle() { sqlite3_close(db); }
};

// Copies every page of `from` into `to` with the online backup API: a read
// transaction on the source for the length of the copy, which in WAL mode
// never stops a till from committing.
void copyPages(sqlite3* from, sqlite3* to, const QString& what)
{
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        throw StorageError(
            StorageError::Kind::Failed,
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        throw StorageError(
            kindOf(stepped != SQLITE_DONE ? stepped : finished),
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(to))));
}

} // namespace

std::int64_t SqliteConnection::backupTo(const QString& path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("a backup cannot overwrite the store itself"));
    Handle target;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &target.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("cannot write %1: %2")
                               .arg(path, QString::fromUtf8(sqlite3_errmsg(target.db))));
    copyPages(m_db, target.db, QStringLiteral("backup to %1").arg(path));
    // A backup is one self-contained file: no write-ahead log beside it.
    sqlite3_exec(target.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    return QFileInfo(path).size();
}

std::int64_t SqliteConnection::restoreFrom(const QString& path)
{
    if (!QFileInfo::exists(path))
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("there is no file %1").arg(path));
    Handle source;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &source.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("cannot read %1: %2")
                               .arg(path, QString::fromUtf8(sqlite3_errmsg(source.db))));
    auto single = [&](const char* sql) -> QString {
        sqlite3_stmt* statement = nullptr;
        QString value;
        if (sqlite3_prepare_v2(source.db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        return value;
    };
    if (single("PRAGMA quick_check") != u"ok")
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("%1 fails its integrity check").arg(path));
    const QString version = single("SELECT MAX(version) FROM schema_migrations");
    if (version.isEmpty())
        throw StorageError(StorageError::Kind::Corrupt,
                           QStringLiteral("%1 is not a VipTill store").arg(path));
    const std::int64_t ours = queryInteger("SELECT MAX(version) FROM schema_migrations");
    if (version.toLongLong() > ours)
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("%1 comes from a newer VipTill (schema %2, this is %3)")
                               .arg(path, version)
                               .arg(ours));
    copyPages(source.db, m_db, QStringLiteral("restore from %1").arg(path));
    for (sqlite3_stmt* statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear(); // the schema may differ: prepare everything anew
    m_parameterNumbers.clear();
    return QFileInfo(path).size();
}

void SqliteConnection::beginOutermost()
{
    // IMMEDIATE takes the write lock up front: a sale never fails half-way
    // because another till started writing between its reads and its writes.
    execute("BEGIN IMMEDIATE");
}

} // namespace viptill
