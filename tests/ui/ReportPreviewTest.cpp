// The report preview zooms as a PDF viewer does: Ctrl++, Ctrl+−, Ctrl+0 and Ctrl+wheel, fit
// width by default, and the zoom kept when the report is generated again.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "session/WorkspaceSession.h"
#include "views/reports/ReportPreview.h"
#include "views/reports/ReportsView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using namespace score;
using namespace score::test;

namespace {
struct PreviewFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    PreviewFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("preview.scoredesk")));
        DemoOptions demo;
        demo.enterprises = 2;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(*t, demo).ok());
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
        REQUIRE_FALSE(session->currentVisit().isEmpty());
    }
};

// The width of the first page as the preview shows it now.
int pageWidth(ReportPreview* preview) { return preview->pageImage(0).width(); }

void ctrlWheel(ReportPreview* preview, int delta)
{
    QWidget* viewport = preview->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 3.0);
    QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(viewport, &wheel);
}
}  // namespace

TEST_CASE("The report preview zooms with Ctrl++, Ctrl+-, Ctrl+0 and Ctrl+wheel, fits the width by default and keeps its zoom")
{
    PreviewFixture f;
    ReportsView view(*f.session);
    view.resize(1100, 760);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.choose(ReportKind::Visit, f.session->currentVisit());
    REQUIRE(view.generate());
    ReportPreview* preview = view.preview();
    preview->setFocus();
    QComboBox* level = nullptr;
    for (QComboBox* box : view.findChildren<QComboBox*>())
        if (box->accessibleName() == u"Zoom")
            level = box;
    REQUIRE(level);

    // Fit width is the default: the page takes the viewport's width, less a small margin, and
    // the level says so with the percentage that gives.
    const int fit = pageWidth(preview);
    CHECK(fit <= preview->viewport()->width());
    CHECK(fit >= preview->viewport()->width() - 30);
    CHECK(preview->fitsWidth());
    const double fitZoom = preview->zoom();
    CHECK(level->currentText().startsWith(QStringLiteral("Fit width (")));
    CHECK(level->currentText().contains(QStringLiteral("%1 %").arg(std::lround(fitZoom * 100))));

    // Ctrl++ (also Ctrl+= , the same key without Shift) zooms in, Ctrl+- zooms out, step by step.
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    const int in1 = pageWidth(preview);
    CHECK(in1 > fit);
    CHECK_FALSE(preview->fitsWidth());
    const double zoom1 = preview->zoom();
    CHECK(zoom1 > fitZoom);
    CHECK(level->currentText() == QStringLiteral("%1 %").arg(std::lround(zoom1 * 100)));
    QTest::keyClick(preview, Qt::Key_Equal, Qt::ControlModifier);
    const int in2 = pageWidth(preview);
    CHECK(in2 > in1);
    CHECK(preview->zoom() > zoom1);
    QTest::keyClick(preview, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(pageWidth(preview) == in1);
    QTest::keyClick(preview, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(preview, Qt::Key_Minus, Qt::ControlModifier);
    const int out = pageWidth(preview);
    CHECK(out < fit);
    // Zoomed in, the page is wider than the view and scrolls sideways.
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(pageWidth(preview) > preview->viewport()->width());
    CHECK(preview->horizontalScrollBar()->maximum() > 0);

    // Ctrl+0 goes back to fit width.
    QTest::keyClick(preview, Qt::Key_0, Qt::ControlModifier);
    CHECK(pageWidth(preview) == fit);
    CHECK(preview->horizontalScrollBar()->maximum() == 0);

    // Ctrl+wheel zooms (away from the reader zooms in, as in every viewer); the wheel alone scrolls.
    ctrlWheel(preview, 120);
    const int wheeled = pageWidth(preview);
    CHECK(wheeled > fit);
    ctrlWheel(preview, -120);
    ctrlWheel(preview, -120);
    CHECK(pageWidth(preview) < fit);

    // A chosen zoom stays when the window is resized and when the report is made again.
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(preview, Qt::Key_Plus, Qt::ControlModifier);
    const int chosen = pageWidth(preview);
    view.resize(1000, 760);
    QApplication::processEvents();
    CHECK(pageWidth(preview) == chosen);
    REQUIRE(view.generate());
    CHECK(pageWidth(preview) == chosen);
    view.choose(ReportKind::Enterprise, f.session->currentEnterprise());  // another A4 portrait report
    REQUIRE(view.generate());
    CHECK(pageWidth(preview) == chosen);

    // The level is chosen from the keyboard too (Alt+Z goes to it), and every zoom control is
    // reached with Tab.
    QTest::keyClick(&view, Qt::Key_Z, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == level);
    QTest::keyClick(level, Qt::Key_Home);
    CHECK(preview->fitsWidth());
    QTest::keyClick(level, Qt::Key_Down);
    CHECK(preview->zoom() == Approx(ReportPreview::zoomSteps().front()));
    const auto buttons = level->parentWidget()->findChildren<QToolButton*>();
    CHECK(buttons.size() == 3);
    for (const QToolButton* button : buttons)
        CHECK((button->focusPolicy() & Qt::TabFocus) == Qt::TabFocus);
    // In the order shown: zoom out, the level, zoom in, fit width, then the Refresh button.
    QStringList chain;
    const auto zoomOut = std::find_if(buttons.begin(), buttons.end(),
                                      [&](QToolButton* b) { return b->defaultAction() == preview->zoomOutAction(); });
    REQUIRE(zoomOut != buttons.end());
    for (QWidget* w = *zoomOut; chain.size() < 5; w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            chain << (qobject_cast<QToolButton*>(w)   ? qobject_cast<QToolButton*>(w)->defaultAction()->iconText()
                      : w->accessibleName().isEmpty() ? w->property("text").toString()
                                                      : w->accessibleName());
    CHECK(chain
          == QStringList{QStringLiteral("Zoom out"), QStringLiteral("Zoom"), QStringLiteral("Zoom in"), QStringLiteral("Fit width"),
                         QStringLiteral("&Refresh")});

    // The keys answer wherever the focus is in the window, not only in the preview.
    QTest::keyClick(level, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(preview->zoom() == Approx(ReportPreview::zoomSteps()[1]));

    // Fit width follows the window's width.
    QTest::keyClick(preview, Qt::Key_0, Qt::ControlModifier);
    const int narrowFit = pageWidth(preview);
    CHECK(narrowFit < fit);
    CHECK(narrowFit >= preview->viewport()->width() - 30);
    view.resize(1100, 760);
    QApplication::processEvents();
    CHECK(pageWidth(preview) == fit);
}
