#include "views/sync/SyncWidgets.h"

#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace score::syncui {

void addPageHeading(QVBoxLayout* layout, QWidget* parent, const char* icon, const QString& title, const QString& explanation)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    auto* picture = new QLabel(parent);
    picture->setPixmap(appIcon(icon).pixmap(32, 32));
    picture->setAlignment(Qt::AlignTop);
    row->addWidget(picture);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto* heading = new QLabel(title, parent);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setAccessibleName(title);
    texts->addWidget(heading);
    if (!explanation.isEmpty())
        texts->addWidget(makeNote(explanation, parent));
    row->addLayout(texts, 1);
    layout->addLayout(row);
}

QLabel* makeText(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

namespace {
void quieten(QLabel* label)
{
    QPalette p = label->palette();
    QColor quiet = p.color(QPalette::WindowText);
    quiet.setAlphaF(0.68f);
    p.setColor(QPalette::WindowText, quiet);
    label->setPalette(p);
}

class LineNote final : public QLabel {
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        const QMargins m = contentsMargins();
        const int line = fontMetrics().horizontalAdvance(text()) + m.left() + m.right() + 2 * margin() + 1;
        const int width = std::min(line, fontMetrics().averageCharWidth() * 80);
        return {width, heightForWidth(width)};
    }
};
}  // namespace

QLabel* makeNote(const QString& text, QWidget* parent)
{
    QLabel* label = makeText(text, parent);
    quieten(label);
    return label;
}

QLabel* makeLineNote(const QString& text, QWidget* parent)
{
    auto* label = new LineNote(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    quieten(label);
    return label;
}

QLabel* makeEmptyNote(const QString& text, QWidget* parent)
{
    QLabel* label = makeNote(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(16);
    return label;
}

void takeAnyPassphrase(QLineEdit* field) { field->setMaxLength(std::numeric_limits<int>::max()); }

}  // namespace score::syncui
