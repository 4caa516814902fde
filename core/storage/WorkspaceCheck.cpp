#include "storage/WorkspaceCheck.h"

#include "crypto/Crypto.h"
#include "domain/FieldValidation.h"
#include "storage/RecordInvariants.h"

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

QString describe(const EntitySpec& spec, const QString& id) { return RecordInvariants::describe(spec, id); }

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
    RecordInvariants invariants(ws);
    QSet<QString> blobsNeeded;

    for (const EntitySpec& spec : EntitySchema::instance().entities()) {
        const bool isAttachment = spec.name == u"attachment";
        const bool hasRelations = RecordInvariants::hasRelations(spec);
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
            // A lost change is one the record met: its version vector knows it.
            if (std::any_of(r.lost.entries().begin(), r.lost.entries().end(), [&](const LostStamp& e) { return !r.vv.knows(e.stamp); }))
                problems.add(WorkspaceCheckTr::tr("%1: its version vector does not cover its own changes.").arg(describe(spec, r.id)));
            for (const QString& problem : invariants.ownProblems(r))
                problems.add(problem);
            if (hasRelations) {
                auto related = invariants.relationProblems(r);
                if (!related) {
                    problems.add(related.message());
                    return false;
                }
                for (const QString& problem : *related)
                    problems.add(problem);
            }
            if (isAttachment) {
                const auto* sha = std::get_if<QString>(&r.values[static_cast<size_t>(spec.fieldIndex(QLatin1String("sha256")))]);
                blobsNeeded.insert(sha ? *sha : QString());
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
