#pragma once
// Asks for what a new improvement action needs first: its title, module, owner and due date.
// The rest is filled in the plan's detail panel.

#include "session/WorkspaceSession.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace score {

class DateField;
class LimitedLineEdit;

class NewActionDialog final : public QDialog {
    Q_OBJECT

public:
    NewActionDialog(WorkspaceSession& session, const QString& enterpriseId, const QString& moduleCode, QWidget* parent = nullptr);

    QString title() const;
    QString moduleId() const;
    QString ownerId() const;
    QDate dueDate() const;
    void accept() override;

private:
    LimitedLineEdit* m_title;
    QComboBox* m_module;
    QComboBox* m_owner;
    DateField* m_due;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace score
