#pragma once
// A page or a form taller than a small laptop's screen, scrolled up and down instead of making
// the window taller than the screen (the Sync view's Exchange page made it 770 pixels high).
// Never sideways: the area is as narrow as its content can be, with room kept for the scroll
// bar, so that nothing is cut at the right when the bar appears.

#include <QScrollArea>

namespace score {

class VerticalScrollArea final : public QScrollArea {
    Q_OBJECT
public:
    explicit VerticalScrollArea(QWidget* content, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitContent();
    int chromeWidth() const;
    int contentMinimumWidth() const;
};

}  // namespace score
