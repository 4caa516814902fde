#pragma once
// Onboarding from a spreadsheet: a programme's cohorts, enterprises and people written to an
// XLSX workbook (a sheet per kind) or to CSV files (a file per kind), in the layout that
// importing reads back. Columns are the public keys (ProgrammeFields.h) after an "id" column;
// choices are written in English, references by name, dates as YYYY-MM-DD. A blank template is
// the export of an empty workspace.
//
// Import matches each row to a record by its id (a record with that id is created when the
// workspace has none, so a sheet exported elsewhere brings the same records), or, with the id
// blank, by name (an enterprise within its cohort, a person within their enterprise); then it
// creates or changes the record through ProgrammeEditor, so the record rules apply. Only the
// columns present are written; an empty cell clears its field. All of it is one transaction,
// and a single bad cell refuses the whole file, naming its sheet, row and column.

#include "programme/ProgrammeEditor.h"
#include "sheet/SheetTable.h"

#include <vector>

namespace score {

struct SheetRowOutcome {
    enum class Kind { New, Changed, Unchanged };
    Kind kind = Kind::Unchanged;
    QString sheet;
    int row = 0;  // as the spreadsheet numbers it (the header is row 1 when it is the first)
    ProgrammeKind record = ProgrammeKind::Enterprise;
    QString recordId;
    QString name;
    QStringList changes;  // "City: Biên Hòa → Thủ Đức", one per field changed
};

struct SheetProblem {
    QString sheet;
    int row = 0;     // 0: the sheet as a whole
    QString column;  // "C" (empty: the row as a whole)
    QString message;

    // "Enterprises, row 5, column C (employees): …"
    QString describe() const;
};

struct SheetImportReport {
    std::vector<SheetRowOutcome> rows;
    std::vector<SheetProblem> problems;

    bool ok() const { return problems.empty(); }
    int count(SheetRowOutcome::Kind kind) const;
};

enum class SheetFormat { Xlsx, Csv };

// Writes every live cohort, enterprise and person. For CSV, `path` names the first file and the
// kinds go to PATH-cohorts.csv, PATH-enterprises.csv and PATH-people.csv (PATH without ".csv");
// returns the files written.
Result<QStringList> exportSheets(Workspace& ws, const QString& path, SheetFormat format);
// The files exportSheets writes for `path`.
QStringList sheetExportFiles(const QString& path, SheetFormat format);

// Reads the files (XLSX workbooks or CSV files, any mix) and applies them through `editor` in
// the caller's transaction, which it must roll back when the report is not ok() (nothing of a
// refused file may stay) or when it only wanted a preview. RecordEditor's recorder, when set,
// sees every change.
Result<SheetImportReport> importSheets(Workspace& ws, RecordEditor& editor, const QStringList& paths);

// The whole of an import for scorectl: in its own transaction, committed only when every row is
// accepted and `dryRun` is false.
Result<SheetImportReport> runSheetImport(Workspace& ws, const QStringList& paths, bool dryRun);

}  // namespace score
