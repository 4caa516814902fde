// scorectl commands on the records a programme starts with: add, edit and delete cohorts,
// enterprises and people. Options are the fields' public keys (core/programme/ProgrammeFields.h);
// every value goes through core's rules, and a refusal changes nothing.

#include "scorectl/Cli.h"

#include "programme/ProgrammeEditor.h"
#include "programme/SheetExchange.h"

#include <QFileInfo>

#include <QCoreApplication>

namespace score::cli {

namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("score::cli", text, comment, n);
}

QString optionName(const QString& key)
{
    QString name = key;
    name.replace(u'_', u'-');
    return name;
}

// Every key of every kind, once: the parser is set up before the kind is known.
void declareFieldOptions(QCommandLineParser& p)
{
    QStringList declared;
    for (ProgrammeKind kind : programmeKinds()) {
        for (const PublicField& f : publicFields(kind)) {
            const QString name = optionName(f.key);
            if (declared.contains(name))
                continue;
            declared << name;
            QStringList kinds;
            for (ProgrammeKind k : programmeKinds())
                if (publicField(k, f.key))
                    kinds << programmeKindName(k);
            p.addOption({name, tr("%1 (%2).").arg(publicFieldLabel(kind, f), kinds.join(QStringLiteral(", "))), tr("VALUE")});
        }
    }
}

// The values given on the command line for `kind`; a field of another kind is a usage error.
std::optional<PublicValues> givenValues(const QCommandLineParser& p, ProgrammeKind kind, QString& wrongOption)
{
    PublicValues values;
    for (const QString& name : p.optionNames()) {
        if (name == u"db" || name == u"h" || name == u"help")
            continue;
        const PublicField* field = publicField(kind, name);
        if (!field) {
            wrongOption = name;
            return std::nullopt;
        }
        values.push_back({field->key, p.value(name)});
    }
    return values;
}

QString keysOf(ProgrammeKind kind)
{
    QStringList keys;
    for (const PublicField& f : publicFields(kind))
        keys << QStringLiteral("--") + optionName(f.key);
    return keys.join(u' ');
}

int refused(Io& io, const Error& error)
{
    if (!error.subject.isEmpty())
        return failure(io, QStringLiteral("--%1: %2").arg(optionName(error.subject), error.message));
    return failure(io, error.message);
}

void printWarnings(Io& io, ProgrammeEditor& editor, ProgrammeKind kind, const QString& id)
{
    auto report = editor.check(kind, id);
    if (!report)
        return;
    for (const QString& warning : report->warnings())
        io.err << tr("Note: %1").arg(warning) << '\n';
    io.err.flush();
}

std::optional<ProgrammeKind> kindArgument(const QCommandLineParser& p, Io& io, const QString& command, int expected)
{
    const QStringList positional = p.positionalArguments();
    if (positional.size() != expected)
        return std::nullopt;
    const auto kind = programmeKindFromName(positional[0]);
    if (!kind)
        usageError(io, command, tr("Say cohort, enterprise or person, not “%1”.").arg(positional[0]));
    return kind;
}

int runAdd(QCommandLineParser& p, Io& io)
{
    if (p.positionalArguments().size() != 1)
        return usageError(io, QStringLiteral("add"), tr("Say what to add: cohort, enterprise or person."));
    const auto kind = kindArgument(p, io, QStringLiteral("add"), 1);
    if (!kind)
        return Usage;
    QString wrong;
    const auto values = givenValues(p, *kind, wrong);
    if (!values)
        return usageError(io, QStringLiteral("add"),
                          tr("--%1 is not a field of %2; their fields are %3.").arg(wrong, programmeKindPlural(*kind), keysOf(*kind)));
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    RecordEditor records(*ws);
    ProgrammeEditor editor(*ws, records);
    // What is not said starts as in the desktop's form (an enterprise of the only cohort,
    // counselled by the counsellor at this device); given options come after and win.
    QString scope;  // the cohort of a new enterprise, the enterprise of a new person
    for (const auto& [key, value] : *values)
        if ((*kind == ProgrammeKind::Enterprise && key == u"cohort") || (*kind == ProgrammeKind::Person && key == u"enterprise"))
            scope = value;
    auto starting = editor.startingValues(*kind, scope);
    if (!starting)
        return failure(io, starting.message());
    PublicValues all;
    for (const auto& [key, value] : *starting) {
        const bool given = std::any_of(values->begin(), values->end(), [&](const auto& v) { return v.first == key; });
        if (!given)
            all.push_back({key, value});
    }
    all.insert(all.end(), values->begin(), values->end());
    auto id = editor.add(*kind, all);
    if (!id)
        return refused(io, id.error());
    printWarnings(io, editor, *kind, *id);
    // The id alone on the last line, for scripts.
    io.out << *id << Qt::endl;
    return Success;
}

int runEdit(QCommandLineParser& p, Io& io)
{
    if (p.positionalArguments().size() != 2)
        return usageError(io, QStringLiteral("edit"),
                          tr("Say what to change: KIND ID (cohort, enterprise or person, and its id or name)."));
    const auto kind = kindArgument(p, io, QStringLiteral("edit"), 2);
    if (!kind)
        return Usage;
    QString wrong;
    const auto values = givenValues(p, *kind, wrong);
    if (!values)
        return usageError(io, QStringLiteral("edit"),
                          tr("--%1 is not a field of %2; their fields are %3.").arg(wrong, programmeKindPlural(*kind), keysOf(*kind)));
    if (values->empty())
        return usageError(io, QStringLiteral("edit"), tr("Say what to change, for example --city “Bien Hoa”."));
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    RecordEditor records(*ws);
    ProgrammeEditor editor(*ws, records);
    auto id = editor.find(*kind, p.positionalArguments()[1]);
    if (!id)
        return failure(io, id.message());
    if (auto s = editor.change(*kind, *id, *values); !s)
        return refused(io, s.error());
    printWarnings(io, editor, *kind, *id);
    io.out << *id << Qt::endl;
    return Success;
}

