#include "demo/DemoWorkplace.h"

#include <array>
#include <cmath>

namespace score::demo {

void DemoWorkplace::suggestions(EnterprisePlan& e, const QDate& from)
{
    const QStringList categories = {QStringLiteral("quality"),     QStringLiteral("productivity"), QStringLiteral("safety"),
                                    QStringLiteral("environment"), QStringLiteral("workplace"),    QStringLiteral("other")};
    for (QDate m(from.year(), from.month(), 1); m <= m_run.anchor && !m_writer.failed(); m = m.addMonths(1)) {
        const int monthsIn = static_cast<int>((m.year() - from.year()) * 12 + m.month() - from.month());
        const double rate = e.employees / 70.0 * (0.4 + 0.6 * (1 - std::exp(-monthsIn / 5.0)));
        int count = 0;
        for (int i = 0; i < static_cast<int>(std::ceil(rate * 2)); ++i)
            count += m_run.random.chance(0.5) ? 1 : 0;
        for (int i = 0; i < count; ++i) {
            const QDate day = m.addDays(m_run.random.range(0, m.daysInMonth() - 1));
            if (day > m_run.anchor || day < from)
                continue;
            const QString category = categories[m_run.random.weighted({0.22, 0.24, 0.2, 0.12, 0.18, 0.04})];
            const QStringList& texts = m_run.phrases.suggestions[category];
            if (texts.isEmpty())
                continue;
            const qint64 age = day.daysTo(m_run.anchor);
            QString status;
            if (age > 60)
                status = std::array{QStringLiteral("implemented"), QStringLiteral("accepted"), QStringLiteral("rejected"),
                                    QStringLiteral("under_review"),
                                    QStringLiteral("submitted")}[static_cast<size_t>(m_run.random.weighted({0.4, 0.15, 0.25, 0.1, 0.1}))];
            else
                status = std::array{QStringLiteral("submitted"), QStringLiteral("under_review"), QStringLiteral("accepted"),
                                    QStringLiteral("implemented")}[static_cast<size_t>(m_run.random.weighted({0.4, 0.3, 0.2, 0.1}))];
            const bool woman = m_run.random.chance(e.womenShare);
            FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                                  {QStringLiteral("submitted_on"), iso(day)},
                                  {QStringLiteral("submitter_gender"), woman ? QStringLiteral("female") : QStringLiteral("male")},
                                  {QStringLiteral("category"), category},
                                  {QStringLiteral("text"), m_run.random.pick(texts)},
                                  {QStringLiteral("status"), status}};
            if (!e.workers.empty() && m_run.random.chance(0.3)) {
                const Person& p = m_run.random.pick(e.workers);
                values[2].second = p.gender;
                values.push_back({QStringLiteral("submitted_by"), p.id});
            }
            if (status == u"implemented") {
                values.push_back({QStringLiteral("implemented_on"), iso(std::min(day.addDays(m_run.random.range(7, 45)), m_run.anchor))});
                values.push_back({QStringLiteral("benefit"), m_run.random.pick(m_run.phrases.suggestionBenefits)});
                if (m_run.random.chance(0.5))
                    values.push_back({QStringLiteral("estimated_saving"),
                                      std::round(m_run.random.uniform(20, 600) * m_run.localRate / (m_run.localRate >= 1000 ? 1000 : 1))
                                          * (m_run.localRate >= 1000 ? 1000 : 1)});
            }
            m_writer.create(u"suggestion", values, at(day, 12), e.manager.name);
        }
    }
}

void DemoWorkplace::hazards(EnterprisePlan& e, const QDate& identified)
{
    std::vector<const HazardPhrase*> pool;
    for (const HazardPhrase& h : m_run.phrases.hazards)
        pool.push_back(&h);
    m_run.random.shuffle(pool);
    const int count = std::min(static_cast<int>(pool.size()), m_run.random.range(8, 14));
    for (int i = 0; i < count && !m_writer.failed(); ++i) {
        const HazardPhrase& h = *pool[static_cast<size_t>(i)];
        const QDate due = identified.addDays(m_run.random.range(14, 75));
        const qint64 late = due.daysTo(m_run.anchor);
        QString status = QStringLiteral("open");
        if (late > 20)
            status = std::array{QStringLiteral("closed"), QStringLiteral("controlled"),
                                QStringLiteral("open")}[static_cast<size_t>(m_run.random.weighted({0.6, 0.25, 0.15}))];
        else if (late > -30)
            status = m_run.random.chance(0.4) ? QStringLiteral("controlled") : QStringLiteral("open");
        FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                              {QStringLiteral("location"), h.location},
                              {QStringLiteral("hazard"), h.hazard},
                              {QStringLiteral("consequence"), h.consequence},
                              {QStringLiteral("likelihood"), qint64(m_run.random.range(2, 5))},
                              {QStringLiteral("severity"), qint64(m_run.random.range(2, 5))},
                              {QStringLiteral("control"), h.control},
                              {QStringLiteral("control_type"), h.controlType},
                              {QStringLiteral("owner_id"), m_run.random.pick(e.management).id},
                              {QStringLiteral("identified_on"), iso(identified)},
                              {QStringLiteral("due_date"), iso(due)},
                              {QStringLiteral("status"), status}};
        if (status == u"closed")
            values.push_back({QStringLiteral("closed_on"), iso(std::min(due.addDays(m_run.random.range(-10, 15)), m_run.anchor))});
        m_writer.create(u"hazard", values, at(identified, 16), e.counsellor.name);
    }
}

}  // namespace score::demo
