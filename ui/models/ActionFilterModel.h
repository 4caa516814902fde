#pragma once
// Narrows an ActionTableModel to what the user asked for: words typed in the filter box (all of
// them, in the title, area, owner or enterprise, accents ignored), a module, and a status (or
// "open", "overdue"); a board column also keeps a single status. Filtering and sorting read the
// rows directly, and a change of criteria re-sorts in one layout change instead of thousands
// of row removals, so typing stays fast on a plan of tens of thousands of actions.

#include <QSortFilterProxyModel>

namespace score {

class ActionTableModel;

class ActionFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // Pseudo statuses for setStatusFilter() besides the stored codes.
    static QString openStatuses() { return QStringLiteral("@open"); }
    static QString overdueActions() { return QStringLiteral("@overdue"); }

    explicit ActionFilterModel(QObject* parent = nullptr);

    // Must be an ActionTableModel.
    void setSourceModel(QAbstractItemModel* source) override;

    void setSearchText(const QString& text);
    void setModuleFilter(const QString& moduleCode);  // empty: every module
    void setStatusFilter(const QString& status);      // empty: every status
    // A board column: only actions of this status (besides the other criteria).
    void setColumnStatus(const QString& status);
    const QString& columnStatus() const { return m_columnStatus; }

    QString idAt(int proxyRow) const;
    int proxyRowOf(const QString& id) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    const ActionTableModel* m_actions = nullptr;
    QStringList m_words;
    QString m_module;
    QString m_status;
    QString m_columnStatus;
};

}  // namespace score
