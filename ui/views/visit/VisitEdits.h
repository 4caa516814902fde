#pragma once
// The edits of the visit view, as the dialogs fill them in: a new visit (with its checklist
// assessment when asked), a finding, an action agreed. Each is one undo step, through the
// edit facade (edit/Edits.h); the dialogs, the view and the tests share them.

#include "session/WorkspaceSession.h"

#include <QDate>

namespace score {

struct NewVisit {
    QString enterpriseId;
    QString type = QStringLiteral("factory_visit");
    QDate date;
    QString moduleId;
    QString counsellorId;
    bool startAssessment = false;  // with the checklist of the module in force on the date
};

struct NewFinding {
    QString title;
    QString description;
    QString severity = QStringLiteral("medium");
    QString area;
};

struct NewAction {
    QString title;
    QString ownerId;
    QDate due;
    QString priority = QStringLiteral("medium");
    QString findingId;  // the finding it answers, if any
};

struct CreatedVisit {
    QString visitId;
    QString assessmentId;  // empty when none was started
};

namespace visitedit {

// Whether a visit of this type comes with a checklist assessment (not a classroom session).
bool offersAssessment(const QString& type);
// The assessment kind for a visit type: baseline, final or progress.
QString assessmentKind(const QString& type);
// The title of the checklist in force for the module on the date, or empty if there is none.
QString checklistInForce(WorkspaceSession& session, const QString& moduleId, const QDate& date);

Result<CreatedVisit> createVisit(WorkspaceSession& session, const NewVisit& visit);
Result<QString> addFinding(WorkspaceSession& session, const QString& visitId, const NewFinding& finding);
Result<QString> addAction(WorkspaceSession& session, const QString& visitId, const NewAction& action);

}  // namespace visitedit

}  // namespace score
