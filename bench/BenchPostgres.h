#pragma once

#include <QString>
#include <memory>

namespace viptill::bench {

// The PostgreSQL server of the store benchmark: $VIPTILL_BENCH_PG (a URI of
// a server to use) if set, else a throw-away server started here with a
// production's durability (fsync on, synchronous_commit on; unlike the
// tests' server), its data folder kept in `cacheDir` and started again on
// the next run. Stopped when this object goes.
class BenchPostgres
{
public:
    // Empty server() with error() set when there is none.
    explicit BenchPostgres(const QString& cacheDir, const QString& name);
    ~BenchPostgres();
    BenchPostgres(const BenchPostgres&) = delete;
    BenchPostgres& operator=(const BenchPostgres&) = delete;

    // postgresql://…/ of the server (no database), empty on failure.
    const QString& server() const { return m_server; }
    const QString& error() const { return m_error; }

    // The URI of `database` on the server, a copy of the SQLite store at
    // `sqlitePath` (every table, every row), made once with COPY and kept.
    // Empty with error() set on failure.
    QString copyOf(const QString& sqlitePath, const QString& database);
    // The URI of an empty database `database` on the server, made anew
    // (dropped first if it is there). Empty with error() set on failure.
    QString emptyDatabase(const QString& database);

private:
    QString m_server;
    QString m_error;
    QString m_folder; // ours to stop, when we started it
    int m_port = 0;
};

} // namespace viptill::bench
