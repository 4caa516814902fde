#pragma once
// Installs the SCORE content shipped with SCORE Desk into a workspace: countries, modules,
// checklist templates and the KPI catalogue. Every workspace gets the same ids and the same
// change stamps for it (stamped at the content's release date by the "built-in" pseudo-device),
// so workspaces created apart merge without duplicates or conflicts.

#include "content/ContentCatalogue.h"
#include "storage/Workspace.h"

namespace score {

// The pseudo-device that "made" built-in content: the nil UUID.
QUuid builtinDevice();

// Writes whatever built-in content the workspace lacks; call inside a transaction or not.
Status installBuiltinContent(Workspace& ws, const BuiltinCatalogue& catalogue);
Status installBuiltinContent(Workspace& ws);

// Adds a checklist template from a file (for example a new module's). It is stamped like
// built-in content, so every device that installs the same file holds identical records.
Result<QString> installTemplate(Workspace& ws, const TemplateContent& content);

}  // namespace score
