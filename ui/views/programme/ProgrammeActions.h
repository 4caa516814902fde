#pragma once
// What a person does with the records a programme starts with, wherever they start it: the
// File ▸ New menu, the navigation tree's context menu, an empty list's button. Each opens its
// dialog (or asks before deleting) and saves through core as one undo step. Returns the record
// concerned, or empty when the user cancelled or core refused (the refusal has been shown).

#include "programme/ProgrammeFields.h"
#include "session/WorkspaceSession.h"

class QWidget;

namespace score::programme {

QString newCohort(WorkspaceSession& session, QWidget* parent);
// In `cohortId`, or in the only cohort there is.
QString newEnterprise(WorkspaceSession& session, QWidget* parent, const QString& cohortId = {});
// Of `enterpriseId` (a member of its team), or of the programme (a counsellor) when empty.
QString newPerson(WorkspaceSession& session, QWidget* parent, const QString& enterpriseId = {});

void editCohort(WorkspaceSession& session, QWidget* parent, const QString& cohortId);
void editPerson(WorkspaceSession& session, QWidget* parent, const QString& personId);

// Archived records stay with their history but leave the lists.
bool setArchived(WorkspaceSession& session, QWidget* parent, ProgrammeKind kind, const QString& id, bool archived);
bool moveToCohort(WorkspaceSession& session, QWidget* parent, const QString& enterpriseId, const QString& cohortId);
// Asks, then moves the record and what it owns to the recycle bin (undo brings it back).
bool remove(WorkspaceSession& session, QWidget* parent, ProgrammeKind kind, const QString& id);

// The list of everyone: programme staff, managers and improvement team members.
void showPeople(WorkspaceSession& session, QWidget* parent);

// Asks for the programme's spreadsheet (XLSX or CSV files), shows what importing it would do and
// imports it as one undo step; returns the sentence that says what was imported (empty: nothing).
QString importSpreadsheet(WorkspaceSession& session, QWidget* parent);
// Writes the cohorts, enterprises and people to an XLSX workbook or CSV files, in the layout
// import reads back (a blank template when the workspace is empty).
void exportSpreadsheet(WorkspaceSession& session, QWidget* parent);

}  // namespace score::programme
