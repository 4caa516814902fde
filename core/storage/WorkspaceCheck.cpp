#include "storage/WorkspaceCheck.h"

#include "crypto/Crypto.h"
#include "domain/FieldValidation.h"
#include "domain/NaturalIds.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace score {

namespace {
struct WorkspaceCheckTr {
    Q_DECLARE_TR_FUNCTIONS(score::WorkspaceCheck)
};

constexpr int kMaxProblems = 200;

class Problems {
public:
    explicit Problems(CheckReport& report) : m_report(&report) {}
    void add(const QString& problem)
    {
        if (m_report->problems.size() < kMaxProblems)
            m_report->problems << problem;
        else if (m_report->problems.size() == kMaxProblems)
            m_report->problems << WorkspaceCheckTr::tr("… and more problems; fix these first.");
    }

private:
    CheckReport* m_report;
};

QString describe(const EntitySpec& spec, const QString& id) { return entityDisplayName(spec.name) + u' ' + id; }

Status checkSqlite(Workspace& ws, Problems& problems)
{
    auto integrity = ws.db().prepare(u"PRAGMA integrity_check");
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->text(0);
        if (line != u"ok")
            problems.add(WorkspaceCheckTr::tr("SQLite integrity: %1").arg(line));
    }
    auto dangling = danglingReferences(ws);
    if (!dangling)
        return dangling.error();
    for (const DanglingReference& d : *dangling)
        problems.add(WorkspaceCheckTr::tr("%1 (row %2) refers to a missing %3.").arg(d.table).arg(d.row).arg(d.missingTable));
    return {};
}
}  // namespace

Result<std::vector<DanglingReference>> danglingReferences(Workspace& ws)
{
    auto fk = ws.db().prepare(u"PRAGMA foreign_key_check");
    if (!fk)
        return fk.error();
    std::vector<DanglingReference> found;
    while (fk->next())
        found.push_back({fk->text(0), fk->integer(1), fk->text(2)});
    if (!fk->ok())
        return Error::io(fk->error());
    return found;
}

Result<CheckReport> checkWorkspace(Workspace& ws)
{
    CheckReport report;
    Problems problems(report);
    SCORE_TRY(checkSqlite(ws, problems));

    const Hlc clock = ws.hlc().last();
    QHash<QString, QString> itemKeys;       // template item id -> key
    QHash<QString, QString> itemTemplates;  // template item id -> template id
    QHash<QString, QString> assessmentTemplates;
    QSet<QString> blobsNeeded;

    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        const bool isResponse = spec.name == u"response";
        const bool isReading = spec.name == u"kpi_reading";
        const bool isEitMember = spec.name == u"eit_member";
        const bool isAttachment = spec.name == u"attachment";
        const bool isItem = spec.name == u"template_item";
        const bool isAssessment = spec.name == u"assessment";
        Status visited = ws.store().forEach(spec, [&](const RecordState& r) {
            ++report.recordsChecked;
            if (!isUuidText(r.id))
                problems.add(WorkspaceCheckTr::tr("%1 has a malformed id.").arg(describe(spec, r.id)));
            for (size_t i = 0; i < spec.fields.size(); ++i) {
                FieldValue v = r.values[i];
                if (auto problem = checkFieldValue(spec.fields[i], v))
                    problems.add(WorkspaceCheckTr::tr("%1: %2").arg(describe(spec, r.id), *problem));
                if (r.stamps[i].hlc > clock)
                    problems.add(WorkspaceCheckTr::tr("%1 carries a change stamp ahead of this device's clock.").arg(describe(spec, r.id)));
                if (!r.vv.knows(r.stamps[i]))
                    problems.add(WorkspaceCheckTr::tr("%1: its version vector does not cover its own changes.").arg(describe(spec, r.id)));
            }
            auto text = [&](const char* field) {
                const auto* s = std::get_if<QString>(&r.values[static_cast<size_t>(spec.fieldIndex(QLatin1String(field)))]);
                return s ? *s : QString();
            };
            if (isItem) {
                itemKeys.insert(r.id, text("key"));
                itemTemplates.insert(r.id, text("template_id"));
            } else if (isAssessment) {
                assessmentTemplates.insert(r.id, text("template_id"));
            } else if (isResponse) {
                if (r.id != naturalid::response(text("assessment_id"), text("item_key")))
                    problems.add(WorkspaceCheckTr::tr("%1: its id does not match its assessment and item.").arg(describe(spec, r.id)));
                const QString item = text("item_id");
                if (itemKeys.value(item) != text("item_key"))
                    problems.add(WorkspaceCheckTr::tr("%1: its item key does not match the checklist item.").arg(describe(spec, r.id)));
                if (itemTemplates.value(item) != assessmentTemplates.value(text("assessment_id")))
                    problems.add(
                        WorkspaceCheckTr::tr("%1 answers an item of another template than its assessment's.").arg(describe(spec, r.id)));
            } else if (isReading) {
                if (r.id != naturalid::kpiReading(text("enterprise_id"), text("kpi_id"), text("period")))
                    problems.add(
                        WorkspaceCheckTr::tr("%1: its id does not match its enterprise, KPI and period.").arg(describe(spec, r.id)));
            } else if (isEitMember) {
                if (r.id != naturalid::eitMember(text("enterprise_id"), text("person_id")))
                    problems.add(WorkspaceCheckTr::tr("%1: its id does not match its enterprise and person.").arg(describe(spec, r.id)));
            } else if (isAttachment) {
                blobsNeeded.insert(text("sha256"));
            }
            // Polymorphic owners are not foreign keys; check them here.
            for (const FieldSpec& f : spec.fields) {
                if (f.type != FieldType::AnyRef)
                    continue;
                const EntitySpec* target = EntitySchema::instance().entity(text(f.kindField.toLatin1().constData()));
                if (!target)
                    continue;
                auto exists = ws.store().exists(*target, text(f.name.toLatin1().constData()), false);
                if (exists && !*exists)
                    problems.add(WorkspaceCheckTr::tr("%1 belongs to a %2 that does not exist.")
                                     .arg(describe(spec, r.id), entityDisplayName(target->name)));
            }
            return true;
        });
        if (!visited)
            problems.add(visited.message());
    }

    // Every attachment's content is present and still matches its hash.
    auto blobs = ws.db().prepare(u"SELECT sha256, size, data FROM attachment_blob");
    if (!blobs)
        return blobs.error();
    QSet<QString> present;
    while (blobs->next()) {
        const QString hash = blobs->text(0);
        const QByteArray data = blobs->blob(2);
        present.insert(hash);
        if (crypto::sha256Hex(data) != hash || data.size() != blobs->integer(1))
            problems.add(WorkspaceCheckTr::tr("Attachment content %1 is damaged (its hash no longer matches).").arg(hash.left(12)));
    }
    for (const QString& hash : std::as_const(blobsNeeded))
        if (!present.contains(hash))
            problems.add(WorkspaceCheckTr::tr("Attachment content %1 is missing.").arg(hash.left(12)));

    auto unreferenced = BlobStore(ws).unreferenced();
    if (!unreferenced)
        return unreferenced.error();
    report.unreferencedBlobs = *unreferenced;

    auto ownClock = ws.db().scalar(u"SELECT count(*) FROM local_device");
    if (!ownClock || *ownClock != 1)
        problems.add(WorkspaceCheckTr::tr("The workspace has no single device identity."));
    return report;
}

}  // namespace score
