#include "storage/RecordLists.h"

#include <QCoreApplication>

namespace score {

namespace {
struct RecordListsTr {
    Q_DECLARE_TR_FUNCTIONS(score::RecordLists)
};

QString visitTypeName(const QString& type)
{
    if (type == u"classroom")
        return RecordListsTr::tr("Classroom session");
    if (type == u"baseline")
        return RecordListsTr::tr("Baseline visit");
    if (type == u"factory_visit")
        return RecordListsTr::tr("Factory visit");
    if (type == u"follow_up")
        return RecordListsTr::tr("Follow-up visit");
    if (type == u"final")
        return RecordListsTr::tr("Final visit");
    return type;
}
}  // namespace

std::optional<ListKind> listKindFromName(QStringView name)
{
    if (name == u"enterprises")
        return ListKind::Enterprises;
    if (name == u"cohorts")
        return ListKind::Cohorts;
    if (name == u"visits")
        return ListKind::Visits;
    if (name == u"actions")
        return ListKind::Actions;
    if (name == u"people")
        return ListKind::People;
    return std::nullopt;
}

Result<std::vector<IdName>> listRecords(Workspace& ws, ListKind kind)
{
    QString sql;
    switch (kind) {
    case ListKind::Enterprises:
        sql = QStringLiteral("SELECT id, name FROM enterprise WHERE deleted = 0 ORDER BY name COLLATE NOCASE, id");
        break;
    case ListKind::Cohorts: sql = QStringLiteral("SELECT id, name FROM cohort WHERE deleted = 0 ORDER BY start_date, name, id"); break;
    case ListKind::Visits:
        sql = QStringLiteral("SELECT v.id, v.visit_date, v.type, coalesce(m.code, ''), e.name FROM visit v "
                             "JOIN enterprise e ON e.id = v.enterprise_id LEFT JOIN module m ON m.id = v.module_id "
                             "WHERE v.deleted = 0 ORDER BY v.visit_date, e.name, v.id");
        break;
    case ListKind::Actions:
        sql = QStringLiteral("SELECT id, title FROM improvement_action WHERE deleted = 0 ORDER BY due_date, title, id");
        break;
    case ListKind::People: sql = QStringLiteral("SELECT id, full_name FROM person WHERE deleted = 0 ORDER BY full_name, id"); break;
    case ListKind::Devices: return Error::invalid(RecordListsTr::tr("Devices are listed by 'scorectl devices'."));
    }
    auto stmt = ws.db().prepare(sql);
    if (!stmt)
        return stmt.error();
    std::vector<IdName> rows;
    while (stmt->next()) {
        if (kind == ListKind::Visits) {
            const QString module = stmt->text(3);
            rows.push_back({stmt->text(0), QStringLiteral("%1 %2%3 — %4")
                                               .arg(stmt->text(1), visitTypeName(stmt->text(2)),
                                                    module.isEmpty() ? QString() : u" (" + module + u')', stmt->text(4))});
        } else {
            rows.push_back({stmt->text(0), stmt->text(1)});
        }
    }
    if (!stmt->ok())
        return Error::io(stmt->error());
    return rows;
}

}  // namespace score
