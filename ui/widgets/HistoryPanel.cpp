#include "widgets/HistoryPanel.h"

#include "widgets/Icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace score {

HistoryPanel::HistoryPanel(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(&session), m_tree(new QTreeWidget(this)), m_empty(new QLabel(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("When"), tr("What")});
    m_tree->setAccessibleName(tr("History"));
    m_tree->setAccessibleDescription(tr("Changes to this record, newest first"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
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
    m_tree->clear();
    m_entries.clear();
    QString problem;
    if (!m_id.isEmpty()) {
        auto history = recordHistory(m_session->workspace(), m_entity, m_id);
        if (history)
            m_entries = std::move(*history);
        else
            problem = history.message();
    }
    const QLocale locale;
    for (const HistoryEntry& e : m_entries) {
        auto* item = new QTreeWidgetItem(m_tree);
        const QDateTime local = e.when.toLocalTime();
        item->setText(0, e.when.isValid() ? locale.toString(local, QLocale::ShortFormat) : tr("unknown time"));
        item->setToolTip(0, e.when.isValid() ? tr("%1 UTC").arg(e.when.toString(Qt::ISODate)) : QString());
        const QString who = e.author.isEmpty() ? tr("someone") : e.author;
        QString what = tr("%1 by %2").arg(historyOperationLabel(e.operation), who);
        if (!e.deviceName.isEmpty())
            what = tr("%1 · %2").arg(what, e.deviceName);
        item->setText(1, what);
        item->setToolTip(1, e.deviceName.isEmpty() ? what : tr("%1 by %2 on %3").arg(historyOperationLabel(e.operation), who, e.deviceName));
        if (e.operation == u"create")
            item->setIcon(0, appIcon("add"));
        else if (e.operation == u"delete")
            item->setIcon(0, appIcon("remove"));
        else
            item->setIcon(0, appIcon("history"));
        for (const HistoryFieldChange& c : e.changes) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, c.label);
            const QString value = c.shownValue.size() > 200 ? c.shownValue.left(199) + QChar(0x2026) : c.shownValue;
            child->setText(1, QString(value).replace(u'\n', u' '));
            child->setToolTip(1, c.shownValue);
        }
    }
    m_tree->expandAll();
    const bool empty = m_entries.empty();
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
