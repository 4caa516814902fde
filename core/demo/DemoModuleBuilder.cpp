#include "demo/DemoModuleBuilder.h"

#include "domain/NaturalIds.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace score::demo {

void DemoModuleBuilder::buildModule(CohortPlan& cohort, EnterprisePlan& e, const QString& module, const QDate& classroom, const QDate& next)
{
    const ModulePhrases& phrases = m_run.phrases.modules[module];
    const double baseline = std::clamp(m_run.random.uniform(0.18, 0.42) + (module == u"WC" ? 0.0 : 0.05), 0.1, 0.6);
    const bool weak = m_run.random.chance(0.12);
    const double final = std::clamp(baseline + (weak ? m_run.random.uniform(0.04, 0.14) : m_run.random.uniform(0.22, 0.45)), 0.15, 0.93);
    e.maturity[module] = final;
    const int kind = m_run.random.weighted({0.7, 0.2, 0.1});
    e.kpiChange[module] = kind == 0   ? m_run.random.uniform(0.12, 0.45)
                          : kind == 1 ? m_run.random.uniform(0.0, 0.1)
                                      : -m_run.random.uniform(0.02, 0.12);

    m_kpiHistory.kpiReadings(e, module, classroom);
    if (module == u"CP")
        m_kpiHistory.resourceFlows(e, classroom);
    if (m_writer.failed())
        return;

    const QDate baselineDay = classroom.addDays(m_run.random.range(8, 12));
    const QDate firstVisit = classroom.addDays(m_run.random.range(27, 32));
    const QDate secondVisit = classroom.addDays(m_run.random.range(45, 50));
    const QDate finalDay = classroom.addDays(m_run.random.range(60, 64));

    visit(
        e, module, QStringLiteral("classroom"), classroom, 16,
        DemoGeneratorTr::tr("Two-day %1 workshop with the other enterprises of the cohort, given by %2.").arg(module, cohort.trainer.name),
        baselineDay);
    if (baselineDay > m_run.anchor)
        return;
    const QString baselineVisit = visit(e, module, QStringLiteral("baseline"), baselineDay, 4, m_run.random.pick(phrases.observations),
                                        firstVisit);
    std::vector<const TemplateItemInfo*> weakItems;
    assessment(e, module, baselineVisit, QStringLiteral("baseline"), baselineDay, baseline, &weakItems);
    if (module == u"WC")
        m_people.eitMembers(e, baselineDay);
    if (module == u"OSH")
        m_workplace.hazards(e, baselineDay);
    findingsAndActions(e, module, baselineVisit, baselineDay, weakItems, m_run.random.range(2, 4));

    for (const auto& [day, nextDay] : {std::pair{firstVisit, secondVisit}, std::pair{secondVisit, finalDay}}) {
        if (day > m_run.anchor || m_writer.failed())
            return;
        const QString v = visit(e, module, QStringLiteral("factory_visit"), day, 3, m_run.random.pick(phrases.observations), nextDay);
        findingsAndActions(e, module, v, day, weakItems, m_run.random.range(1, 2));
    }
    if (finalDay > m_run.anchor || m_writer.failed())
        return;
    const QString finalVisit = visit(e, module, QStringLiteral("final"), finalDay, 3, m_run.random.pick(phrases.observations),
                                     next.isValid() ? next.addDays(10) : QDate());
    std::vector<const TemplateItemInfo*> remaining;
    assessment(e, module, finalVisit, QStringLiteral("final"), finalDay, final, &remaining);
    if (m_run.random.chance(0.5))
        findingsAndActions(e, module, finalVisit, finalDay, remaining, 1);
    moduleReport(e, cohort, module, finalDay);
}

QString DemoModuleBuilder::visit(EnterprisePlan& e, const QString& module, const QString& type, const QDate& date, double hours,
                                 const QString& observations, const QDate& nextVisit)
{
    const int managers = type == u"classroom" ? 2 : m_run.random.range(1, 3);
    const int workers = type == u"classroom" ? 2 : m_run.random.range(2, 6);
    int women = 0;
    for (int i = 0; i < managers + workers; ++i)
        women += m_run.random.chance(type == u"classroom" ? 0.45 : e.womenShare * 0.9) ? 1 : 0;
    FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                          {QStringLiteral("module_id"), m_run.moduleIds[module]},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("visit_date"), iso(date)},
                          {QStringLiteral("duration_hours"), hours},
                          {QStringLiteral("counsellor_id"), e.counsellor.id},
                          {QStringLiteral("participants_women"), qint64(women)},
                          {QStringLiteral("participants_men"), qint64(managers + workers - women)},
                          {QStringLiteral("managers_present"), qint64(managers)},
                          {QStringLiteral("workers_present"), qint64(workers)},
                          {QStringLiteral("eit_met"), qint64(type == u"classroom" ? 0 : (m_run.random.chance(0.85) ? 1 : 0))},
                          {QStringLiteral("observations"), observations},
                          {QStringLiteral("counsellor_signed_on"), iso(date)}};
    if (type != u"classroom")
        values.push_back({QStringLiteral("projects_reviewed"), qint64(m_run.random.range(0, 5))});
    if (nextVisit.isValid())
        values.push_back({QStringLiteral("next_visit_date"), iso(nextVisit)});
    if (type != u"classroom" && date.daysTo(m_run.anchor) > 7 && m_run.random.chance(0.88)) {
        values.push_back({QStringLiteral("manager_signed_on"), iso(date.addDays(m_run.random.range(0, 2)))});
        values.push_back({QStringLiteral("manager_signed_by"), e.manager.name});
    }
    return m_writer.create(u"visit", values, at(date, type == u"classroom" ? 8 : 14), e.counsellor.name);
}

