#include "widgets/LimitedLineEdit.h"

#include "widgets/FieldProblem.h"

namespace score {

LimitedLineEdit::LimitedLineEdit(QWidget* parent) : QLineEdit(parent)
{
    connect(this, &QLineEdit::textChanged, this, &LimitedLineEdit::update);
}

void LimitedLineEdit::setLimit(int characters)
{
    m_limit = characters;
    update();
}

QString LimitedLineEdit::problem() const
{
    const qsizetype length = text().trimmed().size();
    if (m_limit <= 0 || length <= m_limit)
        return {};
    const int over = static_cast<int>(length - m_limit);
    const QString name = accessibleName();
    return name.isEmpty() ? tr("The text is %n character(s) over the limit of %1: shorten it to save it.", nullptr, over).arg(m_limit)
                          : tr("%1 is %n character(s) over the limit of %2: shorten it to save it.", nullptr, over).arg(name).arg(m_limit);
}

void LimitedLineEdit::update()
{
    // Counted as it is typed, so the sentence says at once how much to take out.
    const QString now = problem();
    if (now == m_shownProblem)
        return;
    m_shownProblem = now;
    showFieldProblem(this, now);
    emit problemChanged(now);
}

}  // namespace score
