#include "geo/GpkgRows.hpp"

#include <filesystem>
#include <memory>

#include <sqlite3.h>

#include "geo/Error.hpp"

namespace ecotown::geo {
namespace {

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

class Connection {
  public:
    explicit Connection(const std::string& path) : m_path(path) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            throw InputError(path, "does not exist or is not a file");
        sqlite3* db = nullptr;
        const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
        m_db.reset(db);
        if (rc != SQLITE_OK)
            throw OutputError(path, std::string("cannot open for writing: ") + message());
        sqlite3_busy_timeout(m_db.get(), 5000);
    }
    std::string message() const { return m_db ? sqlite3_errmsg(m_db.get()) : "out of memory"; }
    Stmt prepare(const std::string& sql) const {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_db.get(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
            throw OutputError(m_path, "cannot prepare '" + sql + "': " + message());
        return Stmt(s);
    }
    void exec(const std::string& sql) const {
        if (sqlite3_exec(m_db.get(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            throw OutputError(m_path, "'" + sql + "' failed: " + message());
    }
    // Runs a statement to its end; true when it returned a row first.
    bool step(sqlite3_stmt* s) const {
        const int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw OutputError(m_path, std::string("write failed: ") + message());
        return false;
    }
    void bind(sqlite3_stmt* s, int index, const FieldValue& v) const {
        int rc = SQLITE_OK;
        if (const auto* i = std::get_if<std::int64_t>(&v))
            rc = sqlite3_bind_int64(s, index, *i);
        else if (const auto* d = std::get_if<double>(&v))
            rc = sqlite3_bind_double(s, index, *d);
        else if (const auto* t = std::get_if<std::string>(&v))
            rc = sqlite3_bind_text(s, index, t->c_str(), static_cast<int>(t->size()),
                                   SQLITE_TRANSIENT);
        else
            rc = sqlite3_bind_null(s, index);
        if (rc != SQLITE_OK)
            throw OutputError(m_path, std::string("cannot bind a value: ") + message());
    }
    const std::string& path() const { return m_path; }

  private:
    std::string m_path;
    Db m_db;
};

const char* sqlType(FieldType type) {
    switch (type) {
        case FieldType::Integer:
        case FieldType::Boolean:
            return "INTEGER";
        case FieldType::Real:
            return "REAL";
        default:
            return "TEXT";
    }
}

bool tableExists(const Connection& db, const std::string& table) {
    Stmt s = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
    db.bind(s.get(), 1, FieldValue(table));
    return db.step(s.get());
}

void createTable(const Connection& db, const std::string& table,
                 const std::vector<FieldDef>& columns) {
    if (!tableExists(db, "gpkg_contents"))
        throw InputError(db.path(), "is not a GeoPackage (no gpkg_contents table)");
    std::string sql = "CREATE TABLE " + quoted(table) + " (fid INTEGER PRIMARY KEY AUTOINCREMENT";
    for (const FieldDef& c : columns)
        sql += ", " + quoted(c.name) + " " + sqlType(c.type);
    db.exec(sql + ")");
    Stmt s = db.prepare(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, last_change) VALUES (?, "
        "'attributes', ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))");
    db.bind(s.get(), 1, FieldValue(table));
    db.bind(s.get(), 2, FieldValue(table));
    db.step(s.get());
}

}  // namespace

RowWrite writeGeoPackageRow(const std::string& path, const std::string& table,
                            const std::vector<FieldDef>& columns,
                            const std::vector<FieldValue>& values, std::size_t keyColumns,
                            bool replace) {
    if (values.size() != columns.size() || keyColumns == 0 || keyColumns > columns.size())
        throw UsageError(path, "a row for table " + table + " does not match its columns");
    const Connection db(path);
    // IMMEDIATE: the write lock is taken before the key is looked up, so two writers cannot both
    // find the key absent.
    db.exec("BEGIN IMMEDIATE");
    try {
        if (!tableExists(db, table))
            createTable(db, table, columns);
        std::string where;
        for (std::size_t i = 0; i < keyColumns; ++i)
            where += (i == 0 ? " WHERE " : " AND ") + quoted(columns[i].name) + " = ?";
        Stmt find = db.prepare("SELECT fid FROM " + quoted(table) + where);
        for (std::size_t i = 0; i < keyColumns; ++i)
            db.bind(find.get(), static_cast<int>(i) + 1, values[i]);
        const bool exists = db.step(find.get());
        find.reset();
        if (exists && !replace) {
            throw OutputError(
                path, "table " + table + " already has this row (use --overwrite to replace it)");
        }
        if (exists) {
            Stmt del = db.prepare("DELETE FROM " + quoted(table) + where);
            for (std::size_t i = 0; i < keyColumns; ++i)
                db.bind(del.get(), static_cast<int>(i) + 1, values[i]);
            db.step(del.get());
        }
        std::string names;
        std::string marks;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            names += (i == 0 ? "" : ", ") + quoted(columns[i].name);
            marks += i == 0 ? "?" : ", ?";
        }
        Stmt insert =
            db.prepare("INSERT INTO " + quoted(table) + " (" + names + ") VALUES (" + marks + ")");
        for (std::size_t i = 0; i < values.size(); ++i)
            db.bind(insert.get(), static_cast<int>(i) + 1, values[i]);
        db.step(insert.get());
        insert.reset();
        db.exec("COMMIT");
        return exists ? RowWrite::Replaced : RowWrite::Inserted;
    } catch (...) {
        try {
            db.exec("ROLLBACK");
        } catch (const Error&) {
            // the original error is the one to report
        }
        throw;
    }
}

}  // namespace ecotown::geo
