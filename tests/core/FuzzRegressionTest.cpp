// Every input a fuzzer ever found troublesome, kept in tests/fuzz/regressions/<target>/, is
// replayed here on every build (with any compiler, and under the sanitizer preset in CI). The
// test counts what it replayed against the files kept, so a path that stops resolving, an empty
// folder or a folder no target reads fails instead of passing with nothing replayed.

#include "support/TestSupport.h"

#include "../fuzz/FuzzTargets.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <map>

namespace {
using Target = void (*)(const uint8_t*, size_t);

// The folder of each fuzz target's findings, as tools/fuzz names them.
const std::map<QString, Target>& targets()
{
    static const std::map<QString, Target> all{
        {QStringLiteral("bundle"), score::fuzz::bundleFile},     {QStringLiteral("archive"), score::fuzz::bundleArchive},
        {QStringLiteral("changes"), score::fuzz::changesStream}, {QStringLiteral("record_line"), score::fuzz::recordLine},
        {QStringLiteral("template"), score::fuzz::contentFile},  {QStringLiteral("manifest"), score::fuzz::manifest},
        {QStringLiteral("sheet"), score::fuzz::sheetFile},
    };
    return all;
}

int filesUnder(const QString& folder)
{
    int count = 0;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++count;
    return count;
}
}  // namespace

TEST_CASE("Fuzz regressions: every input kept is replayed by the target that found it")
{
    const QDir root(QStringLiteral(SCORE_FUZZ_REGRESSIONS_DIR));
    INFO(root.absolutePath().toStdString());
    REQUIRE(root.exists());
    const int kept = filesUnder(root.absolutePath());
    REQUIRE(kept > 0);

    int replayed = 0;
    for (const QFileInfo& folder : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        CAPTURE(folder.fileName().toStdString());
        const auto target = targets().find(folder.fileName());
        REQUIRE(target != targets().end());  // a folder no target reads is never replayed
        const auto files = QDir(folder.absoluteFilePath()).entryInfoList(QDir::Files | QDir::Hidden);
        REQUIRE_FALSE(files.isEmpty());
        for (const QFileInfo& info : files) {
            QFile f(info.absoluteFilePath());
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            INFO(info.fileName().toStdString());
            target->second(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
            ++replayed;
        }
    }
    CHECK(replayed == kept);
    SUCCEED(QStringLiteral("%1 inputs replayed").arg(replayed).toStdString());
}
