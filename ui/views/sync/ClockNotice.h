#pragma once
// The way back for a device whose clock was ahead, in the Exchange page: while this device's
// own changes are dated more than a day after today (README, "What sync guarantees"), every
// other device holds its bundles back. The notice says so, and one button re-stamps them once
// the computer's date is right; it stays hidden otherwise.

#include <QFrame>

class QLabel;
class QPushButton;

namespace score {

class WorkspaceSession;

class ClockNotice final : public QFrame {
    Q_OBJECT

public:
    explicit ClockNotice(WorkspaceSession& session, QWidget* parent = nullptr);

    // Shows or hides the notice after a look at this device's newest stamp.
    void refresh();

signals:
    // What the re-stamp did, or why it was refused, as one sentence of rich text.
    void finished(const QString& html, bool problem);

private:
    void restamp();

    WorkspaceSession* m_session;
    QLabel* m_text;
    QPushButton* m_restamp;
};

}  // namespace score