QString DemoModuleBuilder::assessment(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& kind,
                                      const QDate& date, double maturity, std::vector<const TemplateItemInfo*>* weakItems)
{
    const TemplateInfo* t = templateInForce(m_run.templates, module, date);
    if (!t)
        return {};
    const QString id = m_writer.create(
        u"assessment",
        {{QStringLiteral("enterprise_id"), e.id},
         {QStringLiteral("template_id"), t->id},
         {QStringLiteral("visit_id"), visitId},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("assessed_on"), iso(date)},
         {QStringLiteral("status"), date.daysTo(m_run.anchor) > 3 ? QStringLiteral("complete") : QStringLiteral("draft")},
         {QStringLiteral("assessor_id"), e.counsellor.id}},
        at(date, 15), e.counsellor.name);
    if (id.isEmpty())
        return {};
    const QStringList observations = m_run.phrases.modules[module].observations;
    for (const auto& section : t->sections) {
        for (const auto& item : section.items) {
            // Each item has its own difficulty, the same for every enterprise (stable by key).
            const double difficulty = static_cast<double>(qHash(item.key) % 1000) / 1000.0 * 0.3 - 0.15;
            const double q = maturity - difficulty + m_run.random.normal(0, 0.12);
            QString answer;
            QString comment;
            if (item.responseType == u"ynp") {
                if (m_run.random.chance(0.03))
                    answer = QStringLiteral("na");
                else
                    answer = q > 0.62 ? QStringLiteral("yes") : q > 0.38 ? QStringLiteral("partly") : QStringLiteral("no");
                if (weakItems && answer != u"yes" && answer != u"na")
                    weakItems->push_back(&item);
            } else if (item.responseType == u"scale5") {
                answer = QString::number(std::clamp(static_cast<int>(std::lround(1 + q * 4)), 1, 5));
            } else if (item.responseType == u"number") {
                answer = QString::number(std::max(0L, std::lround(q * 12 + m_run.random.normal(2, 2))));
            } else {
                answer = observations.isEmpty() ? QString() : m_run.random.pick(observations).section(u'.', 0, 0) + u'.';
            }
            if (answer == u"partly" && m_run.random.chance(0.25))
                comment = DemoGeneratorTr::tr("In place in some sections only; to be extended.");
            FieldValues values = {{QStringLiteral("assessment_id"), id},
                                  {QStringLiteral("item_id"), item.id},
                                  {QStringLiteral("item_key"), item.key},
                                  {QStringLiteral("answer"), answer}};
            if (!comment.isEmpty())
                values.push_back({QStringLiteral("comment"), comment});
            m_writer.create(u"response", values, at(date, 15, 30), e.counsellor.name, naturalid::response(id, item.key));
        }
    }
    return id;
}

void DemoModuleBuilder::findingsAndActions(EnterprisePlan& e, const QString& module, const QString& visitId, const QDate& date,
                                           const std::vector<const TemplateItemInfo*>& weak, int count)
{
    const ModulePhrases& phrases = m_run.phrases.modules[module];
    for (int i = 0; i < count && !m_writer.failed(); ++i) {
        // Prefer a finding about an item that the checklist found weak.
        const FindingPhrase* phrase = nullptr;
        if (!weak.empty()) {
            const TemplateItemInfo* item = weak[static_cast<size_t>(m_run.random.range(0, static_cast<int>(weak.size()) - 1))];
            for (const FindingPhrase& f : phrases.findings)
                if (f.itemKey == item->key)
                    phrase = &f;
        }
        if (!phrase)
            phrase = &m_run.random.pick(phrases.findings);
        const QString severity = m_run.random.weighted({0.25, 0.5, 0.25}) == 0 ? QStringLiteral("low")
                                 : m_run.random.chance(0.6)                    ? QStringLiteral("medium")
                                                                               : QStringLiteral("high");
        FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                              {QStringLiteral("visit_id"), visitId},
                              {QStringLiteral("module_id"), m_run.moduleIds[module]},
                              {QStringLiteral("title"), phrase->title},
                              {QStringLiteral("description"), phrase->description},
                              {QStringLiteral("severity"), severity},
                              {QStringLiteral("area"), phrase->area}};
        if (!phrase->itemKey.isEmpty())
            values.push_back({QStringLiteral("item_key"), phrase->itemKey});
        const QString finding = m_writer.create(u"finding", values, at(date, 16), e.counsellor.name);
        if (m_run.photos && m_run.random.chance(m_run.photoChance))
            m_writer.photo(QStringLiteral("finding"), finding, phrase->title, date, e.counsellor.name);
        action(e, module, visitId, finding, date, m_run.random.pick(phrases.actions));
    }
}

