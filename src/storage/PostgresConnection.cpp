#include "PostgresConnection.h"

#include <cstdlib>
#include <cstring>
#include <libpq-fe.h>
#include <poll.h>
#include <vector>

namespace viptill {

namespace {

// Type OIDs of the columns SqlStore reads (pg_type.h is a server header).
constexpr Oid BoolOid = 16;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid NumericOid = 1700;

StorageError::Kind kindOf(const QByteArray& sqlstate)
{
    if (sqlstate == "40001" || sqlstate == "40P01") // serialization failure, deadlock
        return StorageError::Kind::Retry;
    if (sqlstate.startsWith("23")) // integrity constraint violation
        return StorageError::Kind::Constraint;
    if (sqlstate == "55P03" || sqlstate.startsWith("53")) // lock timeout, too many clients
        return StorageError::Kind::Busy;
    // Connection exceptions, and the server shutting down or starting up.
    if (sqlstate.startsWith("08") || sqlstate == "57P01" || sqlstate == "57P02" ||
        sqlstate == "57P03")
        return StorageError::Kind::Unavailable;
    if (sqlstate == "XX001" || sqlstate == "XX002") // data or index corrupted
        return StorageError::Kind::Corrupt;
    return StorageError::Kind::Failed;
}

QString firstLine(const char* text)
{
    const QString all = QString::fromUtf8(text ? text : "").trimmed();
    return all.section(u'\n', 0, 0).trimmed();
}

void ignoreNotice(void*, const char*)
{
    // Notices ("table already exists, skipping") are not for the till's
    // user, and viptillctl keeps its output to one JSON object.
}

SqlValue valueOf(const PGresult* result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return {};
    const char* text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
        return static_cast<std::int64_t>(std::strtoll(text, nullptr, 10));
    case BoolOid:
        return text[0] == 't';
    case NumericOid: {
        // SUM() of a BIGINT column is NUMERIC; points and fen are whole.
        bool whole = false;
        const qlonglong value = QByteArray(text, length).toLongLong(&whole);
        if (whole)
            return static_cast<std::int64_t>(value);
        break;
    }
    default:
        break;
    }
    return QString::fromUtf8(text, length);
}

} // namespace

void PostgresConnection::ResultDeleter::operator()(pg_result* result) const
{
    PQclear(result);
}

bool PostgresConnection::isUri(const QString& location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

PostgresConnection::PostgresConnection(const QString& uri)
{
    const QByteArray conninfo = uri.toUtf8();
    char* parseError = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.constData(), &parseError);
    if (!options) {
        const QString why = parseError ? firstLine(parseError) : QStringLiteral("out of memory");
        PQfreemem(parseError);
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("not a PostgreSQL URI: %1").arg(why));
    }
    QString host;
    QString port;
    QString user;
    for (const PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val || !*o->val)
            continue;
        const QString value = QString::fromUtf8(o->val);
        if (std::strcmp(o->keyword, "host") == 0 ||
            (std::strcmp(o->keyword, "hostaddr") == 0 && host.isEmpty()))
            host = value;
        else if (std::strcmp(o->keyword, "port") == 0)
            port = value;
        else if (std::strcmp(o->keyword, "dbname") == 0)
            m_database = value;
        else if (std::strcmp(o->keyword, "user") == 0)
            user = value;
    }
    PQconninfoFree(options);
    if (host.isEmpty())
        host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    if (port.isEmpty())
        port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    if (m_database.isEmpty())
        m_database = user.isEmpty() ? qEnvironmentVariable("PGDATABASE") : user;
    m_server = host + u':' + port;

    // Keywords before dbname are defaults the URI may override; the ones
    // after it are not negotiable. A till must notice a dead server or a
    // pulled cable in seconds, not after the system's TCP timeout.
    const char* const keywords[] = {"application_name",    "connect_timeout",
                                    "keepalives",          "keepalives_idle",
                                    "keepalives_interval", "keepalives_count",
                                    "tcp_user_timeout",    "dbname",
                                    "client_encoding",     nullptr};
    const char* const values[] = {
        "viptill", "5", "1", "5", "2", "3", "10000", conninfo.constData(), "UTF8", nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (!m_conn)
        throw StorageError(StorageError::Kind::Failed, QStringLiteral("out of memory"));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        m_conn = nullptr;
        // A server that answered and said no (a wrong database or role),
        // or a URI libpq cannot use, is not a server that is down.
        const QString firstLineOfWhy = why.section(u'\n', 0, 0).trimmed();
        if (why.contains(u"FATAL:") && !why.contains(u"the database system is"))
            throw StorageError(
                StorageError::Kind::Failed,
                QStringLiteral("the store's server at %1 refused the connection: %2")
                    .arg(m_server, why.section(QStringLiteral("FATAL:"), -1).trimmed()));
        if (firstLineOfWhy.startsWith(u"invalid "))
            throw StorageError(
                StorageError::Kind::Failed,
                QStringLiteral("cannot connect to %1: %2").arg(m_server, firstLineOfWhy));
        unavailable(firstLineOfWhy.section(QStringLiteral("failed: "), -1));
    }
    if (PQserverVersion(m_conn) < 120000) {
        PQfinish(m_conn);
        m_conn = nullptr;
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("the store's server at %1 runs a PostgreSQL older than "
                                          "12, which VipTill does not support")
                               .arg(m_server));
    }
    try {
        setUpSession();
    } catch (const StorageError&) {
        PQfinish(m_conn);
        m_conn = nullptr;
        throw;
    }
}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_conn);
}

