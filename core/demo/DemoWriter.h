#pragma once
// Writes the demo's records through the single write path, each stamped at a simulated moment
// by a named author, and the photos of evidence with their bytes. Counts what it wrote, reports
// progress, and remembers the first failure so the builders can stop.

#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "storage/BlobStore.h"
#include "storage/RecordEditor.h"
#include "util/Clock.h"

namespace score::demo {

class DemoWriter {
public:
    // Sets the workspace's clock to the simulated one; the caller gives the real one back.
    DemoWriter(Workspace& ws, DemoRandom& random, ProgressCallback progress);

    // Creates a record within the minute of `when`; with no id, a time-ordered one drawn from the
    // random source. Returns the id, empty once anything failed.
    QString create(QStringView entity, const FieldValues& values, const QDateTime& when, const QString& author, const QString& id = {});
    // Changes fields of a record at exactly `when`.
    void update(QStringView entity, const QString& id, const FieldValues& values, const QDateTime& when, const QString& author);
    // A generated photo of evidence attached to a record.
    void photo(const QString& ownerKind, const QString& ownerId, const QString& caption, const QDate& date, const QString& author);

    bool failed() const { return !m_status.ok(); }
    const Status& status() const { return m_status; }
    void setExpected(qint64 records) { m_expected = records; }
    DemoSummary& summary() { return m_summary; }

private:
    void tick();

    DemoRandom& m_random;
    ProgressCallback m_progress;
    RecordEditor m_editor;
    BlobStore m_blobs;
    ManualClock m_clock;
    Status m_status;
    DemoSummary m_summary;
    qint64 m_expected = 0;
};

}  // namespace score::demo
