#include "metrics/ChecklistScore.h"

namespace score {

std::optional<double> answerScore(QStringView type, QStringView answer)
{
    if (answer.isEmpty())
        return std::nullopt;
    if (type == u"ynp") {
        if (answer == u"yes")
            return 1.0;
        if (answer == u"partly")
            return 0.5;
        if (answer == u"no")
            return 0.0;
        return std::nullopt;  // "na" or anything unexpected
    }
    if (type == u"scale5") {
        bool ok = false;
        const int v = answer.toInt(&ok);
        if (ok && v >= 1 && v <= 5)
            return (v - 1) / 4.0;
    }
    return std::nullopt;
}

AssessmentScore scoreAssessment(const TemplateInfo& checklist, const QHash<QString, QString>& answers)
{
    AssessmentScore result;
    double weightedSum = 0;
    double weights = 0;
    for (const TemplateSectionInfo& section : checklist.sections) {
        SectionScore s;
        s.sectionId = section.id;
        s.key = section.key;
        s.title = section.title;
        s.items = static_cast<int>(section.items.size());
        double sum = 0;
        double itemWeights = 0;
        for (const TemplateItemInfo& item : section.items) {
            const auto it = answers.constFind(item.key);
            if (it == answers.constEnd() || it->isEmpty())
                continue;
            ++s.answered;
            if (const auto v = answerScore(item.responseType, *it)) {
                ++s.scored;
                sum += *v * item.weight;
                itemWeights += item.weight;
            }
        }
        if (itemWeights > 0) {
            s.score = 100.0 * sum / itemWeights;
            weightedSum += *s.score * section.weight;
            weights += section.weight;
        }
        result.answered += s.answered;
        result.items += s.items;
        result.sections.push_back(std::move(s));
    }
    if (weights > 0)
        result.overall = weightedSum / weights;
    return result;
}

}  // namespace score
