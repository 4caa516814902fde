#pragma once
// The detail of the checklist item being answered: its statement and the guidance for
// counsellors, the previous assessment's answer, answer buttons or boxes suited to the item's
// response type, a comment and photos. Choice answers go to the view (which saves and moves
// on); typed values, text answers and comments are saved here, after a pause in typing, when
// the box loses focus, and before another item is shown, so nothing typed is lost.

#include "session/WorkspaceSession.h"

#include <QPersistentModelIndex>
#include <QTimer>
#include <QWidget>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace score {

class ChecklistModel;
class ItemPhotos;
struct TemplateItemInfo;

class ChecklistItemPanel final : public QWidget {
    Q_OBJECT

public:
    ChecklistItemPanel(WorkspaceSession& session, ChecklistModel& model, QWidget* parent = nullptr);

    // An item row, a section row (shows the section's summary) or nothing.
    void showItem(const QModelIndex& index);
    // Shows the stored state again after a change, keeping text the user is still typing.
    void refresh();
    // Saves a typed comment, number or text that is not saved yet; false when it was refused.
    bool commitText();

    // Enter in the list: the comment box, or the value box of a number or text item.
    void focusEditor();
    void focusComment();
    // Starts typing a number into a number item's value box.
    bool startNumber(const QString& typed);
    bool hasValueBox() const;

    QWidget* firstTabStop() const;
    QWidget* lastTabStop() const;
    ItemPhotos* photos() const { return m_photos; }
    QPlainTextEdit* commentBox() const { return m_comment; }

signals:
    // A choice button was clicked (empty: the choice was taken back).
    void answerChosen(const QString& answer);
    // A typed value was confirmed with Enter: save done, move on.
    void valueEntered();
    // Escape or Ctrl+Enter in a box: back to the list.
    void returnToList();
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildChoices(const QStringList& values, const QStringList& labels, const QStringList& keys,
                          std::vector<QAbstractButton*>& buttons);
    const TemplateItemInfo* currentItem() const;
    void showAnswer();
    void showSection();
    bool saveComment(bool mergeable);
    bool saveValue();

    WorkspaceSession* m_session;
    ChecklistModel* m_model;
    QPersistentModelIndex m_index;
    QString m_itemKey;
    bool m_loading = false;
    bool m_commentDirty = false;
    bool m_valueDirty = false;
    QTimer m_commentIdle;
    QTimer m_textIdle;

    QLabel* m_sectionLabel;
    QLabel* m_statement;
    QLabel* m_guidanceTitle;
    QLabel* m_guidance;
    QLabel* m_previous;
    QWidget* m_answerBox;
    QLabel* m_answerTitle;
    QStackedWidget* m_answerStack;
    std::vector<QAbstractButton*> m_ynpButtons;
    std::vector<QAbstractButton*> m_scaleButtons;
    QLineEdit* m_number;
    QLabel* m_unit;
    QPlainTextEdit* m_text;
    QLabel* m_commentTitle;
    QPlainTextEdit* m_comment;
    QLabel* m_photosTitle;
    ItemPhotos* m_photos;
    QLabel* m_sectionSummary;
};

}  // namespace score
