#include "TestDatabase.h"

#include "storage/PostgresConnection.h"
#include "storage/SqliteConnection.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>
#include <atomic>

namespace viptill::test {

namespace {

QString uniqueName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("viptill_test_%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter)
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

} // namespace

QString testPostgresServer()
{
    return qEnvironmentVariable("VIPTILL_TEST_POSTGRES");
}

QString createDatabase(const QString& serverUri, const QString& name)
{
    PostgresConnection admin(serverUri);
    // Collation C compares text byte by byte, as SQLite does.
    admin.executeScript(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                       "LC_COLLATE 'C' LC_CTYPE 'C'")
                            .arg(name));
    QUrl url(serverUri);
    url.setPath(u'/' + name);
    return url.toString();
}

void dropDatabase(const QString& serverUri, const QString& name)
{
    PostgresConnection admin(serverUri);
    admin.executeScript(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

TestDatabase::TestDatabase(Engine engine)
    : TestDatabase(engine == Engine::Sqlite ? QString() : testPostgresServer())
{}

TestDatabase::TestDatabase(const QString& serverUri)
    : m_server(serverUri)
{
    if (m_server.isEmpty()) {
        m_location = m_dir.filePath(QStringLiteral("till.db"));
        return;
    }
    const QString name = uniqueName();
    m_location = createDatabase(m_server, name);
    m_name = name;
}

TestDatabase::~TestDatabase()
{
    if (!onPostgres())
        return;
    try {
        dropDatabase(m_server, m_name);
    } catch (const StorageError&) {
        // The server is thrown away after the run anyway.
    }
}

std::unique_ptr<SqlConnection> TestDatabase::connect() const
{
    if (onPostgres())
        return std::make_unique<PostgresConnection>(m_location);
    return std::make_unique<SqliteConnection>(m_location);
}

QStringList TestDatabase::snapshot() const
{
    const std::unique_ptr<SqlConnection> db = connect();
    const std::string tables =
        onPostgres() ? "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                       "'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                     : "SELECT name FROM sqlite_master WHERE type = 'table' "
                       "AND name NOT LIKE 'sqlite_%' ORDER BY name";
    QStringList rows;
    for (const SqlRow& table : db->query(tables)) {
        const QString name = table.text(0);
        QString sql = QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(name);
        if (onPostgres()) {
            // No rowid: every column, left to right, orders the rows.
            const std::int64_t columns = db->queryInteger(
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'public' "
                "AND table_name = $1",
                {name});
            QStringList order;
            for (std::int64_t c = 1; c <= columns; ++c)
                order << QString::number(c);
            sql = QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(name, order.join(u','));
        }
        for (const SqlRow& row : db->query(sql.toStdString())) {
            QStringList cells;
            for (std::size_t c = 0; c < row.size(); ++c)
                cells << (row.isNull(c) ? QStringLiteral("NULL") : row.text(c));
            rows << name + u'|' + cells.join(u'|');
        }
    }
    return rows;
}

void TestDatabase::exec(const QString& sql) const
{
    connect()->executeScript(sql);
}

void TestDatabase::failInserts(const QString& table) const
{
    if (onPostgres()) {
        exec(QStringLiteral("CREATE FUNCTION fail_%1() RETURNS trigger LANGUAGE plpgsql AS $$ "
                            "BEGIN RAISE EXCEPTION 'disk I/O error'; END $$; "
                            "CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION fail_%1();")
                 .arg(table));
    } else {
        exec(QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 "
                            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;")
                 .arg(table));
    }
}

void TestDatabase::stopFailingInserts(const QString& table) const
{
    if (onPostgres())
        exec(QStringLiteral("DROP TRIGGER fail_%1 ON %1; DROP FUNCTION fail_%1();").arg(table));
    else
        exec(QStringLiteral("DROP TRIGGER fail_%1;").arg(table));
}

} // namespace viptill::test
