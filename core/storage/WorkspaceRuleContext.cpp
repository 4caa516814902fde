#include "storage/WorkspaceRuleContext.h"

namespace score {

FieldValue WorkspaceRuleContext::lookup(QStringView entity, const QString& id, QStringView field)
{
    const EntitySpec* spec = EntitySchema::instance().entity(entity);
    if (!spec || id.isEmpty() || spec->fieldIndex(field) < 0)
        return {};
    auto loaded = m_ws->store().load(*spec, id);
    if (!loaded || !loaded->has_value() || !(*loaded)->isAlive())
        return {};
    return (*loaded)->value(field);
}

QStringList WorkspaceRuleContext::moduleCodes()
{
    QStringList codes;
    auto stmt = m_ws->db().prepare(u"SELECT code FROM module WHERE deleted = 0 ORDER BY number");
    if (!stmt)
        return codes;
    while (stmt->next())
        codes << stmt->text(0);
    return codes;
}

}  // namespace score
