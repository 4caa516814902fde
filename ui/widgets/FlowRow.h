#pragma once
// A row of controls above a view (filters, buttons) that goes on in a second line when the
// width runs out, instead of making the window wider than a small laptop's screen: the plan's
// filters and buttons needed 1,050 pixels in Vietnamese. Each item keeps its preferred width;
// what a line has to spare goes to the items that expand (a search field, a stretch). Add
// groups (a widget holding a label and its drop-down) to keep them on one line together.

#include <QLayout>
#include <QList>

namespace score {

class FlowRow final : public QLayout {
    Q_OBJECT
public:
    explicit FlowRow(QWidget* parent = nullptr);
    ~FlowRow() override;

    // A widget that only takes the room a line has to spare (pushes what follows to the right).
    void addStretch();

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;
    // The number of lines at the last layout (for tests).
    int lineCount() const { return m_lines; }

private:
    int arrange(const QRect& rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem*> m_items;
    mutable int m_lines = 0;
};

}  // namespace score
