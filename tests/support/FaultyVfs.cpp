#include "support/FaultyVfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace score::test {

namespace {
std::atomic<qint64> g_budget{-1};  // -1: not armed
std::atomic<qint64> g_failures{0};
sqlite3_vfs* g_base = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
const sqlite3_io_methods* g_baseMethods = nullptr;

// Our file object: the base file object follows it in memory.
struct FaultyFile {
    sqlite3_file base;   // our methods
    sqlite3_file* real;  // the wrapped file, allocated right after this struct
};

sqlite3_file* realFile(sqlite3_file* f) { return reinterpret_cast<FaultyFile*>(f)->real; }

int faultyWrite(sqlite3_file* f, const void* data, int amount, sqlite3_int64 offset)
{
    qint64 budget = g_budget.load();
    if (budget >= 0) {
        if (budget < amount) {
            ++g_failures;
            return SQLITE_FULL;
        }
        g_budget -= amount;
    }
    return realFile(f)->pMethods->xWrite(realFile(f), data, amount, offset);
}

int faultyClose(sqlite3_file* f)
{
    sqlite3_file* real = realFile(f);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    return rc;
}

int faultyOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<FaultyFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FaultyFile));
    const int rc = g_base->xOpen(g_base, name, ours->real, flags, outFlags);
    if (rc != SQLITE_OK) {
        file->pMethods = nullptr;
        return rc;
    }
    if (!g_baseMethods) {
        g_baseMethods = ours->real->pMethods;
        g_methods = *g_baseMethods;
        g_methods.xWrite = faultyWrite;
        g_methods.xClose = faultyClose;
        g_methods.xRead = [](sqlite3_file* f, void* d, int n, sqlite3_int64 o) {
            return realFile(f)->pMethods->xRead(realFile(f), d, n, o);
        };
        g_methods.xTruncate = [](sqlite3_file* f, sqlite3_int64 s) { return realFile(f)->pMethods->xTruncate(realFile(f), s); };
        g_methods.xSync = [](sqlite3_file* f, int fl) { return realFile(f)->pMethods->xSync(realFile(f), fl); };
        g_methods.xFileSize = [](sqlite3_file* f, sqlite3_int64* s) { return realFile(f)->pMethods->xFileSize(realFile(f), s); };
        g_methods.xLock = [](sqlite3_file* f, int l) { return realFile(f)->pMethods->xLock(realFile(f), l); };
        g_methods.xUnlock = [](sqlite3_file* f, int l) { return realFile(f)->pMethods->xUnlock(realFile(f), l); };
        g_methods.xCheckReservedLock = [](sqlite3_file* f, int* r) { return realFile(f)->pMethods->xCheckReservedLock(realFile(f), r); };
        g_methods.xFileControl = [](sqlite3_file* f, int op, void* a) { return realFile(f)->pMethods->xFileControl(realFile(f), op, a); };
        g_methods.xSectorSize = [](sqlite3_file* f) { return realFile(f)->pMethods->xSectorSize(realFile(f)); };
        g_methods.xDeviceCharacteristics = [](sqlite3_file* f) { return realFile(f)->pMethods->xDeviceCharacteristics(realFile(f)); };
        g_methods.xShmMap = [](sqlite3_file* f, int a, int b, int c, void volatile** d) {
            return realFile(f)->pMethods->xShmMap(realFile(f), a, b, c, d);
        };
        g_methods.xShmLock = [](sqlite3_file* f, int a, int b, int c) { return realFile(f)->pMethods->xShmLock(realFile(f), a, b, c); };
        g_methods.xShmBarrier = [](sqlite3_file* f) { realFile(f)->pMethods->xShmBarrier(realFile(f)); };
        g_methods.xShmUnmap = [](sqlite3_file* f, int d) { return realFile(f)->pMethods->xShmUnmap(realFile(f), d); };
        g_methods.xFetch = [](sqlite3_file* f, sqlite3_int64 o, int n, void** p) {
            return realFile(f)->pMethods->xFetch(realFile(f), o, n, p);
        };
        g_methods.xUnfetch = [](sqlite3_file* f, sqlite3_int64 o, void* p) { return realFile(f)->pMethods->xUnfetch(realFile(f), o, p); };
    }
    file->pMethods = &g_methods;
    return SQLITE_OK;
}
}  // namespace

void FaultyVfs::install()
{
    if (g_base)
        return;
    g_base = sqlite3_vfs_find(nullptr);
    g_vfs = *g_base;
    g_vfs.zName = "score-faulty";
    g_vfs.szOsFile = static_cast<int>(sizeof(FaultyFile)) + g_base->szOsFile;
    g_vfs.xOpen = faultyOpen;
    g_vfs.pNext = nullptr;
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultyVfs::failAfter(qint64 bytes)
{
    install();
    g_failures = 0;
    g_budget = bytes;
}

void FaultyVfs::disarm() { g_budget = -1; }
qint64 FaultyVfs::failures() { return g_failures.load(); }

}  // namespace score::test