void DemoModuleBuilder::action(EnterprisePlan& e, const QString& module, const QString& visitId, const QString& findingId,
                               const QDate& start, const ActionPhrase& phrase)
{
    const double rate = m_run.localRate;
    const QDate due = start.addDays(m_run.random.range(14, 75));
    const qint64 daysLate = due.daysTo(m_run.anchor);
    QString status;
    if (daysLate > 30)
        status = std::array{QStringLiteral("done"), QStringLiteral("dropped"),
                            QStringLiteral("in_progress")}[static_cast<size_t>(m_run.random.weighted({0.72, 0.08, 0.2}))];
    else if (daysLate > 0)
        status = std::array{QStringLiteral("done"), QStringLiteral("in_progress"),
                            QStringLiteral("approved")}[static_cast<size_t>(m_run.random.weighted({0.4, 0.45, 0.15}))];
    else
        status = std::array{QStringLiteral("in_progress"), QStringLiteral("approved"),
                            QStringLiteral("proposed")}[static_cast<size_t>(m_run.random.weighted({0.45, 0.3, 0.25}))];

    const auto roundMoney = [&](double v) { return rate >= 1000 ? std::round(v / 1000) * 1000 : std::round(v); };
    const double cost = roundMoney(phrase.costUsd * rate * m_run.random.uniform(0.7, 1.3));
    const double savings = roundMoney(phrase.savingsUsdPerYear * rate * m_run.random.uniform(0.6, 1.4));
    const Person& owner = m_run.random.chance(0.55) || e.workers.empty() ? m_run.random.pick(e.management) : m_run.random.pick(e.workers);

    FieldValues values = {
        {QStringLiteral("enterprise_id"), e.id},
        {QStringLiteral("module_id"), m_run.moduleIds[module]},
        {QStringLiteral("visit_id"), visitId},
        {QStringLiteral("title"), phrase.title},
        {QStringLiteral("area"), phrase.area},
        {QStringLiteral("root_cause"), phrase.rootCause},
        {QStringLiteral("description"), phrase.description},
        {QStringLiteral("owner_id"), owner.id},
        {QStringLiteral("start_date"), iso(start)},
        {QStringLiteral("due_date"), iso(due)},
        {QStringLiteral("status"), status},
        {QStringLiteral("priority"), std::array{QStringLiteral("high"), QStringLiteral("medium"),
                                                QStringLiteral("low")}[static_cast<size_t>(m_run.random.weighted({0.3, 0.5, 0.2}))]},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("estimated_savings"), savings}};
    if (!findingId.isEmpty())
        values.push_back({QStringLiteral("finding_id"), findingId});
    // Link about half of the actions to a KPI of their module, with the value before.
    std::vector<const KpiInfo*> moduleKpis;
    for (const KpiInfo& k : m_run.kpis)
        if (k.moduleCode == module)
            moduleKpis.push_back(&k);
    if (!moduleKpis.empty() && m_run.random.chance(0.5)) {
        const KpiInfo* k = moduleKpis[static_cast<size_t>(m_run.random.range(0, static_cast<int>(moduleKpis.size()) - 1))];
        values.push_back({QStringLiteral("kpi_id"), k->id});
        if (const auto before = m_kpiHistory.readingAt(e, *k, start)) {
            values.push_back({QStringLiteral("kpi_before"), *before});
            if (status == u"done") {
                if (const auto after = m_kpiHistory.readingAt(e, *k, due.addDays(30)))
                    values.push_back({QStringLiteral("kpi_after"), *after});
            }
        }
    }
    if (status == u"proposed") {
        const bool returned = m_run.random.chance(0.2);
        values.push_back({QStringLiteral("approval"), returned ? QStringLiteral("returned") : QStringLiteral("pending")});
        if (returned) {
            values.push_back({QStringLiteral("approval_comment"), m_run.random.pick(m_run.phrases.returnComments)});
            values.push_back({QStringLiteral("approved_by"), e.manager.id});
            values.push_back({QStringLiteral("approval_date"), iso(std::min(start.addDays(m_run.random.range(1, 6)), m_run.anchor))});
        }
    } else {
        values.push_back({QStringLiteral("approval"), QStringLiteral("approved")});
        values.push_back({QStringLiteral("approved_by"), e.manager.id});
        values.push_back({QStringLiteral("approval_date"), iso(std::min(start.addDays(m_run.random.range(1, 7)), m_run.anchor))});
        if (m_run.random.chance(0.3))
            values.push_back({QStringLiteral("approval_comment"), m_run.random.pick(m_run.phrases.approvalComments)});
    }
    QDate completed;
    if (status == u"done") {
        completed = std::min(start.addDays(m_run.random.range(7, static_cast<int>(start.daysTo(due)) + 20)), m_run.anchor);
        values.push_back({QStringLiteral("completed_on"), iso(completed)});
        if (savings > 0)
            values.push_back({QStringLiteral("verified_savings"), roundMoney(savings * m_run.random.uniform(0.6, 1.1))});
    }
    const QString id = m_writer.create(u"improvement_action", values, at(start, 16, 30), e.counsellor.name);
    if (id.isEmpty())
        return;
    if (m_run.random.chance(0.25)) {
        const QDate when = std::min(start.addDays(m_run.random.range(3, 30)), m_run.anchor);
        m_writer.create(u"comment",
                        {{QStringLiteral("target_kind"), QStringLiteral("improvement_action")},
                         {QStringLiteral("target_id"), id},
                         {QStringLiteral("author"), e.manager.name},
                         {QStringLiteral("body"), m_run.random.pick(m_run.phrases.managerComments)}},
                        at(when, 11), e.manager.name);
    }
    if (completed.isValid() && m_run.photos && m_run.random.chance(m_run.photoChance * 0.6))
        m_writer.photo(QStringLiteral("improvement_action"), id, DemoGeneratorTr::tr("After: %1").arg(phrase.title), completed,
                       e.counsellor.name);
}

