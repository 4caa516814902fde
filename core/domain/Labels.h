#pragma once
// Words people read for stored codes: field names, enum values (statuses, visit types, genders,
// sectors…). Translated; used by the views, the reports and error messages alike.

#include <QString>

namespace score {

// "Due date" for ("improvement_action", "due_date"); falls back to a readable form of the name.
QString fieldLabel(QStringView entity, QStringView field);
// Whether a label was written (and translated) for the field, rather than made from its name.
bool hasFieldLabel(QStringView entity, QStringView field);
// "In progress" for ("status", "in_progress"); field names shared by several kinds share labels.
QString valueLabel(QStringView field, QStringView value);
// The same label in English, whatever the language shown (spreadsheets, matching typed words).
QString valueLabelEnglish(QStringView field, QStringView value);
QString moduleShortName(QStringView code);

}  // namespace score
