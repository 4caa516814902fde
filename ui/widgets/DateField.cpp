#include "widgets/DateField.h"

#include "widgets/FieldProblem.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QVBoxLayout>

namespace score {

namespace {
// Closes the calendar with Escape, as a drop-down does.
class CalendarPopup final : public QFrame {
public:
    explicit CalendarPopup(QWidget* parent) : QFrame(parent, Qt::Popup)
    {
        setFrameShape(QFrame::StyledPanel);
        setAttribute(Qt::WA_WindowPropagation);
    }

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (event->key() == Qt::Key_Escape) {
            hide();
            return;
        }
        QFrame::keyPressEvent(event);
    }
};

QString monthAndYear(int year, int month) { return QLocale().toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy")); }
}  // namespace

DateField::DateField(QWidget* parent, Precision precision) : QLineEdit(parent), m_precision(precision)
{
    // The form shown is the form typed: ISO, the same in every language, as the app stores it.
    setPlaceholderText(precision == Precision::Day ? tr("YYYY-MM-DD", "the form of a date to type; keep the digits' order")
                                                   : tr("YYYY-MM", "the form of a month to type; keep the digits' order"));
    QAction* calendar = addAction(appIcon("calendar"), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose in a calendar (Alt+↓)"));
    connect(calendar, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::onEdited);
    // Connected before anyone else can connect: those who save on editingFinished read the
    // date already normalised ("2026-2-5" → "2026-02-05") and the refusal already shown.
    connect(this, &QLineEdit::editingFinished, this, &DateField::onFinished);
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
    if (!m_shownProblem.isEmpty())
        showProblem(problem());
}

void DateField::setDateRange(const QDate& earliest, const QDate& latest)
{
    m_earliest = earliest;
    m_latest = latest;
    if (!m_shownProblem.isEmpty())
        showProblem(problem());
}

QString DateField::format(const QDate& date) const
{
    if (!date.isValid())
        return {};
    return date.toString(m_precision == Precision::Day ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM"));
}

void DateField::setDate(const QDate& date)
{
    const QDate shown = date.isValid() && m_precision == Precision::Month ? QDate(date.year(), date.month(), 1) : date;
    m_reported = shown;
    setText(format(shown));
    setCursorPosition(0);
    showProblem(QString());
}

QDate DateField::parse(const QString& text, QString* problem) const
{
    const auto refuse = [problem](const QString& sentence) {
        if (problem)
            *problem = sentence;
        return QDate();
    };
    const QString typed = text.trimmed();
    const bool day = m_precision == Precision::Day;
    if (typed.isEmpty())
        return m_optional ? QDate() : refuse(day ? tr("Type a date, as year-month-day.") : tr("Type a month, as year-month."));
    // Year-month-day with any of - / . between, or the eight digits alone.
    static const QRegularExpression dayPattern(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$|^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression monthPattern(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})$|^(\\d{4})(\\d{2})$"));
    const QRegularExpressionMatch m = (day ? dayPattern : monthPattern).match(typed);
    if (!m.hasMatch())
        return refuse(day ? tr("“%1” is not a date: type it as year-month-day, for example 2026-11-01.").arg(typed)
                          : tr("“%1” is not a month: type it as year-month, for example 2026-11.").arg(typed));
    const int parts = day ? 3 : 2;
    const int first = m.capturedLength(1) > 0 ? 1 : parts + 1;
    const int year = m.captured(first).toInt();
    const int month = m.captured(first + 1).toInt();
    const int dayOfMonth = day ? m.captured(first + 2).toInt() : 1;
    if (year < 1)
        return refuse(tr("%1 is not a date: there is no year 0.").arg(typed));
    if (month < 1 || month > 12)
        return refuse(tr("%1 is not a date: there is no month %2; months go from 1 to 12.").arg(typed).arg(month));
    const int length = QDate(year, month, 1).daysInMonth();
    if (dayOfMonth < 1 || dayOfMonth > length)
        return refuse(tr("%1 is not a date: %2 has %3 days.").arg(typed, monthAndYear(year, month)).arg(length));
    const QDate date(year, month, dayOfMonth);
    if (m_earliest.isValid() && date < (day ? m_earliest : QDate(m_earliest.year(), m_earliest.month(), 1)))
        return refuse(day ? tr("%1 is too early: type a date from %2 on.").arg(typed, format(m_earliest))
                          : tr("%1 is too early: type a month from %2 on.").arg(typed, format(m_earliest)));
    if (m_latest.isValid() && date > m_latest)
        return refuse(day ? tr("%1 is too late: type a date up to %2.").arg(typed, format(m_latest))
                          : tr("%1 is too late: type a month up to %2.").arg(typed, format(m_latest)));
    if (problem)
        problem->clear();
    return date;
}

QDate DateField::date() const { return parse(text(), nullptr); }

QString DateField::problem() const
{
    QString sentence;
    parse(text(), &sentence);
    return sentence;
}

void DateField::onEdited() { update(false); }

void DateField::onFinished() { update(true); }

void DateField::update(bool finished)
{
    QString sentence;
    const QDate date = parse(text(), &sentence);
    // While typing, only a whole date counts: "2026-02-2" on the way to "2026-02-28" is a date
    // too, but announcing it would load February the 2nd's data for a moment, and "2026-0" is
    // no refusal yet. Leaving the field (or Return) settles what is there.
    static const QRegularExpression whole(QStringLiteral("^\\s*(\\d{4}[-/.]\\d{2}[-/.]\\d{2}|\\d{8})\\s*$"));
    static const QRegularExpression wholeMonth(QStringLiteral("^\\s*(\\d{4}[-/.]\\d{2}|\\d{6})\\s*$"));
    const bool complete = finished || text().trimmed().isEmpty()
                          || (m_precision == Precision::Day ? whole : wholeMonth).match(text()).hasMatch();
    if (!sentence.isEmpty()) {
        showProblem(complete ? sentence : QString());
        return;
    }
    showProblem(QString());
    if (!complete)
        return;
    if (finished && text() != format(date))
        setText(format(date));
    if (date != m_reported) {
        m_reported = date;
        emit dateChanged(date);
    }
}

void DateField::showProblem(const QString& problem)
{
    if (problem == m_shownProblem)
        return;
    m_shownProblem = problem;
    showFieldProblem(this, problem);
    emit problemChanged(problem);
}

namespace {
bool opensCalendar(const QKeyEvent* event)
{
    return (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier)
           || (event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier);
}
}  // namespace

bool DateField::event(QEvent* event)
{
    // The field's calendar keys win over the window's (the plan shows its details with F4), as
    // a drop-down's do.
    if (event->type() == QEvent::ShortcutOverride && opensCalendar(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (opensCalendar(event)) {
        showCalendar();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && event->modifiers() == Qt::NoModifier) {
        step(event->key() == Qt::Key_Up ? 1 : -1);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::step(int by)
{
    const QDate current = date();
    if (!current.isValid())
        return;
    // The part under the cursor, as QDateEdit steps its sections: year, month, day.
    const int at = cursorPosition();
    QDate next = at <= 4 ? current.addYears(by)
                         : (m_precision == Precision::Month || at <= 7 ? current.addMonths(by) : current.addDays(by));
    if ((m_earliest.isValid() && next < m_earliest) || (m_latest.isValid() && next > m_latest))
        return;
    setText(format(next));
    setCursorPosition(at);
    update(false);
}

void DateField::showCalendar()
{
    if (!m_popup) {
        m_popup = new CalendarPopup(this);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
    }
    m_calendar->setDateRange(m_earliest.isValid() ? m_earliest : QDate(1752, 9, 14), m_latest.isValid() ? m_latest : QDate(9999, 12, 31));
    const QDate shown = date().isValid() ? date() : (m_reported.isValid() ? m_reported : QDate::currentDate());
    m_calendar->setSelectedDate(shown);
    m_popup->adjustSize();
    // Below the field, or above it when the screen ends first.
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* s = screen()) {
        const QRect room = s->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(const QDate& date)
{
    if (m_popup)
        m_popup->hide();
    setFocus(Qt::PopupFocusReason);
    setText(format(m_precision == Precision::Month ? QDate(date.year(), date.month(), 1) : date));
    emit editingFinished();  // a date chosen is a date entered, as Return after typing it
}

}  // namespace score
