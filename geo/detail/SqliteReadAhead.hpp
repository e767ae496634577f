#pragma once
// Private to geo/: an SQLite VFS for one pass over a large table. It is the default VFS but for
// reads of the main database file, which it serves from blocks of 128 KiB read ahead: SQLite
// reads a page (4 KiB) per system call, which on the benchmark VM costs as much as copying the
// page. A million points (41,000 pages) read in 90 ms instead of 130.

namespace ecotown::geo::detail {

// The VFS's name for sqlite3_open_v2, registered on first use (not as the default); null when
// it could not be registered (then open with the default VFS).
const char* readAheadVfs();

}  // namespace ecotown::geo::detail
