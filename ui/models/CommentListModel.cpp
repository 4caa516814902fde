#include "models/CommentListModel.h"

#include <QLocale>

namespace score {

CommentListModel::CommentListModel(WorkspaceSession& session, QObject* parent) : QAbstractListModel(parent), m_session(&session)
{
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"comment")
            reload();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &CommentListModel::reload);
}

void CommentListModel::setRecord(const QString& kind, const QString& id)
{
    if (kind == m_kind && id == m_id)
        return;
    m_kind = kind;
    m_id = id;
    reload();
}

void CommentListModel::reload()
{
    std::vector<CommentRow> rows;
    if (!m_id.isEmpty()) {
        auto all = recordComments(m_session->workspace(), m_kind, m_id);
        if (all)
            rows = std::move(*all);
        else
            emit problem(all.message());
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CommentListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }

QVariant CommentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommentRow& c = m_rows[static_cast<size_t>(index.row())];
    const QString when = c.createdAt.isValid() ? QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    switch (role) {
    case Qt::DisplayRole: return tr("%1 · %2\n%3").arg(c.author, when, c.body);
    case Qt::AccessibleTextRole: return tr("%1 wrote on %2: %3").arg(c.author, when, c.body);
    case IdRole: return c.id;
    default: return {};
    }
}

}  // namespace score
