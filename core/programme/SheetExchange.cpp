#include "programme/SheetExchange.h"

#include "domain/Labels.h"
#include "sheet/SheetFile.h"
#include "sheet/SheetWriter.h"
#include "util/Uuid.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace score {

namespace {
struct SheetExchangeTr {
    Q_DECLARE_TR_FUNCTIONS(score::SheetExchange)
};

const QString kIdColumn = QStringLiteral("id");

const EntitySpec& specOf(QStringView entity) { return *EntitySchema::instance().entity(entity); }

// Sheet names as the workbook shows them; import also takes the kind's name ("cohort").
QString sheetName(ProgrammeKind kind)
{
    switch (kind) {
    case ProgrammeKind::Cohort: return QStringLiteral("Cohorts");
    case ProgrammeKind::Enterprise: return QStringLiteral("Enterprises");
    case ProgrammeKind::Person: return QStringLiteral("People");
    }
    return {};
}

QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

// The names of records, for writing references as people read them.
class NameBook {
public:
    explicit NameBook(Workspace& ws) : m_ws(&ws) {}

    QString name(const QString& entity, const QString& id)
    {
        if (id.isEmpty())
            return {};
        const QString key = entity + u'/' + id;
        const auto it = m_names.constFind(key);
        if (it != m_names.constEnd())
            return *it;
        const EntitySpec& spec = specOf(entity);
        QString name = id;
        auto loaded = m_ws->store().load(spec, id);
        if (loaded && loaded->has_value()) {
            const FieldValue& v = (*loaded)->value(entity == u"country" ? QStringLiteral("code") : spec.labelField);
            if (const auto* s = std::get_if<QString>(&v))
                name = *s;
        }
        m_names.insert(key, name);
        return name;
    }

private:
    Workspace* m_ws;
    QHash<QString, QString> m_names;
};

// A stored value as a spreadsheet cell shows it (and as import reads it back).
QString cellText(NameBook& names, QStringView entity, const FieldSpec& field, const FieldValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        return {};
    if (const auto* i = std::get_if<qint64>(&value))
        return field.type == FieldType::Bool ? (*i ? QStringLiteral("yes") : QStringLiteral("no")) : QString::number(*i);
    if (const auto* d = std::get_if<double>(&value))
        return QString::number(*d, 'g', 15);
    const QString& text = std::get<QString>(value);
    switch (field.type) {
    case FieldType::Ref: return names.name(field.refEntity, text);
    case FieldType::Enum:
        if (entity == u"person" && field.name == u"role")
            return publicRoleName(text);
        return valueLabelEnglish(field.name, text);
    default: return text;
    }
}

Result<std::vector<RecordState>> liveRecords(Workspace& ws, QStringView entity)
{
    std::vector<RecordState> out;
    Status s = ws.store().forEach(specOf(entity), [&](const RecordState& r) {
        if (r.isAlive())
            out.push_back(r);
        return true;
    });
    if (!s)
        return s.error();
    return out;
}

SheetToWrite tableOf(NameBook& names, ProgrammeKind kind, const std::vector<RecordState>& records,
                     const QHash<QString, RecordState>& memberships, const QHash<QString, QStringList>& trainers)
{
    SheetToWrite sheet;
    sheet.table.name = sheetName(kind);
    QStringList header{kIdColumn};
    sheet.columns.push_back(ColumnKind::Text);
    for (const PublicField& f : publicFields(kind)) {
        header << f.key;
        sheet.columns.push_back(f.shape == PublicField::Shape::Number ? ColumnKind::Number
                                : f.shape == PublicField::Shape::Date ? ColumnKind::Date
                                                                      : ColumnKind::Text);
    }
    sheet.table.rows.push_back(header);
    const QString entity = programmeEntity(kind);
    for (const RecordState& r : records) {
        QStringList row{r.id};
        for (const PublicField& f : publicFields(kind)) {
            switch (f.target) {
            case PublicField::Target::Record: row << cellText(names, entity, *r.spec->field(f.field), r.value(f.field)); break;
            case PublicField::Target::Membership: {
                const auto m = memberships.constFind(r.id);
                row << (m == memberships.constEnd() ? QString()
                                                    : cellText(names, u"eit_member", *m->spec->field(f.field), m->value(f.field)));
                break;
            }
            case PublicField::Target::Trainers: {
                QStringList people;
                for (const QString& person : trainers.value(r.id))
                    people << names.name(QStringLiteral("person"), person);
                people.sort(Qt::CaseInsensitive);
                row << people.join(QStringLiteral("; "));
                break;
            }
            }
        }
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        sheet.table.rows.push_back(row);
    }
    return sheet;
}

bool byName(const RecordState& a, const RecordState& b, QStringView field)
{
    const auto* x = std::get_if<QString>(&a.value(field));
    const auto* y = std::get_if<QString>(&b.value(field));
    const int c = QString::compare(x ? *x : QString(), y ? *y : QString(), Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.id < b.id;
}
}  // namespace

QString SheetProblem::describe() const
{
    if (row == 0)
        return SheetExchangeTr::tr("%1: %2").arg(sheet, message);
    if (column.isEmpty())
        return SheetExchangeTr::tr("%1, row %2: %3").arg(sheet).arg(row).arg(message);
    return SheetExchangeTr::tr("%1, row %2, column %3: %4").arg(sheet).arg(row).arg(column, message);
}

int SheetImportReport::count(SheetRowOutcome::Kind kind) const
{
    return static_cast<int>(std::count_if(rows.begin(), rows.end(), [&](const SheetRowOutcome& r) { return r.kind == kind; }));
}

QStringList sheetExportFiles(const QString& path, SheetFormat format)
{
    if (format == SheetFormat::Xlsx)
        return {path};
    QString base = path;
    if (base.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    QStringList files;
    for (ProgrammeKind kind : programmeKinds())
        files << base + u'-' + programmeKindPlural(kind) + QStringLiteral(".csv");
    return files;
}

Result<QStringList> exportSheets(Workspace& ws, const QString& path, SheetFormat format)
{
    NameBook names(ws);
    std::vector<SheetToWrite> sheets;
    // The three sheets describe one moment.
    std::optional<ReadSnapshot> snapshot(std::in_place, ws);
    SCORE_TRY(snapshot->status());

    QHash<QString, RecordState> memberships;  // person → membership
    auto members = liveRecords(ws, u"eit_member");
    if (!members)
        return members.error();
    for (RecordState& m : *members)
        if (const auto* person = std::get_if<QString>(&m.value(u"person_id")))
            memberships.insert(*person, m);
    QHash<QString, QStringList> trainers;  // cohort → people
    auto links = liveRecords(ws, u"cohort_trainer");
    if (!links)
        return links.error();
    for (const RecordState& t : *links)
        if (const auto* cohort = std::get_if<QString>(&t.value(u"cohort_id")))
            if (const auto* person = std::get_if<QString>(&t.value(u"person_id")))
                trainers[*cohort] << *person;

    for (ProgrammeKind kind : programmeKinds()) {
        auto records = liveRecords(ws, programmeEntity(kind));
        if (!records)
            return records.error();
        const QString label = specOf(programmeEntity(kind)).labelField;
        std::sort(records->begin(), records->end(), [&](const RecordState& a, const RecordState& b) { return byName(a, b, label); });
        sheets.push_back(tableOf(names, kind, *records, memberships, trainers));
    }
    snapshot.reset();  // before writing files: the read is done

    const QStringList files = sheetExportFiles(path, format);
    if (format == SheetFormat::Xlsx) {
        SCORE_TRY(writeXlsx(path, sheets));
    } else {
        for (size_t i = 0; i < sheets.size(); ++i)
            SCORE_TRY(writeCsv(files[static_cast<int>(i)], sheets[i]));
    }
    return files;
}

namespace {

// One table of a file, recognised as a kind, with its header mapped to keys.
struct KindTable {
    ProgrammeKind kind = ProgrammeKind::Enterprise;
    const SheetTable* table = nullptr;
    int headerRow = 0;          // index into table->rows
    std::vector<QString> keys;  // per column: "id", a public key, or empty (a blank column)
};

std::optional<ProgrammeKind> kindFromName(const QString& name)
{
    const QString n = name.trimmed().toCaseFolded();
    for (ProgrammeKind kind : programmeKinds()) {
        if (n == sheetName(kind).toCaseFolded() || n == programmeKindName(kind) || n == programmeKindPlural(kind)
            || n == programmeKindDisplayName(kind).toCaseFolded() || n == entityDisplayNamePlural(programmeEntity(kind)).toCaseFolded())
            return kind;
    }
    // A CSV file named "cohort-2026-enterprises.csv": the last kind named in it.
    std::optional<ProgrammeKind> found;
    qsizetype at = -1;
    for (ProgrammeKind kind : programmeKinds()) {
        for (const QString& word : {programmeKindPlural(kind), programmeKindName(kind)}) {
            const qsizetype i = n.lastIndexOf(word);
            if (i > at) {
                at = i;
                found = kind;
            }
        }
    }
    return found;
}

// The kind whose keys the header names most, when the name does not tell.
std::optional<ProgrammeKind> kindFromHeader(const QStringList& header)
{
    std::optional<ProgrammeKind> best;
    int bestScore = 0;
    for (ProgrammeKind kind : programmeKinds()) {
        int score = 0;
        for (const QString& cell : header)
            if (!cell.trimmed().isEmpty() && publicField(kind, cell))
                ++score;
        if (score > bestScore) {
            bestScore = score;
            best = kind;
        }
    }
    return best;
}

int firstUsedRow(const SheetTable& table)
{
    for (size_t r = 0; r < table.rows.size(); ++r)
        for (const QString& cell : table.rows[r])
            if (!cell.trimmed().isEmpty())
                return static_cast<int>(r);
    return -1;
}

bool blankRow(const QStringList& row)
{
    return std::all_of(row.begin(), row.end(), [](const QString& c) { return c.trimmed().isEmpty(); });
}

QString displayValue(NameBook& names, QStringView entity, const QString& field, const FieldValue& v)
{
    const FieldSpec* spec = specOf(entity).field(field);
    const QString text = spec ? cellText(names, entity, *spec, v) : canonicalValue(v);
    return text.isEmpty() ? SheetExchangeTr::tr("(empty)") : text;
}

class Importer {
public:
    Importer(Workspace& ws, RecordEditor& editor) : m_ws(&ws), m_editor(&editor), m_programme(ws, editor), m_names(ws) {}

    Status recognise(const std::vector<SheetTable>& tables, const QString& file, SheetImportReport& report);
    void importAll(SheetImportReport& report);

private:
    // Cohorts and enterprises name people (trainers, manager, counsellor) that the People sheet
    // of the same file may add: their own fields are written first, their links to people after
    // every person is in.
    enum class Pass { OwnFields, PersonLinks };
    static bool linksPerson(ProgrammeKind kind, const QString& key);
    void importRow(const KindTable& t, int rowIndex, Pass pass, SheetImportReport& report);
    Result<QString> matchRecord(const KindTable& t, const QStringList& row, const QString& sheet, int rowNumber, SheetImportReport& report);
    QString cell(const KindTable& t, const QStringList& row, QStringView key) const;

    Workspace* m_ws;
    RecordEditor* m_editor;
    ProgrammeEditor m_programme;
    NameBook m_names;
    std::vector<KindTable> m_tables;
    QHash<QPair<const SheetTable*, int>, qsizetype> m_outcomes;  // a row → its place in report.rows
};

Status Importer::recognise(const std::vector<SheetTable>& tables, const QString& file, SheetImportReport& report)
{
    for (const SheetTable& table : tables) {
        const int header = firstUsedRow(table);
        if (header < 0)
            continue;  // an empty sheet (a notes sheet left blank) is nothing to import
        std::optional<ProgrammeKind> kind = kindFromName(table.name);
        if (!kind && tables.size() == 1)
            kind = kindFromName(QFileInfo(file).completeBaseName());
        if (!kind)
            kind = kindFromHeader(table.rows[static_cast<size_t>(header)]);
        if (!kind) {
            report.problems.push_back(
                {table.name,
                 0,
                 {},
                 SheetExchangeTr::tr("SCORE Desk cannot tell what this sheet lists; name it Cohorts, Enterprises or People.")});
            continue;
        }
        KindTable t;
        t.kind = *kind;
        t.table = &table;
        t.headerRow = header;
        const QStringList& names = table.rows[static_cast<size_t>(header)];
        bool problem = false;
        for (int c = 0; c < names.size(); ++c) {
            const QString name = names[c].trimmed();
            if (name.isEmpty()) {
                t.keys.push_back(QString());
                continue;
            }
            if (name.compare(kIdColumn, Qt::CaseInsensitive) == 0) {
                t.keys.push_back(kIdColumn);
                continue;
            }
            const PublicField* field = publicField(*kind, name);
            if (!field) {
                // A misspelt header would drop a column's data without a word.
                QStringList keys;
                for (const PublicField& f : publicFields(*kind))
                    keys << f.key;
                report.problems.push_back(
                    {table.name, header + 1, columnLetter(c),
                     SheetExchangeTr::tr("“%1” is not a column SCORE Desk knows for %2; the columns are id, %3.")
                         .arg(name, entityDisplayNamePlural(programmeEntity(*kind)), keys.join(QStringLiteral(", ")))});
                problem = true;
                continue;
            }
            if (std::find(t.keys.begin(), t.keys.end(), field->key) != t.keys.end()) {
                report.problems.push_back(
                    {table.name, header + 1, columnLetter(c), SheetExchangeTr::tr("The column “%1” appears twice.").arg(name)});
                problem = true;
            }
            t.keys.push_back(field->key);
        }
        const bool named = std::find(t.keys.begin(), t.keys.end(), QStringLiteral("name")) != t.keys.end();
        const bool identified = std::find(t.keys.begin(), t.keys.end(), kIdColumn) != t.keys.end();
        if (!named && !identified) {
            report.problems.push_back({table.name, header + 1, {}, SheetExchangeTr::tr("The sheet needs a “name” or an “id” column.")});
            problem = true;
        }
        if (!problem)
            m_tables.push_back(std::move(t));
    }
    return {};
}

QString Importer::cell(const KindTable& t, const QStringList& row, QStringView key) const
{
    for (size_t c = 0; c < t.keys.size(); ++c)
        if (t.keys[c] == key)
            return static_cast<int>(c) < row.size() ? row[static_cast<int>(c)].trimmed() : QString();
    return QString();
}

Result<QString> Importer::matchRecord(const KindTable& t, const QStringList& row, const QString& sheet, int rowNumber,
                                      SheetImportReport& report)
{
    const QString entity = programmeEntity(t.kind);
    const QString id = cell(t, row, kIdColumn);
    if (!id.isEmpty()) {
        if (!isUuidText(id.toLower())) {
            const auto c = std::find(t.keys.begin(), t.keys.end(), kIdColumn) - t.keys.begin();
            report.problems.push_back(
                {sheet, rowNumber, columnLetter(static_cast<int>(c)),
                 SheetExchangeTr::tr("“%1” is not a SCORE Desk id; leave the id empty for a new record.").arg(id.left(40))});
            return Error::invalid(QString());
        }
        return id.toLower();
    }
    const QString name = cell(t, row, u"name");
    if (name.isEmpty())
        return QString();
    ProgrammeDirectory directory(*m_ws);
    auto all = t.kind == ProgrammeKind::Cohort       ? directory.cohorts()
               : t.kind == ProgrammeKind::Enterprise ? directory.enterprises()
                                                     : directory.people();
    if (!all)
        return all.error();
    std::vector<NamedRecord> found = ProgrammeDirectory::named(*all, name);
    // The same name in two cohorts (or two enterprises) is told apart by the row's cohort (enterprise).
    const QString scopeKey = t.kind == ProgrammeKind::Enterprise ? QStringLiteral("cohort")
                             : t.kind == ProgrammeKind::Person   ? QStringLiteral("enterprise")
                                                                 : QString();
    if (found.size() > 1 && !scopeKey.isEmpty()) {
        const QString scopeName = cell(t, row, scopeKey);
        std::vector<NamedRecord> narrowed;
        for (const NamedRecord& r : found)
            if (ProgrammeDirectory::matchKey(m_names.name(scopeKey, r.scope)) == ProgrammeDirectory::matchKey(scopeName)
                || r.scope == scopeName)
                narrowed.push_back(r);
        found = std::move(narrowed);
    }
    if (found.size() > 1) {
        report.problems.push_back({sheet,
                                   rowNumber,
                                   {},
                                   SheetExchangeTr::tr("%1 %2 are called “%3”; write the id of the one this row is about.")
                                       .arg(found.size())
                                       .arg(entityDisplayNamePlural(entity), name)});
        return Error::invalid(QString());
    }
    return found.empty() ? QString() : found.front().id;
}

bool Importer::linksPerson(ProgrammeKind kind, const QString& key)
{
    if (kind == ProgrammeKind::Person)
        return false;
    const PublicField* f = publicField(kind, key);
    if (!f)
        return false;
    if (f->target == PublicField::Target::Trainers)
        return true;
    const FieldSpec* spec = f->target == PublicField::Target::Record ? specOf(programmeEntity(kind)).field(f->field) : nullptr;
    return spec && spec->type == FieldType::Ref && spec->refEntity == u"person";
}

void Importer::importRow(const KindTable& t, int rowIndex, Pass pass, SheetImportReport& report)
{
    const QStringList& row = t.table->rows[static_cast<size_t>(rowIndex)];
    const QString& sheet = t.table->name;
    const int rowNumber = rowIndex + 1;
    const QString entity = programmeEntity(t.kind);

    PublicValues values;
    for (size_t c = 0; c < t.keys.size(); ++c) {
        if (t.keys[c].isEmpty() || t.keys[c] == kIdColumn || linksPerson(t.kind, t.keys[c]) != (pass == Pass::PersonLinks))
            continue;
        values.push_back({t.keys[c], static_cast<int>(c) < row.size() ? row[static_cast<int>(c)] : QString()});
    }
    SheetRowOutcome* earlier = nullptr;
    if (pass == Pass::PersonLinks) {
        const auto at = m_outcomes.constFind({t.table, rowIndex});
        if (at == m_outcomes.constEnd() || values.empty())
            return;  // the row was refused in the first pass, or names no one
        earlier = &report.rows[static_cast<size_t>(*at)];
    }

    QString id;
    if (earlier) {
        id = earlier->recordId;
    } else {
        auto matched = matchRecord(t, row, sheet, rowNumber, report);
        if (!matched) {
            if (!matched.message().isEmpty())
                report.problems.push_back({sheet, rowNumber, {}, matched.message()});
            return;
        }
        id = *matched;
    }

    std::vector<RecordedEdit> edits;
    m_editor->setRecorder(&edits);
    bool exists = false;
    if (!id.isEmpty()) {
        auto found = m_ws->store().load(specOf(entity), id);
        if (!found) {
            m_editor->setRecorder(nullptr);
            report.problems.push_back({sheet, rowNumber, {}, found.message()});
            return;
        }
        exists = found->has_value();
        if (exists && !(*found)->isAlive()) {
            m_editor->setRecorder(nullptr);
            report.problems.push_back({sheet,
                                       rowNumber,
                                       {},
                                       SheetExchangeTr::tr("This %1 is in the recycle bin; restore it, or clear its id to add it again.")
                                           .arg(entityDisplayName(entity))});
            return;
        }
    }
    Status done;
    if (exists || earlier) {
        done = m_programme.change(t.kind, id, values);
    } else {
        auto created = m_programme.add(t.kind, values, id);
        if (created)
            id = *created;
        else
            done = created.error();
    }
    m_editor->setRecorder(nullptr);
    if (!done) {
        const Error& e = done.error();
        QString column;
        for (size_t c = 0; c < t.keys.size(); ++c)
            if (!e.subject.isEmpty() && t.keys[c] == e.subject)
                column = columnLetter(static_cast<int>(c));
        if (column.isEmpty() && !e.subject.isEmpty() && e.subject != kIdColumn) {
            // The rule is about a field this sheet has no column for.
            report.problems.push_back({sheet, rowNumber, {}, e.message});
        } else {
            report.problems.push_back({sheet, rowNumber, column, e.message});
        }
        return;
    }

    QStringList changes;
    if (exists || earlier) {
        for (const RecordedEdit& e : edits) {
            if (e.op != RecordedEdit::Op::Changed) {
                changes << (e.op == RecordedEdit::Op::Removed ? SheetExchangeTr::tr("%1 removed").arg(entityDisplayName(e.entity))
                                                              : SheetExchangeTr::tr("%1 added").arg(entityDisplayName(e.entity)));
                continue;
            }
            for (size_t i = 0; i < e.before.size(); ++i) {
                const QString& field = e.before[i].first;
                if (specOf(e.entity).field(field)->meta)
                    continue;
                changes << SheetExchangeTr::tr("%1: %2 → %3")
                               .arg(fieldLabel(e.entity, field), displayValue(m_names, e.entity, field, e.before[i].second),
                                    displayValue(m_names, e.entity, field, e.after[i].second));
            }
        }
    }
    if (earlier) {
        if (earlier->kind == SheetRowOutcome::Kind::New)
            return;  // a new record's links are part of what it is
        if (!edits.empty())
            earlier->kind = SheetRowOutcome::Kind::Changed;
        earlier->changes << changes;
        return;
    }

    SheetRowOutcome outcome;
    outcome.sheet = sheet;
    outcome.row = rowNumber;
    outcome.record = t.kind;
    outcome.recordId = id;
    outcome.name = cell(t, row, u"name");
    if (outcome.name.isEmpty())
        outcome.name = m_names.name(entity, id);
    outcome.kind = exists ? (edits.empty() ? SheetRowOutcome::Kind::Unchanged : SheetRowOutcome::Kind::Changed)
                          : SheetRowOutcome::Kind::New;
    outcome.changes = changes;
    m_outcomes.insert({t.table, rowIndex}, static_cast<qsizetype>(report.rows.size()));
    report.rows.push_back(std::move(outcome));
}

void Importer::importAll(SheetImportReport& report)
{
    // Cohorts first, then enterprises, then people: a row may name a record an earlier sheet
    // adds. Then the links of cohorts and enterprises to people, who are all in by then.
    for (Pass pass : {Pass::OwnFields, Pass::PersonLinks}) {
        for (ProgrammeKind kind : programmeKinds()) {
            for (const KindTable& t : m_tables) {
                if (t.kind != kind)
                    continue;
                for (int r = t.headerRow + 1; r < static_cast<int>(t.table->rows.size()); ++r)
                    if (!blankRow(t.table->rows[static_cast<size_t>(r)]))
                        importRow(t, r, pass, report);
            }
        }
    }
}
}  // namespace

Result<SheetImportReport> importSheets(Workspace& ws, RecordEditor& editor, const QStringList& paths)
{
    SheetImportReport report;
    Importer importer(ws, editor);
    std::vector<std::vector<SheetTable>> files;
    files.reserve(static_cast<size_t>(paths.size()));
    for (const QString& path : paths) {
        auto tables = readSheetFile(path);
        if (!tables)
            return tables.error();
        files.push_back(std::move(*tables));
    }
    for (int i = 0; i < paths.size(); ++i)
        SCORE_TRY(importer.recognise(files[static_cast<size_t>(i)], paths[i], report));
    if (report.ok())
        importer.importAll(report);
    return report;
}

Result<SheetImportReport> runSheetImport(Workspace& ws, const QStringList& paths, bool dryRun)
{
    RecordEditor editor(ws);
    SCORE_TRY(ws.begin());
    auto report = importSheets(ws, editor, paths);
    if (!report || !report->ok() || dryRun) {
        ws.rollback();
        return report;
    }
    SCORE_TRY(ws.commit());
    return report;
}

}  // namespace score
