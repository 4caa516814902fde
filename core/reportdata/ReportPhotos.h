#pragma once
// Photos of evidence as a report carries them: the stored bytes (decoded only by the renderer)
// with caption and date. A photo whose content has not reached this workspace yet keeps its
// caption and an empty `content`, so the report can say so instead of leaving a silent gap.

#include "storage/DomainQueries.h"

#include <QByteArray>

#include <vector>

namespace score {

struct ReportPhoto {
    QString caption;
    QString fileName;
    QString mimeType;
    QDate takenOn;
    QByteArray content;
};

// The image attachments of one record, in the order they were added.
Result<std::vector<ReportPhoto>> loadReportPhotos(Workspace& ws, const QString& ownerKind, const QString& ownerId);

}  // namespace score
