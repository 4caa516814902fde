#include "FuzzTargets.h"

#include "content/ContentCatalogue.h"
#include "sheet/SheetFile.h"
#include "sync/BundleFormat.h"
#include "sync/BundleReader.h"
#include "sync/LineSplitter.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <cstdlib>

namespace score::fuzz {

namespace {
QByteArray bytes(const uint8_t* data, size_t size) { return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)); }

// The input as a file, for readers that open one; in $TMPDIR, a tmpfs when tools/fuzz finds one.
QString inputFile(const QString& name, const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    return path;
}

Result<std::unique_ptr<BundleReader>> openBundle(const uint8_t* data, size_t size)
{
    const QString path = inputFile(QStringLiteral("input.scorebundle"), data, size);
    if (path.isEmpty())
        return Error::io(QStringLiteral("cannot write the input"));
    return BundleReader::open(path, QStringLiteral("fuzz"));
}

const BundleDevices& threeDevices()
{
    static const BundleDevices devices({QUuid(QStringLiteral("00000000-0000-0000-0000-000000000000")),
                                        QUuid(QStringLiteral("6f1f5a0e-3c2b-4a8e-9d47-5c0de5c07e01")),
                                        QUuid(QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"))});
    return devices;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}
}  // namespace

void bundleFile(const uint8_t* data, size_t size)
{
    auto reader = openBundle(data, size);
    if (!reader)
        return;
    (void)(*reader)->forEachRecord([](RecordState&&) -> Status { return {}; });
    (void)(*reader)->forEachBlob([](const QString&, const QByteArray&) -> Status { return {}; });
}

void bundleArchive(const uint8_t* data, size_t size)
{
    auto reader = openBundle(data, size);
    if (reader)
        (void)(*reader)->blobHashes();
}

void changesStream(const uint8_t* data, size_t size)
{
    if (size == 0)
        return;
    // Small limits and chunks so that lines straddle chunks and some exceed the limit.
    const qsizetype chunk = 1 + data[0] % 64;
    constexpr qsizetype maxLine = 2048;
    const QByteArray stream = bytes(data + 1, size - 1);

    // Only the cutting is checked here: what each line parses to is the record_line target's
    // job, and parsing every line made this target 100 times slower (140 inputs a second).
    QList<QByteArray> delivered;
    LineSplitter splitter(maxLine, [&](const QByteArray& line) -> Status {
        delivered << QByteArray(line.constData(), line.size());
        return {};
    });
    Status status;
    for (qsizetype at = 0; status && at < stream.size(); at += chunk)
        status = splitter.add(stream.constData() + at, std::min(chunk, stream.size() - at));
    if (status)
        status = splitter.finish();

    // The lines handed out are exactly the stream's non-empty lines, up to the first one that
    // is too long, where the splitter must have stopped.
    QList<QByteArray> expected;
    bool tooLong = false;
    for (const QByteArray& line : stream.split('\n')) {
        if (line.size() > maxLine) {
            tooLong = true;
            break;
        }
        if (!line.isEmpty())
            expected << line;
    }
    if (tooLong == bool(status))
        fail("the splitter's verdict on line length");
    if (delivered != expected)
        fail("the lines handed out");
}

void recordLine(const uint8_t* data, size_t size)
{
    const BundleDevices& devices = threeDevices();
    auto state = parseRecordLine(bytes(data, size), devices);
    if (state) {
        // A parsed record must survive its own encoding, and its lost set (the one part of a
        // line that is a list of any length) must read back as it was.
        BundleDevices writer;
        const QByteArray line = encodeRecordLine(*state, writer).trimmed();
        if (!state->lost.isEmpty()) {
            auto again = parseRecordLine(line, writer);
            if (!again || !(again->lost == state->lost))
                fail("a record with a lost set does not read back as it was written");
        }
    }
}

void contentFile(const uint8_t* data, size_t size)
{
    if (size == 0)
        return;
    // The first byte chooses the parser, so each input is parsed once, not four times.
    const QByteArray input = bytes(data + 1, size - 1);
    switch (static_cast<ContentKind>(data[0] % 4)) {
    case ContentKind::Template: (void)parseTemplate(input); break;
    case ContentKind::Kpis: (void)parseKpis(input); break;
    case ContentKind::Modules: (void)parseModules(input); break;
    case ContentKind::Countries: (void)parseCountries(input); break;
    }
}

void manifest(const uint8_t* data, size_t size)
{
    auto m = BundleManifest::fromJson(bytes(data, size));
    if (m)
        (void)m->toJson();
}

void sheetFile(const uint8_t* data, size_t size)
{
    const QString path = inputFile(QStringLiteral("input.xlsx"), data, size);
    if (path.isEmpty())
        return;
    // Smaller bounds than the defaults, so that no input takes seconds: a few kilobytes can
    // inflate to the default 256 MB part. Every limit is still there to be crossed.
    SheetLimits limits;
    limits.maxEntryBytes = 8 * 1024 * 1024;
    limits.maxUnpackedBytes = 32 * 1024 * 1024;
    limits.maxCells = 200000;
    limits.maxRows = 100000;
    auto tables = readSheetFile(path, limits);
    if (!tables) {
        if (tables.message().isEmpty())
            fail("a refusal without a sentence");
        return;
    }
    qint64 cells = 0;
    for (const SheetTable& table : *tables) {
        if (!table.rows.empty() && table.rows.back().isEmpty())
            fail("a trailing blank row");
        if (table.rows.size() > static_cast<size_t>(limits.maxRows))
            fail("more rows than allowed");
        for (const QStringList& row : table.rows) {
            if (!row.isEmpty() && row.constLast().isEmpty())
                fail("a trailing empty cell");
            if (row.size() > limits.maxColumns)
                fail("more columns than allowed");
            cells += row.size();
            for (const QString& cell : row)
                if (cell.size() > limits.maxCellChars)
                    fail("a cell longer than allowed");
        }
    }
    if (cells > limits.maxCells)
        fail("more cells than allowed");
}

}  // namespace score::fuzz
