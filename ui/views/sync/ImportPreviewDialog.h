#pragma once
// The preview of an import, before anything is written: who sent the bundle (device, user,
// key fingerprint), when it was made, whether it was imported before, what it would change
// per kind of record, and any warnings. Import or Cancel.

#include "views/sync/SyncPrompter.h"

#include <QDialog>

namespace score {

class ImportPreviewDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ImportPreviewDialog(const ImportPreview& preview, QWidget* parent = nullptr);

    // One sentence on the outcome: "12 new records, 3 changed and 2 conflicts to review."
    static QString headline(const ImportSummary& summary);
};

}  // namespace score
