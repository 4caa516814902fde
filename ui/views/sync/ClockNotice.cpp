#include "views/sync/ClockNotice.h"

#include "session/WorkspaceSession.h"
#include "storage/ClockRepair.h"
#include "views/sync/SyncWidgets.h"
#include "widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace score {

namespace {
QString dateText(qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat); }
}  // namespace

ClockNotice::ClockNotice(WorkspaceSession& session, QWidget* parent)
    : QFrame(parent), m_session(&session), m_text(syncui::makeText(QString(), this)),
      m_restamp(new QPushButton(appIcon("warning"), tr("&Re-stamp my changes"), this))
{
    setObjectName(QStringLiteral("ClockNotice"));
    setStyleSheet(QStringLiteral("QFrame#ClockNotice { background: #fbeee0; border: 1px solid #e3b98a; border-radius: 4px; } "
                                 "QFrame#ClockNotice QLabel { color: #5a3200; }"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setAccessibleName(tr("This device's clock"));
    m_restamp->setAccessibleName(tr("Re-stamp my changes"));
    m_restamp->setToolTip(tr("Gives the changes made here with the wrong date the present time, in their order; nothing is lost."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restamp, 0, Qt::AlignVCenter);
    connect(m_restamp, &QPushButton::clicked, this, &ClockNotice::restamp);
    hide();
}

void ClockNotice::refresh()
{
    const std::optional<qint64> ahead = ownStampsAheadOfClock(m_session->workspace());
    setVisible(ahead.has_value());
    if (!ahead)
        return;
    m_text->setText(tr("<b>Changes made here are dated up to %1, after today's date (%2).</b> This computer's clock was "
                       "ahead, so other devices hold its bundles back. Check that the date is right now, then re-stamp "
                       "the changes and send a new bundle; throw away the bundles made before.")
                        .arg(dateText(*ahead), dateText(m_session->workspace().clock().nowMs())));
}

void ClockNotice::restamp()
{
    auto summary = m_session->restampOwnChanges();
    refresh();
    if (!summary) {
        emit finished(tr("The changes were not re-stamped: %1").arg(summary.message().toHtmlEscaped()), true);
        return;
    }
    emit finished(
        tr("%n record(s) re-stamped with today's date. Export a new bundle to share them.", nullptr, static_cast<int>(summary->records)),
        false);
}

}  // namespace score
