#include "reports/CohortTables.h"

#include "domain/Labels.h"
#include "reportdata/ReportKpis.h"

#include <QCoreApplication>

#include <functional>

namespace score {

namespace {

struct CohortTablesTr {
    Q_DECLARE_TR_FUNCTIONS(score::CohortTables)
};

QVariant value(std::optional<double> v) { return v ? QVariant(*v) : QVariant(); }
QVariant value(std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(); }
QVariant value(qint64 v) { return QVariant(v); }
QVariant value(int v) { return QVariant(static_cast<qint64>(v)); }
QVariant value(double v) { return QVariant(v); }
QVariant value(const QString& v) { return QVariant(v); }
QVariant value(const QDate& v) { return v.isValid() ? QVariant(v) : QVariant(); }
QString yesNo(bool yes) { return yes ? CohortTablesTr::tr("Yes") : CohortTablesTr::tr("No"); }

// A column of the enterprises table with how to read it from a line, and its cohort total
// and median when it has them.
struct EnterpriseColumn {
    SheetColumn column;
    std::function<QVariant(const CohortEnterpriseLine&)> read;
    std::function<QVariant(const CohortReportData&)> total = {};
    std::function<QVariant(const CohortReportData&)> median = {};
};

ReportSheet enterprisesSheet(const CohortReportData& data)
{
    using L = CohortEnterpriseLine;
    using D = CohortReportData;
    const std::vector<EnterpriseColumn> columns = {
        {{CohortTablesTr::tr("Enterprise"), ReportColumnKind::Text, 34}, [](const L& l) { return value(l.enterprise.name); }},
        {{CohortTablesTr::tr("Sector"), ReportColumnKind::Text, 20},
         [](const L& l) { return value(valueLabel(u"sector", l.enterprise.sector)); }},
        {{CohortTablesTr::tr("City"), ReportColumnKind::Text, 16}, [](const L& l) { return value(l.enterprise.city); }},
        {{CohortTablesTr::tr("Employees"), ReportColumnKind::Integer, 11},
         [](const L& l) { return value(l.enterprise.employees); },
         [](const D& d) { return value(d.totals.employees); },
         [](const D& d) { return value(d.medians.employees); }},
        {{CohortTablesTr::tr("Modules started"), ReportColumnKind::Integer, 10},
         [](const L& l) { return value(l.modulesStarted); },
         [](const D& d) { return value(d.totals.modulesStarted); },
         [](const D& d) { return value(d.medians.modulesStarted); }},
        {{CohortTablesTr::tr("Modules completed"), ReportColumnKind::Integer, 11},
         [](const L& l) { return value(l.modulesCompleted); },
         [](const D& d) { return value(d.totals.modulesCompleted); },
         [](const D& d) { return value(d.medians.modulesCompleted); }},
        {{CohortTablesTr::tr("First score"), ReportColumnKind::Score, 9},
         [](const L& l) { return value(l.firstScore); },
         {},
         [](const D& d) { return value(d.medians.firstScore); }},
        {{CohortTablesTr::tr("Latest score"), ReportColumnKind::Score, 9},
         [](const L& l) { return value(l.latestScore); },
         {},
         [](const D& d) { return value(d.medians.latestScore); }},
        {{CohortTablesTr::tr("Score change"), ReportColumnKind::Score, 9},
         [](const L& l) { return value(l.scoreChange()); },
         {},
         [](const D& d) { return value(d.medians.scoreChange); }},
        {{CohortTablesTr::tr("Actions agreed"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.actionsOpened); },
         [](const D& d) { return value(d.totals.actionsOpened); },
         [](const D& d) { return value(d.medians.actionsOpened); }},
        {{CohortTablesTr::tr("Actions done"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.actionsClosed); },
         [](const D& d) { return value(d.totals.actionsClosed); },
         [](const D& d) { return value(d.medians.actionsClosed); }},
        {{CohortTablesTr::tr("Actions open"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.actionsOpen); },
         [](const D& d) { return value(d.totals.actionsOpen); }},
        {{CohortTablesTr::tr("Actions overdue"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.actionsOverdue); },
         [](const D& d) { return value(d.totals.actionsOverdue); },
         [](const D& d) { return value(d.medians.actionsOverdue); }},
        {{CohortTablesTr::tr("Actions dropped"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.actionsDropped); },
         [](const D& d) { return value(d.totals.actionsDropped); }},
        {{CohortTablesTr::tr("KPIs measured"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.kpisMeasured); },
         [](const D& d) { return value(d.totals.kpisMeasured); },
         [](const D& d) { return value(d.medians.kpisMeasured); }},
        {{CohortTablesTr::tr("KPIs improved"), ReportColumnKind::Integer, 9},
         [](const L& l) { return value(l.kpisImproved); },
         [](const D& d) { return value(d.totals.kpisImproved); },
         [](const D& d) { return value(d.medians.kpisImproved); }},
        {{CohortTablesTr::tr("Median KPI improvement (%)"), ReportColumnKind::Percent, 12},
         [](const L& l) { return value(l.medianKpiImprovement); },
         {},
         [](const D& d) { return value(d.medians.kpiImprovement); }},
        {{CohortTablesTr::tr("Verified savings (%1)").arg(data.currency), ReportColumnKind::Money, 16},
         [](const L& l) { return value(l.verifiedSavings); },
         [](const D& d) { return value(d.totals.verifiedSavings); },
         [](const D& d) { return value(d.medians.verifiedSavings); }},
        {{CohortTablesTr::tr("Estimated savings (%1)").arg(data.currency), ReportColumnKind::Money, 16},
         [](const L& l) { return value(l.estimatedSavings); },
         [](const D& d) { return value(d.totals.estimatedSavings); }},
        {{CohortTablesTr::tr("Participants women"), ReportColumnKind::Integer, 11},
         [](const L& l) { return value(l.participation.women()); },
         [](const D& d) { return value(d.totals.participation.women()); },
         [](const D& d) { return value(d.medians.participantsWomen); }},
        {{CohortTablesTr::tr("Participants men"), ReportColumnKind::Integer, 11},
         [](const L& l) { return value(l.participation.men()); },
         [](const D& d) { return value(d.totals.participation.men()); },
         [](const D& d) { return value(d.medians.participantsMen); }},
        {{CohortTablesTr::tr("Women among participants (%)"), ReportColumnKind::Percent, 12},
         [](const L& l) { return value(l.participation.womenShare()); },
         [](const D& d) { return value(d.totals.participation.womenShare()); }},
        {{CohortTablesTr::tr("Enterprise ID"), ReportColumnKind::Text, 38}, [](const L& l) { return value(l.enterprise.id); }},
    };

    ReportSheet sheet;
    sheet.name = CohortTablesTr::tr("Enterprises");
    for (const EnterpriseColumn& c : columns)
        sheet.columns.push_back(c.column);
    for (const CohortEnterpriseLine& line : data.enterprises) {
        std::vector<QVariant> row;
        for (const EnterpriseColumn& c : columns)
            row.push_back(c.read(line));
        sheet.rows.push_back(std::move(row));
    }
    SheetFooter total{CohortTablesTr::tr("Cohort total"), Aggregate::Sum, {}};
    SheetFooter median{CohortTablesTr::tr("Median"), Aggregate::Median, {}};
    for (const EnterpriseColumn& c : columns) {
        total.values.push_back(c.total ? c.total(data) : QVariant());
        median.values.push_back(c.median ? c.median(data) : QVariant());
    }
    total.values[0] = total.label;
    median.values[0] = median.label;
    sheet.footers = {std::move(total), std::move(median)};
    return sheet;
}

ReportSheet modulesSheet(const CohortReportData& data)
{
    ReportSheet sheet;
    sheet.name = CohortTablesTr::tr("Modules");
    sheet.columns = {{CohortTablesTr::tr("Enterprise"), ReportColumnKind::Text, 34},
                     {CohortTablesTr::tr("Module"), ReportColumnKind::Text, 8},
                     {CohortTablesTr::tr("Module name"), ReportColumnKind::Text, 24},
                     {CohortTablesTr::tr("Visits"), ReportColumnKind::Integer, 8},
                     {CohortTablesTr::tr("First visit"), ReportColumnKind::Date, 12},
                     {CohortTablesTr::tr("Last visit"), ReportColumnKind::Date, 12},
                     {CohortTablesTr::tr("Assessments"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("First score"), ReportColumnKind::Score, 9},
                     {CohortTablesTr::tr("Latest score"), ReportColumnKind::Score, 9},
                     {CohortTablesTr::tr("Score change"), ReportColumnKind::Score, 9},
                     {CohortTablesTr::tr("Open actions"), ReportColumnKind::Integer, 9},
                     {CohortTablesTr::tr("Done actions"), ReportColumnKind::Integer, 9},
                     {CohortTablesTr::tr("Overdue actions"), ReportColumnKind::Integer, 9},
                     {CohortTablesTr::tr("Completed"), ReportColumnKind::Text, 10},
                     {CohortTablesTr::tr("Progress report"), ReportColumnKind::Text, 14}};
    for (const CohortEnterpriseLine& l : data.enterprises) {
        for (const ModuleProgressRow& p : l.modules) {
            std::optional<double> change;
            if (p.firstScore && p.latestScore && p.assessments > 1)
                change = *p.latestScore - *p.firstScore;
            sheet.rows.push_back({value(l.enterprise.name), value(p.moduleCode), value(moduleShortName(p.moduleCode)), value(p.visits),
                                  value(p.firstVisit), value(p.lastVisit), value(p.assessments), value(p.firstScore), value(p.latestScore),
                                  value(change), value(p.openActions), value(p.doneActions), value(p.overdueActions),
                                  value(yesNo(p.completed)),
                                  p.reportStatus.isEmpty() ? QVariant() : value(valueLabel(u"status", p.reportStatus))});
        }
    }
    return sheet;
}

ReportSheet actionsSheet(const CohortReportData& data)
{
    ReportSheet sheet;
    sheet.name = CohortTablesTr::tr("Actions");
    sheet.columns = {{CohortTablesTr::tr("Enterprise"), ReportColumnKind::Text, 30},
                     {CohortTablesTr::tr("Module"), ReportColumnKind::Text, 8},
                     {CohortTablesTr::tr("Action"), ReportColumnKind::Text, 44},
                     {CohortTablesTr::tr("Area"), ReportColumnKind::Text, 18},
                     {CohortTablesTr::tr("Owner"), ReportColumnKind::Text, 22},
                     {CohortTablesTr::tr("Start date"), ReportColumnKind::Date, 12},
                     {CohortTablesTr::tr("Due date"), ReportColumnKind::Date, 12},
                     {CohortTablesTr::tr("Status"), ReportColumnKind::Text, 12},
                     {CohortTablesTr::tr("Priority"), ReportColumnKind::Text, 9},
                     {CohortTablesTr::tr("Overdue"), ReportColumnKind::Text, 9},
                     {CohortTablesTr::tr("Completed on"), ReportColumnKind::Date, 12},
                     {CohortTablesTr::tr("Cost (%1)").arg(data.currency), ReportColumnKind::Money, 14},
                     {CohortTablesTr::tr("Estimated savings (%1)").arg(data.currency), ReportColumnKind::Money, 16},
                     {CohortTablesTr::tr("Verified savings (%1)").arg(data.currency), ReportColumnKind::Money, 16},
                     {CohortTablesTr::tr("KPI"), ReportColumnKind::Text, 24},
                     {CohortTablesTr::tr("KPI before"), ReportColumnKind::Decimal, 10, 2},
                     {CohortTablesTr::tr("KPI after"), ReportColumnKind::Decimal, 10, 2},
                     {CohortTablesTr::tr("Approval"), ReportColumnKind::Text, 14}};
    for (const ActionRow& a : data.actions) {
        sheet.rows.push_back({value(a.enterpriseName), value(a.moduleCode), value(a.title), value(a.area), value(a.ownerName),
                              value(a.startDate), value(a.dueDate), value(valueLabel(u"status", a.status)),
                              value(valueLabel(u"priority", a.priority)), value(yesNo(a.isOverdue(data.generatedOn))), value(a.completedOn),
                              value(a.cost), value(a.estimatedSavings), value(a.verifiedSavings), value(a.kpiName), value(a.kpiBefore),
                              value(a.kpiAfter), value(valueLabel(u"approval", a.approval))});
    }
    return sheet;
}

ReportSheet kpisSheet(const CohortReportData& data)
{
    ReportSheet sheet;
    sheet.name = CohortTablesTr::tr("KPIs");
    sheet.columns = {{CohortTablesTr::tr("Enterprise"), ReportColumnKind::Text, 30},
                     {CohortTablesTr::tr("KPI code"), ReportColumnKind::Text, 12},
                     {CohortTablesTr::tr("KPI"), ReportColumnKind::Text, 30},
                     {CohortTablesTr::tr("Module"), ReportColumnKind::Text, 8},
                     {CohortTablesTr::tr("Unit"), ReportColumnKind::Text, 12},
                     {CohortTablesTr::tr("Better when"), ReportColumnKind::Text, 11},
                     {CohortTablesTr::tr("Baseline"), ReportColumnKind::Decimal, 11, 2},
                     {CohortTablesTr::tr("Latest"), ReportColumnKind::Decimal, 11, 2},
                     {CohortTablesTr::tr("Latest month"), ReportColumnKind::Text, 11},
                     {CohortTablesTr::tr("Change"), ReportColumnKind::Decimal, 11, 2},
                     {CohortTablesTr::tr("Improvement (%)"), ReportColumnKind::Percent, 12},
                     {CohortTablesTr::tr("Readings"), ReportColumnKind::Integer, 9}};
    for (const CohortEnterpriseLine& l : data.enterprises) {
        for (const KpiTrend& t : l.kpis) {
            sheet.rows.push_back({value(l.enterprise.name), value(t.kpi.code), value(t.kpi.name), value(t.kpi.moduleCode),
                                  value(t.kpi.unit),
                                  value(t.kpi.lowerIsBetter ? CohortTablesTr::tr("lower") : CohortTablesTr::tr("higher")),
                                  value(t.baseline), value(t.latest), value(t.latestPeriod), value(kpiChange(t)), value(t.improvement),
                                  value(static_cast<qint64>(t.points.size()))});
        }
    }
    return sheet;
}

ReportSheet participationSheet(const CohortReportData& data)
{
    ReportSheet sheet;
    sheet.name = CohortTablesTr::tr("Participation");
    sheet.columns = {{CohortTablesTr::tr("Enterprise"), ReportColumnKind::Text, 34},
                     {CohortTablesTr::tr("Workforce women"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Workforce men"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Classroom sessions"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Classroom women"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Classroom men"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Factory visits"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Visit women"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("Visit men"), ReportColumnKind::Integer, 11},
                     {CohortTablesTr::tr("EIT women"), ReportColumnKind::Integer, 10},
                     {CohortTablesTr::tr("EIT men"), ReportColumnKind::Integer, 10},
                     {CohortTablesTr::tr("Women among participants (%)"), ReportColumnKind::Percent, 12}};
    for (const CohortEnterpriseLine& l : data.enterprises) {
        const Participation& p = l.participation;
        sheet.rows.push_back({value(l.enterprise.name), value(l.enterprise.women), value(l.enterprise.men), value(l.classroomSessions),
                              value(p.classroomWomen), value(p.classroomMen), value(l.visits), value(p.visitWomen), value(p.visitMen),
                              value(p.eitWomen), value(p.eitMen), value(p.womenShare())});
    }
    const CohortTotals& t = data.totals;
    const Participation& p = t.participation;
    sheet.footers.push_back({CohortTablesTr::tr("Cohort total"),
                             Aggregate::Sum,
                             {value(CohortTablesTr::tr("Cohort total")), value(t.workforceWomen), value(t.workforceMen),
                              value(t.classroomSessions), value(p.classroomWomen), value(p.classroomMen), value(t.visits),
                              value(p.visitWomen), value(p.visitMen), value(p.eitWomen), value(p.eitMen), value(p.womenShare())}});
    return sheet;
}

}  // namespace

ReportSheet cohortEnterpriseSheet(const CohortReportData& data) { return enterprisesSheet(data); }

std::vector<ReportSheet> cohortSheets(const CohortReportData& data)
{
    return {enterprisesSheet(data), modulesSheet(data), actionsSheet(data), kpisSheet(data), participationSheet(data)};
}

}  // namespace score
