#pragma once
// What the panels of the visit view ask of the view that holds them: which visit is shown and
// which finding chosen (photos and actions go to it), to save the typing in the visit's form
// before a dialog takes the focus, and to show a problem or a passing message.

#include "util/Result.h"

#include <QString>

namespace score {

class VisitPanelHost {
public:
    virtual QString shownVisit() const = 0;
    virtual QString selectedFinding() const = 0;
    virtual void commitTyping() = 0;
    virtual void report(const Status& status) = 0;
    virtual void tell(const QString& message) = 0;

protected:
    ~VisitPanelHost() = default;
};

}  // namespace score
