// Writes the sheet fuzz target's seeds into a folder: every hand-made fixture, and the sample
// sheets as writeXlsx and writeCsv write them. tools/fuzz runs it.

#include "SheetFixtures.h"

#include "sheet/SheetWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_sheet_seeds FOLDER\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    using namespace score;
    const auto check = [](const Status& s) {
        if (!s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            std::exit(1);
        }
    };
    for (const fixtures::SheetFixture& f : fixtures::allFixtures()) {
        if (!f.parts.empty()) {
            check(fixtures::writeParts(dir.filePath(f.fileName), f.parts));
            continue;
        }
        QFile file(dir.filePath(f.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(f.bytes) != f.bytes.size())
            check(Error::io(file.errorString()));
    }
    const std::vector<SheetToWrite> samples = fixtures::sampleSheets();
    check(writeXlsx(dir.filePath(QStringLiteral("written.xlsx")), samples));
    for (size_t i = 0; i < samples.size(); ++i)
        check(writeCsv(dir.filePath(QStringLiteral("written-%1.csv").arg(i + 1)), samples[i]));
    return 0;
}
