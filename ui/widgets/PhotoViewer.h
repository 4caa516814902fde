#pragma once
// A photo of evidence shown large, fitted to the window, with its caption (editable) and where
// it belongs; Left and Right go through the other photos of the list. Documents (PDF) are
// opened in the system's viewer instead.

#include "session/WorkspaceSession.h"

#include <QDialog>
#include <QImage>
#include <QPersistentModelIndex>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;

namespace score {

class PhotoViewer final : public QDialog {
    Q_OBJECT

public:
    // `model` is an AttachmentListModel; `row` the photo shown first.
    PhotoViewer(WorkspaceSession& session, QAbstractItemModel* model, int row, QWidget* parent = nullptr);

    int currentRow() const { return m_index.row(); }
    void showRow(int row);
    void done(int result) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPicture();
    void saveCaption();
    void saveCopy();
    void openExternally();
    QByteArray content() const;

    WorkspaceSession* m_session;
    QAbstractItemModel* m_model;
    QPersistentModelIndex m_index;
    QString m_id;
    QImage m_picture;
    QLabel* m_view;
    QLineEdit* m_caption;
    QLabel* m_about;
    QLabel* m_position;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_open;
};

}  // namespace score