void DemoModuleBuilder::moduleReport(EnterprisePlan& e, const CohortPlan& cohort, const QString& module, const QDate& finalVisit)
{
    const ModulePhrases& phrases = m_run.phrases.modules[module];
    // Report summaries in the phrase file quote example figures; keep those without numbers and
    // add the enterprise's own KPI figures instead, so the report agrees with the data.
    QStringList plain;
    for (const QString& s : phrases.reportSummaries)
        if (!s.contains(QRegularExpression(QStringLiteral("\\d"))))
            plain << s;
    QString summary = plain.isEmpty() ? DemoGeneratorTr::tr("The enterprise completed the module with its improvement team.")
                                      : m_run.random.pick(plain);
    for (const KpiInfo& k : m_run.kpis) {
        if (k.moduleCode != module)
            continue;
        const auto first = m_kpiHistory.firstReading(e, k);
        if (!first)
            continue;
        const auto latest = m_kpiHistory.readingAt(e, k, finalVisit);
        if (!latest)
            continue;
        summary += u' '
                   + DemoGeneratorTr::tr("%1 went from %2 %4 at baseline to %3 %4.")
                         .arg(k.name, QString::number(*first, 'f', k.decimals), QString::number(*latest, 'f', k.decimals), k.unit);
        break;
    }
    const QDate submitted = finalVisit.addDays(m_run.random.range(4, 12));
    QString status = QStringLiteral("draft");
    FieldValues values = {{QStringLiteral("enterprise_id"), e.id},
                          {QStringLiteral("module_id"), m_run.moduleIds[module]},
                          {QStringLiteral("counsellor_id"), e.counsellor.id},
                          {QStringLiteral("period_start"), iso(e.moduleStart[module])},
                          {QStringLiteral("period_end"), iso(finalVisit)},
                          {QStringLiteral("summary"), summary}};
    if (submitted <= m_run.anchor) {
        status = QStringLiteral("submitted");
        values.push_back({QStringLiteral("submitted_on"), iso(submitted)});
        const QDate reviewed = submitted.addDays(m_run.random.range(3, 20));
        if (reviewed <= m_run.anchor) {
            const bool returned = m_run.random.chance(0.12) && reviewed.daysTo(m_run.anchor) < 60;
            status = returned ? QStringLiteral("returned") : QStringLiteral("approved");
            values.push_back({QStringLiteral("reviewer_id"), cohort.trainer.id});
            values.push_back({QStringLiteral("reviewed_on"), iso(reviewed)});
            values.push_back({QStringLiteral("review_comment"),
                              m_run.random.pick(returned ? m_run.phrases.returnComments : m_run.phrases.reviewComments)});
        }
    }
    values.push_back({QStringLiteral("status"), status});
    m_writer.create(u"module_report", values, at(std::min(submitted, m_run.anchor), 18), e.counsellor.name);
}

}  // namespace score::demo
