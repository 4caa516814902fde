#pragma once
// A one-line text with a length limit, such as a finding's or an action's title. What is typed
// or pasted is kept whole; a text over the limit is marked on the field and named in a sentence
// ("Finding is 93 characters over the limit of 200") for the form or dialog to show, and to
// refuse saving until it is shortened. (QLineEdit's maxLength cut a pasted paragraph at the
// limit without a word, and the cut title was saved.)

#include <QLineEdit>

namespace score {

class LimitedLineEdit final : public QLineEdit {
    Q_OBJECT

public:
    explicit LimitedLineEdit(QWidget* parent = nullptr);

    // In characters, as stored (leading and trailing spaces are not); 0: no limit.
    void setLimit(int characters);
    int limit() const { return m_limit; }
    bool isAcceptable() const { return problem().isEmpty(); }
    // Why the text cannot be saved as it is; empty when it can.
    QString problem() const;

signals:
    // The text went over the limit, changed how far over it is, or came back within it (empty).
    void problemChanged(const QString& problem);

private:
    void update();

    int m_limit = 0;
    QString m_shownProblem;
};

}  // namespace score
