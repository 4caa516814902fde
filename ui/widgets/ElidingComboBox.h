#pragma once
// A drop-down that ends a choice too long for its width with "…" and shows the whole choice as
// its tooltip. QComboBox cuts the text at the frame: in Vietnamese the visit's module read
// "5. An toàn và sức khỏe tại nơi làm v", which looks like a typing error, not a short box.

#include <QComboBox>

namespace score {

class ElidingComboBox final : public QComboBox {
    Q_OBJECT
public:
    using QComboBox::QComboBox;

    // The current choice as painted: whole when it fits, else its start and "…".
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    int textRoom() const;
};

}  // namespace score
