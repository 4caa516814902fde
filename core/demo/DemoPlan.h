#pragma once
// What the builders of one demo run share: the plans of the people, enterprises and cohorts they
// fill in, and the run itself (its random source, words, programme facts, the workspace's content
// and the cohort being built). Internal to core/demo.

#include "demo/DemoPhrases.h"
#include "demo/DemoProgramme.h"
#include "demo/DemoRandom.h"
#include "storage/ContentQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>

#include <vector>

namespace score::demo {

// Every demo string is translated in one context, whichever builder writes it.
struct DemoGeneratorTr {
    Q_DECLARE_TR_FUNCTIONS(score::DemoGenerator)
};

inline QString month(const QDate& d) { return d.toString(QStringLiteral("yyyy-MM")); }
inline QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
// A simulated moment of a demo day, in UTC.
inline QDateTime at(const QDate& d, int hour = 9, int minute = 0) { return QDateTime(d, QTime(hour, minute), Qt::UTC); }

struct Person {
    QString id;
    QString name;
    QString gender;
};

struct EnterprisePlan {
    QString id;
    QString name;
    QString sector;
    int employees = 0;
    double womenShare = 0.5;
    Person manager;
    std::vector<Person> management;  // EIT members on the management side
    std::vector<Person> workers;     // EIT members on the worker side
    Person counsellor;
    QStringList modules;  // WC first, then the modules taken, in order
    QHash<QString, QDate> moduleStart;
    QHash<QString, double> maturity;   // checklist maturity reached per module (0..1)
    QHash<QString, double> kpiChange;  // fraction of improvement per module (signed)
    QDate enrolled;
    QString emailDomain;
};

struct CohortPlan {
    QString id;
    QString country;
    QString sector;
    QDate start;
    QStringList moduleOrder;  // WC, then the cohort's order of the other modules
    Person trainer;
    std::vector<Person> counsellors;
};

// One random source for the whole run: the builders draw from it in a fixed order, which is what
// makes a seed give the same records.
struct DemoRun {
    DemoRun(quint64 seed, const QDate& anchor, bool photos, DemoPhrases phrases, DemoProgramme programme)
        : random(seed * 0x9E3779B97F4A7C15ULL + 7), phrases(std::move(phrases)), programme(std::move(programme)), anchor(anchor),
          photos(photos)
    {
    }

    DemoRandom random;
    DemoPhrases phrases;
    DemoProgramme programme;
    QDate anchor;  // the demo's "today": nothing happens after it
    bool photos = true;
    double photoChance = 0.35;
    std::vector<TemplateInfo> templates;
    std::vector<KpiInfo> kpis;
    QHash<QString, QString> moduleIds;  // by module code
    QString country;                    // of the cohort being built
    double localRate = 1;               // its units of local currency per US dollar
};

}  // namespace score::demo
