#pragma once
// The balance of an Enterprise Improvement Team, computed from its members (never typed in):
// managers and workers, women and men, permanent and temporary staff. SCORE asks for both
// sides, both genders and temporary workers to be represented.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace score {

struct EitMemberFacts {
    QString side;        // management, worker
    QString gender;      // female, male, other, undisclosed
    QString employment;  // permanent, temporary
    bool active = true;  // has not left
};

// What the enterprise's profile says of its workforce, to judge its team against (unknown when
// the profile leaves it empty).
struct EitWorkforce {
    std::optional<double> womenShare;
    std::optional<qint64> temporaryStaff;
};

struct EitBalance {
    int members = 0;
    int managers = 0;
    int workers = 0;
    int women = 0;
    int men = 0;
    int permanent = 0;
    int temporary = 0;

    // Sentences naming what is missing for a balanced team (empty when balanced).
    QStringList gaps(const EitWorkforce& workforce = {}) const;
    // The team counted in one sentence: "2 members · management 1, workers 1 · …".
    QString summary() const;
};

EitBalance eitBalance(const std::vector<EitMemberFacts>& members);

}  // namespace score
