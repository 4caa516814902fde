#pragma once
// Importing the programme's spreadsheet: what it would do is shown first, row by row (what is
// new, what changes and how, what is refused with its sheet, row and column), computed by
// running the import and rolling it back. Import applies it as one undo step; a file with a
// refused cell cannot be imported until it is corrected (Read again after fixing it).

#include "session/WorkspaceSession.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace score {

class SheetPreviewModel;

class SheetImportDialog final : public QDialog {
    Q_OBJECT

public:
    SheetImportDialog(WorkspaceSession& session, const QStringList& files, QWidget* parent = nullptr);

    // Reads the files again and shows what importing them would do.
    void preview();
    void accept() override;
    SheetPreviewModel* model() const { return m_model; }
    QPushButton* importButton() const { return m_import; }
    const QString& outcome() const { return m_outcome; }

private:
    WorkspaceSession* m_session;
    QStringList m_files;
    SheetPreviewModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_import;
    QString m_outcome;
};

}  // namespace score
