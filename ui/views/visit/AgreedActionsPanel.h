#pragma once
// The improvement actions agreed at the shown visit: a table with buttons and keys to record
// one (for the chosen finding, if any) or remove one. They are followed up in the plan.

#include "util/Result.h"
#include "views/visit/VisitEdits.h"

#include <QGroupBox>

class QAbstractButton;
class QTableView;

namespace score {

class VisitActionModel;
class VisitPanelHost;
class WorkspaceSession;

class AgreedActionsPanel final : public QGroupBox {
    Q_OBJECT

public:
    AgreedActionsPanel(WorkspaceSession& session, VisitPanelHost& host, VisitActionModel* actions, QWidget* parent);

    void selectAction(const QString& id);
    Result<QString> addAgreedAction(const NewAction& action);  // to the host's visit
    Status removeAgreedAction(const QString& id);
    // Enables the button that acts on the chosen row.
    void updateButtons();

    void newActionDialog();

private:
    void removeSelectedAction();

    WorkspaceSession& m_session;
    VisitPanelHost& m_host;
    VisitActionModel* m_actions;
    QTableView* m_table = nullptr;
    QAbstractButton* m_remove = nullptr;
};

}  // namespace score
