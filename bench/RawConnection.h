#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct pg_conn;

namespace viptill::bench {

// The benchmarks' raw baselines: the bare sqlite3 C API and libpq, nothing of
// VipTill's storage in between. Each statement is prepared once and kept
// (as a careful hand-written program would); SQL uses $1, $2, … on both.
// Failures throw RawError; Retry when PostgreSQL gave the transaction up.
class RawError : public std::runtime_error
{
public:
    RawError(const std::string& message, bool retry)
        : std::runtime_error(message)
        , m_retry(retry)
    {}
    bool retry() const { return m_retry; }

private:
    bool m_retry;
};

// A parameter: NULL, an integer or UTF-8 text (not owned).
struct RawValue
{
    enum class Kind
    {
        Null,
        Integer,
        Text
    };
    RawValue()
        : kind(Kind::Null)
    {}
    RawValue(std::int64_t v)
        : kind(Kind::Integer)
        , integer(v)
    {}
    RawValue(int v)
        : kind(Kind::Integer)
        , integer(v)
    {}
    RawValue(std::string_view v)
        : kind(Kind::Text)
        , text(v)
    {}
    RawValue(const char* v)
        : kind(Kind::Text)
        , text(v)
    {}
    RawValue(const std::string& v)
        : kind(Kind::Text)
        , text(v)
    {}
    Kind kind;
    std::int64_t integer = 0;
    std::string_view text;
};

class RawConnection
{
public:
    virtual ~RawConnection() = default;
    // The engine's write transaction as the product begins it (SQLite:
    // IMMEDIATE; PostgreSQL: SERIALIZABLE).
    virtual void beginWrite() = 0;
    void commit() { run("COMMIT"); }
    void rollback() { run("ROLLBACK"); }
    // Runs the statement to its end, reading every column of every row; the
    // first row is kept for integer() and text(). The number of rows.
    int run(std::string_view sql, std::initializer_list<RawValue> params = {})
    {
        return run(sql, params.begin(), params.size());
    }
    virtual int run(std::string_view sql, const RawValue* params, std::size_t count) = 0;
    std::int64_t integer(std::size_t column) const;
    const std::string& text(std::size_t column) const { return m_first.at(column).text; }
    bool isNull(std::size_t column) const { return m_first.at(column).null; }
    // What reading every column of every row added up to (so the reads
    // cannot be optimised away).
    std::uint64_t checksum() const { return m_checksum; }

protected:
    struct Cell
    {
        bool null = true;
        std::string text;
    };
    std::vector<Cell> m_first;
    std::uint64_t m_checksum = 0;
};

// Opens the SQLite file as the product does: WAL, synchronous=FULL,
// foreign keys on, a busy timeout.
std::unique_ptr<RawConnection> openRawSqlite(const std::string& path);
// Connects with libpq; every transaction serializable, as the product's.
std::unique_ptr<RawConnection> openRawPostgres(const std::string& uri);

} // namespace viptill::bench
