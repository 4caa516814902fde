#pragma once
// Two forms side by side when each can give its fields a useful width, one above the other when
// not. Side by side at any width, the profile's Vietnamese labels ("Cấp trong chuỗi cung ứng")
// left the enterprise's name and buyers 140 pixels of field: "Hoàng Gia Timber Co., L".

#include <QList>
#include <QWidget>

class QBoxLayout;

namespace score {

class RecordForm;

class FormColumns final : public QWidget {
    Q_OBJECT
public:
    FormColumns(RecordForm* left, RecordForm* right, QWidget* parent = nullptr);

    // Another form (above or below these) whose fields line up with theirs when they stack.
    void alignLabelsWith(RecordForm* form);

    bool sideBySide() const;
    // The narrowest width at which both forms' fields get kMinFieldCharacters.
    int widthForSideBySide() const;
    // As narrow as the forms one above the other, where they go when the width is short.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void alignLabels();

    RecordForm* m_left;
    RecordForm* m_right;
    QBoxLayout* m_layout;
    QList<RecordForm*> m_aligned;
};

}  // namespace score
