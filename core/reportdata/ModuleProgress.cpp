#include "reportdata/ModuleProgress.h"

#include "metrics/ChecklistScore.h"
#include "storage/ContentQueries.h"
#include "storage/DomainQueries.h"

namespace score {

Result<std::vector<ModuleProgressRow>> moduleProgress(Workspace& ws, const QString& enterpriseId, const QDate& today)
{
    auto modules = loadModules(ws);
    if (!modules)
        return modules.error();
    auto templates = loadTemplates(ws);
    if (!templates)
        return templates.error();
    DomainQueries q(ws);
    auto visits = q.visits(enterpriseId);
    if (!visits)
        return visits.error();
    auto assessments = q.assessments(enterpriseId);
    if (!assessments)
        return assessments.error();
    auto actions = q.actions(enterpriseId);
    if (!actions)
        return actions.error();
    auto reports = q.moduleReports(enterpriseId);
    if (!reports)
        return reports.error();

    std::vector<ModuleProgressRow> rows;
    for (const ModuleInfo& m : *modules) {
        ModuleProgressRow row;
        row.moduleCode = m.code;
        row.moduleName = m.name;
        for (const VisitRow& v : *visits) {
            if (v.moduleCode != m.code)
                continue;
            ++row.visits;
            if (!row.firstVisit.isValid() || v.date < row.firstVisit)
                row.firstVisit = v.date;
            if (!row.lastVisit.isValid() || v.date > row.lastVisit)
                row.lastVisit = v.date;
            if (v.type == u"final")
                row.completed = true;
        }
        for (const AssessmentRow& a : *assessments) {  // oldest first
            if (a.moduleCode != m.code)
                continue;
            const TemplateInfo* t = nullptr;
            for (const TemplateInfo& info : *templates)
                if (info.id == a.templateId)
                    t = &info;
            if (!t)
                continue;
            auto responses = q.responses(a.id);
            if (!responses)
                return responses.error();
            QHash<QString, QString> answers;
            for (auto it = responses->begin(); it != responses->end(); ++it)
                answers.insert(it.key(), it->answer);
            const AssessmentScore score = scoreAssessment(*t, answers);
            ++row.assessments;
            if (!row.firstScore)
                row.firstScore = score.overall;
            row.latestScore = score.overall;
            row.latestAssessment = a.date;
        }
        for (const ActionRow& a : *actions) {
            if (a.moduleCode != m.code)
                continue;
            if (a.status == u"done")
                ++row.doneActions;
            else if (a.isOpen())
                ++row.openActions;
            if (a.isOverdue(today))
                ++row.overdueActions;
        }
        for (const ModuleReportRow& r : *reports) {
            if (r.moduleCode != m.code)
                continue;
            row.reportStatus = r.status;
            if (r.status == u"approved")
                row.completed = true;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace score
