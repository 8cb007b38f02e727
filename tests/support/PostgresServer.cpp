#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QVersionNumber>
#include <arpa/inet.h>
#include <cstdlib>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace viptill::test {

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresServer::PostgresServer(int port)
    : m_port(port)
{}

PostgresServer::PostgresServer(QString folder, int port)
    : m_folder(std::move(folder))
    , m_port(port)
{}

QString PostgresServer::uri() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/").arg(m_port);
}

QString PostgresServer::dataDir() const
{
    return m_folder + QStringLiteral("/data");
}

QString PostgresServer::binDir(QString* error)
{
    const QString fromEnv = qEnvironmentVariable("VIPTILL_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        if (QFileInfo(fromEnv + QStringLiteral("/initdb")).isExecutable())
            return fromEnv;
        *error = QStringLiteral("VIPTILL_PG_BINDIR=%1 holds no initdb").arg(fromEnv);
        return {};
    }
    // Debian keeps each major version's server programs apart.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& version : std::as_const(found)) {
        const QString bin = versions.filePath(version) + QStringLiteral("/bin");
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty())
        return QFileInfo(initdb).absolutePath();
    *error = QStringLiteral(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: run "
        "`bash scripts/install-deps.sh` (package postgresql-15) or set VIPTILL_PG_BINDIR");
    return {};
}

int PostgresServer::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool PostgresServer::run(const QString& program, const QStringList& args, QString* error,
                         int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          args);
    } else {
        process.start(program, args);
    }
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *error = QStringLiteral("%1 took longer than %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error =
            QStringLiteral("%1 %2 failed: %3")
                .arg(program, args.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

QString PostgresServer::logTail() const
{
    QFile log(m_folder + QStringLiteral("/server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return QString::fromLocal8Bit(text.right(2000));
}

bool PostgresServer::create(QString* error)
{
    const QString bin = binDir(error);
    if (bin.isEmpty())
        return false;
    if (runningAsRoot() && !::getpwnam("postgres")) {
        *error = QStringLiteral("running as root, but there is no `postgres` user to run the "
                                "server as (the postgresql-15 package creates it)");
        return false;
    }
    QByteArray pattern = QDir::tempPath().toLocal8Bit() + "/viptill-pg-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        *error = QStringLiteral("cannot make a temporary folder in %1").arg(QDir::tempPath());
        return false;
    }
    m_folder = QString::fromLocal8Bit(pattern);
    if (runningAsRoot()) {
        const passwd* postgres = ::getpwnam("postgres");
        if (::chown(pattern.constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_folder);
            return false;
        }
    }
    // The C locale compares text byte by byte, as SQLite does.
    return run(bin + QStringLiteral("/initdb"),
               {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("-N")},
               error, 120000);
}

bool PostgresServer::start(QString* error)
{
    const QString bin = binDir(error);
    if (bin.isEmpty())
        return false;
    // A server for tests: durability is the operating system's business
    // (no fsync; a commit is still written out before it returns, so it
    // survives the server's crash), and room for every till process of the
    // concurrency test.
    const QString options =
        QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off -c full_page_writes=off "
                       "-c max_connections=300 -c shared_buffers=32MB "
                       "-c dynamic_shared_memory_type=mmap")
            .arg(m_port)
            .arg(m_folder);
    if (run(bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
             m_folder + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
             QStringLiteral("120"), QStringLiteral("-o"), options, QStringLiteral("start")},
            error, 150000))
        return true;
    *error += QStringLiteral("\nserver log:\n") + logTail();
    return false;
}

bool PostgresServer::stop(Stop how, QString* error)
{
    const QString bin = binDir(error);
    if (bin.isEmpty())
        return false;
    return run(bin + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                how == Stop::Fast ? QStringLiteral("fast") : QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("stop")},
               error, 90000);
}

bool PostgresServer::remove(QString* error)
{
    if (m_folder.isEmpty() || !QDir(m_folder).exists())
        return true;
    if (QDir(m_folder).removeRecursively())
        return true;
    *error = QStringLiteral("cannot delete %1").arg(m_folder);
    return false;
}

} // namespace viptill::test
