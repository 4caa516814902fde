#pragma once
// Starts a visit: its type, date (today by default), module and counsellor (the enterprise's
// by default), and for factory visits the offer to start the module's checklist with it.

#include "views/visit/VisitEdits.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace score {

class DateField;

class NewVisitDialog final : public QDialog {
    Q_OBJECT

public:
    NewVisitDialog(WorkspaceSession& session, const QString& enterpriseId, QWidget* parent = nullptr);

    // What was chosen (also before the dialog is accepted, for tests).
    NewVisit visit() const;
    void setVisit(const NewVisit& visit);
    // Creates the visit; on a refusal shows the sentence and stays open.
    void accept() override;
    const CreatedVisit& created() const { return m_created; }

private:
    void updateChecklistOffer();

    WorkspaceSession* m_session;
    QString m_enterprise;
    QComboBox* m_type;
    DateField* m_date;
    QComboBox* m_module;
    QComboBox* m_counsellor;
    QCheckBox* m_assessment;
    QLabel* m_checklist;  // which checklist the assessment uses, wrapped under the box
    QLabel* m_problem;
    CreatedVisit m_created;
};

}  // namespace score
