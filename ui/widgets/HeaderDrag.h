#pragma once
// Tells a column width the user chooses (a drag on a section's edge, a double click on it) from
// one the header sets by itself, as it does when its model resets before the first layout.
// Helpers that size columns keep the user's widths only: taking the header's own for the user's
// left the visit log's modules at the width of their header ("Safet…").

#include <QObject>

class QHeaderView;
class QWidget;

namespace score {

class HeaderDrag final : public QObject {
    Q_OBJECT
public:
    HeaderDrag(QHeaderView* header, QObject* parent);

    // A mouse button is down on the header: a section resized now is resized by the user.
    bool active() const { return m_mouseDown; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Compared only, never called: it still gets events while the header is being destroyed.
    QWidget* m_viewport;
    bool m_mouseDown = false;
};

}  // namespace score