int runDelete(QCommandLineParser& p, Io& io)
{
    if (p.positionalArguments().size() != 2)
        return usageError(io, QStringLiteral("delete"),
                          tr("Say what to delete: KIND ID (cohort, enterprise or person, and its id or name)."));
    const auto kind = kindArgument(p, io, QStringLiteral("delete"), 2);
    if (!kind)
        return Usage;
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    RecordEditor records(*ws);
    ProgrammeEditor editor(*ws, records);
    auto id = editor.find(*kind, p.positionalArguments()[1]);
    if (!id)
        return failure(io, id.message());
    if (auto s = editor.remove(*kind, *id); !s)
        return failure(io, s.message());
    io.out << tr("Moved the %1 to the recycle bin with what belongs to it; the Sync view's recycle bin brings it back.")
                  .arg(programmeKindDisplayName(*kind))
           << Qt::endl;
    return Success;
}

int sheetExportCommand(QCommandLineParser& p, Io& io)
{
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(io, QStringLiteral("sheet"), tr("Say where to write the sheet: --out FILE.xlsx or FILE.csv."));
    const bool csv = out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!csv && !out.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return usageError(io, QStringLiteral("sheet"), tr("--out must end in .xlsx (one workbook) or .csv (a file per kind)."));
    auto ws = openWorkspace(p, io, true);
    if (!ws)
        return Failure;
    auto written = exportSheets(*ws, out, csv ? SheetFormat::Csv : SheetFormat::Xlsx);
    if (!written)
        return failure(io, written.message());
    for (const QString& file : *written)
        io.out << tr("Wrote %1.").arg(file) << '\n';
    io.out.flush();
    return Success;
}

int sheetImportCommand(QCommandLineParser& p, Io& io)
{
    const QStringList files = p.positionalArguments().mid(1);
    if (files.isEmpty())
        return usageError(io, QStringLiteral("sheet"),
                          tr("Say which file to import: scorectl sheet import --db F FILE.xlsx (or CSV files)."));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto ws = openWorkspace(p, io);
    if (!ws)
        return Failure;
    auto report = runSheetImport(*ws, files, dryRun);
    if (!report)
        return failure(io, report.message());
    if (!report->ok()) {
        io.err << tr("Nothing was imported; correct these cells and import again:") << '\n';
        for (const SheetProblem& problem : report->problems)
            io.err << "  " << problem.describe() << '\n';
        io.err.flush();
        return Failure;
    }
    for (const SheetRowOutcome& row : report->rows) {
        if (row.kind == SheetRowOutcome::Kind::Unchanged)
            continue;
        const QString what = row.kind == SheetRowOutcome::Kind::New ? tr("new") : tr("changed");
        io.out
            << QStringLiteral("%1, %2: %3 %4 “%5”").arg(row.sheet).arg(row.row).arg(what, programmeKindDisplayName(row.record), row.name);
        if (!row.changes.isEmpty())
            io.out << " (" << row.changes.join(QStringLiteral("; ")) << ')';
        io.out << '\n';
    }
    const int added = report->count(SheetRowOutcome::Kind::New);
    const int changed = report->count(SheetRowOutcome::Kind::Changed);
    const int same = report->count(SheetRowOutcome::Kind::Unchanged);
    io.out << (dryRun ? tr("Would add %1, change %2 and leave %3 as they are (dry run: nothing written).")
                      : tr("Added %1, changed %2, left %3 as they were."))
                  .arg(added)
                  .arg(changed)
                  .arg(same)
           << Qt::endl;
    return Success;
}

int runSheet(QCommandLineParser& p, Io& io)
{
    const QString action = p.positionalArguments().value(0);
    if (action == u"export")
        return sheetExportCommand(p, io);
    if (action == u"import")
        return sheetImportCommand(p, io);
    return usageError(io, QStringLiteral("sheet"), tr("Say export or import."));
}

}  // namespace

void addProgrammeCommands(std::vector<Command>& all)
{
    all.push_back({QStringLiteral("add"), tr("Add a cohort, an enterprise or a person; prints the new id last."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("kind"), tr("cohort, enterprise or person"));
                       declareFieldOptions(p);
                   },
                   runAdd});
    all.push_back({QStringLiteral("edit"), tr("Change fields of a cohort, an enterprise or a person."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("kind"), tr("cohort, enterprise or person"));
                       p.addPositionalArgument(QStringLiteral("id"), tr("its id, or its name when no other has it"));
                       declareFieldOptions(p);
                   },
                   runEdit});
    all.push_back({QStringLiteral("delete"), tr("Move a cohort, an enterprise or a person to the recycle bin."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("kind"), tr("cohort, enterprise or person"));
                       p.addPositionalArgument(QStringLiteral("id"), tr("its id, or its name when no other has it"));
                   },
                   runDelete});
    all.push_back({QStringLiteral("sheet"), tr("Export cohorts, enterprises and people to a spreadsheet, or import them from one."),
                   [](QCommandLineParser& p) {
                       p.addPositionalArgument(QStringLiteral("export|import"), tr("export --out FILE.xlsx|FILE.csv, or import FILE…"));
                       p.addOption({QStringLiteral("out"), tr("The XLSX workbook, or the first of the CSV files (FILE-cohorts.csv, …)."),
                                    tr("FILE")});
                       p.addOption({QStringLiteral("dry-run"), tr("Say what importing would do, and write nothing.")});
                   },
                   runSheet});
}

}  // namespace score::cli
