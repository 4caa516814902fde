#include "demo/DemoPeople.h"

#include "domain/NaturalIds.h"

namespace score::demo {

QString DemoPeople::personName(const QString& country, const QString& gender)
{
    const CountryPhrases& c = m_run.phrases.countries[country];
    const QString given = m_run.random.pick(gender == u"female" ? c.givenWomen : c.givenMen);
    const QString family = m_run.random.pick(c.family);
    return c.familyFirst ? family + u' ' + given : given + u' ' + family;
}

Person DemoPeople::makePerson(const QString& country, const QString& gender, const QString& role, const QString& enterpriseId,
                              const QString& jobTitle, const QDate& created, const QString& emailDomain)
{
    Person p;
    p.name = personName(country, gender);
    p.gender = gender;
    FieldValues values = {{QStringLiteral("full_name"), p.name},
                          {QStringLiteral("gender"), gender},
                          {QStringLiteral("role"), role},
                          {QStringLiteral("job_title"), jobTitle}};
    if (!enterpriseId.isEmpty())
        values.push_back({QStringLiteral("enterprise_id"), enterpriseId});
    if (!emailDomain.isEmpty() && (role == u"enterprise_manager" || role == u"supervisor")) {
        QString local = p.name.split(u' ').last().toLower();
        local = local.normalized(QString::NormalizationForm_D);
        local.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing || !c.isLetter(); });
        values.push_back({QStringLiteral("email"), local + u'@' + emailDomain});
    }
    p.id = m_writer.create(u"person", values, at(created), QStringLiteral("SCORE Desk demo"));
    return p;
}

void DemoPeople::eitMembers(EnterprisePlan& e, const QDate& formed)
{
    auto member = [&](const Person& p, const QString& side, const QString& role, bool temporary) {
        m_writer.create(u"eit_member",
                        {{QStringLiteral("enterprise_id"), e.id},
                         {QStringLiteral("person_id"), p.id},
                         {QStringLiteral("side"), side},
                         {QStringLiteral("employment"), temporary ? QStringLiteral("temporary") : QStringLiteral("permanent")},
                         {QStringLiteral("eit_role"), role},
                         {QStringLiteral("joined_on"), iso(formed)}},
                        at(formed, 15), e.counsellor.name, naturalid::eitMember(e.id, p.id));
    };
    for (size_t i = 0; i < e.management.size(); ++i)
        member(e.management[i], QStringLiteral("management"),
               i == 0   ? QStringLiteral("chair")
               : i == 1 ? QStringLiteral("secretary")
                        : QStringLiteral("member"),
               false);
    for (size_t i = 0; i < e.workers.size(); ++i)
        member(e.workers[i], QStringLiteral("worker"), QStringLiteral("member"), i + 1 == e.workers.size() && m_run.random.chance(0.6));
}

}  // namespace score::demo
