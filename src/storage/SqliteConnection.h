#pragma once

#include "SqlConnection.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <span>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace viptill {

// The embedded engine: one SQLite file in WAL mode with synchronous=FULL, so
// a committed sale survives a crash or a power cut, and foreign keys on.
class SqliteConnection final : public SqlConnection
{
public:
    // Opens (creating if needed) the file. Throws StorageError with a clear
    // message when the file cannot be opened or fails its integrity check.
    explicit SqliteConnection(const QString& path);
    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    QString engine() const override { return QStringLiteral("sqlite"); }
    void executeScript(const QString& script) override;
    std::vector<SqlRow> query(std::string_view sql, SqlParams params = {}) override;
    std::int64_t execute(std::string_view sql, SqlParams params = {}) override;
    std::vector<SqlRow> query(std::string_view sql, const std::vector<SqlValue>& params) override;
    std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params) override;

    std::int64_t backupTo(const QString& path) override;
    std::int64_t restoreFrom(const QString& path) override;

    const QString& path() const { return m_path; }
    // SQLite's quick_check over every page: "ok", or what is wrong.
    QString quickCheck();
    QString integrityProblems() override;
    void interrupt() override;
    void setBulkWriting(bool on) override;
    std::vector<IndexDefinition> secondaryIndexes(std::string_view table) override;
    sqlite3* handle() const { return m_db; }

    // Called with each statement's query plan the first time it is prepared;
    // tests use it to prove the sale path never scans a whole table.
    using PlanObserver = std::function<void(const QString& sql, const QStringList& plan)>;
    void setPlanObserver(PlanObserver observer) { m_planObserver = std::move(observer); }

protected:
    void beginOutermost() override;

private:
    sqlite3_stmt* prepared(std::string_view sql);
    void bind(sqlite3_stmt* statement, std::string_view sql, std::span<const SqlValue> params);
    std::vector<SqlRow> queryRows(std::string_view sql, std::span<const SqlValue> params);
    std::int64_t executeRows(std::string_view sql, std::span<const SqlValue> params);
    [[noreturn]] void fail(int code, const QString& context) const;
    void reportPlan(std::string_view sql);

    QString m_path;
    sqlite3* m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt*> m_statements;
    // The N of each placeholder $N of a prepared statement, by position:
    // SQLite finds a placeholder's name only by walking all of them, which a
    // statement of thousands cannot afford at every bind.
    QHash<sqlite3_stmt*, std::vector<int>> m_parameterNumbers;
    PlanObserver m_planObserver;
};

} // namespace viptill
