#pragma once
// What an enterprise's own people record between visits: worker suggestions, month by month as
// the suggestion scheme takes hold, and the hazard register of Safety and Health at Work.

#include "demo/DemoPlan.h"
#include "demo/DemoWriter.h"

namespace score::demo {

class DemoWorkplace {
public:
    DemoWorkplace(DemoRun& run, DemoWriter& writer) : m_run(run), m_writer(writer) {}

    void suggestions(EnterprisePlan& e, const QDate& from);
    void hazards(EnterprisePlan& e, const QDate& identified);

private:
    DemoRun& m_run;
    DemoWriter& m_writer;
};

}  // namespace score::demo
