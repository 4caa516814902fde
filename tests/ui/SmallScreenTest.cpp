// The small laptop: counsellors carry 1366×768 and 1024×600 screens. score-desk pictures a
// view at the size of such a screen.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "session/WorkspaceSession.h"

#include <QImage>
#include <QProcess>

using namespace score;
using namespace score::test;

namespace {

// A workspace as `scorectl init` leaves it, or filled as `scorectl demo` fills it.
struct Desk {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;
    QString name;

    explicit Desk(bool demo) : name(demo ? QStringLiteral("demo") : QStringLiteral("empty"))
    {
        TestWorkspace t = makeWorkspace(dir.path(name + QStringLiteral(".scoredesk")));
        if (demo) {
            DemoOptions options;
            options.anchor = QDate(2026, 11, 27);
            REQUIRE(generateDemo(*t, options).ok());
        }
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
    }
    ~Desk() { session.reset(); }
    WorkspaceSession& s() { return *session; }
};

QString text(QSize size) { return QStringLiteral("%1×%2").arg(size.width()).arg(size.height()); }

}  // namespace

TEST_CASE("score-desk pictures a view at the size asked for, and says when the window cannot be that small")
{
    Desk desk(false);
    const QString path = desk.session->path();
    desk.session.reset();
    auto shoot = [&](const QString& size, const QString& png) {
        QProcess app;
        app.start(QStringLiteral(SCORE_DESK_PATH), {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("enterprises"),
                                                     QStringLiteral("--screenshot"), png, QStringLiteral("--screenshot-size"), size});
        REQUIRE(app.waitForFinished(60000));
        return std::make_pair(app.exitCode(), QString::fromUtf8(app.readAllStandardError()));
    };
    for (const QSize size : {QSize(1024, 600), QSize(1366, 768)}) {
        const QString png = desk.dir.path(QStringLiteral("shot-%1.png").arg(size.width()));
        const auto [code, errors] = shoot(text(size).replace(QChar(0xD7), QLatin1Char('x')), png);
        INFO(errors);
        REQUIRE(code == 0);
        REQUIRE(QImage(png).size() == size);
    }
    const QString tiny = desk.dir.path(QStringLiteral("tiny.png"));
    const auto [code, errors] = shoot(QStringLiteral("120x90"), tiny);
    REQUIRE(code == 0);
    REQUIRE(errors.contains(QStringLiteral("The window cannot be made 120×90")));
    REQUIRE(QImage(tiny).width() > 120);
    REQUIRE(shoot(QStringLiteral("wide"), tiny).first == 2);
}
