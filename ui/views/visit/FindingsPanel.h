#pragma once
// The findings of the shown visit: a table with buttons and keys to add one, change the chosen
// one in its dialog, or remove it (Delete; undone like every edit). Says when the chosen finding
// changes, since new photos and actions go to it.

#include "util/Result.h"
#include "views/visit/VisitEdits.h"

#include <QGroupBox>

class QAbstractButton;
class QTableView;

namespace score {

class FindingListModel;
class VisitPanelHost;
class WorkspaceSession;

class FindingsPanel final : public QGroupBox {
    Q_OBJECT

public:
    FindingsPanel(WorkspaceSession& session, VisitPanelHost& host, FindingListModel* findings, QWidget* parent);

    QString selectedFinding() const;
    void selectFinding(const QString& id);
    Result<QString> addFinding(const NewFinding& finding);  // to the host's visit; selects it
    Status removeFinding(const QString& id);
    void setTableHeight(int height);

    void newFindingDialog();
    // Enables the buttons that act on the chosen row.
    void updateButtons();

signals:
    // The chosen finding (empty for none) and its title.
    void selectedFindingChanged(const QString& id, const QString& title);

private:
    void editSelectedFinding();
    void removeSelectedFinding();

    WorkspaceSession& m_session;
    VisitPanelHost& m_host;
    FindingListModel* m_findings;
    QTableView* m_table = nullptr;
    QAbstractButton* m_edit = nullptr;
    QAbstractButton* m_remove = nullptr;
};

}  // namespace score
