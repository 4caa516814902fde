#pragma once
// The visit log: the current enterprise's visits, newest first, under a heading that names the
// enterprise. Choosing a row makes it the session's current visit; the buttons under it ask the
// visit view to record a new visit or to delete the chosen one.

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace score {

class VisitListModel;
class WorkspaceSession;

class VisitLogPanel final : public QWidget {
    Q_OBJECT

public:
    VisitLogPanel(WorkspaceSession& session, VisitListModel* visits, QWidget* parent);

    // Makes the visit's row the current one and scrolls to it, when it is in the log.
    void showVisit(const QString& id);
    // The enterprise whose visits these are; none when no enterprise is chosen.
    void setEnterprise(const std::optional<QString>& name);
    void setDeleteEnabled(bool enabled);

signals:
    void newVisitRequested();
    void deleteVisitRequested();

private:
    VisitListModel* m_visits;
    QLabel* m_heading = nullptr;
    QTableView* m_log = nullptr;
    QPushButton* m_deleteVisit = nullptr;
};

}  // namespace score
