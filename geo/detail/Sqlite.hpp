#pragma once
// Private to geo/: the one place that opens SQLite connections and quotes SQL names. Every
// connection is hardened against hostile files: trusted_schema=OFF (no SQL functions with side
// effects from a file's views and triggers) and SQLITE_DBCONFIG_DEFENSIVE (no writes that corrupt
// the file, such as to sqlite_master or through PRAGMA writable_schema).

#include <memory>
#include <string>

#include <sqlite3.h>

namespace ecotown::geo::detail {

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using SqlitePtr = std::unique_ptr<sqlite3, SqliteCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

enum class Defensive : bool { No, Yes };

// sqlite3_open_v2 with the hardening above. On failure: null, and `error` (when given) says why.
// Defensive::No only for a file this program is writing itself (the GeoPackage writer fills the
// R-tree's shadow tables, which defensive mode makes read-only).
SqlitePtr openSqlite(const std::string& path, int flags, const char* vfs = nullptr,
                     std::string* error = nullptr, Defensive defensive = Defensive::Yes);

// "name" for SQL, embedded quotes doubled.
std::string quoteIdentifier(const std::string& name);
// 'text' for SQL literals, embedded quotes doubled.
std::string quoteLiteral(const std::string& text);

// sqlite3_column_text as a string; empty for NULL.
std::string columnText(sqlite3_stmt* st, int column);

}  // namespace ecotown::geo::detail
