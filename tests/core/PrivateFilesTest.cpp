// Workspaces, their backups and bundles hold people's names, genders and photos: under the
// usual umask of 022 they are still readable by their owner only (issue: laptops get lost and
// are shared). Reports are not private files: they are written to be handed on.

#include "support/TestSupport.h"

#include "storage/Backups.h"
#include "sync/BundleExporter.h"

#include <QFile>

#include <sys/stat.h>

using namespace score;
using namespace score::test;

namespace {
// The umask most Linux desktops run with, for the length of a test.
class UsualUmask {
public:
    UsualUmask() : m_before(::umask(022)) {}
    ~UsualUmask() { ::umask(m_before); }
    UsualUmask(const UsualUmask&) = delete;
    UsualUmask& operator=(const UsualUmask&) = delete;

private:
    mode_t m_before;
};

// The permission bits of `path`, as `ls -l` shows them in octal.
int modeOf(const QString& path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 0777);
}
}  // namespace

TEST_CASE("A workspace, its WAL, its backups and its bundles are its owner's only, whatever the umask")
{
    UsualUmask umask;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("private.scoredesk"));
    auto t = makeWorkspace(path);
    addEnterprise(*t);  // writes, so the WAL and its index exist
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);

    Backups backups(path);
    auto backup = backups.create(t->db(), QStringLiteral("before-import"));
    REQUIRE(backup.ok());
    CHECK(modeOf(backupFolderFor(path)) == 0700);
    CHECK(modeOf(*backup) == 0600);

    ExportOptions options;
    options.full = true;
    options.outputPath = dir.path(QStringLiteral("private.scorebundle"));
    REQUIRE(exportBundle(*t, options).ok());
    CHECK(modeOf(options.outputPath) == 0600);
}

TEST_CASE("A workspace made before files were private loses others' access when opened for writing")
{
    UsualUmask umask;
    TempDir dir;
    const QString path = dir.path(QStringLiteral("older.scoredesk"));
    {
        auto t = makeWorkspace(path);
        addEnterprise(*t);
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto reopened = openWorkspace(path);
    CHECK(modeOf(path) == 0600);
}
