#include "storage/ContentQueries.h"

#include "content/ContentTranslation.h"

#include <QHash>

namespace score {

int TemplateInfo::itemCount() const
{
    int n = 0;
    for (const auto& s : sections)
        n += static_cast<int>(s.items.size());
    return n;
}

const TemplateItemInfo* TemplateInfo::item(QStringView itemId) const
{
    for (const auto& s : sections)
        for (const auto& i : s.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

Result<std::vector<ModuleInfo>> loadModules(Workspace& ws)
{
    auto stmt = ws.db().prepare(u"SELECT id, code, number, name, mandatory FROM module WHERE deleted = 0 ORDER BY number, code");
    if (!stmt)
        return stmt.error();
    std::vector<ModuleInfo> modules;
    while (stmt->next())
        modules.push_back({stmt->text(0), stmt->text(1), static_cast<int>(stmt->integer(2)), ContentTranslation::text(stmt->text(3)),
                           stmt->integer(4) != 0});
    if (!stmt->ok())
        return Error::io(stmt->error());
    return modules;
}

Result<std::vector<TemplateInfo>> loadTemplates(Workspace& ws)
{
    auto templates = ws.db().prepare(u"SELECT t.id, t.module_id, m.code, t.version, t.released_on, t.title FROM checklist_template t "
                                     u"JOIN module m ON m.id = t.module_id WHERE t.deleted = 0 ORDER BY m.number, t.version");
    if (!templates)
        return templates.error();
    std::vector<TemplateInfo> result;
    QHash<QString, size_t> byId;
    while (templates->next()) {
        TemplateInfo t;
        t.id = templates->text(0);
        t.moduleId = templates->text(1);
        t.moduleCode = templates->text(2);
        t.version = static_cast<int>(templates->integer(3));
        t.released = QDate::fromString(templates->text(4), Qt::ISODate);
        t.title = ContentTranslation::text(templates->text(5));
        byId.insert(t.id, result.size());
        result.push_back(std::move(t));
    }
    auto sections = ws.db().prepare(
        u"SELECT id, template_id, key, title, weight FROM template_section WHERE deleted = 0 ORDER BY template_id, ordinal");
    if (!sections)
        return sections.error();
    QHash<QString, std::pair<size_t, size_t>> sectionAt;
    while (sections->next()) {
        const auto it = byId.constFind(sections->text(1));
        if (it == byId.constEnd())
            continue;
        TemplateSectionInfo s{sections->text(0), sections->text(2), ContentTranslation::text(sections->text(3)), sections->real(4), {}};
        auto& list = result[it.value()].sections;
        sectionAt.insert(s.id, {it.value(), list.size()});
        list.push_back(std::move(s));
    }
    auto items = ws.db().prepare(u"SELECT id, key, section_id, text, coalesce(guidance, ''), response_type, coalesce(unit, ''), weight "
                                 u"FROM template_item WHERE deleted = 0 ORDER BY template_id, ordinal");
    if (!items)
        return items.error();
    while (items->next()) {
        const auto at = sectionAt.constFind(items->text(2));
        if (at == sectionAt.constEnd())
            continue;
        result[at->first].sections[at->second].items.push_back(
            {items->text(0), items->text(1), items->text(2), ContentTranslation::text(items->text(3)),
             ContentTranslation::text(items->text(4)), items->text(5), ContentTranslation::text(items->text(6)), items->real(7)});
    }
    if (!items->ok())
        return Error::io(items->error());
    return result;
}

Result<std::vector<KpiInfo>> loadKpis(Workspace& ws)
{
    auto stmt = ws.db().prepare(u"SELECT k.id, k.code, k.module_id, m.code, k.name, k.unit, k.direction, coalesce(k.numerator, ''), "
                                u"coalesce(k.denominator, ''), k.factor, k.decimals, coalesce(k.description, '') FROM kpi_definition k "
                                u"JOIN module m ON m.id = k.module_id WHERE k.deleted = 0 ORDER BY m.number, k.code");
    if (!stmt)
        return stmt.error();
    std::vector<KpiInfo> result;
    while (stmt->next()) {
        KpiInfo k;
        k.id = stmt->text(0);
        k.code = stmt->text(1);
        k.moduleId = stmt->text(2);
        k.moduleCode = stmt->text(3);
        k.name = ContentTranslation::text(stmt->text(4));
        k.unit = ContentTranslation::text(stmt->text(5));
        k.lowerIsBetter = stmt->text(6) == u"lower";
        k.numerator = ContentTranslation::text(stmt->text(7));
        k.denominator = ContentTranslation::text(stmt->text(8));
        k.factor = stmt->real(9);
        k.decimals = static_cast<int>(stmt->integer(10));
        k.description = ContentTranslation::text(stmt->text(11));
        result.push_back(std::move(k));
    }
    if (!stmt->ok())
        return Error::io(stmt->error());
    return result;
}

const TemplateInfo* templateInForce(const std::vector<TemplateInfo>& templates, QStringView moduleCode, const QDate& date)
{
    const TemplateInfo* best = nullptr;
    const TemplateInfo* oldest = nullptr;
    for (const TemplateInfo& t : templates) {
        if (t.moduleCode != moduleCode)
            continue;
        if (!oldest || t.version < oldest->version)
            oldest = &t;
        if (t.released <= date && (!best || t.version > best->version))
            best = &t;
    }
    return best ? best : oldest;
}

}  // namespace score
