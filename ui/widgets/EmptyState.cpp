#include "widgets/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace score {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_text(new QLabel(text, this)), m_buttons(new QVBoxLayout)
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel* label : {m_title, m_text}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignHCenter);
    }
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(m_buttons);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

void EmptyState::setTitle(const QString& title) { m_title->setText(title); }

void EmptyState::setText(const QString& text) { m_text->setText(text); }

QPushButton* EmptyState::addButton(const QString& text, std::function<void()> action)
{
    auto* button = new QPushButton(text, this);
    if (m_buttons->count() == 0)
        button->setDefault(true);
    connect(button, &QPushButton::clicked, this, [action = std::move(action)] { action(); });
    m_buttons->addWidget(button);
    return button;
}

}  // namespace score
