#include "BenchPostgres.h"

#include "storage/Store.h"
#include "support/PostgresServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QUrl>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdexcept>
#include <unistd.h>

namespace viptill::bench {

namespace {

QTextStream& out()
{
    static QTextStream stream(stderr);
    return stream;
}

// pg_ctl as the postgres user when run as root (the server refuses root).
bool pgCtl(const QStringList& args, QString* error)
{
    const QString bin = test::PostgresServer::binDir(error);
    if (bin.isEmpty())
        return false;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), bin + QStringLiteral("/pg_ctl")} +
                          args);
    else
        process.start(bin + QStringLiteral("/pg_ctl"), args);
    if (!process.waitForFinished(300000) || process.exitCode() != 0) {
        *error = QStringLiteral("pg_ctl %1: %2")
                     .arg(args.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

class Pg
{
public:
    explicit Pg(const QString& uri)
        : m_conn(PQconnectdb(uri.toUtf8().constData()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw std::runtime_error(std::string("cannot connect: ") + PQerrorMessage(m_conn));
    }
    ~Pg() { PQfinish(m_conn); }
    Pg(const Pg&) = delete;
    Pg& operator=(const Pg&) = delete;

    // Rows of text; throws on failure.
    QList<QStringList> query(const QString& sql, const QStringList& params = {})
    {
        QList<QByteArray> bytes;
        std::vector<const char*> values;
        for (const QString& p : params)
            bytes << p.toUtf8();
        for (const QByteArray& b : std::as_const(bytes))
            values.push_back(b.constData());
        PGresult* r =
            PQexecParams(m_conn, sql.toUtf8().constData(), static_cast<int>(values.size()), nullptr,
                         values.data(), nullptr, nullptr, 0);
        check(r, sql);
        QList<QStringList> rows;
        for (int row = 0; row < PQntuples(r); ++row) {
            QStringList cells;
            for (int c = 0; c < PQnfields(r); ++c)
                cells << QString::fromUtf8(PQgetvalue(r, row, c));
            rows << cells;
        }
        PQclear(r);
        return rows;
    }
    PGconn* handle() const { return m_conn; }
    void check(PGresult* r, const QString& what)
    {
        const ExecStatusType s = PQresultStatus(r);
        if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK && s != PGRES_COPY_IN) {
            const std::string message = PQerrorMessage(m_conn);
            PQclear(r);
            throw std::runtime_error(message + " in " + what.toStdString());
        }
    }

private:
    PGconn* m_conn;
};

QString quoted(const QString& name)
{
    return u'"' + name + u'"';
}

void appendCopyText(std::string& buffer, const unsigned char* text, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        const char c = static_cast<char>(text[i]);
        switch (c) {
        case '\\':
            buffer += "\\\\";
            break;
        case '\t':
            buffer += "\\t";
            break;
        case '\n':
            buffer += "\\n";
            break;
        case '\r':
            buffer += "\\r";
            break;
        default:
            buffer += c;
        }
    }
}

// Every row of `table` from the SQLite file into PostgreSQL with COPY.
std::int64_t copyTable(sqlite3* lite, Pg& pg, const QString& table)
{
    QStringList liteColumns;
    {
        sqlite3_stmt* info = nullptr;
        const QByteArray sql = QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)).toUtf8();
        sqlite3_prepare_v2(lite, sql.constData(), -1, &info, nullptr);
        while (info && sqlite3_step(info) == SQLITE_ROW)
            liteColumns << QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(info, 1)));
        sqlite3_finalize(info);
    }
    QStringList columns;
    for (const QStringList& row :
         pg.query(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                 "table_schema = 'public' AND table_name = $1 "
                                 "ORDER BY ordinal_position"),
                  {table})) {
        if (liteColumns.contains(row.at(0)))
            columns << quoted(row.at(0));
    }
    if (columns.isEmpty())
        return 0;
    const QString list = columns.join(QStringLiteral(", "));
    sqlite3_stmt* select = nullptr;
    const QByteArray selectSql =
        QStringLiteral("SELECT %1 FROM %2").arg(list, quoted(table)).toUtf8();
    if (sqlite3_prepare_v2(lite, selectSql.constData(), -1, &select, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(lite));
    pg.check(PQexec(pg.handle(), QStringLiteral("COPY %1 (%2) FROM STDIN")
                                     .arg(quoted(table), list)
                                     .toUtf8()
                                     .constData()),
             QStringLiteral("COPY ") + table);
    std::string buffer;
    buffer.reserve(1 << 21);
    std::int64_t rows = 0;
    const int n = static_cast<int>(columns.size());
    while (sqlite3_step(select) == SQLITE_ROW) {
        for (int c = 0; c < n; ++c) {
            if (c > 0)
                buffer += '\t';
            if (sqlite3_column_type(select, c) == SQLITE_NULL)
                buffer += "\\N";
            else
                appendCopyText(buffer, sqlite3_column_text(select, c),
                               sqlite3_column_bytes(select, c));
        }
        buffer += '\n';
        ++rows;
        if (buffer.size() > (1 << 20)) {
            PQputCopyData(pg.handle(), buffer.data(), static_cast<int>(buffer.size()));
            buffer.clear();
        }
    }
    sqlite3_finalize(select);
    if (!buffer.empty())
        PQputCopyData(pg.handle(), buffer.data(), static_cast<int>(buffer.size()));
    PQputCopyEnd(pg.handle(), nullptr);
    while (PGresult* r = PQgetResult(pg.handle())) {
        pg.check(r, QStringLiteral("COPY ") + table);
        PQclear(r);
    }
    return rows;
}

