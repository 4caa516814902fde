// Every input a fuzzer ever found troublesome, kept in tests/fuzz/regressions/<target>/, is
// replayed here on every build (with any compiler, and under the sanitizer preset in CI).

#include "support/TestSupport.h"

#include "../fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>

namespace {
void replay(const char* target, void (*run)(const uint8_t*, size_t))
{
    const QDir dir(QStringLiteral(SCORE_TEST_DATA_DIR "/../fuzz/regressions/") + QLatin1String(target));
    const auto files = dir.entryInfoList(QDir::Files);
    for (const QFileInfo& info : files) {
        QFile f(info.absoluteFilePath());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        INFO(info.fileName().toStdString());
        run(reinterpret_cast<const uint8_t*>(data.constData()), static_cast<size_t>(data.size()));
    }
    SUCCEED(QStringLiteral("%1 inputs replayed").arg(files.size()).toStdString());
}
}  // namespace

TEST_CASE("Fuzz regressions: bundle files") { replay("bundle", score::fuzz::bundleFile); }
TEST_CASE("Fuzz regressions: bundle archives") { replay("archive", score::fuzz::bundleArchive); }
TEST_CASE("Fuzz regressions: changes streams") { replay("changes", score::fuzz::changesStream); }
TEST_CASE("Fuzz regressions: record lines") { replay("record_line", score::fuzz::recordLine); }
TEST_CASE("Fuzz regressions: content files") { replay("template", score::fuzz::contentFile); }
TEST_CASE("Fuzz regressions: manifests") { replay("manifest", score::fuzz::manifest); }
TEST_CASE("Fuzz regressions: spreadsheet files") { replay("sheet", score::fuzz::sheetFile); }
