#include "session/EnterpriseCounter.h"

#include "storage/Database.h"
#include "storage/DomainQueries.h"

#include <QtConcurrent/QtConcurrentRun>

namespace score {

namespace {
EnterpriseCounter::Outcome countOnOwnConnection(const QString& path, const QDate& day)
{
    auto db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db)
        return {{}, db.message()};
    auto counts = DomainQueries::enterpriseCounts(*db, day);
    if (!counts)
        return {{}, counts.message()};
    return {std::move(*counts), {}};
}
}  // namespace

EnterpriseCounter::EnterpriseCounter(QString workspacePath, QObject* parent) : QObject(parent), m_path(std::move(workspacePath))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &EnterpriseCounter::finished);
}

EnterpriseCounter::~EnterpriseCounter()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void EnterpriseCounter::request(const QDate& today, quint64 generation)
{
    m_day = today;
    m_generation = generation;
    if (m_running)
        m_again = true;
    else
        start();
}

void EnterpriseCounter::start()
{
    m_running = true;
    m_again = false;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, countOnOwnConnection, m_path, m_day));
}

void EnterpriseCounter::finished()
{
    // Also called directly by waitUntilDone(); the watcher's own signal then finds nothing to do.
    if (!m_running || !m_watcher.isFinished())
        return;
    m_running = false;
    if (m_again) {
        start();
        return;
    }
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        // The list keeps its last counts; the next change asks again.
        qWarning("The enterprise counts could not be read: %s", qPrintable(outcome.error));
        return;
    }
    emit counted(outcome.counts, m_day, m_generation);
}

void EnterpriseCounter::waitUntilDone()
{
    while (m_running) {
        m_watcher.waitForFinished();
        finished();
    }
}

}  // namespace score
