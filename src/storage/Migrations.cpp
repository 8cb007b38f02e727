#include "Migrations.h"

#include "core/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace viptill {

QList<Migration> migrationsFor(const QString& engine)
{
    return migrationsIn(QStringLiteral(":/db/") + engine);
}

QList<Migration> migrationsIn(const QString& folder)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            throw StorageError(StorageError::Kind::Failed,
                               QStringLiteral("migration %1 is not named NNNN_name.sql").arg(file));
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Failed,
                               QStringLiteral("cannot read migration %1").arg(file));
        const int version = match.captured(1).toInt();
        // Two branches that each took the same number would otherwise apply
        // only the first file of it, silently.
        if (!migrations.isEmpty() && migrations.last().version == version)
            throw StorageError(StorageError::Kind::Failed,
                               QStringLiteral("two migrations are numbered %1: %2 and %3")
                                   .arg(version)
                                   .arg(migrations.last().name, match.captured(2)));
        migrations.append({version, match.captured(2), QString::fromUtf8(source.readAll())});
    }
    return migrations;
}

namespace {

class MigrationLock
{
public:
    explicit MigrationLock(SqlConnection& connection)
        : m_connection(connection)
    {
        m_connection.lockForMigrations();
    }
    ~MigrationLock()
    {
        try {
            m_connection.unlockAfterMigrations();
        } catch (const StorageError&) {
            // A lock on a lost connection went with it.
        }
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;

private:
    SqlConnection& m_connection;
};

} // namespace

int migrate(SqlConnection& connection, const QList<Migration>& migrations)
{
    const MigrationLock lock(connection);
    connection.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    int version = 0;
    for (const Migration& migration : migrations) {
        Transaction transaction(connection);
        // Read inside the write transaction: two tills opening a new file at
        // once apply each step exactly once.
        version =
            static_cast<int>(connection.queryInteger("SELECT MAX(version) FROM schema_migrations"));
        if (migration.version <= version)
            continue;
        if (migration.version != version + 1)
            throw StorageError(StorageError::Kind::Failed,
                               QStringLiteral("migration %1 follows version %2: a step is missing")
                                   .arg(migration.version)
                                   .arg(version));
        connection.executeScript(migration.sql);
        connection.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            {migration.version, migration.name, formatLocalTime(QDateTime::currentDateTime())});
        transaction.commit();
        version = migration.version;
    }
    return static_cast<int>(connection.queryInteger("SELECT MAX(version) FROM schema_migrations"));
}

} // namespace viptill
