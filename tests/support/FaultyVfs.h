#pragma once
// A test seam over SQLite's file layer: a VFS that wraps the default one and, once armed, fails
// writes with SQLITE_FULL after a budget of bytes — a disk filling up at a chosen moment.
// Registered as the default VFS, so every connection of the test process goes through it.

#include <QtGlobal>

namespace score::test {

class FaultyVfs {
public:
    // Installs the VFS (once per process) as the default.
    static void install();
    // From now on, writes fail once `bytes` more have been written.
    static void failAfter(qint64 bytes);
    static void disarm();
    static qint64 failures();
};

// Disarms on scope exit, whatever happens in the test.
struct DiskFullScope {
    explicit DiskFullScope(qint64 bytes) { FaultyVfs::failAfter(bytes); }
    ~DiskFullScope() { FaultyVfs::disarm(); }
};

}  // namespace score::test
