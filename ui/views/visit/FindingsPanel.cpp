#include "views/visit/FindingsPanel.h"

#include "edit/Edits.h"
#include "models/FindingListModel.h"
#include "session/WorkspaceSession.h"
#include "views/visit/FindingDialog.h"
#include "views/visit/VisitPanelHost.h"
#include "views/visit/VisitPanelParts.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace score {

using namespace visitpanel;

FindingsPanel::FindingsPanel(WorkspaceSession& session, VisitPanelHost& host, FindingListModel* findings, QWidget* parent)
    : QGroupBox(tr("Findings"), parent), m_session(session), m_host(host), m_findings(findings)
{
    auto* layout = new QVBoxLayout(this);
    m_table = makeRecordTable(this, tr("Findings of the visit"));
    m_table->setModel(m_findings);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_table, FindingListModel::Title, kMinSentenceCharacters);
    m_table->setColumnHidden(FindingListModel::Area, true);
    fitRows(m_table, 5);
    connect(m_table, &QTableView::activated, this, &FindingsPanel::editSelectedFinding);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FindingsPanel::updateButtons);
    connect(m_findings, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateButtons);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(appIcon("add"), tr("Add…"), tr("Add a finding (%1)").arg(keys(kNewFinding)), this);
    add->setAccessibleName(tr("Add finding"));
    m_edit = makeIconButton(appIcon("edit"), tr("Edit finding"), tr("Change the selected finding (Enter)"), this);
    m_remove = makeIconButton(appIcon("remove"), tr("Remove finding"), tr("Remove the selected finding and its photos (Delete)"), this);
    connect(add, &QPushButton::clicked, this, &FindingsPanel::newFindingDialog);
    connect(m_edit, &QAbstractButton::clicked, this, &FindingsPanel::editSelectedFinding);
    connect(m_remove, &QAbstractButton::clicked, this, &FindingsPanel::removeSelectedFinding);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    addDeleteKey(m_table, tr("Remove finding"), this, &FindingsPanel::removeSelectedFinding);
}

QString FindingsPanel::selectedFinding() const { return selectedId(m_table, FindingListModel::IdRole); }

void FindingsPanel::selectFinding(const QString& id)
{
    const int row = m_findings->rowOf(id);
    if (row < 0) {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    } else {
        m_table->selectRow(row);
    }
    updateButtons();
}

void FindingsPanel::setTableHeight(int height) { m_table->setFixedHeight(height); }

void FindingsPanel::updateButtons()
{
    const QString finding = selectedFinding();
    m_edit->setEnabled(!finding.isEmpty());
    m_remove->setEnabled(!finding.isEmpty());
    const int row = finding.isEmpty() ? -1 : m_findings->rowOf(finding);
    emit selectedFindingChanged(finding, row >= 0 ? m_findings->findings()[static_cast<size_t>(row)].title : QString());
}

Result<QString> FindingsPanel::addFinding(const NewFinding& finding)
{
    m_host.commitTyping();
    auto id = visitedit::addFinding(m_session, m_host.shownVisit(), finding);
    if (id)
        selectFinding(*id);
    return id;
}

Status FindingsPanel::removeFinding(const QString& id)
{
    const int row = m_findings->rowOf(id);
    const QString title = row >= 0 ? m_findings->findings()[static_cast<size_t>(row)].title : QString();
    SCORE_TRY(edit::remove(m_session, QStringLiteral("finding"), id, tr("Remove finding “%1”").arg(title)));
    m_host.tell(tr("Finding removed; %1 brings it back.").arg(keys(QKeySequence::Undo)));
    return {};
}

void FindingsPanel::newFindingDialog()
{
    const QString visit = m_host.shownVisit();
    if (visit.isEmpty())
        return;
    m_host.commitTyping();
    FindingDialog dialog(m_session, visit, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        selectFinding(dialog.createdId());
        m_table->setFocus(Qt::OtherFocusReason);
    }
}

void FindingsPanel::editSelectedFinding()
{
    const QString id = selectedFinding();
    if (id.isEmpty())
        return;
    m_host.commitTyping();
    FindingDialog dialog(m_session, m_host.shownVisit(), id, this);
    dialog.exec();
}

void FindingsPanel::removeSelectedFinding()
{
    const QString id = selectedFinding();
    if (!id.isEmpty())
        m_host.report(removeFinding(id));
}

}  // namespace score
