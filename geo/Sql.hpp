#pragma once
// A database connection for the atlas's own tables: PostgreSQL (libpq) for the shared store and
// SQLite for a GeoPackage on one desk. SQL always comes with bound parameters, written `$1`, `$2`
// ... in both dialects; identifiers that are not literals of the program go through
// quoteIdentifier(). Neither libpq nor SQLite appears in this header.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/Error.hpp"
#include "geo/Geometry.hpp"

namespace ecotown::geo {

// A failure reported by the database. `sqlState` is PostgreSQL's five-character code
// ("42501" insufficient privilege, "25006" read-only transaction, "08006" connection failure);
// SQLite errors carry "SQLITE".
class DatabaseError : public Error {
  public:
    DatabaseError(std::string source, std::string reason, std::string sqlState);
    const std::string& sqlState() const { return m_sqlState; }
    bool isPermissionDenied() const;  // 42501 (privileges and row-level security)
    bool isReadOnly() const;          // 25006: a standby, or a read-only transaction
    bool isConnectionLost() const;    // class 08, 57P01-57P03

  private:
    std::string m_sqlState;
};

// One parameter: text in the database's input syntax; nullopt is SQL NULL.
using SqlParam = std::optional<std::string>;
SqlParam sqlParam(std::int64_t value);
SqlParam sqlParam(double value);  // shortest text that reads back to the same double

// A query's result, all values as text (NULL = nullopt).
class SqlRows {
  public:
    std::size_t size() const { return m_columns.empty() ? 0 : m_null.size() / m_columns.size(); }
    bool empty() const { return size() == 0; }
    std::size_t columnCount() const { return m_columns.size(); }
    const std::vector<std::string>& columns() const { return m_columns; }
    // The value as text (nullopt for NULL), valid while the rows live.
    std::optional<std::string_view> at(std::size_t row, std::size_t column) const {
        const std::size_t k = row * m_columns.size() + column;
        if (m_null[k])
            return std::nullopt;
        return std::string_view(m_data).substr(m_offsets[k], m_offsets[k + 1] - m_offsets[k]);
    }
    std::string text(std::size_t row, std::size_t column) const;  // "" for NULL
    std::optional<std::int64_t> integer(std::size_t row, std::size_t column) const;
    std::optional<double> real(std::size_t row, std::size_t column) const;

    // For the connections: the columns, then each row's values in column order. The values of
    // all the rows share one buffer (hundreds of thousands of rows: no allocation per value).
    void setColumns(std::vector<std::string> columns) { m_columns = std::move(columns); }
    void reserve(std::size_t rows, std::size_t bytes);
    void addValue(std::string_view value) {
        m_data.append(value);
        m_offsets.push_back(m_data.size());
        m_null.push_back(0);
    }
    void addNull() {
        m_offsets.push_back(m_data.size());
        m_null.push_back(1);
    }

  private:
    std::vector<std::string> m_columns;
    std::string m_data;
    std::vector<std::size_t> m_offsets{0};  // value k is m_data[m_offsets[k], m_offsets[k + 1])
    std::vector<std::uint8_t> m_null;       // per value
};

enum class SqlDialect : std::uint8_t { Postgres, Sqlite };

class SqlConnection {
  public:
    virtual ~SqlConnection() = default;

    // `source`: "PG:<libpq connection string or URI>" (GDAL's own keywords `schemas`,
    // `active_schema` and `tables` are ignored; service names, PGSERVICE and ~/.pgpass work as
    // in psql). Throws DatabaseError naming the source with its password masked.
    static std::unique_ptr<SqlConnection> openPostgres(const std::string& source);
    // A SQLite (GeoPackage) file, opened for writing with trusted_schema=OFF and defensive mode.
    static std::unique_ptr<SqlConnection> openSqlite(const std::string& path);

    virtual SqlDialect dialect() const = 0;
    // The source for messages (password masked).
    virtual const std::string& source() const = 0;
    // Runs one statement and returns its rows (none for commands). Throws DatabaseError.
    virtual SqlRows query(std::string_view sql, const std::vector<SqlParam>& params = {}) = 0;
    void execute(std::string_view sql, const std::vector<SqlParam>& params = {}) {
        query(sql, params);
    }
    // Runs several statements without parameters (migrations).
    virtual void executeScript(std::string_view sql) = 0;
    // PostgreSQL's COPY ... FROM STDIN (text format): `next` fills a chunk of rows and returns
    // false when there are no more. Throws UsageError on SQLite.
    virtual void copyIn(std::string_view copySql,
                        const std::function<bool(std::string& chunk)>& next) = 0;
    // Whether the connection still works (a cheap round trip).
    virtual bool isAlive() = 0;

    std::string quoteIdentifier(std::string_view name) const;
};

// Runs `work` in a transaction: committed when it returns, rolled back when it throws.
void inTransaction(SqlConnection& db, const std::function<void()>& work);

// COPY text format: backslash, tab, newline and carriage return escaped; NULL is \N.
void appendCopyField(std::string& line, const std::optional<std::string_view>& value);

// PostGIS's hex EWKB of `geometry` with `srid` (exact: every double as written), for COPY and
// parameters; nullopt for a null geometry. Throws UsageError for a GeometryCollection.
std::optional<std::string> hexEwkb(const Geometry& geometry, int srid);

// Is this a PostgreSQL source ("PG:..." in either case)?
bool isPostgresSource(std::string_view source);

// Does the server of a PostgreSQL source answer at all (libpq's PQping: it accepts connections,
// whatever it would say to this user and password)? False when nothing answers there, or the
// server is starting up or shutting down. Never throws.
bool postgresServerAnswers(const std::string& source);

}  // namespace ecotown::geo
