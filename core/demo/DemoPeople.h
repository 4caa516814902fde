#pragma once
// The people of the demo: programme staff, trainers, counsellors, managers and workers with
// names of their country, and the Enterprise Improvement Team each enterprise forms.

#include "demo/DemoPlan.h"
#include "demo/DemoWriter.h"

namespace score::demo {

class DemoPeople {
public:
    DemoPeople(DemoRun& run, DemoWriter& writer) : m_run(run), m_writer(writer) {}

    // Managers and supervisors get an address at the enterprise's domain.
    Person makePerson(const QString& country, const QString& gender, const QString& role, const QString& enterpriseId,
                      const QString& jobTitle, const QDate& created, const QString& emailDomain = {});
    // The enterprise's managers and workers join its EIT the day it is formed.
    void eitMembers(EnterprisePlan& e, const QDate& formed);

private:
    QString personName(const QString& country, const QString& gender);

    DemoRun& m_run;
    DemoWriter& m_writer;
};

}  // namespace score::demo
