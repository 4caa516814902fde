// Typing into the improvement plan's filter box on a large workspace, the way PlanView does it:
// every enterprise's actions (the trainer's view), sorted by due date, narrowed by each prefix
// of a word as it is typed. Prints one line per keystroke and a summary line that
// benchmarks/run reads: "keystroke-ms median=… max=… rows=…".
//
//   bench_action_filter WORKSPACE [WORD]

#include "models/ActionFilterModel.h"
#include "models/ActionTableModel.h"
#include "session/WorkspaceSession.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace score;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_action_filter WORKSPACE [WORD]\n");
        return 2;
    }
    const QString word = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("supervisors");

    QElapsedTimer timer;
    timer.start();
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]));
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.message()));
        return 1;
    }
    WorkspaceSession session(std::move(*workspace));
    ActionTableModel actions(session);
    actions.setScope(QString(), true);
    ActionFilterModel filter;
    filter.setSourceModel(&actions);
    filter.sort(ActionTableModel::Due, Qt::AscendingOrder);
    std::printf("loaded %d actions in %lld ms\n", actions.rowCount(), static_cast<long long>(timer.elapsed()));

    std::vector<double> times;
    int rows = 0;
    // Type the word, then delete it again, one key at a time.
    QStringList typed;
    for (qsizetype i = 1; i <= word.size(); ++i)
        typed << word.left(i);
    for (qsizetype i = word.size() - 1; i >= 0; --i)
        typed << word.left(i);
    for (const QString& text : typed) {
        QElapsedTimer key;
        key.start();
        filter.setSearchText(text);
        rows = filter.rowCount();
        // The view asks for the visible rows right away; ask for a screenful too.
        for (int r = 0; r < std::min(rows, 40); ++r)
            (void)filter.data(filter.index(r, ActionTableModel::Title));
        const double ms = static_cast<double>(key.nsecsElapsed()) / 1e6;
        times.push_back(ms);
        std::printf("  \"%s\": %d rows, %.2f ms\n", qPrintable(text), rows, ms);
    }
    std::vector<double> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    std::printf("keystroke-ms median=%.2f max=%.2f rows=%d keys=%zu\n", sorted[sorted.size() / 2], sorted.back(), actions.rowCount(),
                sorted.size());
    return 0;
}
