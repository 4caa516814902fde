#pragma once
// The parts of an XLSX file (a ZIP archive of XML parts) as untrusted input: looks parts up by
// name as OPC does (case-insensitively), and streams each through a QXmlStreamReader while it
// is inflated, counting every byte against the limits, so neither a zip bomb nor a huge part
// is ever held in memory. Refuses DTDs, so no entity can expand.

#include "sheet/SheetTable.h"
#include "util/Result.h"
#include "util/ZipArchive.h"

#include <QHash>
#include <QString>

#include <functional>

class QXmlStreamReader;

namespace score {

class XlsxPackage {
public:
    // `fileName` names the file in refusals.
    XlsxPackage(QString fileName, const SheetLimits& limits);
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    Status open(const QString& path);
    bool contains(const QString& part) const;
    // The first bytes of a small part (for a signature such as an ODF mimetype).
    QByteArray head(const QString& part, qint64 bytes) const;
    // Feeds each token of the part's XML to `onToken` (start and end elements, text); an error
    // it returns stops the reading and is returned as it is.
    using TokenHandler = std::function<Status(const QXmlStreamReader&)>;
    Status readXml(const QString& part, const TokenHandler& onToken);

    const QString& fileName() const { return m_fileName; }

private:
    Status stream(const ZipEntry& entry, const std::function<Status(const char*, qint64)>& consume);

    QString m_fileName;
    SheetLimits m_limits;
    ZipReader m_zip;
    QHash<QString, ZipEntry> m_parts;  // by lower-case name
    qint64 m_unpacked = 0;
};

}  // namespace score
