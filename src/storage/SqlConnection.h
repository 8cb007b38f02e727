#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace viptill {

// Thrown inside storage only; services turn it into an Error at their edge.
class StorageError : public std::runtime_error
{
public:
    enum class Kind
    {
        Failed,
        Busy,
        Constraint,
        Corrupt,
        // The engine gave the transaction up to keep concurrent ones
        // consistent (PostgreSQL's serialization failures and deadlocks):
        // nothing of it was kept, and running the whole operation again is
        // safe.
        Retry,
        // The store's server cannot be reached, or went away mid-operation.
        Unavailable
    };
    StorageError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// A bound parameter or a column value: NULL, an integer or text. Money and
// points are integers; dates and times are ISO text; there is no float.
class SqlValue
{
public:
    SqlValue()
        : m_value(std::monostate{})
    {}
    SqlValue(std::nullopt_t)
        : m_value(std::monostate{})
    {}
    SqlValue(std::int64_t v)
        : m_value(v)
    {}
    SqlValue(int v)
        : m_value(static_cast<std::int64_t>(v))
    {}
    SqlValue(bool v)
        : m_value(static_cast<std::int64_t>(v ? 1 : 0))
    {}
    SqlValue(const QString& v)
        : m_value(v)
    {}
    template <typename T>
    SqlValue(const std::optional<T>& v)
        : SqlValue(v ? SqlValue(*v) : SqlValue())
    {}

    bool isNull() const { return std::holds_alternative<std::monostate>(m_value); }
    bool isInteger() const { return std::holds_alternative<std::int64_t>(m_value); }
    std::int64_t integer() const;
    QString text() const;

private:
    std::variant<std::monostate, std::int64_t, QString> m_value;
};

class SqlRow
{
public:
    explicit SqlRow(std::vector<SqlValue> values)
        : m_values(std::move(values))
    {}
    std::int64_t integer(std::size_t column) const { return m_values.at(column).integer(); }
    QString text(std::size_t column) const { return m_values.at(column).text(); }
    bool isNull(std::size_t column) const { return m_values.at(column).isNull(); }
    std::size_t size() const { return m_values.size(); }
    std::optional<std::int64_t> optionalInteger(std::size_t column) const;
    std::optional<QString> optionalText(std::size_t column) const;

private:
    std::vector<SqlValue> m_values;
};

using SqlParams = std::initializer_list<SqlValue>;

// One connection to a database engine. SQL is written once with $1, $2, …
// parameters, which both SQLite and PostgreSQL understand.
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;

    virtual QString engine() const = 0;
    virtual void executeScript(const QString& script) = 0;
    virtual std::vector<SqlRow> query(std::string_view sql, SqlParams params = {}) = 0;
    // Returns the number of rows changed.
    virtual std::int64_t execute(std::string_view sql, SqlParams params = {}) = 0;
    // The same with a parameter list made at run time: one statement for
    // many rows (the member import writes hundreds of rows a statement).
    virtual std::vector<SqlRow> query(std::string_view sql,
                                      const std::vector<SqlValue>& params) = 0;
    virtual std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params) = 0;

    // A consistent copy of the whole database into the file at `path`,
    // taken while others go on writing; the bytes written. Engines without
    // a file of their own refuse (StorageError).
    virtual std::int64_t backupTo(const QString& path);
    // The database replaced by the copy at `path`, once that copy has
    // passed its integrity check and holds a store no newer than this one.
    virtual std::int64_t restoreFrom(const QString& path);

    // Every page read and checked: what is wrong, or empty when all is well.
    // Engines that check themselves (a database server) report nothing.
    virtual QString integrityProblems() { return {}; }
    // Stops a long statement running on another thread (it then fails).
    virtual void interrupt() {}

    std::optional<SqlRow> queryOne(std::string_view sql, SqlParams params = {});
    std::int64_t queryInteger(std::string_view sql, SqlParams params = {});

    // Write transactions nest: the outermost begins and commits, inner ones
    // are savepoints, so a service can run inside a larger unit (the demo).
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // A write of very many rows in one transaction (the member import) is
    // under way: an engine may keep more of the database in memory for it
    // rather than spill its pages and read them back. Off again after it.
    virtual void setBulkWriting(bool /*on*/) {}

    // An index of a table that no constraint stands on, with the statement
    // that makes it again.
    struct IndexDefinition
    {
        std::string name;
        std::string create;
    };
    // Those of `table`: what a load of very many rows may set aside and
    // build again after it, in one sort each. An engine that cannot tell
    // lists none (and nothing is set aside).
    virtual std::vector<IndexDefinition> secondaryIndexes(std::string_view /*table*/) { return {}; }

    // Held while migrations run, so that tills opening a new database at
    // the same moment apply each step once. SQLite needs nothing more than
    // its write lock; a server takes a lock of its own.
    virtual void lockForMigrations() {}
    virtual void unlockAfterMigrations() {}

protected:
    virtual void beginOutermost() = 0;
    virtual void commitOutermost() { execute("COMMIT"); }
    virtual void rollbackOutermost() { execute("ROLLBACK"); }

private:
    int m_depth = 0;
};

// One business operation, one transaction: rolled back in the destructor
// unless commit() was called (as Qt Creator's Sqlite::DeferredTransaction).
class Transaction
{
public:
    explicit Transaction(SqlConnection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;

    void commit();

private:
    SqlConnection* m_connection;
    bool m_open = true;
};

} // namespace viptill