QString databaseUri(const QString& server, const QString& database)
{
    QUrl url(server);
    url.setPath(u'/' + database);
    return url.toString();
}

} // namespace

BenchPostgres::BenchPostgres(const QString& cacheDir, const QString& name)
{
    const QString given = qEnvironmentVariable("VIPTILL_BENCH_PG");
    if (!given.isEmpty()) {
        m_server = given;
        return;
    }
    const QString folder = cacheDir + QStringLiteral("/viptill-bench-pg-") + name;
    if (!QDir(folder + QStringLiteral("/data")).exists()) {
        // initdb into a temporary folder beside the cache, then renamed:
        // a half-made server is never taken for the cached one.
        const QByteArray tmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", cacheDir.toLocal8Bit());
        test::PostgresServer fresh(0);
        const bool created = fresh.create(&m_error);
        qputenv("TMPDIR", tmp);
        if (!created)
            return;
        if (!QDir().rename(fresh.folder(), folder)) {
            m_error = QStringLiteral("cannot rename %1 to %2").arg(fresh.folder(), folder);
            return;
        }
    }
    // A server left running by an interrupted run holds the folder.
    if (QFile::exists(folder + QStringLiteral("/data/postmaster.pid"))) {
        QString ignored;
        pgCtl({QStringLiteral("-D"), folder + QStringLiteral("/data"), QStringLiteral("-m"),
               QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
              &ignored);
    }
    m_port = test::PostgresServer::freePort();
    // A store's server: durable commits (the defaults: fsync, full page
    // writes, synchronous_commit on), a modest shared_buffers.
    const QString options = QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c max_connections=100 "
                                           "-c shared_buffers=512MB -c max_wal_size=4GB "
                                           "-c dynamic_shared_memory_type=mmap")
                                .arg(m_port)
                                .arg(folder);
    if (!pgCtl({QStringLiteral("-D"), folder + QStringLiteral("/data"), QStringLiteral("-l"),
                folder + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("300"), QStringLiteral("-o"), options, QStringLiteral("start")},
               &m_error))
        return;
    m_folder = folder;
    m_server = QStringLiteral("postgresql://postgres@127.0.0.1:%1/").arg(m_port);
}

BenchPostgres::~BenchPostgres()
{
    if (m_folder.isEmpty())
        return;
    QString error;
    test::PostgresServer(m_folder, m_port).stop(test::PostgresServer::Stop::Fast, &error);
}

