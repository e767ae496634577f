#include "geo/Sql.hpp"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace ecotown::geo {
namespace {

std::string oneLine(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r' || c == '\t')
            c = ' ';
    }
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

// libpq's connection string from ours: without "PG:" and without GDAL's own keywords.
std::string libpqConnectionString(const std::string& source) {
    std::string s = isPostgresSource(source) ? source.substr(3) : source;
    if (s.find("://") != std::string::npos)
        return s;  // a URI: no GDAL keywords possible
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t start = i;
        // keyword [blanks] = [blanks] value
        while (i < s.size() && s[i] != '=' && s[i] != ' ')
            ++i;
        const std::string key = s.substr(start, i - start);
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i < s.size() && s[i] == '=')
            ++i;
        while (i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t valueStart = i;
        if (i < s.size() && s[i] == '\'') {
            for (++i; i < s.size(); ++i) {
                if (s[i] == '\\' && i + 1 < s.size())
                    ++i;
                else if (s[i] == '\'') {
                    ++i;
                    break;
                }
            }
        } else {
            while (i < s.size() && s[i] != ' ')
                ++i;
        }
        if (key.empty())
            continue;
        if (key == "schemas" || key == "active_schema" || key == "tables")
            continue;
        if (!out.empty())
            out += ' ';
        out += key + "=" + s.substr(valueStart, i - valueStart);
    }
    return out;
}

struct PgResultDeleter {
    void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

struct PgConnDeleter {
    void operator()(PGconn* c) const { PQfinish(c); }
};

// The server's message, with the kind of refusal said first.
std::string describePgError(const std::string& state, const std::string& message) {
    if (state == "42501" && message.rfind("permission denied", 0) != 0)
        return "permission denied: " + message;
    if (state == "25006")
        return "read-only server (a standby?): " + message;
    return message;
}

class PostgresConnection final : public SqlConnection {
  public:
    explicit PostgresConnection(const std::string& source) : m_source(redactSecrets(source)) {
        const std::string conninfo = libpqConnectionString(source);
        m_conn.reset(PQconnectdb(conninfo.c_str()));
        if (!m_conn || PQstatus(m_conn.get()) != CONNECTION_OK) {
            const std::string message =
                m_conn ? oneLine(PQerrorMessage(m_conn.get())) : "out of memory";
            throw DatabaseError(m_source, "cannot connect: " + message, "08001");
        }
        PQsetNoticeProcessor(
            m_conn.get(), [](void*, const char*) {}, nullptr);
        query("SET client_encoding = 'UTF8'", {});
    }

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    const std::string& source() const override { return m_source; }

