#pragma once
// An improvement action agreed at a visit: what, the finding it answers, who owns it, by when
// and how urgent. It starts as proposed, waiting for the manager's approval.

#include "views/visit/VisitEdits.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace score {

class DateField;
class LimitedLineEdit;

class ActionDialog final : public QDialog {
    Q_OBJECT

public:
    // `findingId`: the finding chosen at first (the one selected in the view), if any.
    ActionDialog(WorkspaceSession& session, const QString& visitId, const QString& findingId, QWidget* parent = nullptr);

    void setAction(const NewAction& action);
    NewAction action() const;
    void accept() override;
    void reject() override;
    const QString& createdId() const { return m_created; }

private:
    WorkspaceSession* m_session;
    QString m_visit;
    QString m_created;
    LimitedLineEdit* m_title;
    QComboBox* m_finding;
    QComboBox* m_owner;
    DateField* m_due;
    QComboBox* m_priority;
    QLabel* m_problem;
};

}  // namespace score
