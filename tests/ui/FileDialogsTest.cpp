// Where file dialogs open: the last folder used for the same purpose, else Documents (created
// if missing), else home — never the process's working directory.

#include "support/TestSupport.h"

#include "settings/AppSettings.h"
#include "widgets/FileDialogs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace score;
using namespace score::test;

namespace {
// Points HOME and the working directory elsewhere for one test, as a fresh account started
// from a launcher (or a terminal in another folder) would have them.
class MovedHome {
public:
    MovedHome(const QString& home, const QString& workingDirectory) : m_home(qgetenv("HOME")), m_workingDirectory(QDir::currentPath())
    {
        qputenv("HOME", QFile::encodeName(home));
        REQUIRE(QDir::setCurrent(workingDirectory));
    }
    ~MovedHome()
    {
        qputenv("HOME", m_home);
        QDir::setCurrent(m_workingDirectory);
    }

private:
    QByteArray m_home;
    QString m_workingDirectory;
};

constexpr FilePurpose kPurposes[] = {FilePurpose::Bundles, FilePurpose::Reports, FilePurpose::Photos, FilePurpose::Workspaces,
                                     FilePurpose::Spreadsheets};
}  // namespace

TEST_CASE("File dialogs start in Documents on a fresh account, then in the folder last used for the same purpose")
{
    TempDir dir;
    const QString home = dir.path(QStringLiteral("home"));
    const QString elsewhere = dir.path(QStringLiteral("started-here"));
    REQUIRE(QDir().mkpath(home));
    REQUIRE(QDir().mkpath(elsewhere));
    const MovedHome moved(home, elsewhere);
    const QString documents = QDir(home).filePath(QStringLiteral("Documents"));
    REQUIRE(AppSettings::documentsFolder() == documents);
    REQUIRE_FALSE(QFileInfo::exists(documents));  // a new account may have none yet

    // A fresh settings file: every purpose starts in Documents, which now exists (a dialog
    // given a folder that does not exist opens in the working directory instead).
    AppSettings settings(dir.path(QStringLiteral("fresh.ini")));
    for (FilePurpose purpose : kPurposes) {
        const QString start = startFolder(purpose, settings);
        CHECK(start == documents);
        CHECK(QFileInfo(start).isDir());
        CHECK(start != QDir::currentPath());
    }

    // A choice is remembered for its purpose only, and kept in the settings file.
    const QString bundles = dir.path(QStringLiteral("usb/bundles"));
    const QString photos = dir.path(QStringLiteral("camera"));
    REQUIRE(QDir().mkpath(bundles));
    REQUIRE(QDir().mkpath(photos));
    rememberFolder(FilePurpose::Bundles, QDir(bundles).filePath(QStringLiteral("a.scorebundle")), settings);
    rememberFolder(FilePurpose::Photos, QDir(photos).filePath(QStringLiteral("IMG_0001.jpg")), settings);
    CHECK(startFolder(FilePurpose::Bundles, settings) == bundles);
    CHECK(startFolder(FilePurpose::Photos, settings) == photos);
    CHECK(startFolder(FilePurpose::Reports, settings) == documents);
    CHECK(startFolder(FilePurpose::Workspaces, settings) == documents);
    CHECK(startFolder(FilePurpose::Spreadsheets, settings) == documents);
    {
        AppSettings again(dir.path(QStringLiteral("fresh.ini")));
        CHECK(startFolder(FilePurpose::Bundles, again) == bundles);
        CHECK(startFolder(FilePurpose::Photos, again) == photos);
    }

    // A remembered folder that has gone (a USB stick taken out) gives way to Documents.
    REQUIRE(QDir(dir.path(QStringLiteral("usb"))).removeRecursively());
    CHECK(startFolder(FilePurpose::Bundles, settings) == documents);
}

TEST_CASE("File dialogs start at home when Documents cannot be made")
{
    TempDir dir;
    const QString home = dir.path(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    QFile blocker(QDir(home).filePath(QStringLiteral("Documents")));  // a file where the folder would be
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const MovedHome moved(home, dir.path(QStringLiteral(".")));
    AppSettings settings(dir.path(QStringLiteral("fresh.ini")));
    CHECK(startFolder(FilePurpose::Reports, settings) == QDir(home).absolutePath());
}
