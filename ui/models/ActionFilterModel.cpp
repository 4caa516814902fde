#include "models/ActionFilterModel.h"

#include "models/ActionTableModel.h"

namespace score {

ActionFilterModel::ActionFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void ActionFilterModel::setSourceModel(QAbstractItemModel* source)
{
    m_actions = qobject_cast<const ActionTableModel*>(source);
    Q_ASSERT(m_actions || !source);
    QSortFilterProxyModel::setSourceModel(source);
}

void ActionFilterModel::setSearchText(const QString& text)
{
    const QStringList words = ActionTableModel::foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

void ActionFilterModel::setModuleFilter(const QString& moduleCode)
{
    if (moduleCode == m_module)
        return;
    m_module = moduleCode;
    refilter();
}

void ActionFilterModel::setStatusFilter(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void ActionFilterModel::setColumnStatus(const QString& status)
{
    if (status == m_columnStatus)
        return;
    m_columnStatus = status;
    refilter();
}

void ActionFilterModel::refilter()
{
    // One layout change: cheaper for attached views than the row-by-row removals and
    // insertions of invalidateFilter() when most rows change visibility.
    invalidate();
}

QString ActionFilterModel::idAt(int proxyRow) const { return index(proxyRow, 0).data(ActionTableModel::IdRole).toString(); }

int ActionFilterModel::proxyRowOf(const QString& id) const
{
    if (!m_actions)
        return -1;
    const int sourceRow = m_actions->rowOf(id);
    if (sourceRow < 0)
        return -1;
    return mapFromSource(m_actions->index(sourceRow, 0)).row();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_actions || sourceParent.isValid())
        return false;
    const ActionRow& a = m_actions->action(sourceRow);
    if (!m_columnStatus.isEmpty() && a.status != m_columnStatus)
        return false;
    if (!m_module.isEmpty() && a.moduleCode != m_module)
        return false;
    if (!m_status.isEmpty()) {
        if (m_status == openStatuses()) {
            if (!a.isOpen())
                return false;
        } else if (m_status == overdueActions()) {
            if (!m_actions->isOverdue(sourceRow))
                return false;
        } else if (a.status != m_status) {
            return false;
        }
    }
    if (!m_words.isEmpty()) {
        const QString& haystack = m_actions->searchText(sourceRow);
        for (const QString& w : m_words)
            if (!haystack.contains(w))
                return false;
    }
    return true;
}

bool ActionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_actions)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_actions->compare(left.row(), right.row(), left.column()) < 0;
}

}  // namespace score