void PostgresConnection::setUpSession()
{
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    // Every transaction is serializable, so concurrent tills see the store
    // as if their operations ran one after another. A till that stops in the
    // middle of a transaction (a crash, a pulled cable) must not hold others
    // up for long, nor wait for ever on a lock.
    const Result result(PQexec(m_conn, "SET default_transaction_isolation TO 'serializable'; "
                                       "SET idle_in_transaction_session_timeout TO '60s'; "
                                       "SET lock_timeout TO '10s'"));
    check(result, QStringLiteral("set up the session"));
}

bool PostgresConnection::connectionLost() const
{
    return PQstatus(m_conn) == CONNECTION_BAD;
}

void PostgresConnection::unavailable(const QString& why) const
{
    throw StorageError(StorageError::Kind::Unavailable,
                       QStringLiteral("the store's server at %1 does not answer (%2)")
                           .arg(m_server, why.isEmpty() ? QStringLiteral("no reply") : why));
}

void PostgresConnection::reconnectIfBroken()
{
    // A server that restarted, or ended this session, since the last
    // operation has left its goodbye and an end of file on the socket: read
    // them now, before anything is sent. An idle, healthy session has
    // nothing to read, so this never waits.
    for (int reads = 0; reads < 4 && !connectionLost(); ++reads) {
        pollfd socket{PQsocket(m_conn), POLLIN, 0};
        if (::poll(&socket, 1, 0) <= 0)
            break;
        PQconsumeInput(m_conn);
    }
    if (!connectionLost())
        return;
    m_prepared.clear(); // they went with the old session
    PQreset(m_conn);
    if (connectionLost())
        unavailable(firstLine(PQerrorMessage(m_conn)).section(QStringLiteral("failed: "), -1));
    setUpSession();
}

void PostgresConnection::check(const Result& result, const QString& context)
{
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return;
    if (connectionLost()) {
        m_abortedBy = StorageError::Kind::Unavailable;
        unavailable(
            firstLine(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(m_conn)));
    }
    const QByteArray sqlstate(result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE)
                                     : nullptr);
    StorageError::Kind kind = kindOf(sqlstate);
    if (sqlstate == "25P02") // in a failed transaction: fail as it first failed
        kind = m_abortedBy;
    else if (transactionDepth() > 0)
        m_abortedBy = kind;
    const char* primary =
        result ? PQresultErrorField(result.get(), PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString message =
        primary ? QString::fromUtf8(primary) : firstLine(PQerrorMessage(m_conn));
    if (kind == StorageError::Kind::Unavailable)
        unavailable(message);
    throw StorageError(kind, QStringLiteral("%1: %2").arg(context, message));
}

PostgresConnection::Result PostgresConnection::run(std::string_view sql,
                                                   std::span<const SqlValue> params)
{
    if (transactionDepth() == 0)
        reconnectIfBroken();
    const QByteArray key(sql.data(), static_cast<qsizetype>(sql.size()));
    QByteArray name = m_prepared.value(key);
    if (name.isEmpty()) {
        // Parameter types are left to the server, which infers them from
        // where each $N stands, as SQLite takes whatever it is given.
        name = "viptill_" + QByteArray::number(++m_nextStatement);
        const Result prepared(PQprepare(m_conn, name.constData(), key.constData(), 0, nullptr));
        check(prepared, QStringLiteral("prepare \"%1\"").arg(QString::fromUtf8(key)));
        m_prepared.insert(key, name);
    }
    std::vector<QByteArray> texts;
    std::vector<const char*> values;
    texts.reserve(params.size());
    values.reserve(params.size());
    for (const SqlValue& value : params) {
        if (value.isNull()) {
            values.push_back(nullptr);
            continue;
        }
        texts.push_back(value.isInteger() ? QByteArray::number(value.integer())
                                          : value.text().toUtf8());
        values.push_back(texts.back().constData());
    }
    Result result(PQexecPrepared(m_conn, name.constData(), static_cast<int>(values.size()),
                                 values.data(), nullptr, nullptr, 0));
    check(result, QStringLiteral("statement \"%1\"").arg(QString::fromUtf8(key).left(60)));
    return result;
}

