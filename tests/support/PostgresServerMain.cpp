// viptill_test_postgres: the CTest fixture that gives the PostgreSQL half of
// the test suite its server.
//
//   viptill_test_postgres start STATE_FILE PORT   initdb, start; note the folder
//   viptill_test_postgres stop STATE_FILE         stop, delete everything
//
// A failure is a failed fixture, so every test that needs the server fails
// with it: a missing PostgreSQL never passes for a skipped one.

#include "PostgresServer.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using viptill::test::PostgresServer;

namespace {

int failed(const QString& what)
{
    std::fprintf(stderr, "viptill_test_postgres: %s\n", qPrintable(what));
    return 1;
}

// Stops and deletes the server a state file names, if any.
bool stopRecorded(const QString& stateFile, QString* error)
{
    QFile state(stateFile);
    if (!state.exists())
        return true;
    if (!state.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(stateFile);
        return false;
    }
    const QStringList lines = QString::fromUtf8(state.readAll()).split(u'\n');
    state.close();
    if (lines.size() >= 2) {
        PostgresServer server(lines.at(0), lines.at(1).toInt());
        QString stopError;
        // A server that is not running any more is fine: it is the folder
        // that must go.
        if (!server.stop(PostgresServer::Stop::Fast, &stopError))
            std::fprintf(stderr, "viptill_test_postgres: %s\n", qPrintable(stopError));
        if (!server.remove(error))
            return false;
    }
    return QFile::remove(stateFile);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    QString error;
    if (args.size() == 3 && args.at(0) == u"start") {
        // What an interrupted run left behind goes first.
        if (!stopRecorded(args.at(1), &error))
            return failed(error);
        PostgresServer server(args.at(2).toInt());
        if (!server.create(&error) || !server.start(&error)) {
            QString ignored;
            server.remove(&ignored);
            return failed(error);
        }
        QFile state(args.at(1));
        if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(QStringLiteral("cannot write %1").arg(args.at(1)));
        state.write(server.folder().toUtf8() + '\n' + QByteArray::number(server.port()) + '\n');
        std::printf("%s\n", qPrintable(server.uri()));
        return 0;
    }
    if (args.size() == 2 && args.at(0) == u"stop")
        return stopRecorded(args.at(1), &error) ? 0 : failed(error);
    return failed(QStringLiteral("usage: viptill_test_postgres start STATE_FILE PORT | stop "
                                 "STATE_FILE"));
}
