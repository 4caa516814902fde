#include "widgets/FormColumns.h"

#include "widgets/RecordForm.h"

#include <QBoxLayout>
#include <QLayout>
#include <QResizeEvent>
#include <QStyle>

#include <algorithm>

namespace score {

namespace {
// Enough for most enterprise names, buyers and e-mail addresses to show whole.
constexpr int kMinFieldCharacters = 24;
}  // namespace

FormColumns::FormColumns(RecordForm* left, RecordForm* right, QWidget* parent)
    : QWidget(parent), m_left(left), m_right(right), m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_left, 1);
    m_layout->addWidget(m_right, 1);
}

bool FormColumns::sideBySide() const { return m_layout->direction() == QBoxLayout::LeftToRight; }

int FormColumns::widthForSideBySide() const
{
    const int field = fontMetrics().averageCharWidth() * kMinFieldCharacters;
    // Between label and field in each form, and between the forms.
    const int spacing = 3 * style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    return m_left->labelWidth() + m_right->labelWidth() + 2 * field + spacing;
}

QSize FormColumns::minimumSizeHint() const
{
    // Side by side, the layout's minimum is both forms' widths; reporting it kept a pane that
    // was laid out while hidden (no visit chosen yet) that wide, so the forms never stacked and
    // the window could not be narrower than both (1,100 pixels in Indonesian).
    const QSize laidOut = QWidget::minimumSizeHint();
    int labels = 0;
    for (const RecordForm* form : m_aligned)
        labels = std::max(labels, form->labelWidth());
    int fields = 0;
    for (const RecordForm* form : {m_left, m_right}) {
        const int indent = form->layout() ? form->layout()->contentsMargins().left() : 0;
        labels = std::max(labels, form->labelWidth());
        fields = std::max(fields, form->minimumSizeHint().width() - indent - form->labelWidth());
    }
    return {std::min(laidOut.width(), labels + fields), laidOut.height()};
}

void FormColumns::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const auto direction = event->size().width() >= widthForSideBySide() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction == m_layout->direction())
        return;
    m_layout->setDirection(direction);
    alignLabels();
}

void FormColumns::alignLabelsWith(RecordForm* form)
{
    m_aligned << form;
    alignLabels();
}

void FormColumns::alignLabels()
{
    // One above the other, the fields of both forms (and of those aligned) start at the same
    // place; side by side, each form keeps its own label column.
    QList<RecordForm*> forms = m_aligned;
    forms << m_left << m_right;
    int labels = 0;
    if (!sideBySide()) {
        for (const RecordForm* form : forms)
            labels = std::max(labels, form->labelWidth());
    }
    for (RecordForm* form : forms)
        form->setLabelColumnWidth(labels);
}

}  // namespace score
