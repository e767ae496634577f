#include "geo/detail/SqliteReadAhead.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>

#include <sqlite3.h>

namespace ecotown::geo::detail {
namespace {

constexpr int kBlock = 128 * 1024;  // measured best of 64 KiB to 2 MiB: it stays in the CPU's cache

sqlite3_vfs* g_real = nullptr;  // the default VFS this one wraps
sqlite3_vfs g_vfs;

// Our file object; the real VFS's file object follows it in the same allocation.
struct ReadAheadFile {
    sqlite3_file base;
    sqlite3_file* real;
    char* block;  // null: reads go straight through (not the main database)
    sqlite3_int64 blockOffset;
    int blockLength;         // valid bytes in `block`; 0: empty
    sqlite3_int64 fileSize;  // -1: not known
};

ReadAheadFile* self(sqlite3_file* f) {
    return reinterpret_cast<ReadAheadFile*>(f);
}
sqlite3_file* real(sqlite3_file* f) {
    return self(f)->real;
}
void forget(ReadAheadFile* f) {  // the file may change: drop what was read ahead
    f->blockLength = 0;
    f->fileSize = -1;
}

int raClose(sqlite3_file* f) {
    ReadAheadFile* p = self(f);
    sqlite3_free(p->block);
    p->block = nullptr;
    return p->real->pMethods->xClose(p->real);
}

int raRead(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset) {
    ReadAheadFile* p = self(f);
    sqlite3_file* r = p->real;
    if (p->block == nullptr || amount >= kBlock)
        return r->pMethods->xRead(r, out, amount, offset);
    if (offset < p->blockOffset || offset + amount > p->blockOffset + p->blockLength) {
        if (p->fileSize < 0) {
            sqlite3_int64 size = 0;
            if (r->pMethods->xFileSize(r, &size) != SQLITE_OK)
                return r->pMethods->xRead(r, out, amount, offset);
            p->fileSize = size;
        }
        if (offset + amount > p->fileSize)  // past the end: the real VFS zero-fills and says so
            return r->pMethods->xRead(r, out, amount, offset);
        const int length = static_cast<int>(std::min<sqlite3_int64>(kBlock, p->fileSize - offset));
        p->blockLength = 0;
        const int rc = r->pMethods->xRead(r, p->block, length, offset);
        if (rc != SQLITE_OK)
            return r->pMethods->xRead(r, out, amount, offset);
        p->blockOffset = offset;
        p->blockLength = length;
    }
    std::memcpy(out, p->block + (offset - p->blockOffset), static_cast<std::size_t>(amount));
    return SQLITE_OK;
}

int raWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset) {
    forget(self(f));
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}
int raTruncate(sqlite3_file* f, sqlite3_int64 size) {
    forget(self(f));
    return real(f)->pMethods->xTruncate(real(f), size);
}
int raSync(sqlite3_file* f, int flags) {
    return real(f)->pMethods->xSync(real(f), flags);
}
int raFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
// Another process may write between our transactions: what was read ahead is kept only while a
// lock is held.
int raLock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int raUnlock(sqlite3_file* f, int level) {
    if (level == SQLITE_LOCK_NONE)
        forget(self(f));
    return real(f)->pMethods->xUnlock(real(f), level);
}
int raCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int raFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int raSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int raDeviceCharacteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int raShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int raShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void raShmBarrier(sqlite3_file* f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
int raShmUnmap(sqlite3_file* f, int deleteFlag) {
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int raFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    *out = nullptr;  // no memory mapping through this VFS: SQLite then reads
    (void)f, (void)offset, (void)amount;
    return SQLITE_OK;
}
int raUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) {
    (void)f, (void)offset, (void)p;
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {
    3,
    raClose,
    raRead,
    raWrite,
    raTruncate,
    raSync,
    raFileSize,
    raLock,
    raUnlock,
    raCheckReservedLock,
    raFileControl,
    raSectorSize,
    raDeviceCharacteristics,
    raShmMap,
    raShmLock,
    raShmBarrier,
    raShmUnmap,
    raFetch,
    raUnfetch,
};
// The same without shared memory, for a real file that has none (SQLite asks by version).
constexpr sqlite3_io_methods versionOne(sqlite3_io_methods m) {
    m.iVersion = 1;
    m.xShmMap = nullptr, m.xShmLock = nullptr, m.xShmBarrier = nullptr, m.xShmUnmap = nullptr;
    m.xFetch = nullptr, m.xUnfetch = nullptr;
    return m;
}
const sqlite3_io_methods kMethodsV1 = versionOne(kMethods);

int raOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    ReadAheadFile* p = self(f);
    p->real = reinterpret_cast<sqlite3_file*>(p + 1);
    p->block = nullptr;
    p->blockOffset = 0;
    p->blockLength = 0;
    p->fileSize = -1;
    p->base.pMethods = nullptr;
    const int rc = g_real->xOpen(g_real, name, p->real, flags, outFlags);
    if (p->real->pMethods == nullptr)
        return rc;  // SQLite expects pMethods null when there is nothing to close
    p->base.pMethods = p->real->pMethods->iVersion >= 3 ? &kMethods : &kMethodsV1;
    if (rc == SQLITE_OK && (flags & SQLITE_OPEN_MAIN_DB))
        p->block = static_cast<char*>(sqlite3_malloc(kBlock));  // null: straight through
    return rc;
}

}  // namespace

const char* readAheadVfs() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        g_real = sqlite3_vfs_find(nullptr);
        if (g_real == nullptr)
            return;
        g_vfs = *g_real;  // every method but xOpen is the default VFS's own
        g_vfs.zName = "ecotown-readahead";
        g_vfs.szOsFile = static_cast<int>((sizeof(ReadAheadFile) + 7) / 8 * 8) + g_real->szOsFile;
        g_vfs.xOpen = raOpen;
        g_vfs.pNext = nullptr;
        ok = sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK;
    });
    return ok ? g_vfs.zName : nullptr;
}

}  // namespace ecotown::geo::detail
