#pragma once
// A checklist assessment scored and set against an earlier one, section by section. Sections
// are matched by key, which a section keeps across template versions, so a visit scored on
// version 2 of a checklist still compares with a baseline taken on version 1.

#include "metrics/ChecklistScore.h"
#include "storage/DomainQueries.h"

#include <optional>
#include <vector>

namespace score {

struct SectionComparison {
    QString key;
    QString title;
    std::optional<double> before;  // 0..100
    std::optional<double> after;
    int answered = 0;  // in the later assessment
    int items = 0;
    std::optional<double> change() const { return before && after ? std::optional<double>(*after - *before) : std::nullopt; }
};

struct ChecklistComparison {
    std::optional<double> before;
    std::optional<double> after;
    std::vector<SectionComparison> sections;  // in the later template's order
    int answered = 0;
    int items = 0;
    std::optional<double> change() const { return before && after ? std::optional<double>(*after - *before) : std::nullopt; }
};

// Scores a stored assessment against its own template version; an empty score when the
// template is not in `templates`.
Result<AssessmentScore> scoreStoredAssessment(DomainQueries& queries, const std::vector<TemplateInfo>& templates,
                                              const AssessmentRow& assessment);

// `before` may be null (a first assessment: nothing to compare with).
ChecklistComparison compareChecklists(const AssessmentScore& after, const AssessmentScore* before);

}  // namespace score
