#pragma once
// Short listings (id and a readable name) of the main record kinds, for `scorectl list` and
// for pickers. Alive records only, in a stable, meaningful order.

#include "storage/Workspace.h"

#include <vector>

namespace score {

struct IdName {
    QString id;
    QString name;
};

enum class ListKind { Enterprises, Cohorts, Visits, Actions, People, Devices };

Result<std::vector<IdName>> listRecords(Workspace& ws, ListKind kind);
std::optional<ListKind> listKindFromName(QStringView name);

}  // namespace score
