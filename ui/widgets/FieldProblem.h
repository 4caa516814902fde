#pragma once
// How a field shows that what it holds is refused (a date that does not exist, a title over
// its limit): in the colours of an overdue row, with the sentence as its tooltip and its
// accessible description. The form or dialog says the sentence too, where it says problems.

#include <QString>

class QWidget;

namespace score {

// An empty `problem` gives the field its usual look back.
void showFieldProblem(QWidget* field, const QString& problem);

}  // namespace score
