#pragma once
// The improvement actions of one enterprise's plan, or of every enterprise (trainers): title,
// module, owner, dates, status, priority, approval, money in the enterprise's currency and the
// KPI it should move. Overdue rows are highlighted; a returned action's status reads "Returned".
// Each row also carries a folded search text (title, area, owner, enterprise) so that filtering
// while typing stays fast on large plans.

#include "session/WorkspaceSession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace score {

// "₫12,000,000", "VND 12,000,000", "Rp 1,500" — the amount in the user's number format with the
// symbol of the enterprise's currency (its ISO code when the symbol would be ambiguous).
QString formatMoney(double amount, const QString& currency, const QString& countryLocale);

class ActionTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Title,
        Enterprise,
        Module,
        Owner,
        Start,
        Due,
        Status,
        Priority,
        Approval,
        Cost,
        EstimatedSavings,
        VerifiedSavings,
        Kpi,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole + 1, SortRole, StatusRole, ModuleRole, OverdueRole, PriorityRole, EnterpriseIdRole, ApprovalRole };

    // Drag and drop between the columns of the board carries action ids in this format.
    static QString mimeType() { return QStringLiteral("application/x-score-action-ids"); }
    // Lower case without accents ("Nguyễn Đức" → "nguyen duc"), for matching what people type.
    static QString foldForSearch(const QString& text);
    // Every text a column of a few fixed words (status, priority, approval) can show, in the
    // language shown; empty for the other columns.
    static QStringList fixedWords(int column);

    explicit ActionTableModel(WorkspaceSession& session, QObject* parent = nullptr);

    // One enterprise's plan, or every enterprise's when `allEnterprises` (enterpriseId ignored).
    void setScope(const QString& enterpriseId, bool allEnterprises);
    bool allEnterprises() const { return m_all; }
    const QString& enterprise() const { return m_enterprise; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    const std::vector<ActionRow>& actions() const { return m_rows; }
    const ActionRow& action(int row) const { return m_rows[static_cast<size_t>(row)]; }
    const QString& searchText(int row) const { return m_search[static_cast<size_t>(row)]; }
    bool isOverdue(int row) const { return action(row).isOverdue(m_today); }
    // Orders two rows by a column, fast (no QVariant): negative, zero or positive.
    int compare(int left, int right, int column) const;
    int rowOf(const QString& id) const;
    QString money(const ActionRow& action, const std::optional<double>& amount) const;
    const QDate& today() const { return m_today; }
    void reload();

private:
    struct Currency {
        QString code;
        QString locale;
    };
    WorkspaceSession* m_session;
    QString m_enterprise;
    bool m_all = false;
    QDate m_today;
    std::vector<ActionRow> m_rows;
    std::vector<QString> m_search;
    QHash<QString, int> m_rowOfId;
    QHash<QString, Currency> m_currencies;  // by enterprise id
};

}  // namespace score
