#include "views/programme/SheetImportDialog.h"

#include "edit/Edits.h"
#include "models/SheetPreviewModel.h"
#include "widgets/FillColumn.h"
#include "widgets/RecordTable.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QVBoxLayout>

namespace score {

SheetImportDialog::SheetImportDialog(WorkspaceSession& session, const QStringList& files, QWidget* parent)
    : QDialog(parent), m_session(&session), m_files(files), m_model(new SheetPreviewModel(this)), m_summary(new QLabel(this)),
      m_table(makeRecordTable(this, tr("What the import does")))
{
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    setWindowTitle(tr("Import %1").arg(names.join(QStringLiteral(", "))));
    m_summary->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_table, SheetPreviewModel::Details);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    auto* again = buttons->addButton(tr("Read again"), QDialogButtonBox::ActionRole);
    connect(again, &QPushButton::clicked, this, &SheetImportDialog::preview);
    connect(buttons, &QDialogButtonBox::accepted, this, &SheetImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SheetImportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 440);
    preview();
}

void SheetImportDialog::preview()
{
    Workspace& ws = m_session->workspace();
    SheetImportReport report;
    QString failure;
    if (auto begun = ws.begin(); !begun) {
        failure = begun.message();
    } else {
        auto rollback = qScopeGuard([&] { ws.rollback(); });
        auto result = importSheets(ws, m_session->editor(), m_files);
        if (result)
            report = *result;
        else
            failure = result.message();
    }
    m_model->setReport(report);
    const int added = report.count(SheetRowOutcome::Kind::New);
    const int changed = report.count(SheetRowOutcome::Kind::Changed);
    const int same = report.count(SheetRowOutcome::Kind::Unchanged);
    if (!failure.isEmpty()) {
        m_summary->setText(failure);
        m_summary->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    } else if (!report.ok()) {
        m_summary->setText(tr("%n cell(s) or row(s) cannot be imported; nothing is imported until they are corrected in the file. "
                              "Correct them, save the file and choose Read again.",
                              nullptr, static_cast<int>(report.problems.size())));
        m_summary->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    } else if (added + changed == 0) {
        m_summary->setText(
            tr("The workspace already holds everything in this file (%n row(s)); importing it changes nothing.", nullptr, same));
        m_summary->setStyleSheet(QString());
    } else {
        m_summary->setText(
            tr("Importing adds %1, changes %2 and leaves %3 as they are.")
                .arg(tr("%n record(s)", nullptr, added), tr("%n record(s)", nullptr, changed), tr("%n record(s)", nullptr, same)));
        m_summary->setStyleSheet(QString());
    }
    m_import->setEnabled(failure.isEmpty() && report.ok() && added + changed > 0);
}

void SheetImportDialog::accept()
{
    SheetImportReport done;
    const Status imported = edit::recorded(*m_session, tr("Import %1").arg(QFileInfo(m_files.value(0)).fileName()), [&]() -> Status {
        auto report = importSheets(m_session->workspace(), m_session->editor(), m_files);
        if (!report)
            return report.error();
        if (!report->ok())
            return Error::invalid(report->problems.front().describe());
        done = *report;
        return {};
    });
    if (!imported) {
        // The file changed since the preview: show what it says now.
        preview();
        return;
    }
    m_outcome = tr("Imported: %1 added, %2 changed. Edit ▸ Undo takes the whole import back.")
                    .arg(done.count(SheetRowOutcome::Kind::New))
                    .arg(done.count(SheetRowOutcome::Kind::Changed));
    QDialog::accept();
}

}  // namespace score
