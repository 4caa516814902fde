#pragma once
// Which records a scoped or delta bundle carries, kept in a temporary table for the duration
// of one export: the records of chosen enterprises and cohorts (with everything they own),
// optionally only those a peer lacks, then closed under references so that the bundle never
// refers to a record it does not carry.

#include "model/VersionVector.h"
#include "storage/Workspace.h"

#include <functional>

namespace score {

class ExportSelection {
public:
    explicit ExportSelection(Workspace& ws);
    ~ExportSelection();
    ExportSelection(const ExportSelection&) = delete;
    ExportSelection& operator=(const ExportSelection&) = delete;

    Status create();
    // Adds the enterprises and cohorts and every record they own, transitively.
    Status addScope(const QStringList& enterpriseIds, const QStringList& cohortIds);
    // Adds every record (unscoped delta).
    Status addEverything();
    // Keeps only records with changes that `known` does not cover.
    Status keepUnknownTo(const VersionVector& known);
    // Adds every record that a selected record refers to, transitively.
    Status closeUnderReferences();
    // Visits the selected records of one kind, in id order.
    Status forEach(const EntitySpec& spec, const std::function<bool(const RecordState&)>& visit);
    Result<qint64> count();

private:
    Result<qint64> insertSelect(const QString& sql, const QString& kind = {});
    Workspace* m_ws;
    bool m_created = false;
};

}  // namespace score
