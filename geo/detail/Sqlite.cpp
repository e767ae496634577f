#include "geo/detail/Sqlite.hpp"

namespace ecotown::geo::detail {

SqlitePtr openSqlite(const std::string& path, int flags, const char* vfs, std::string* error,
                     Defensive defensive) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, vfs);
    SqlitePtr db(raw);
    if (rc != SQLITE_OK) {
        if (error)
            *error = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        return nullptr;
    }
    const int wanted = defensive == Defensive::Yes ? 1 : 0;
    int on = -1;
    if (sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, wanted, &on) != SQLITE_OK ||
        on != wanted ||
        sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on) != SQLITE_OK || on != 0) {
        if (error)
            *error = "cannot harden the SQLite connection";
        return nullptr;
    }
    return db;
}

namespace {
std::string quoted(const std::string& text, char quote) {
    std::string out(1, quote);
    for (char c : text) {
        out += c;
        if (c == quote)
            out += quote;
    }
    return out + quote;
}
}  // namespace

std::string quoteIdentifier(const std::string& name) {
    return quoted(name, '"');
}

std::string quoteLiteral(const std::string& text) {
    return quoted(text, '\'');
}

std::string columnText(sqlite3_stmt* st, int column) {
    const unsigned char* text = sqlite3_column_text(st, column);
    return text ? std::string(reinterpret_cast<const char*>(text),
                              static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
                : std::string();
}

}  // namespace ecotown::geo::detail