QString BenchPostgres::emptyDatabase(const QString& database)
{
    if (m_server.isEmpty())
        return {};
    try {
        Pg admin(databaseUri(m_server, QStringLiteral("postgres")));
        admin.query(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database));
        admin.query(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' LC_COLLATE 'C' "
                                   "LC_CTYPE 'C' TEMPLATE template0")
                        .arg(database));
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        return {};
    }
    return databaseUri(m_server, database);
}

QString BenchPostgres::copyOf(const QString& sqlitePath, const QString& database)
{
    if (m_server.isEmpty())
        return {};
    try {
        const QString partial = database + QStringLiteral("_partial");
        {
            Pg admin(databaseUri(m_server, QStringLiteral("postgres")));
            if (!admin
                     .query(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = $1"),
                            {database})
                     .isEmpty())
                return databaseUri(m_server, database);
            admin.query(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(partial));
            admin.query(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' LC_COLLATE 'C' "
                                       "LC_CTYPE 'C' TEMPLATE template0")
                            .arg(partial));
        }
        QElapsedTimer timer;
        timer.start();
        openStore(databaseUri(m_server, partial)); // the schema, as a till would make it
        {
            Pg pg(databaseUri(m_server, partial));
            sqlite3* lite = nullptr;
            if (sqlite3_open_v2(sqlitePath.toUtf8().constData(), &lite, SQLITE_OPEN_READONLY,
                                nullptr) != SQLITE_OK)
                throw std::runtime_error("cannot open " + sqlitePath.toStdString());
            // Foreign keys are the SQLite file's already; indexes are built
            // once at the end, far faster than row by row.
            pg.query(QStringLiteral("SET session_replication_role = replica"));
            pg.query(QStringLiteral("SET maintenance_work_mem = '1GB'"));
            QStringList tables;
            for (const QStringList& row : pg.query(QStringLiteral(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "'public' AND table_type = 'BASE TABLE' AND table_name <> "
                     "'schema_migrations' ORDER BY table_name")))
                tables << row.at(0);
            QStringList all;
            for (const QString& t : std::as_const(tables))
                all << quoted(t);
            pg.query(QStringLiteral("TRUNCATE %1 RESTART IDENTITY CASCADE")
                         .arg(all.join(QStringLiteral(", "))));
            const QList<QStringList> indexes = pg.query(QStringLiteral(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND "
                "indexname NOT IN (SELECT conname FROM pg_constraint)"));
            for (const QStringList& index : indexes)
                pg.query(QStringLiteral("DROP INDEX %1").arg(quoted(index.at(0))));
            for (const QString& t : std::as_const(tables)) {
                const std::int64_t rows = copyTable(lite, pg, t);
                if (rows > 100000) {
                    out() << "  " << t << ": " << rows << " rows, " << timer.elapsed() / 1000
                          << " s\n";
                    out().flush();
                }
            }
            sqlite3_close(lite);
            for (const QStringList& index : indexes)
                pg.query(index.at(1));
            for (const QStringList& serial : pg.query(QStringLiteral(
                     "SELECT table_name, column_name FROM information_schema.columns WHERE "
                     "table_schema = 'public' AND (column_default LIKE 'nextval%' OR "
                     "is_identity = 'YES')")))
                pg.query(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                        "GREATEST(MAX(%3), 1)) FROM %4")
                             .arg(serial.at(0), serial.at(1), quoted(serial.at(1)),
                                  quoted(serial.at(0))));
            out() << "  indexes built: " << timer.elapsed() / 1000 << " s\n";
            out().flush();
            // As autovacuum leaves a table in time: statistics, and the
            // visibility map that index-only scans need.
            pg.query(QStringLiteral("VACUUM (ANALYZE)"));
            pg.query(QStringLiteral("CHECKPOINT"));
        }
        Pg admin(databaseUri(m_server, QStringLiteral("postgres")));
        admin.query(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(partial, database));
        out() << "PostgreSQL copy of " << sqlitePath << ": " << timer.elapsed() / 1000 << " s\n";
        out().flush();
        return databaseUri(m_server, database);
    } catch (const std::exception& e) {
        m_error = QString::fromUtf8(e.what());
        return {};
    }
}

} // namespace viptill::bench
