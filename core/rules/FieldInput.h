#pragma once
// Reads a value typed as text for one field — on the command line, in a spreadsheet cell, in a
// form's box — the same way everywhere:
//   numbers   "120", "-5" (kept as typed, so the rules can refuse it), "1,200" or "1.200" with the
//             user's group separator, "12,5" with a decimal comma where the user writes one;
//   dates     "2026-11-01", "1/11/2026" or "01.11.2026" (day first, as in every SCORE country),
//             an Excel serial number ("46327") or a date with a time ("2026-11-01 00:00:00");
//   months    "2026-11" or a date in that month;
//   choices   the stored code ("female"), its English name ("Woman") or its name in the language
//             shown, any case; genders and yes/no also by their usual words ("women", "f", "x");
//   yes/no    yes, no, true, false, 1, 0, x.
// References (a cohort named in a cell) need the workspace: ProgrammeFields reads those.

#include "domain/EntitySchema.h"
#include "util/Result.h"
#include "util/SqlValue.h"

#include <QDate>
#include <QLocale>

namespace score {

// Empty (or blank) text is no value: FieldValue() — whether that is allowed is the schema's call.
Result<FieldValue> readFieldInput(QStringView entity, const FieldSpec& field, const QString& text, const QLocale& locale = QLocale());

// A date typed in any of the forms above, or an invalid date.
QDate readDateInput(const QString& text);

// The English names of a choice field's values, in the schema's order ("Woman", "Man", …) — what
// a spreadsheet's header note or an error lists.
QStringList choiceNames(QStringView field, const QStringList& values);

}  // namespace score
