#pragma once

#include "SqlConnection.h"

#include <QList>
#include <QString>

namespace viptill {

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// The ordered migration files of one engine (db/<engine>/NNNN_name.sql),
// built into the program as resources.
QList<Migration> migrationsFor(const QString& engine);
// The NNNN_name.sql files of a folder, in order; two of one number are
// refused (StorageError).
QList<Migration> migrationsIn(const QString& folder);

// Applies the migrations the database has not had yet, each in its own
// transaction and recorded in schema_migrations. Returns the schema version.
int migrate(SqlConnection& connection, const QList<Migration>& migrations);

} // namespace viptill
