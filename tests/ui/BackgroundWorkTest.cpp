// Long work runs off the GUI thread with feedback a person sees at once: the progress dialog
// after 400 ms, a busy cursor, and the buttons that started it disabled, so that a
// passphrase-protected export (Argon2id, about a second) neither freezes the window nor can be
// started twice.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "session/WorkspaceSession.h"
#include "sync/BundleReader.h"
#include "tasks/BackgroundTask.h"
#include "views/sync/ExchangePage.h"
#include "views/sync/SyncPrompter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace score;
using namespace score::test;

namespace {
// Answers only the export's question (where to write), counting how often it was asked.
class ExportPrompter final : public SyncPrompter {
public:
    QString exportPath;
    int exportQuestions = 0;
    QStringList errors;

    QString chooseBundleToImport(QWidget*, const QString&) override { return {}; }
    QString chooseExportFile(QWidget*, const QString&) override
    {
        ++exportQuestions;
        return exportPath;
    }
    std::optional<QString> askPassphrase(QWidget*, const QString&, const QString&) override { return std::nullopt; }
    bool confirmChangedKey(QWidget*, const KeyChange&) override { return false; }
    bool confirmMassDelete(QWidget*, const MassDelete&) override { return false; }
    bool reviewImport(QWidget*, const ImportPreview&) override { return false; }
    bool confirmRestore(QWidget*, const BackupInfo&) override { return false; }
    void showError(QWidget*, const QString& message) override { errors << message; }
};

QPushButton* buttonNamed(QWidget* parent, const QString& accessibleName)
{
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->accessibleName() == accessibleName)
            return b;
    FAIL("no button " << accessibleName.toStdString());
    return nullptr;
}

bool busyCursorShown()
{
    const QCursor* cursor = QApplication::overrideCursor();
    return cursor && (cursor->shape() == Qt::BusyCursor || cursor->shape() == Qt::WaitCursor);
}
}  // namespace

TEST_CASE("Background work shows its progress dialog after 400 ms and a busy cursor at once, while the event loop turns")
{
    QWidget window;
    window.resize(400, 300);
    window.show();
    QElapsedTimer clock;
    std::atomic<qint64> shownAt{-1};
    bool busyAtStart = false;
    int ticks = 0;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (++ticks == 1)
            busyAtStart = busyCursorShown();
        auto* dialog = window.findChild<QProgressDialog*>();
        if (shownAt < 0 && dialog && dialog->isVisible())
            shownAt = clock.elapsed();
    });
    poll.start();
    clock.start();
    // The work waits (up to 3 s) until the dialog shows; Qt's own default would be 4 s.
    const auto waitForTheDialog = [&](const ProgressCallback&) -> Status {
        while (shownAt < 0 && clock.elapsed() < 3000)
            QThread::msleep(10);
        return {};
    };
    const Status done = runInBackground(&window, QStringLiteral("Test"), QStringLiteral("Working…"), waitForTheDialog);
    poll.stop();
    CHECK(done.ok());
    CHECK(busyAtStart);
    INFO("progress dialog shown after " << shownAt.load() << " ms");
    CHECK(shownAt >= 300);
    CHECK(shownAt < 1500);
    CHECK(ticks > 10);
    CHECK_FALSE(busyCursorShown());  // and gone afterwards
}

TEST_CASE("A passphrase export keeps the window turning, shows it is busy, cannot start twice, and writes a bundle the passphrase opens")
{
    TempDir dir;
    TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("export.scoredesk")));
    DemoOptions demo;
    demo.enterprises = 2;
    demo.anchor = QDate(2026, 6, 14);
    REQUIRE(generateDemo(*t, demo).ok());
    std::unique_ptr<ManualClock> clock = std::move(t.clock);
    WorkspaceSession session(std::move(t.ws));
    session.selectDefaults();
    ExportPrompter prompter;
    prompter.exportPath = dir.path(QStringLiteral("protected.scorebundle"));

    ExchangePage page(session, prompter);
    page.resize(1000, 700);
    page.show();
    page.setActive(true);
    // The real key derivation (no SCORE_TEST_LIGHT_KDF): the export lasts as long as a user's.
    REQUIRE_FALSE(qEnvironmentVariableIsSet("SCORE_TEST_LIGHT_KDF"));
    page.setPassphrase(QStringLiteral("mango tree"));
    QPushButton* exportButton = buttonNamed(&page, QStringLiteral("Export bundle"));
    QPushButton* importButton = buttonNamed(&page, QStringLiteral("Import bundle"));
    REQUIRE(exportButton->isEnabled());

    // Timers fire only while the GUI thread's event loop turns, i.e. during the export: one
    // looks at the page every 20 ms, the other presses Export once more, as an impatient user would.
    int ticks = 0;
    bool buttonsDisabled = true;
    bool busy = true;
    QTimer watcher;
    watcher.setInterval(20);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        ++ticks;
        buttonsDisabled = buttonsDisabled && !exportButton->isEnabled() && !importButton->isEnabled();
        busy = busy && busyCursorShown();
    });
    QTimer impatient;
    impatient.setSingleShot(true);
    impatient.setInterval(50);
    QObject::connect(&impatient, &QTimer::timeout, exportButton, &QPushButton::click);
    QElapsedTimer elapsed;
    watcher.start();
    impatient.start();
    elapsed.start();
    page.exportBundle();
    watcher.stop();
    const qint64 ms = elapsed.elapsed();
    INFO("export took " << ms << " ms, the timer fired " << ticks << " times");

    REQUIRE(prompter.errors.isEmpty());
    CHECK(ms > 100);
    CHECK(ticks >= ms / 20 / 4);  // the loop kept turning (a quarter of the ticks allows a loaded machine)
    CHECK(buttonsDisabled);
    CHECK(busy);
    CHECK(prompter.exportQuestions == 1);  // the second press started nothing
    CHECK_FALSE(busyCursorShown());
    CHECK(exportButton->isEnabled());
    CHECK(importButton->isEnabled());

    // The same outcome as before: the bundle written, protected, readable with the passphrase only.
    REQUIRE(page.lastExport().has_value());
    CHECK(page.lastExport()->encrypted);
    CHECK(QFileInfo::exists(prompter.exportPath));
    auto reader = BundleReader::open(prompter.exportPath, QStringLiteral("mango tree"));
    REQUIRE(reader.ok());
    CHECK((*reader)->manifest().source.deviceId == session.workspace().device().deviceId);
    CHECK_FALSE(BundleReader::open(prompter.exportPath, QStringLiteral("apple tree")).ok());
}
