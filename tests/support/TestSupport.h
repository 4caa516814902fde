#pragma once
// Helpers shared by the tests: a temporary folder per test, a manual clock, workspaces.

#include "storage/RecordEditor.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceSetup.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <memory>

namespace score::test {

// A fresh folder for one test, removed afterwards.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Makes writes past `bytes` into any file fail with EFBIG in this process while it lives, like
// a full USB stick (SIGXFSZ ignored, so the write returns an error instead of killing us).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
};

// 2026-06-15T08:00:00Z, a fixed "now" for tests (after every built-in content release).
constexpr qint64 kTestEpochMs = 1781510400000;

struct TestWorkspace {
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<Workspace> ws;
    Workspace* operator->() { return ws.get(); }
    Workspace& operator*() { return *ws; }
};

// Creates a workspace with the SCORE content, a manual clock and a fixed id seed.
TestWorkspace makeWorkspace(const QString& path, const QString& deviceName = QStringLiteral("test-device"), quint64 seed = 1);
TestWorkspace openWorkspace(const QString& path, quint64 seed = 2);

// A cohort with one enterprise, ready for visits and actions; returns the enterprise id.
QString addEnterprise(Workspace& ws, const QString& name = QStringLiteral("Minh Phat Garments"));

QString canonicalDump(Workspace& ws);

// Runs scorectl with arguments; returns exit code, stdout and stderr.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runScorectl(const QStringList& args, const QByteArray& stdinData = {});

}  // namespace score::test

// Lets Catch print QStrings in failure messages.
std::ostream& operator<<(std::ostream& os, const QString& s);
