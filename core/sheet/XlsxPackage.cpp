#include "sheet/XlsxPackage.h"

#include "sheet/SheetErrors.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <optional>

namespace score {

namespace {
struct XlsxPackageTr {
    Q_DECLARE_TR_FUNCTIONS(score::XlsxPackage)
};
}  // namespace

XlsxPackage::XlsxPackage(QString fileName, const SheetLimits& limits) : m_fileName(std::move(fileName)), m_limits(limits) {}

Status XlsxPackage::open(const QString& path)
{
    const Status opened = m_zip.open(path);
    if (!opened) {
        if (opened.error().kind != Error::Kind::InvalidInput)
            return Error::io(XlsxPackageTr::tr("%1 cannot be opened.").arg(m_fileName));
        return sheet::unreadable(m_fileName, XlsxPackageTr::tr("it is damaged (its ZIP structure is broken or cut short)"));
    }
    if (m_zip.entryCount() > m_limits.maxEntries)
        return sheet::tooManyParts(m_fileName, m_limits);
    auto entries = m_zip.entries(m_limits.maxEntries);
    if (!entries)
        return sheet::unreadable(m_fileName, XlsxPackageTr::tr("it is damaged (its ZIP structure is broken or cut short)"));
    for (ZipEntry& entry : *entries) {
        const QString key = entry.name.toLower();
        if (!m_parts.contains(key))
            m_parts.insert(key, std::move(entry));
    }
    return {};
}

bool XlsxPackage::contains(const QString& part) const { return m_parts.contains(part.toLower()); }

QByteArray XlsxPackage::head(const QString& part, qint64 bytes) const
{
    const auto it = m_parts.constFind(part.toLower());
    if (it == m_parts.cend() || it->encrypted || it->size > bytes)
        return {};
    auto data = m_zip.readAll(*it, bytes);
    return data ? *data : QByteArray();
}

Status XlsxPackage::stream(const ZipEntry& entry, const std::function<Status(const char*, qint64)>& consume)
{
    if (entry.encrypted)
        return sheet::unreadable(m_fileName, XlsxPackageTr::tr("it is protected with a password"));
    // The sizes an archive claims are checked first, and ZipReader holds the inflating to them.
    if (entry.size > m_limits.maxEntryBytes)
        return sheet::unreadable(
            m_fileName,
            XlsxPackageTr::tr("its part %1 is larger than %2 once unpacked").arg(entry.name, sheet::megabytes(m_limits.maxEntryBytes)));
    if (m_unpacked + entry.size > m_limits.maxUnpackedBytes)
        return sheet::unreadable(
            m_fileName,
            XlsxPackageTr::tr("its parts add up to more than %1 once unpacked").arg(sheet::megabytes(m_limits.maxUnpackedBytes)));
    std::optional<Error> consumerError;
    const Status read = m_zip.read(entry, m_limits.maxEntryBytes, [&](const char* data, qint64 size) -> Status {
        m_unpacked += size;
        Status consumed = consume(data, size);
        if (!consumed)
            consumerError = consumed.error();
        return consumed;
    });
    if (read)
        return {};
    if (consumerError)
        return *consumerError;
    // A CRC that does not match, a deflate stream cut short, or more bytes than the entry claims.
    return sheet::unreadable(m_fileName, XlsxPackageTr::tr("its part %1 is damaged").arg(entry.name));
}

Status XlsxPackage::readXml(const QString& part, const TokenHandler& onToken)
{
    const auto it = m_parts.constFind(part.toLower());
    if (it == m_parts.cend())
        return sheet::unreadable(m_fileName, XlsxPackageTr::tr("its part %1 is missing").arg(part));
    const ZipEntry& entry = *it;
    QXmlStreamReader xml;
    bool ended = false;
    // Reads every token the data so far holds; the reader waits for more at a token cut in two.
    const auto pump = [&]() -> Status {
        while (!ended) {
            switch (xml.readNext()) {
            case QXmlStreamReader::Invalid:
                if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                    return {};
                return sheet::unreadable(
                    m_fileName, XlsxPackageTr::tr("its part %1 is not well-formed XML (line %2)").arg(entry.name).arg(xml.lineNumber()));
            case QXmlStreamReader::DTD:
            case QXmlStreamReader::EntityReference:
                // Entities are how XML bombs expand; no workbook part declares any.
                return sheet::unreadable(
                    m_fileName, XlsxPackageTr::tr("its part %1 declares a document type (DTD), which workbooks never do").arg(entry.name));
            case QXmlStreamReader::EndDocument: ended = true; break;
            case QXmlStreamReader::StartElement:
            case QXmlStreamReader::EndElement:
            case QXmlStreamReader::Characters: SCORE_TRY(onToken(xml)); break;
            default: break;
            }
        }
        return {};
    };
    SCORE_TRY(stream(entry, [&](const char* data, qint64 size) -> Status {
        xml.addData(QByteArray(data, static_cast<qsizetype>(size)));
        return pump();
    }));
    if (!ended)
        return sheet::unreadable(m_fileName, XlsxPackageTr::tr("its part %1 is cut short").arg(entry.name));
    return {};
}

}  // namespace score
