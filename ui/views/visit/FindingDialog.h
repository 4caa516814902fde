#pragma once
// A finding of a visit. New: title, severity, area and description, created on OK (Escape
// after typing asks first, so nothing typed is lost by a slip). Existing: a form that saves
// each field as it is left, like every form of the app.

#include "views/visit/VisitEdits.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace score {

class RecordForm;

class LimitedLineEdit;
class FindingDialog final : public QDialog {
    Q_OBJECT

public:
    // `findingId` empty: a new finding of `visitId`.
    FindingDialog(WorkspaceSession& session, const QString& visitId, const QString& findingId, QWidget* parent = nullptr);

    // Test seam: fill in as a person would.
    void setFinding(const NewFinding& finding);
    void accept() override;
    void reject() override;
    const QString& createdId() const { return m_created; }

private:
    void buildNew();
    void buildEdit();
    bool hasTypedText() const;
    // Saves what is typed in the focused field of the form before the dialog goes.
    void commitTyping();

    WorkspaceSession* m_session;
    QString m_visit;
    QString m_finding;
    QString m_created;
    LimitedLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    LimitedLineEdit* m_area = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_problem = nullptr;
    RecordForm* m_form = nullptr;
};

}  // namespace score
