#include "widgets/HistoryPanel.h"

#include "models/HistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace score {

HistoryPanel::HistoryPanel(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(&session), m_model(new HistoryModel(this)), m_tree(new QTreeView(this)), m_empty(new QLabel(this))
{
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("History"));
    m_tree->setAccessibleDescription(tr("Changes to this record, newest first"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(HistoryModel::When, QHeaderView::ResizeToContents);
    m_empty->setText(tr("No history for this record yet."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_empty);

    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == m_entity)
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &HistoryPanel::reload);
}

const std::vector<HistoryEntry>& HistoryPanel::entries() const { return m_model->entries(); }

void HistoryPanel::setRecord(const QString& entity, const QString& id)
{
    if (entity == m_entity && id == m_id)
        return;
    m_entity = entity;
    m_id = id;
    reload();
}

void HistoryPanel::reload()
{
    std::vector<HistoryEntry> entries;
    QString problem;
    if (!m_id.isEmpty()) {
        auto history = recordHistory(m_session->workspace(), m_entity, m_id);
        if (history)
            entries = std::move(*history);
        else
            problem = history.message();
    }
    const bool empty = entries.empty();
    m_model->setEntries(std::move(entries));
    m_tree->expandAll();
    if (!problem.isEmpty())
        m_empty->setText(problem);
    else if (m_id.isEmpty())
        m_empty->setText(tr("Select a record to see its history."));
    else
        m_empty->setText(tr("No history for this record yet."));
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
}

}  // namespace score
