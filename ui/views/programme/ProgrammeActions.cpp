#include "views/programme/ProgrammeActions.h"

#include "edit/Edits.h"
#include "programme/ProgrammeEditor.h"
#include "programme/SheetExchange.h"
#include "views/programme/PeopleDialog.h"
#include "views/programme/ProgrammeForm.h"
#include "views/programme/ProgrammeRecordDialog.h"
#include "views/programme/SheetImportDialog.h"
#include "widgets/FileDialogs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace score::programme {

namespace {
struct ProgrammeActionsTr {
    Q_DECLARE_TR_FUNCTIONS(score::ProgrammeActions)
};

QString nameOf(WorkspaceSession& session, ProgrammeKind kind, const QString& id)
{
    const EntitySpec* spec = EntitySchema::instance().entity(programmeEntity(kind));
    auto loaded = session.workspace().store().load(*spec, id);
    if (!loaded || !loaded->has_value())
        return {};
    const auto* name = std::get_if<QString>(&(*loaded)->value(spec->labelField));
    return name ? *name : QString();
}

// The core's starting values; a dialog that cannot read them starts empty.
PublicValues startingValues(ProgrammeEditor& editor, ProgrammeKind kind, const QString& scope)
{
    auto values = editor.startingValues(kind, scope);
    return values ? *values : PublicValues{};
}

QString run(ProgrammeRecordDialog& dialog) { return dialog.exec() == QDialog::Accepted ? dialog.recordId() : QString(); }
}  // namespace

QString newCohort(WorkspaceSession& session, QWidget* parent)
{
    RecordEditor& records = session.editor();
    ProgrammeEditor editor(session.workspace(), records);
    PublicValues defaults = startingValues(editor, ProgrammeKind::Cohort, QString());
    // The form suggests today as the start, and the country of the last cohort: a new cohort is
    // often in the same country. Suggestions to see and change, not rules.
    defaults.push_back({QStringLiteral("start"), session.workspace().clock().today().toString(Qt::ISODate)});
    ProgrammeDirectory directory(session.workspace());
    if (auto cohorts = directory.cohorts(); cohorts && !cohorts->empty()) {
        if (auto values = editor.values(ProgrammeKind::Cohort, cohorts->back().id))
            for (const auto& [key, value] : *values)
                if (key == u"country")
                    defaults.push_back({key, value});
    }
    ProgrammeRecordDialog dialog(session, ProgrammeKind::Cohort, QString(), defaults, parent);
    return run(dialog);
}

QString newEnterprise(WorkspaceSession& session, QWidget* parent, const QString& cohortId)
{
    RecordEditor& records = session.editor();
    ProgrammeEditor editor(session.workspace(), records);
    ProgrammeRecordDialog dialog(session, ProgrammeKind::Enterprise, QString(), startingValues(editor, ProgrammeKind::Enterprise, cohortId),
                                 parent);
    const QString id = run(dialog);
    if (!id.isEmpty())
        session.setCurrentEnterprise(id);
    return id;
}

QString newPerson(WorkspaceSession& session, QWidget* parent, const QString& enterpriseId)
{
    RecordEditor& records = session.editor();
    ProgrammeEditor editor(session.workspace(), records);
    ProgrammeRecordDialog dialog(session, ProgrammeKind::Person, QString(), startingValues(editor, ProgrammeKind::Person, enterpriseId),
                                 parent);
    dialog.form()->setEnterpriseScope(enterpriseId);
    return run(dialog);
}

void editCohort(WorkspaceSession& session, QWidget* parent, const QString& cohortId)
{
    ProgrammeRecordDialog dialog(session, ProgrammeKind::Cohort, cohortId, {}, parent);
    dialog.exec();
}

void editPerson(WorkspaceSession& session, QWidget* parent, const QString& personId)
{
    ProgrammeRecordDialog dialog(session, ProgrammeKind::Person, personId, {}, parent);
    dialog.exec();
}

bool setArchived(WorkspaceSession& session, QWidget* parent, ProgrammeKind kind, const QString& id, bool archived)
{
    const QString name = nameOf(session, kind, id);
    RecordEditor& records = session.editor();
    ProgrammeEditor editor(session.workspace(), records);
    const QString description = archived ? ProgrammeActionsTr::tr("Archive “%1”").arg(name)
                                         : ProgrammeActionsTr::tr("Bring back “%1”").arg(name);
    const Status done = edit::recorded(session, description, [&] {
        return editor.change(kind, id, {{QStringLiteral("archived"), archived ? QStringLiteral("yes") : QStringLiteral("no")}});
    });
    if (!done)
        QMessageBox::warning(parent, ProgrammeActionsTr::tr("SCORE Desk"), done.message());
    return done.ok();
}

