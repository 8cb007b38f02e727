#include "RawConnection.h"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace viptill::bench {

std::int64_t RawConnection::integer(std::size_t column) const
{
    const Cell& cell = m_first.at(column);
    return cell.null ? 0 : std::strtoll(cell.text.c_str(), nullptr, 10);
}

namespace {

constexpr std::size_t MaxParams = 32;

class RawSqlite final : public RawConnection
{
public:
    explicit RawSqlite(const std::string& path)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw RawError("cannot open " + path, false);
        sqlite3_busy_timeout(m_db, 5000);
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
            run(pragma);
    }
    ~RawSqlite() override
    {
        for (auto& [sql, statement] : m_statements)
            sqlite3_finalize(statement.handle);
        sqlite3_close(m_db);
    }
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    using RawConnection::run;
    void beginWrite() override { run("BEGIN IMMEDIATE"); }

    int run(std::string_view sql, const RawValue* params, std::size_t count) override
    {
        Statement& s = prepared(sql);
        for (std::size_t i = 0; i < s.positions.size(); ++i) {
            const int position = s.positions[i];
            if (position == 0)
                continue;
            const RawValue& v = i < count ? params[i] : RawValue();
            switch (v.kind) {
            case RawValue::Kind::Null:
                sqlite3_bind_null(s.handle, position);
                break;
            case RawValue::Kind::Integer:
                sqlite3_bind_int64(s.handle, position, v.integer);
                break;
            case RawValue::Kind::Text:
                sqlite3_bind_text(s.handle, position, v.text.data(),
                                  static_cast<int>(v.text.size()), SQLITE_STATIC);
                break;
            }
        }
        int rows = 0;
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(s.handle)) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(s.handle);
            if (rows == 0)
                m_first.resize(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                const unsigned char* text = sqlite3_column_text(s.handle, c);
                const int bytes = sqlite3_column_bytes(s.handle, c);
                m_checksum += static_cast<std::uint64_t>(bytes);
                if (rows == 0) {
                    Cell& cell = m_first[static_cast<std::size_t>(c)];
                    cell.null = text == nullptr;
                    cell.text.assign(text ? reinterpret_cast<const char*>(text) : "",
                                     static_cast<std::size_t>(bytes));
                }
            }
            ++rows;
        }
        sqlite3_reset(s.handle);
        if (rc != SQLITE_DONE)
            throw RawError(std::string(sqlite3_errmsg(m_db)) + " in " + std::string(sql), false);
        return rows;
    }

private:
    struct Statement
    {
        sqlite3_stmt* handle = nullptr;
        std::vector<int> positions; // of $1, $2, … (0: not used)
    };

    Statement& prepared(std::string_view sql)
    {
        if (auto found = m_statements.find(sql); found != m_statements.end())
            return found->second;
        Statement s;
        const std::string& text = m_texts.emplace_back(sql);
        if (sqlite3_prepare_v3(m_db, text.c_str(), static_cast<int>(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &s.handle, nullptr) != SQLITE_OK)
            throw RawError(std::string(sqlite3_errmsg(m_db)) + " in " + text, false);
        for (int n = 1; n <= sqlite3_bind_parameter_count(s.handle); ++n)
            s.positions.push_back(
                sqlite3_bind_parameter_index(s.handle, ("$" + std::to_string(n)).c_str()));
        return m_statements.emplace(std::string_view(text), s).first->second;
    }

    sqlite3* m_db = nullptr;
    std::deque<std::string> m_texts; // views into them stay valid
    std::unordered_map<std::string_view, Statement> m_statements;
};

class RawPostgres final : public RawConnection
{
public:
    explicit RawPostgres(const std::string& uri)
        : m_conn(PQconnectdb(uri.c_str()))
    {
        if (PQstatus(m_conn) != CONNECTION_OK)
            throw RawError(std::string("cannot connect: ") + PQerrorMessage(m_conn), false);
        PGresult* r = PQexec(m_conn, "SET default_transaction_isolation TO 'serializable'");
        PQclear(r);
    }
    ~RawPostgres() override { PQfinish(m_conn); }
    RawPostgres(const RawPostgres&) = delete;
    RawPostgres& operator=(const RawPostgres&) = delete;

    using RawConnection::run;
    void beginWrite() override { run("BEGIN ISOLATION LEVEL SERIALIZABLE"); }

    int run(std::string_view sql, const RawValue* params, std::size_t count) override
    {
        const std::string& name = prepared(sql);
        char numbers[MaxParams][24];
        const char* values[MaxParams];
        int lengths[MaxParams];
        if (count > MaxParams)
            throw RawError("too many parameters", false);
        for (std::size_t i = 0; i < count; ++i) {
            const RawValue& v = params[i];
            switch (v.kind) {
            case RawValue::Kind::Null:
                values[i] = nullptr;
                lengths[i] = 0;
                break;
            case RawValue::Kind::Integer: {
                const auto end = std::to_chars(numbers[i], numbers[i] + 23, v.integer).ptr;
                *end = '\0';
                values[i] = numbers[i];
                lengths[i] = static_cast<int>(end - numbers[i]);
                break;
            }
            case RawValue::Kind::Text:
                // libpq reads text parameters up to their NUL.
                m_params[i].assign(v.text);
                values[i] = m_params[i].c_str();
                lengths[i] = static_cast<int>(v.text.size());
                break;
            }
        }
        PGresult* result = PQexecPrepared(m_conn, name.c_str(), static_cast<int>(count), values,
                                          lengths, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
            const bool retry =
                state && (std::strcmp(state, "40001") == 0 || std::strcmp(state, "40P01") == 0);
            std::string message = PQerrorMessage(m_conn);
            PQclear(result);
            throw RawError(message + " in " + std::string(sql), retry);
        }
        const int rows = PQntuples(result);
        const int columns = PQnfields(result);
        for (int row = 0; row < rows; ++row) {
            if (row == 0)
                m_first.resize(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                const int bytes = PQgetlength(result, row, c);
                m_checksum += static_cast<std::uint64_t>(bytes);
                if (row == 0) {
                    Cell& cell = m_first[static_cast<std::size_t>(c)];
                    cell.null = PQgetisnull(result, row, c) != 0;
                    cell.text.assign(PQgetvalue(result, row, c), static_cast<std::size_t>(bytes));
                }
            }
        }
        PQclear(result);
        return rows;
    }

private:
    const std::string& prepared(std::string_view sql)
    {
        if (auto found = m_statements.find(sql); found != m_statements.end())
            return found->second;
        const std::string& text = m_texts.emplace_back(sql);
        std::string name = "raw" + std::to_string(m_statements.size());
        PGresult* result = PQprepare(m_conn, name.c_str(), text.c_str(), 0, nullptr);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
        if (!ok)
            throw RawError(std::string(PQerrorMessage(m_conn)) + " in " + text, false);
        return m_statements.emplace(std::string_view(text), std::move(name)).first->second;
    }

    PGconn* m_conn;
    std::deque<std::string> m_texts; // views into them stay valid
    std::unordered_map<std::string_view, std::string> m_statements;
    std::string m_params[MaxParams];
};

} // namespace

std::unique_ptr<RawConnection> openRawSqlite(const std::string& path)
{
    return std::make_unique<RawSqlite>(path);
}

std::unique_ptr<RawConnection> openRawPostgres(const std::string& uri)
{
    return std::make_unique<RawPostgres>(uri);
}

} // namespace viptill::bench
