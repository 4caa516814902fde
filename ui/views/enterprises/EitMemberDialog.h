#pragma once
// Adds a member to the Enterprise Improvement Team, or changes one: the person (someone of the
// enterprise, or a new person), their side, employment, role in the team and since when.

#include "session/WorkspaceSession.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QLabel;

namespace score {

class DateField;

class EitMemberDialog final : public QDialog {
    Q_OBJECT

public:
    // `memberId` empty: a new member.
    EitMemberDialog(WorkspaceSession& session, const QString& enterpriseId, const QString& memberId, QWidget* parent = nullptr);

private:
    void accept() override;

    WorkspaceSession* m_session;
    QString m_enterprise;
    QString m_member;
    QComboBox* m_person;
    QLineEdit* m_name;
    QComboBox* m_gender;
    QLineEdit* m_jobTitle;
    QComboBox* m_side;
    QComboBox* m_employment;
    QComboBox* m_role;
    DateField* m_joined;
    QLabel* m_problem;
};

}  // namespace score
