#pragma once
// Starts a new assessment for the current enterprise: module, kind (baseline, progress, final)
// and date. Shows which template version is in force on that date and whether the assessment
// will be linked to the current visit, then creates it as a draft.

#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace score {

class DateField;

class NewAssessmentDialog final : public QDialog {
    Q_OBJECT

public:
    NewAssessmentDialog(WorkspaceSession& session, const std::vector<TemplateInfo>& templates, QWidget* parent = nullptr);

    // The assessment created on OK.
    const QString& createdId() const { return m_created; }

private:
    void accept() override;
    void updateTemplate();

    WorkspaceSession* m_session;
    const std::vector<TemplateInfo>* m_templates;
    QComboBox* m_module;
    QComboBox* m_kind;
    DateField* m_date;
    QLabel* m_template;
    QLabel* m_visit;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QString m_created;
};

}  // namespace score
