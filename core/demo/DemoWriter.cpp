#include "demo/DemoWriter.h"

#include "demo/DemoImages.h"
#include "demo/DemoPlan.h"
#include "domain/EntitySchema.h"
#include "util/Uuid.h"

namespace score::demo {

DemoWriter::DemoWriter(Workspace& ws, DemoRandom& random, ProgressCallback progress)
    : m_random(random), m_progress(std::move(progress)), m_editor(ws), m_blobs(ws)
{
    m_editor.setBulkMode(true);
    ws.setClock(m_clock);
}

QString DemoWriter::create(QStringView entity, const FieldValues& values, const QDateTime& when, const QString& author, const QString& id)
{
    if (failed())
        return {};
    m_clock.setMs(when.toMSecsSinceEpoch() + m_random.range(0, 59999));
    m_editor.setAuthor(author);
    const QString recordId = id.isEmpty() ? uuidText(timeOrderedUuid(m_clock.nowMs(), m_random.next(), m_random.next())) : id;
    auto created = m_editor.create(entity, values, recordId);
    if (!created) {
        m_status = Error::failed(
            DemoGeneratorTr::tr("The demo could not create a %1: %2").arg(entityDisplayName(entity), created.message()));
        return {};
    }
    ++m_summary.records;
    tick();
    return recordId;
}

void DemoWriter::tick()
{
    if (m_progress && m_summary.records % 5000 == 0 && !m_progress(m_summary.records, m_expected))
        m_status = Error::cancelled(DemoGeneratorTr::tr("The demo was cancelled; nothing was added."));
}
void DemoWriter::update(QStringView entity, const QString& id, const FieldValues& values, const QDateTime& when, const QString& author)
{
    m_editor.setAuthor(author);
    m_clock.setMs(when.toMSecsSinceEpoch());
    if (auto s = m_editor.update(entity, id, values); !s)
        m_status = s.error();
}

void DemoWriter::photo(const QString& ownerKind, const QString& ownerId, const QString& caption, const QDate& date, const QString& author)
{
    if (failed() || ownerId.isEmpty())
        return;
    const QByteArray png = generateEvidencePhoto(m_random.next());
    auto hash = m_blobs.put(png);
    if (!hash) {
        m_status = hash.error();
        return;
    }
    create(u"attachment",
           {{QStringLiteral("owner_kind"), ownerKind},
            {QStringLiteral("owner_id"), ownerId},
            {QStringLiteral("sha256"), *hash},
            {QStringLiteral("mime_type"), evidencePhotoMimeType(png)},
            {QStringLiteral("size"), qint64(png.size())},
            {QStringLiteral("file_name"),
             QStringLiteral("IMG_%1_%2.jpg").arg(date.toString(QStringLiteral("yyyyMMdd"))).arg(m_random.range(1000, 9999))},
            {QStringLiteral("caption"), caption.left(2000)},
            {QStringLiteral("taken_on"), iso(date)}},
           at(date, 17), author);
    ++m_summary.photos;
}

}  // namespace score::demo