    SqlRows query(std::string_view sql, const std::vector<SqlParam>& params) override {
        const std::string text(sql);
        std::vector<const char*> values;
        values.reserve(params.size());
        for (const SqlParam& p : params)
            values.push_back(p ? p->c_str() : nullptr);
        PgResult r(PQexecParams(m_conn.get(), text.c_str(), static_cast<int>(values.size()),
                                nullptr, values.data(), nullptr, nullptr, 0));
        check(r.get());
        SqlRows rows;
        const int columns = PQnfields(r.get());
        std::vector<std::string> names;
        for (int c = 0; c < columns; ++c)
            names.emplace_back(PQfname(r.get(), c));
        rows.setColumns(std::move(names));
        const int n = PQntuples(r.get());
        std::size_t bytes = 0;
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < columns; ++c)
                bytes += static_cast<std::size_t>(PQgetlength(r.get(), i, c));
        }
        rows.reserve(static_cast<std::size_t>(n), bytes);
        for (int i = 0; i < n; ++i) {
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(r.get(), i, c))
                    rows.addNull();
                else
                    rows.addValue(
                        std::string_view(PQgetvalue(r.get(), i, c),
                                         static_cast<std::size_t>(PQgetlength(r.get(), i, c))));
            }
        }
        return rows;
    }

    void executeScript(std::string_view sql) override {
        const std::string text(sql);
        PgResult r(PQexec(m_conn.get(), text.c_str()));
        check(r.get());
    }

    void copyIn(std::string_view copySql, const std::function<bool(std::string&)>& next) override {
        const std::string text(copySql);
        PgResult start(PQexec(m_conn.get(), text.c_str()));
        if (PQresultStatus(start.get()) != PGRES_COPY_IN)
            check(start.get());
        std::string chunk;
        bool more = true;
        std::string failure;
        try {
            while (more) {
                chunk.clear();
                more = next(chunk);
                if (!chunk.empty() && PQputCopyData(m_conn.get(), chunk.data(),
                                                    static_cast<int>(chunk.size())) != 1) {
                    failure = oneLine(PQerrorMessage(m_conn.get()));
                    break;
                }
            }
        } catch (...) {
            PQputCopyEnd(m_conn.get(), "cancelled by the client");
            drainResults();
            throw;
        }
        if (PQputCopyEnd(m_conn.get(), failure.empty() ? nullptr : failure.c_str()) != 1)
            failure = oneLine(PQerrorMessage(m_conn.get()));
        PgResult end(PQgetResult(m_conn.get()));
        std::string state;
        if (end && PQresultStatus(end.get()) != PGRES_COMMAND_OK) {
            failure = oneLine(PQresultErrorMessage(end.get()));
            if (const char* s = PQresultErrorField(end.get(), PG_DIAG_SQLSTATE))
                state = s;
        }
        drainResults();
        if (!failure.empty())
            throw DatabaseError(m_source, describePgError(state, stripSeverity(failure)), state);
    }

    bool isAlive() override {
        if (PQstatus(m_conn.get()) != CONNECTION_OK)
            return false;
        PgResult r(PQexec(m_conn.get(), "SELECT 1"));
        return r && PQresultStatus(r.get()) == PGRES_TUPLES_OK;
    }

  private:
    static std::string stripSeverity(std::string message) {
        for (const char* prefix : {"ERROR:  ", "FATAL:  "}) {
            if (message.rfind(prefix, 0) == 0)
                return message.substr(std::strlen(prefix));
        }
        return message;
    }

    void drainResults() {
        while (PGresult* r = PQgetResult(m_conn.get()))
            PQclear(r);
    }

    void check(PGresult* r) {
        const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return;
        std::string state;
        std::string message;
        if (r) {
            if (const char* s = PQresultErrorField(r, PG_DIAG_SQLSTATE))
                state = s;
            if (const char* m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY))
                message = m;
        }
        if (message.empty())
            message = oneLine(PQerrorMessage(m_conn.get()));
        if (PQstatus(m_conn.get()) != CONNECTION_OK) {
            if (state.empty())
                state = "08006";
            message = "connection lost: " + stripSeverity(oneLine(message));
        }
        throw DatabaseError(m_source, describePgError(state, oneLine(message)), state);
    }

    std::string m_source;
    std::unique_ptr<PGconn, PgConnDeleter> m_conn;
};

struct SqliteDeleter {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementDeleter {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};

class SqliteConnection final : public SqlConnection {
  public:
    explicit SqliteConnection(const std::string& path) : m_source(path) {
        sqlite3* db = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
        m_db.reset(db);
        if (rc != SQLITE_OK) {
            throw DatabaseError(path,
                                std::string("cannot open for writing: ") +
                                    (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)),
                                "SQLITE");
        }
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_busy_timeout(db, 10000);  // another writer (one user, two programs) waits
        executeScript("PRAGMA foreign_keys = ON");
    }

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    const std::string& source() const override { return m_source; }

    SqlRows query(std::string_view sql, const std::vector<SqlParam>& params) override {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.data(), static_cast<int>(sql.size()), &raw,
                               nullptr) != SQLITE_OK) {
            fail();
        }
        std::unique_ptr<sqlite3_stmt, StatementDeleter> stmt(raw);
        for (std::size_t i = 0; i < params.size(); ++i) {
            const std::string name = "$" + std::to_string(i + 1);
            const int index = sqlite3_bind_parameter_index(raw, name.c_str());
            if (index == 0)
                continue;  // not used by this statement
            const int rc =
                params[i] ? sqlite3_bind_text(raw, index, params[i]->data(),
                                              static_cast<int>(params[i]->size()), SQLITE_TRANSIENT)
                          : sqlite3_bind_null(raw, index);
            if (rc != SQLITE_OK)
                fail();
        }
        SqlRows rows;
        const int columns = sqlite3_column_count(raw);
        std::vector<std::string> names;
        for (int c = 0; c < columns; ++c)
            names.emplace_back(sqlite3_column_name(raw, c));
        rows.setColumns(std::move(names));
        while (true) {
            const int rc = sqlite3_step(raw);
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_ROW)
                fail();
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(raw, c) == SQLITE_NULL) {
                    rows.addNull();
                } else {
                    const auto* text = sqlite3_column_text(raw, c);
                    rows.addValue(
                        std::string_view(reinterpret_cast<const char*>(text),
                                         static_cast<std::size_t>(sqlite3_column_bytes(raw, c))));
                }
            }
        }
        return rows;
    }

    void executeScript(std::string_view sql) override {
        const std::string text(sql);
        char* error = nullptr;
        if (sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error ? error : "error";
            sqlite3_free(error);
            throw DatabaseError(m_source, message, "SQLITE");
        }
    }

    void copyIn(std::string_view, const std::function<bool(std::string&)>&) override {
        throw UsageError(m_source, "COPY needs a PostgreSQL server");
    }

    bool isAlive() override { return true; }

  private:
    [[noreturn]] void fail() {
        const int code = sqlite3_errcode(m_db.get());
        const std::string message = sqlite3_errmsg(m_db.get());
        if (code == SQLITE_READONLY || code == SQLITE_PERM || code == SQLITE_CANTOPEN)
            throw DatabaseError(m_source, "cannot write: " + message, "SQLITE");
        throw DatabaseError(m_source, message, "SQLITE");
    }

    std::string m_source;
    std::unique_ptr<sqlite3, SqliteDeleter> m_db;
};

}  // namespace

