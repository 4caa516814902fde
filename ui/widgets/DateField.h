#pragma once
// The one editor for a typed date (or month) in forms and dialogs. What is typed is read whole:
// a date typed over the selection is exactly that date, and a date that does not exist
// ("2026-02-30") is kept as typed and named as refused, never turned into another day. One part
// can still be retyped (double-click selects it) or stepped with ↑↓, a calendar drops down (its
// button, Alt+↓ or F4), and an optional date may be left empty.
// (QDateEdit reads typing section by section: "2026-11-01" typed over 2027-01-02 kept the year
// 2027, 30 February became 3 February, and "March 2026" over November left November.)

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;
class QFrame;

namespace score {

class DateField final : public QLineEdit {
    Q_OBJECT

public:
    enum class Precision { Day, Month };  // "2026-11-01", or "2026-11" (its first day)

    explicit DateField(QWidget* parent = nullptr, Precision precision = Precision::Day);

    // An optional date may be left empty (date() is then invalid); a required one may not.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    // Dates outside are refused with a sentence; an invalid bound is no bound.
    void setDateRange(const QDate& earliest, const QDate& latest);
    // Shows `date` (invalid: empty), as stored; emits nothing.
    void setDate(const QDate& date);
    // The date typed; invalid when the field is empty or what it holds is refused.
    QDate date() const;
    // Empty and optional, or a date that exists, within the range.
    bool isAcceptable() const { return problem().isEmpty(); }
    // Why what is typed is refused, in one sentence; empty when it is acceptable.
    QString problem() const;
    // The refusal shown on the field (after it was left, or once a whole date is typed).
    const QString& shownProblem() const { return m_shownProblem; }

    void showCalendar();
    QCalendarWidget* calendar() const { return m_calendar; }

signals:
    // What the field holds became another acceptable date, or empty (invalid date), once typed
    // whole or left; a refused date announces nothing.
    void dateChanged(const QDate& date);
    // The refusal shown on the field changed; empty when what is typed is acceptable again.
    void problemChanged(const QString& problem);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString format(const QDate& date) const;
    // The date the text names, or the sentence that says why it names none.
    QDate parse(const QString& text, QString* problem) const;
    void onEdited();
    void onFinished();
    // Names a refusal, or announces the new date, once what is typed is whole or left.
    void update(bool finished);
    void step(int by);
    void pick(const QDate& date);
    void showProblem(const QString& problem);

    Precision m_precision;
    bool m_optional = false;
    QDate m_earliest;
    QDate m_latest;
    QDate m_reported;  // the last date announced by dateChanged (or set)
    QString m_shownProblem;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
};

}  // namespace score