std::vector<SqlRow> PostgresConnection::query(std::string_view sql, SqlParams params)
{
    return queryRows(sql, std::span<const SqlValue>(params.begin(), params.size()));
}

std::vector<SqlRow> PostgresConnection::query(std::string_view sql,
                                              const std::vector<SqlValue>& params)
{
    return queryRows(sql, params);
}

std::vector<SqlRow> PostgresConnection::queryRows(std::string_view sql,
                                                  std::span<const SqlValue> params)
{
    const Result result = run(sql, params);
    const int rows = PQntuples(result.get());
    const int columns = PQnfields(result.get());
    std::vector<SqlRow> out;
    out.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        std::vector<SqlValue> values;
        values.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c)
            values.push_back(valueOf(result.get(), r, c));
        out.emplace_back(std::move(values));
    }
    return out;
}

std::int64_t PostgresConnection::execute(std::string_view sql, SqlParams params)
{
    return executeRows(sql, std::span<const SqlValue>(params.begin(), params.size()));
}

std::int64_t PostgresConnection::execute(std::string_view sql, const std::vector<SqlValue>& params)
{
    return executeRows(sql, params);
}

std::int64_t PostgresConnection::executeRows(std::string_view sql, std::span<const SqlValue> params)
{
    const Result result = run(sql, params);
    return std::strtoll(PQcmdTuples(result.get()), nullptr, 10);
}

void PostgresConnection::executeScript(const QString& script)
{
    if (transactionDepth() == 0)
        reconnectIfBroken();
    const QByteArray utf8 = script.toUtf8();
    const Result result(PQexec(m_conn, utf8.constData()));
    check(result, QStringLiteral("script"));
}

void PostgresConnection::beginOutermost()
{
    reconnectIfBroken();
    m_abortedBy = StorageError::Kind::Failed;
    Result result(PQexec(m_conn, "BEGIN ISOLATION LEVEL SERIALIZABLE"));
    if (connectionLost()) {
        // The server went away since the last operation (it restarted, say)
        // and the socket did not show it yet. Nothing of this operation has
        // been sent: connect again and begin afresh.
        reconnectIfBroken();
        result.reset(PQexec(m_conn, "BEGIN ISOLATION LEVEL SERIALIZABLE"));
    }
    check(result, QStringLiteral("begin"));
}

void PostgresConnection::commitOutermost()
{
    const Result result(PQexec(m_conn, "COMMIT"));
    check(result, QStringLiteral("commit"));
    // COMMIT of a transaction that failed earlier rolls it back and says so
    // only in its command tag.
    if (std::strcmp(PQcmdStatus(result.get()), "ROLLBACK") == 0)
        throw StorageError(
            m_abortedBy, QStringLiteral("commit: the transaction had failed and was rolled back"));
}

void PostgresConnection::rollbackOutermost()
{
    if (connectionLost())
        return; // the server ends a lost session's transaction itself
    const Result result(PQexec(m_conn, "ROLLBACK"));
    check(result, QStringLiteral("rollback"));
}

std::vector<SqlConnection::IndexDefinition>
PostgresConnection::secondaryIndexes(std::string_view table)
{
    // Those of the store's own schema that no constraint (primary key,
    // UNIQUE) stands on.
    std::vector<IndexDefinition> indexes;
    for (const SqlRow& row :
         query("SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
               "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
               "WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace "
               "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
               "ORDER BY i.relname",
               {QString::fromUtf8(table.data(), qsizetype(table.size()))}))
        indexes.push_back({row.text(0).toStdString(), row.text(1).toStdString()});
    return indexes;
}

void PostgresConnection::lockForMigrations()
{
    // A migration may have to wait for the tills' transactions to end, and
    // the tills starting meanwhile wait for it: longer than a sale may.
    execute("SET lock_timeout TO '5min'");
    query("SELECT pg_advisory_lock(hashtext('viptill schema'))");
}

void PostgresConnection::unlockAfterMigrations()
{
    query("SELECT pg_advisory_unlock(hashtext('viptill schema'))");
    execute("SET lock_timeout TO '10s'");
}

} // namespace viptill
