#pragma once
// Two forms side by side when each can give its fields a useful width, one above the other when
// not. Side by side at any width, the profile's Vietnamese labels ("Cấp trong chuỗi cung ứng")
// left the enterprise's name and buyers 140 pixels of field: "Hoàng Gia Timber Co., L".

#include <QWidget>

class QBoxLayout;

namespace score {

class RecordForm;

class FormColumns final : public QWidget {
    Q_OBJECT
public:
    FormColumns(RecordForm* left, RecordForm* right, QWidget* parent = nullptr);

    bool sideBySide() const;
    // The narrowest width at which both forms' fields get kMinFieldCharacters.
    int widthForSideBySide() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    RecordForm* m_left;
    RecordForm* m_right;
    QBoxLayout* m_layout;
};

}  // namespace score