DatabaseError::DatabaseError(std::string source, std::string reason, std::string sqlState)
    : Error(std::move(source), std::move(reason)), m_sqlState(std::move(sqlState)) {}

bool DatabaseError::isPermissionDenied() const {
    return m_sqlState == "42501";
}
bool DatabaseError::isReadOnly() const {
    return m_sqlState == "25006";
}
bool DatabaseError::isConnectionLost() const {
    return m_sqlState.rfind("08", 0) == 0 || m_sqlState == "57P01" || m_sqlState == "57P02" ||
           m_sqlState == "57P03";
}

SqlParam sqlParam(std::int64_t value) {
    return std::to_string(value);
}

SqlParam sqlParam(double value) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, r.ptr);
}

void SqlRows::reserve(std::size_t rows, std::size_t bytes) {
    const std::size_t values = rows * m_columns.size();
    m_data.reserve(m_data.size() + bytes);
    m_offsets.reserve(m_offsets.size() + values);
    m_null.reserve(m_null.size() + values);
}

std::string SqlRows::text(std::size_t row, std::size_t column) const {
    const auto v = at(row, column);
    return v ? std::string(*v) : std::string();
}

std::optional<std::int64_t> SqlRows::integer(std::size_t row, std::size_t column) const {
    const auto v = at(row, column);
    if (!v)
        return std::nullopt;
    std::int64_t out = 0;
    const auto r = std::from_chars(v->data(), v->data() + v->size(), out);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size())
        return std::nullopt;
    return out;
}

std::optional<double> SqlRows::real(std::size_t row, std::size_t column) const {
    const auto v = at(row, column);
    if (!v)
        return std::nullopt;
    double out = 0;
    const auto r = std::from_chars(v->data(), v->data() + v->size(), out);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size())
        return std::nullopt;
    return out;
}

std::unique_ptr<SqlConnection> SqlConnection::openPostgres(const std::string& source) {
    return std::make_unique<PostgresConnection>(source);
}

std::unique_ptr<SqlConnection> SqlConnection::openSqlite(const std::string& path) {
    return std::make_unique<SqliteConnection>(path);
}

