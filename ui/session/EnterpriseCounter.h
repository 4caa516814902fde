#pragma once
// Counts every enterprise's visits and actions (DomainQueries::enterpriseCounts) on a worker
// thread, on a read-only connection of its own: WAL lets it read while the GUI thread writes,
// and the enterprise list shows at once, whatever the size of the workspace's history.
//
// A request made while a count runs is answered by one more count when it ends; a count is
// reported only if no request came after it, so what is reported is never older than the
// latest request.

#include "storage/DomainRows.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace score {

class EnterpriseCounter final : public QObject {
    Q_OBJECT
public:
    explicit EnterpriseCounter(QString workspacePath, QObject* parent = nullptr);
    ~EnterpriseCounter() override;  // waits for a running count: it must not outlive its reader

    // Counts as of `today`; `generation` comes back with the counts, so the caller can tell
    // which state of its data they describe.
    void request(const QDate& today, quint64 generation);
    // Blocks until the latest request is answered (tests and screenshots need the counts now).
    void waitUntilDone();

    struct Outcome {
        QHash<QString, EnterpriseCounts> counts;
        QString error;  // empty on success
    };

signals:
    void counted(const QHash<QString, score::EnterpriseCounts>& counts, const QDate& day, quint64 generation);

private:
    void start();
    void finished();

    QString m_path;
    QDate m_day;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
};

}  // namespace score
