#pragma once
// Enterprises: the list (sector, size, women, visits, actions) and the profile of the chosen
// one — its details, its Enterprise Improvement Team with the team's balance, and its progress
// in each module at a glance. Trainers see the whole list first; others the profile.

#include "metrics/EitBalance.h"
#include "views/WorkspaceView.h"

#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace score {

class ColumnFitter;
class EitMemberModel;
class EnterpriseTableModel;
class ModuleProgressModel;
class RecordForm;

class EnterprisesView final : public WorkspaceView {
    Q_OBJECT

public:
    explicit EnterprisesView(WorkspaceSession& session, QWidget* parent = nullptr);

    static QString viewName() { return QStringLiteral("enterprises"); }
    static QString title() { return tr("Enterprises"); }
    static QIcon icon();
    void prepareForScreenshot() override;

private:
    QWidget* buildProfile();
    void showEnterprise(const QString& id);
    void updateBalance();
    void addMember();
    void editMember();
    void removeMember();
    void updateEmptyState();
    // The cohort of the enterprise in view (a new enterprise goes there by default).
    QString cohortInView();

    EnterpriseTableModel* m_enterprises;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    ColumnFitter* m_columns = nullptr;
    QSplitter* m_splitter;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_heading;
    QLabel* m_subheading;
    RecordForm* m_form;
    EitMemberModel* m_members;
    QTableView* m_memberTable;
    QLabel* m_balance;
    EitWorkforce m_workforce;  // what the team's balance is judged against
    QPushButton* m_addMember;
    QPushButton* m_editMember;
    QPushButton* m_removeMember;
    ModuleProgressModel* m_progress;
    QTableView* m_progressTable;
};

}  // namespace score
