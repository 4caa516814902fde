#pragma once
// Helpers for the report tests: a small demo workspace, and readers for what the writers
// produced — pdftotext and pdfinfo (poppler-utils), the cells of an XLSX sheet, an RFC 4180
// CSV parser written independently of the writer.

#include "support/TestSupport.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace score::test {

// A workspace with a demo cohort of `enterprises` enterprises, "today" 2026-06-15.
TestWorkspace makeDemoWorkspace(const TempDir& dir, int enterprises = 4, quint64 seed = 1);
QString firstId(Workspace& ws, const char* listKind);

// Runs a poppler tool; returns its standard output (UTF-8).
QString runTool(const QString& program, const QStringList& arguments);
QString pdfText(const QString& path, int page = 0);  // page 0: every page
int pdfPageCount(const QString& path);

struct XlsxCell {
    QString ref;    // "B3"
    QString type;   // "" (number), "s" (shared string), "str", "b" …
    QString value;  // the number as written, or the string itself
    QString formula;
    int style = 0;
};
struct XlsxSheet {
    QString name;
    QHash<QString, XlsxCell> cells;  // by reference
    QString xml;                     // the whole worksheet, for structure checks
    int rows = 0;                    // the highest row number used
};
struct XlsxBook {
    std::vector<XlsxSheet> sheets;
    QHash<int, QString> styleNumberFormats;  // cell style index → number format code
    const XlsxSheet* sheet(const QString& name) const;
};
XlsxBook readXlsx(const QString& path);

// RFC 4180: records of fields; quoted fields may hold commas, CR, LF and doubled quotes.
std::vector<QStringList> parseCsv(const QString& text);

}  // namespace score::test
