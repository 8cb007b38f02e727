#include "SqlConnection.h"

namespace viptill {

std::int64_t SqlValue::integer() const
{
    if (const auto* v = std::get_if<std::int64_t>(&m_value))
        return *v;
    if (const auto* t = std::get_if<QString>(&m_value)) {
        bool ok = false;
        const std::int64_t v = t->toLongLong(&ok);
        if (ok)
            return v;
    }
    if (isNull())
        throw StorageError(StorageError::Kind::Failed,
                           QStringLiteral("unexpected NULL where an integer belongs"));
    throw StorageError(StorageError::Kind::Failed,
                       QStringLiteral("a column holds text where an integer belongs"));
}

QString SqlValue::text() const
{
    if (const auto* t = std::get_if<QString>(&m_value))
        return *t;
    if (const auto* v = std::get_if<std::int64_t>(&m_value))
        return QString::number(*v);
    return {};
}

std::optional<std::int64_t> SqlRow::optionalInteger(std::size_t column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<QString> SqlRow::optionalText(std::size_t column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::int64_t SqlConnection::backupTo(const QString&)
{
    throw StorageError(
        StorageError::Kind::Failed,
        QStringLiteral("the %1 engine is backed up with its own tools").arg(engine()));
}

std::int64_t SqlConnection::restoreFrom(const QString&)
{
    throw StorageError(
        StorageError::Kind::Failed,
        QStringLiteral("the %1 engine is restored with its own tools").arg(engine()));
}

std::optional<SqlRow> SqlConnection::queryOne(std::string_view sql, SqlParams params)
{
    std::vector<SqlRow> rows = query(sql, params);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::int64_t SqlConnection::queryInteger(std::string_view sql, SqlParams params)
{
    const std::optional<SqlRow> row = queryOne(sql, params);
    if (!row || row->isNull(0))
        return 0;
    return row->integer(0);
}

void SqlConnection::begin()
{
    if (m_depth == 0)
        beginOutermost();
    else
        execute(QStringLiteral("SAVEPOINT sp%1").arg(m_depth).toStdString());
    ++m_depth;
}

void SqlConnection::commit()
{
    --m_depth;
    if (m_depth == 0) {
        try {
            commitOutermost();
        } catch (const StorageError&) {
            // A failed COMMIT can leave the transaction open: end it, so
            // nothing half-done lingers for the next operation.
            try {
                rollbackOutermost();
            } catch (const StorageError&) {
            }
            throw;
        }
    } else
        execute(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth).toStdString());
}

void SqlConnection::rollback()
{
    --m_depth;
    if (m_depth == 0) {
        rollbackOutermost();
    } else {
        const std::string name = QStringLiteral("sp%1").arg(m_depth).toStdString();
        execute("ROLLBACK TO SAVEPOINT " + name);
        execute("RELEASE SAVEPOINT " + name);
    }
}

Transaction::Transaction(SqlConnection& connection)
    : m_connection(&connection)
{
    m_connection->begin();
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_connection->rollback();
    } catch (const StorageError&) {
        // The engine rolls back by itself when a connection fails; nothing
        // more can be done here, and a destructor must not throw.
    }
}

void Transaction::commit()
{
    m_open = false;
    m_connection->commit();
}

} // namespace viptill
