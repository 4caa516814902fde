#include "views/visit/AgreedActionsPanel.h"

#include "edit/Edits.h"
#include "models/VisitActionModel.h"
#include "session/WorkspaceSession.h"
#include "views/visit/ActionDialog.h"
#include "views/visit/VisitPanelHost.h"
#include "views/visit/VisitPanelParts.h"
#include "widgets/FillColumn.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace score {

using namespace visitpanel;

AgreedActionsPanel::AgreedActionsPanel(WorkspaceSession& session, VisitPanelHost& host, VisitActionModel* actions, QWidget* parent)
    : QGroupBox(tr("Actions agreed at this visit"), parent), m_session(session), m_host(host), m_actions(actions)
{
    auto* layout = new QVBoxLayout(this);
    m_table = makeRecordTable(this, tr("Actions agreed at this visit"));
    m_table->setModel(m_actions);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_table, VisitActionModel::Title, kMinSentenceCharacters);
    fitRows(m_table, 4);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AgreedActionsPanel::updateButtons);
    connect(m_actions, &QAbstractItemModel::modelReset, this, &AgreedActionsPanel::updateButtons);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(appIcon("add"), tr("Add action…"), tr("Record an action agreed with the enterprise (%1)").arg(keys(kAddAction)),
                           this);
    m_remove = makeIconButton(appIcon("remove"), tr("Remove action"), tr("Remove the selected action (Delete)"), this);
    auto* hint = new QLabel(tr("Follow them up in the improvement plan."), this);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    connect(add, &QPushButton::clicked, this, &AgreedActionsPanel::newActionDialog);
    connect(m_remove, &QAbstractButton::clicked, this, &AgreedActionsPanel::removeSelectedAction);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(hint);
    layout->addLayout(buttons);

    addDeleteKey(m_table, tr("Remove action"), this, &AgreedActionsPanel::removeSelectedAction);
}

void AgreedActionsPanel::selectAction(const QString& id)
{
    const int row = m_actions->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void AgreedActionsPanel::updateButtons() { m_remove->setEnabled(!selectedId(m_table, VisitActionModel::IdRole).isEmpty()); }

Result<QString> AgreedActionsPanel::addAgreedAction(const NewAction& action)
{
    m_host.commitTyping();
    auto id = visitedit::addAction(m_session, m_host.shownVisit(), action);
    if (id)
        selectAction(*id);
    return id;
}

Status AgreedActionsPanel::removeAgreedAction(const QString& id)
{
    const int row = m_actions->rowOf(id);
    const QString title = row >= 0 ? m_actions->actions()[static_cast<size_t>(row)].title : QString();
    SCORE_TRY(edit::remove(m_session, QStringLiteral("improvement_action"), id, tr("Remove action “%1”").arg(title)));
    m_host.tell(tr("Action removed; %1 brings it back.").arg(keys(QKeySequence::Undo)));
    return {};
}

void AgreedActionsPanel::newActionDialog()
{
    if (m_host.shownVisit().isEmpty())
        return;
    m_host.commitTyping();
    ActionDialog dialog(m_session, m_host.shownVisit(), m_host.selectedFinding(), this);
    if (dialog.exec() == QDialog::Accepted)
        selectAction(dialog.createdId());
}

void AgreedActionsPanel::removeSelectedAction()
{
    const QString id = selectedId(m_table, VisitActionModel::IdRole);
    if (!id.isEmpty())
        m_host.report(removeAgreedAction(id));
}

}  // namespace score
