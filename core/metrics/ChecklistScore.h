#pragma once
// Scores of an assessment against its checklist template: per section and overall, from 0 to
// 100. "Yes" counts 1, "partly" 0.5, "no" 0; "not applicable" and unanswered items are left out.
// A 1–5 rating counts (rating − 1) ÷ 4. Numbers and free text are recorded but not scored.
// Item and section weights apply.

#include "storage/ContentQueries.h"

#include <QHash>

#include <optional>
#include <vector>

namespace score {

struct SectionScore {
    QString sectionId;
    QString key;
    QString title;
    std::optional<double> score;  // 0..100, none when nothing applicable was answered
    int answered = 0;
    int scored = 0;
    int items = 0;
};

struct AssessmentScore {
    std::optional<double> overall;
    std::vector<SectionScore> sections;
    int answered = 0;
    int items = 0;
};

// The score of one answer in 0..1, or none when it does not count.
std::optional<double> answerScore(QStringView responseType, QStringView answer);

// `answersByKey`: item key → answer text.
AssessmentScore scoreAssessment(const TemplateInfo& checklist, const QHash<QString, QString>& answersByKey);

}  // namespace score
