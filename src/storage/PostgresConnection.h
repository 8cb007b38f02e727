#pragma once

#include "SqlConnection.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <memory>
#include <span>

struct pg_conn;
struct pg_result;

namespace viptill {

// The shared engine of a store of many tills: one PostgreSQL server, over
// libpq. Every transaction is SERIALIZABLE; a transaction the server gives
// up to keep concurrent tills consistent fails with StorageError::Kind::Retry
// and the service runs the whole operation again (see `guarded`).
class PostgresConnection final : public SqlConnection
{
public:
    // Connects to the server a postgresql:// or postgres:// URI names.
    // Throws StorageError (Unavailable when the server does not answer).
    explicit PostgresConnection(const QString& uri);
    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    static bool isUri(const QString& location);

    QString engine() const override { return QStringLiteral("postgresql"); }
    void executeScript(const QString& script) override;
    std::vector<SqlRow> query(std::string_view sql, SqlParams params = {}) override;
    std::int64_t execute(std::string_view sql, SqlParams params = {}) override;
    std::vector<SqlRow> query(std::string_view sql, const std::vector<SqlValue>& params) override;
    std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params) override;

    std::vector<IndexDefinition> secondaryIndexes(std::string_view table) override;
    void lockForMigrations() override;
    void unlockAfterMigrations() override;

    // "HOST:PORT", as messages name the server; never the password.
    const QString& server() const { return m_server; }
    const QString& databaseName() const { return m_database; }

protected:
    void beginOutermost() override;
    void commitOutermost() override;
    void rollbackOutermost() override;

private:
    struct ResultDeleter
    {
        void operator()(pg_result* result) const;
    };
    using Result = std::unique_ptr<pg_result, ResultDeleter>;

    void setUpSession();
    // At the start of an operation (never inside a transaction): if the
    // connection is found broken, connects again, once.
    void reconnectIfBroken();
    bool connectionLost() const;
    Result run(std::string_view sql, std::span<const SqlValue> params);
    std::vector<SqlRow> queryRows(std::string_view sql, std::span<const SqlValue> params);
    std::int64_t executeRows(std::string_view sql, std::span<const SqlValue> params);
    Result runSimple(const char* sql, const QString& context);
    void check(const Result& result, const QString& context);
    [[noreturn]] void unavailable(const QString& why) const;

    pg_conn* m_conn = nullptr;
    QString m_server;
    QString m_database;
    QHash<QByteArray, QByteArray> m_prepared; // SQL → name of its prepared statement
    int m_nextStatement = 0;
    // What first went wrong in the open transaction: later statements in it
    // only say "the transaction is aborted", and must fail the same way.
    StorageError::Kind m_abortedBy = StorageError::Kind::Failed;
};

} // namespace viptill
