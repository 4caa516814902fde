#include "metrics/EitBalance.h"

#include <QCoreApplication>

#include <cmath>

namespace score {

namespace {
struct EitBalanceTr {
    Q_DECLARE_TR_FUNCTIONS(score::EitBalance)
};
}  // namespace

EitBalance eitBalance(const std::vector<EitMemberFacts>& members)
{
    EitBalance b;
    for (const EitMemberFacts& m : members) {
        if (!m.active)
            continue;
        ++b.members;
        (m.side == u"management" ? b.managers : b.workers) += 1;
        if (m.gender == u"female")
            ++b.women;
        else if (m.gender == u"male")
            ++b.men;
        (m.employment == u"temporary" ? b.temporary : b.permanent) += 1;
    }
    return b;
}

QStringList EitBalance::gaps(const EitWorkforce& workforce) const
{
    QStringList gaps;
    if (members == 0)
        return {EitBalanceTr::tr("The enterprise has no Enterprise Improvement Team yet.")};
    if (workers == 0)
        gaps << EitBalanceTr::tr("No worker members.");
    if (managers == 0)
        gaps << EitBalanceTr::tr("No management members.");
    if (workers < managers)
        gaps << EitBalanceTr::tr("Fewer workers than managers.");
    if (women == 0)
        gaps << EitBalanceTr::tr("No women in the team.");
    if (men == 0)
        gaps << EitBalanceTr::tr("No men in the team.");
    if (workforce.womenShare && members >= 4) {
        const double share = static_cast<double>(women) / members;
        if (share + 0.2 < *workforce.womenShare)
            gaps << EitBalanceTr::tr("Women are under-represented: %1% of the team, %2% of the workforce.")
                        .arg(std::lround(share * 100))
                        .arg(std::lround(*workforce.womenShare * 100));
    }
    // Temporary staff are asked for only where the enterprise has some: a team cannot hold
    // what the workforce lacks.
    if (workforce.temporaryStaff.value_or(0) > 0 && temporary == 0)
        gaps << EitBalanceTr::tr("No temporary staff in the team, though the enterprise employs %1.").arg(*workforce.temporaryStaff);
    return gaps;
}

QString EitBalance::summary() const
{
    return EitBalanceTr::tr("%1 members · management %2, workers %3 · women %4, men %5 · temporary staff %6.")
        .arg(members)
        .arg(managers)
        .arg(workers)
        .arg(women)
        .arg(men)
        .arg(temporary);
}

}  // namespace score
