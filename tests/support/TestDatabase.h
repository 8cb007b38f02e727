#pragma once

#include "storage/SqlConnection.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace viptill::test {

// The PostgreSQL server the tests run against, from $VIPTILL_TEST_POSTGRES
// (e.g. postgresql://postgres@127.0.0.1:5433/); empty: they run on SQLite.
QString testPostgresServer();

// A fresh, empty database for one test, on the engine the run is for: a
// SQLite file in a temporary folder, or a database of its own created on
// the test server (and dropped after), so tests stay independent and may
// run side by side.
class TestDatabase
{
public:
    enum class Engine
    {
        OfTheRun, // PostgreSQL if $VIPTILL_TEST_POSTGRES names a server, else SQLite
        Sqlite    // for what only SQLite has (its pragmas, its file)
    };
    explicit TestDatabase(Engine engine = Engine::OfTheRun);
    // A database of its own on the PostgreSQL server `serverUri` names.
    explicit TestDatabase(const QString& serverUri);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    // What openStore, --db and $VIPTILL_DB take.
    const QString& location() const { return m_location; }
    bool onPostgres() const { return !m_name.isEmpty(); }
    // A file in the test's own temporary folder (for CSV files and the like).
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // A second connection of its own, as another till or a person at psql.
    std::unique_ptr<SqlConnection> connect() const;
    // Every row of every table, as text: comparing two snapshots proves an
    // operation changed nothing at all.
    QStringList snapshot() const;
    // Runs SQL directly (fault injection in tests).
    void exec(const QString& sql) const;
    // Makes every insert into `table` fail, as a failing disk would; and
    // stops that again. Written in each engine's own trigger language.
    void failInserts(const QString& table) const;
    void stopFailingInserts(const QString& table) const;

private:
    QTemporaryDir m_dir;
    QString m_server;
    QString m_name; // the PostgreSQL database's; empty on SQLite
    QString m_location;
};

// Creates a database of its own on the server `serverUri` names and returns
// its URI; dropDatabase removes it with whoever is still connected.
QString createDatabase(const QString& serverUri, const QString& name);
void dropDatabase(const QString& serverUri, const QString& name);

} // namespace viptill::test
