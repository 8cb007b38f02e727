#pragma once

#include <QString>
#include <QStringList>

namespace viptill::test {

// A throw-away PostgreSQL server on the loopback interface, started as CI
// starts one: `initdb -A trust` into a fresh temporary folder, then
// `pg_ctl -o "-h 127.0.0.1 -p PORT -k FOLDER" start`. Run as root, the server
// programs run as the `postgres` user (initdb refuses root) and the folder
// is theirs. The superuser is `postgres`, with no password.
class PostgresServer
{
public:
    enum class Stop
    {
        Fast,     // what a shutdown does: sessions are ended, then the server
        Immediate // what a crash or a power cut does: no goodbye to anyone
    };

    // A server yet to be created, in a new temporary folder.
    explicit PostgresServer(int port);
    // The server created earlier in `folder` (the CTest fixture's).
    PostgresServer(QString folder, int port);

    // initdb; false with *error set on failure (missing programs included).
    bool create(QString* error);
    bool start(QString* error);
    bool stop(Stop how, QString* error);
    // Deletes the folder and everything in it.
    bool remove(QString* error);

    const QString& folder() const { return m_folder; }
    int port() const { return m_port; }
    // postgresql://postgres@127.0.0.1:PORT/
    QString uri() const;

    // A TCP port on 127.0.0.1 nobody listens on at the moment of asking.
    static int freePort();
    // Where initdb and pg_ctl are: $VIPTILL_PG_BINDIR, else the newest
    // /usr/lib/postgresql/*/bin, else $PATH. Empty (with *error) if nowhere.
    static QString binDir(QString* error);

private:
    bool run(const QString& program, const QStringList& args, QString* error, int timeoutMs);
    QString dataDir() const;
    QString logTail() const;

    QString m_folder;
    int m_port;
};

} // namespace viptill::test
