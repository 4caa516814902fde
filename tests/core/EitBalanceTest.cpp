// The balance of an Enterprise Improvement Team is counted from its members and judged against
// what the enterprise's profile says of its workforce: a gap is named only when the workforce
// could fill it.

#include "support/TestSupport.h"

#include "metrics/EitBalance.h"

using namespace score;

namespace {
EitMemberFacts member(const char* side, const char* gender, const char* employment = "permanent", bool active = true)
{
    return {QString::fromLatin1(side), QString::fromLatin1(gender), QString::fromLatin1(employment), active};
}
}  // namespace

TEST_CASE("A team's balance counts its present members only", "[eit]")
{
    const EitBalance b = eitBalance({member("management", "female"), member("worker", "male", "temporary"), member("worker", "female"),
                                     member("worker", "male", "permanent", false)});
    CHECK(b.members == 3);
    CHECK(b.managers == 1);
    CHECK(b.workers == 2);
    CHECK(b.women == 2);
    CHECK(b.men == 1);
    CHECK(b.temporary == 1);
    CHECK(b.permanent == 2);
    CHECK(b.summary() == QStringLiteral("3 members · management 1, workers 2 · women 2, men 1 · temporary staff 1."));
}

TEST_CASE("Temporary staff are asked for where the enterprise employs some", "[eit]")
{
    const EitBalance permanentOnly = eitBalance({member("management", "female"), member("worker", "male")});
    CHECK(permanentOnly.gaps().isEmpty());
    CHECK(permanentOnly.gaps({std::nullopt, 0}).isEmpty());
    const QStringList gaps = permanentOnly.gaps({std::nullopt, 35});
    REQUIRE(gaps.size() == 1);
    CHECK(gaps.front() == QStringLiteral("No temporary staff in the team, though the enterprise employs 35."));

    const EitBalance withTemporary = eitBalance({member("management", "female"), member("worker", "male", "temporary")});
    CHECK(withTemporary.gaps({std::nullopt, 35}).isEmpty());
}

TEST_CASE("A team's gaps name each side and gender it lacks", "[eit]")
{
    CHECK(eitBalance({}).gaps() == QStringList{QStringLiteral("The enterprise has no Enterprise Improvement Team yet.")});
    const QStringList managersOnly = eitBalance({member("management", "male"), member("management", "male")}).gaps();
    CHECK(managersOnly.contains(QStringLiteral("No worker members.")));
    CHECK(managersOnly.contains(QStringLiteral("No women in the team.")));
    CHECK(managersOnly.contains(QStringLiteral("Fewer workers than managers.")));

    // Women are judged against the workforce once the team is big enough for a share to mean something.
    const EitBalance fewWomen = eitBalance(
        {member("management", "male"), member("worker", "male"), member("worker", "male"), member("worker", "female")});
    CHECK(fewWomen.gaps({0.7, std::nullopt})
          == QStringList{QStringLiteral("Women are under-represented: 25% of the team, 70% of the workforce.")});
    CHECK(fewWomen.gaps({0.3, std::nullopt}).isEmpty());
}
