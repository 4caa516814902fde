#include "reportdata/ChecklistComparison.h"

namespace score {

Result<AssessmentScore> scoreStoredAssessment(DomainQueries& queries, const std::vector<TemplateInfo>& templates,
                                              const AssessmentRow& assessment)
{
    const TemplateInfo* checklist = nullptr;
    for (const TemplateInfo& t : templates)
        if (t.id == assessment.templateId)
            checklist = &t;
    if (!checklist)
        return AssessmentScore{};
    auto responses = queries.responses(assessment.id);
    if (!responses)
        return responses.error();
    QHash<QString, QString> answers;
    for (auto it = responses->cbegin(); it != responses->cend(); ++it)
        answers.insert(it.key(), it->answer);
    return scoreAssessment(*checklist, answers);
}

ChecklistComparison compareChecklists(const AssessmentScore& after, const AssessmentScore* before)
{
    ChecklistComparison result;
    result.after = after.overall;
    result.answered = after.answered;
    result.items = after.items;
    if (before)
        result.before = before->overall;
    for (const SectionScore& s : after.sections) {
        SectionComparison line;
        line.key = s.key;
        line.title = s.title;
        line.after = s.score;
        line.answered = s.answered;
        line.items = s.items;
        if (before) {
            for (const SectionScore& b : before->sections)
                if (b.key == s.key)
                    line.before = b.score;
        }
        result.sections.push_back(std::move(line));
    }
    return result;
}

}  // namespace score
