#include "sync/LineSplitter.h"

#include <QCoreApplication>

#include <cstring>

namespace score {

namespace {
struct LineSplitterTr {
    Q_DECLARE_TR_FUNCTIONS(score::BundleReader)
};
}  // namespace

LineSplitter::LineSplitter(qsizetype maxLineBytes, LineHandler onLine) : m_maxLineBytes(maxLineBytes), m_onLine(std::move(onLine)) {}

Status LineSplitter::add(const char* data, qsizetype size)
{
    qsizetype start = 0;
    while (start < size) {
        const void* newline = std::memchr(data + start, '\n', static_cast<size_t>(size - start));
        if (!newline)
            break;
        const qsizetype end = static_cast<const char*>(newline) - data;
        if (m_pending.isEmpty()) {
            SCORE_TRY(deliver(QByteArray::fromRawData(data + start, end - start)));
        } else {
            m_pending.append(data + start, end - start);
            SCORE_TRY(deliver(m_pending));
            m_pending.clear();
        }
        start = end + 1;
    }
    m_pending.append(data + start, size - start);
    if (m_pending.size() > m_maxLineBytes)
        return Error::invalid(LineSplitterTr::tr("The bundle is damaged or hostile: a record is larger than allowed."));
    return {};
}

Status LineSplitter::finish()
{
    const QByteArray last = std::exchange(m_pending, {});
    return deliver(last);
}

Status LineSplitter::deliver(const QByteArray& line)
{
    if (line.isEmpty())
        return {};
    if (line.size() > m_maxLineBytes)
        return Error::invalid(LineSplitterTr::tr("The bundle is damaged or hostile: a record is larger than allowed."));
    return m_onLine(line);
}

}  // namespace score
