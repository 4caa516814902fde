#include "views/sync/SyncWidgets.h"

#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

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

QLabel* makeNote(const QString& text, QWidget* parent)
{
    QLabel* label = makeText(text, parent);
    QPalette p = label->palette();
    QColor quiet = p.color(QPalette::WindowText);
    quiet.setAlphaF(0.68f);
    p.setColor(QPalette::WindowText, quiet);
    label->setPalette(p);
    return label;
}

QLabel* makeEmptyNote(const QString& text, QWidget* parent)
{
    QLabel* label = makeNote(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(16);
    return label;
}

}  // namespace score::syncui