std::string SqlConnection::quoteIdentifier(std::string_view name) const {
    std::string out = "\"";
    for (char c : name) {
        if (c == '\0')
            throw UsageError(source(), "an identifier cannot contain a NUL character");
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void inTransaction(SqlConnection& db, const std::function<void()>& work) {
    db.execute("BEGIN");
    try {
        work();
    } catch (...) {
        try {
            db.execute("ROLLBACK");
        } catch (const Error&) {
            // the connection is gone: the server rolls back by itself
        }
        throw;
    }
    db.execute("COMMIT");
}

void appendCopyField(std::string& line, const std::optional<std::string_view>& value) {
    if (!value) {
        line += "\\N";
        return;
    }
    for (char c : *value) {
        switch (c) {
            case '\\':
                line += "\\\\";
                break;
            case '\t':
                line += "\\t";
                break;
            case '\n':
                line += "\\n";
                break;
            case '\r':
                line += "\\r";
                break;
            default:
                line += c;
        }
    }
}

namespace {

class EwkbWriter {
  public:
    explicit EwkbWriter(const Geometry& g) : m_g(g) {}

    std::string write(int srid) {
        const bool z = m_g.hasZ();
        std::uint32_t type = wkbType(m_g.type);
        header(type, z, srid);
        switch (m_g.type) {
            case GeometryType::Point:
                vertex(0);
                break;
            case GeometryType::LineString:
                ring(0, static_cast<std::uint32_t>(m_g.coords.size()));
                break;
            case GeometryType::MultiPoint:
                uint32(static_cast<std::uint32_t>(m_g.coords.size()));
                for (std::size_t i = 0; i < m_g.coords.size(); ++i) {
                    header(1, z, 0);
                    vertex(i);
                }
                break;
            case GeometryType::Polygon:
                polygonRings(0, static_cast<std::uint32_t>(m_g.ringEnds.size()));
                break;
            case GeometryType::MultiLineString: {
                uint32(static_cast<std::uint32_t>(m_g.ringEnds.size()));
                std::uint32_t begin = 0;
                for (std::uint32_t end : m_g.ringEnds) {
                    header(2, z, 0);
                    ring(begin, end);
                    begin = end;
                }
                break;
            }
            case GeometryType::MultiPolygon: {
                uint32(static_cast<std::uint32_t>(m_g.partEnds.size()));
                std::uint32_t firstRing = 0;
                for (std::uint32_t endRing : m_g.partEnds) {
                    header(3, z, 0);
                    polygonRings(firstRing, endRing);
                    firstRing = endRing;
                }
                break;
            }
            default:
                throw UsageError("", "a geometry collection cannot be stored here");
        }
        return m_hex;
    }

  private:
    static std::uint32_t wkbType(GeometryType t) {
        switch (t) {
            case GeometryType::Point:
                return 1;
            case GeometryType::LineString:
                return 2;
            case GeometryType::Polygon:
                return 3;
            case GeometryType::MultiPoint:
                return 4;
            case GeometryType::MultiLineString:
                return 5;
            case GeometryType::MultiPolygon:
                return 6;
            default:
                return 7;
        }
    }
    void header(std::uint32_t type, bool z, int srid) {
        m_hex += "01";  // little endian
        if (z)
            type |= 0x80000000u;
        if (srid != 0)
            type |= 0x20000000u;
        uint32(type);
        if (srid != 0)
            uint32(static_cast<std::uint32_t>(srid));
    }
    void polygonRings(std::uint32_t firstRing, std::uint32_t endRing) {
        uint32(endRing - firstRing);
        for (std::uint32_t r = firstRing; r < endRing; ++r)
            ring(r == 0 ? 0 : m_g.ringEnds[r - 1], m_g.ringEnds[r]);
    }
    void ring(std::uint32_t begin, std::uint32_t end) {
        uint32(end - begin);
        for (std::uint32_t i = begin; i < end; ++i)
            vertex(i);
    }
    void vertex(std::size_t i) {
        real(m_g.coords[i].x);
        real(m_g.coords[i].y);
        if (m_g.hasZ())
            real(m_g.z[i]);
    }
    void bytes(const unsigned char* p, std::size_t n) {
        static const char* digits = "0123456789ABCDEF";
        for (std::size_t i = 0; i < n; ++i) {
            m_hex += digits[p[i] >> 4];
            m_hex += digits[p[i] & 15];
        }
    }
    void uint32(std::uint32_t v) {
        unsigned char b[4];
        for (int i = 0; i < 4; ++i)
            b[i] = static_cast<unsigned char>(v >> (8 * i));
        bytes(b, 4);
    }
    void real(double d) {
        std::uint64_t v = 0;
        std::memcpy(&v, &d, sizeof v);
        unsigned char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = static_cast<unsigned char>(v >> (8 * i));
        bytes(b, 8);
    }

    const Geometry& m_g;
    std::string m_hex;
};

}  // namespace

std::optional<std::string> hexEwkb(const Geometry& geometry, int srid) {
    if (geometry.isNull())
        return std::nullopt;
    return EwkbWriter(geometry).write(srid);
}

bool postgresServerAnswers(const std::string& source) {
    // PQping connects without authenticating: no password is checked nor sent.
    return PQping(libpqConnectionString(source).c_str()) == PQPING_OK;
}

bool isPostgresSource(std::string_view source) {
    return source.size() >= 3 && (source[0] == 'P' || source[0] == 'p') &&
           (source[1] == 'G' || source[1] == 'g') && source[2] == ':';
}

}  // namespace ecotown::geo