bool moveToCohort(WorkspaceSession& session, QWidget* parent, const QString& enterpriseId, const QString& cohortId)
{
    RecordEditor& records = session.editor();
    ProgrammeEditor editor(session.workspace(), records);
    const QString name = nameOf(session, ProgrammeKind::Enterprise, enterpriseId);
    const QString cohort = nameOf(session, ProgrammeKind::Cohort, cohortId);
    const Status done = edit::recorded(session, ProgrammeActionsTr::tr("Move “%1” to %2").arg(name, cohort), [&] {
        return editor.change(ProgrammeKind::Enterprise, enterpriseId, {{QStringLiteral("cohort"), cohortId}});
    });
    if (!done)
        QMessageBox::warning(parent, ProgrammeActionsTr::tr("SCORE Desk"), done.message());
    return done.ok();
}

bool remove(WorkspaceSession& session, QWidget* parent, ProgrammeKind kind, const QString& id)
{
    const QString name = nameOf(session, kind, id);
    QString question;
    switch (kind) {
    case ProgrammeKind::Cohort: question = ProgrammeActionsTr::tr("Delete the cohort “%1”?").arg(name); break;
    case ProgrammeKind::Enterprise:
        question = ProgrammeActionsTr::tr("Delete “%1” with its visits, checklists, plan, KPI readings and team?").arg(name);
        break;
    case ProgrammeKind::Person: question = ProgrammeActionsTr::tr("Delete %1 and their place in an improvement team?").arg(name); break;
    }
    QMessageBox box(QMessageBox::Question, ProgrammeActionsTr::tr("Delete"), question, QMessageBox::Cancel, parent);
    box.setInformativeText(ProgrammeActionsTr::tr("It goes to the recycle bin; Edit ▸ Undo brings it back."));
    QPushButton* yes = box.addButton(ProgrammeActionsTr::tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton*>(yes))
        return false;
    RecordEditor& records = session.editor();
    ProgrammeEditor editor(session.workspace(), records);
    const Status done = edit::recorded(session, ProgrammeActionsTr::tr("Delete “%1”").arg(name), [&] { return editor.remove(kind, id); });
    if (!done) {
        QMessageBox::warning(parent, ProgrammeActionsTr::tr("SCORE Desk"), done.message());
        return false;
    }
    if (kind == ProgrammeKind::Enterprise && session.currentEnterprise() == id)
        session.setCurrentEnterprise(QString());
    return true;
}

void showPeople(WorkspaceSession& session, QWidget* parent)
{
    PeopleDialog dialog(session, parent);
    dialog.exec();
}

QString importSpreadsheet(WorkspaceSession& session, QWidget* parent)
{
    const QStringList files = chooseFilesToOpen(parent, FilePurpose::Spreadsheets,
                                                ProgrammeActionsTr::tr("Import cohorts, enterprises and people"),
                                                ProgrammeActionsTr::tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
    if (files.isEmpty())
        return {};
    SheetImportDialog dialog(session, files, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    QMessageBox::information(parent, ProgrammeActionsTr::tr("Import"), dialog.outcome());
    return dialog.outcome();
}

void exportSpreadsheet(WorkspaceSession& session, QWidget* parent)
{
    QString selectedFilter;
    const QString xlsx = ProgrammeActionsTr::tr("Excel workbook (*.xlsx)");
    const QString csv = ProgrammeActionsTr::tr("CSV files, one per kind (*.csv)");
    QString path = chooseFileToSave(parent, FilePurpose::Spreadsheets, ProgrammeActionsTr::tr("Export cohorts, enterprises and people"),
                                    QStringLiteral("programme.xlsx"), xlsx + QStringLiteral(";;") + csv);
    if (path.isEmpty())
        return;
    const bool asCsv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    if (!asCsv && !path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    auto written = exportSheets(session.workspace(), path, asCsv ? SheetFormat::Csv : SheetFormat::Xlsx);
    if (!written) {
        QMessageBox::warning(parent, ProgrammeActionsTr::tr("SCORE Desk"), written.message());
        return;
    }
    QStringList names;
    for (const QString& file : *written)
        names << QFileInfo(file).fileName();
    QMessageBox::information(
        parent, ProgrammeActionsTr::tr("Export"),
        ProgrammeActionsTr::tr("Wrote %1. Fill it in or correct it, then import it with File ▸ Import from a spreadsheet.")
            .arg(names.join(QStringLiteral(", "))));
}

}  // namespace score::programme
