// The sync view: its models (QAbstractItemModelTester), the import flow with scripted answers
// (preview then cancel changes nothing; preview then import applies; passphrases, mass deletes
// and changed keys are asked about), conflicts re-applied, the recycle bin and backups.

#include "support/SyncSupport.h"
#include "support/WidgetDriving.h"

#include "crypto/Crypto.h"
#include "demo/DemoGenerator.h"
#include "edit/Edits.h"
#include "models/BackupModel.h"
#include "models/ConflictModel.h"
#include "models/DeviceModel.h"
#include "models/ReceivedBundleModel.h"
#include "models/RecycleBinModel.h"
#include "storage/Backups.h"
#include "storage/ClockRepair.h"
#include "storage/ConflictStore.h"
#include "storage/RecordEditor.h"
#include "storage/RecycleBin.h"
#include "storage/SyncState.h"
#include "views/sync/BackupsPage.h"
#include "views/sync/ConflictsPage.h"
#include "views/sync/DevicesPage.h"
#include "views/sync/ExchangePage.h"
#include "views/sync/ImportChangesModel.h"
#include "views/sync/ImportPreviewDialog.h"
#include "views/sync/RecycleBinPage.h"
#include "views/sync/SyncPrompter.h"
#include "views/sync/SyncTasks.h"
#include "views/sync/SyncView.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

using namespace score;
using namespace score::test;

namespace {

// Answers the view's questions from a script and remembers what it was asked.
class ScriptedPrompter final : public SyncPrompter {
public:
    QString bundleToImport;
    QString exportPath;
    QStringList passphrases;  // given in order; then the question is cancelled
    bool import = true;
    bool trustKey = false;
    bool allowMassDelete = false;
    bool restore = true;

    QString suggestedExport;
    QStringList passphraseProblems;
    std::vector<ImportPreview> previews;
    std::vector<KeyChange> keyChanges;
    std::vector<MassDelete> massDeletes;
    QStringList errors;
    int restoreQuestions = 0;

    QString chooseBundleToImport(QWidget*, const QString&) override { return bundleToImport; }
    QString chooseExportFile(QWidget*, const QString& suggested) override
    {
        suggestedExport = suggested;
        return exportPath;
    }
    std::optional<QString> askPassphrase(QWidget*, const QString&, const QString& problem) override
    {
        passphraseProblems << problem;
        if (passphrases.isEmpty())
            return std::nullopt;
        return passphrases.takeFirst();
    }
    bool confirmChangedKey(QWidget*, const KeyChange& change) override
    {
        keyChanges.push_back(change);
        return trustKey;
    }
    bool confirmMassDelete(QWidget*, const MassDelete& deletion) override
    {
        massDeletes.push_back(deletion);
        return allowMassDelete;
    }
    bool reviewImport(QWidget*, const ImportPreview& preview) override
    {
        previews.push_back(preview);
        return import;
    }
    bool confirmRestore(QWidget*, const BackupInfo&) override
    {
        ++restoreQuestions;
        return restore;
    }
    void showError(QWidget*, const QString& message) override { errors << message; }
};

// One device with a GUI session and its sync view, answering through a scripted prompter.
struct Desk {
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<SyncView> view;
    ScriptedPrompter* prompter = nullptr;

    Desk(const TempDir& dir, const QString& name, quint64 seed)
    {
        TestWorkspace t = makeWorkspace(dir.path(name + QStringLiteral(".scoredesk")), name, seed);
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        view = std::make_unique<SyncView>(*session);
        auto scripted = std::make_unique<ScriptedPrompter>();
        prompter = scripted.get();
        view->setPrompter(std::move(scripted));
        view->resize(1100, 700);
        view->show();
    }
    ~Desk()
    {
        view.reset();
        session.reset();
    }
    Workspace& ws() { return session->workspace(); }
};

// Device a has a small demo (two enterprises); b is a fresh workspace with a GUI.
struct SyncFixture {
    TempDir dir;
    Device a;
    std::unique_ptr<Desk> b;
    QString bundle;

    SyncFixture()
    {
        a = makeDevice(dir, QStringLiteral("a"), 21);
        DemoOptions demo;
        demo.enterprises = 2;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(a.ws(), demo).ok());
        b = std::make_unique<Desk>(dir, QStringLiteral("b"), 22);
        bundle = exportTo(a, dir, QStringLiteral("a-full.scorebundle"));
    }

    // b imports a's bundle through the view, saying yes to the preview.
    void shareAToB(const QString& path)
    {
        b->prompter->import = true;
        const ImportFlow::Result r = b->view->importBundle(path);
        INFO(r.message.toStdString());
        REQUIRE(r.outcome == ImportFlow::Outcome::Imported);
    }
};

QString firstId(Workspace& ws, const char* entity)
{
    auto stmt = ws.db().prepare(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id LIMIT 1").arg(QLatin1String(entity)));
    REQUIRE(stmt->next());
    return stmt->text(0);
}

FieldValue fieldOf(Workspace& ws, const char* entity, const QString& id, const char* field)
{
    auto state = ws.store().load(*EntitySchema::instance().entity(QLatin1String(entity)), id);
    REQUIRE(state->has_value());
    return (*state)->value(QLatin1String(field));
}

bool isAlive(Workspace& ws, const char* entity, const QString& id)
{
    return *ws.store().exists(*EntitySchema::instance().entity(QLatin1String(entity)), id, true);
}

}  // namespace

TEST_CASE("Import preview then cancel changes nothing")
{
    SyncFixture f;
    Desk& b = *f.b;
    const QString before = canonicalDump(b.ws());
    const int steps = b.session->undoStack()->count();
    b.prompter->import = false;

    const ImportFlow::Result r = b.view->importBundle(f.bundle);
    REQUIRE(r.outcome == ImportFlow::Outcome::Cancelled);
    // The preview was shown with what the import would do, from whom.
    REQUIRE(b.prompter->previews.size() == 1);
    const ImportPreview& preview = b.prompter->previews.front();
    REQUIRE(preview.fileName == QStringLiteral("a-full.scorebundle"));
    REQUIRE(preview.summary.dryRun);
    REQUIRE(preview.summary.totals.inserted > 100);
    REQUIRE(preview.summary.entities.value(QStringLiteral("enterprise")).inserted == 2);
    REQUIRE(preview.summary.manifest.source.deviceName == QStringLiteral("a"));
    REQUIRE(preview.summary.manifest.source.publicKey == f.a.ws().device().publicKey);
    REQUIRE_FALSE(preview.senderKnown);
    REQUIRE_FALSE(preview.encrypted);
    REQUIRE(preview.summary.previouslyImportedAt.isEmpty());

    // The dialog shows every line of it: no label is cut short or squeezed to one line.
    {
        ImportPreviewDialog dialog(preview);
        dialog.show();
        QApplication::processEvents();
        if (const QByteArray shots = qgetenv("SCORE_TEST_SHOTS"); !shots.isEmpty())
            dialog.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/import-preview.png"));
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            INFO(label->text().toStdString());
            if (label->wordWrap())
                CHECK(label->height() >= label->heightForWidth(label->width()));
            else
                CHECK(label->width() >= label->sizeHint().width());
        }
    }

    // Nothing changed: records, sync memory, backups, undo history.
    REQUIRE(canonicalDump(b.ws()) == before);
    REQUIRE(SyncState(b.ws()).peers()->empty());
    REQUIRE(SyncState(b.ws()).receivedBundles(10)->empty());
    REQUIRE(Backups(b.ws().path()).list().isEmpty());
    REQUIRE(b.session->undoStack()->count() == steps);
    REQUIRE(b.prompter->errors.isEmpty());
}

TEST_CASE("Import preview then import applies, and the view shows the bundle and its sender")
{
    SyncFixture f;
    Desk& b = *f.b;
    int reloads = 0;
    QObject::connect(b.session.get(), &WorkspaceSession::workspaceReloaded, [&] { ++reloads; });
    f.b->prompter->bundleToImport = f.bundle;
    f.shareAToB(f.bundle);
    REQUIRE(reloads == 1);
    REQUIRE(canonicalDump(b.ws()) == canonicalDump(f.a.ws()));
    REQUIRE(b.prompter->previews.size() == 1);
    REQUIRE(Backups(b.ws().path()).list().size() == 1);  // taken before the import

    ReceivedBundleModel received(*b.session);
    QAbstractItemModelTester t1(&received, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(received.rowCount() == 1);
    REQUIRE(received.index(0, ReceivedBundleModel::From).data().toString().contains(QStringLiteral("a")));
    REQUIRE(received.index(0, ReceivedBundleModel::Changes).data().toString().contains(QStringLiteral("new")));
    REQUIRE(received.index(0, ReceivedBundleModel::File).data().toString() == QStringLiteral("a-full.scorebundle"));

    REQUIRE(b.view->devices()->model()->rowCount() == 1);
    REQUIRE(b.view->devices()->model()->index(0, DeviceModel::Fingerprint).data().toString()
            == crypto::fingerprint(f.a.ws().device().publicKey));

    // The same bundle again: the preview says it was imported before, and nothing changes.
    const QString after = canonicalDump(b.ws());
    f.shareAToB(f.bundle);
    REQUIRE(b.prompter->previews.size() == 2);
    REQUIRE_FALSE(b.prompter->previews.back().summary.previouslyImportedAt.isEmpty());
    REQUIRE(b.prompter->previews.back().senderKnown);
    REQUIRE_FALSE(b.prompter->previews.back().summary.changedAnything());
    REQUIRE(canonicalDump(b.ws()) == after);
}

TEST_CASE("A dropped bundle is taken by the sync view, other files are not")
{
    SyncFixture f;
    REQUIRE(f.b->view->openFile(f.bundle));
    REQUIRE_FALSE(f.b->view->openFile(f.dir.path(QStringLiteral("a.scoredesk"))));
    REQUIRE_FALSE(f.b->view->openFile(f.dir.path(QStringLiteral("missing.scorebundle"))));
    // The import starts once the event loop runs (after the window has shown the view).
    f.b->prompter->import = false;
    QCoreApplication::processEvents();
    REQUIRE(f.b->prompter->previews.size() == 1);
}

TEST_CASE("Exporting from the view, protected by a passphrase, and importing it asks for the passphrase again if wrong")
{
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);
    REQUIRE(edit::setField(*b.session, QStringLiteral("enterprise"), firstId(b.ws(), "enterprise"), QStringLiteral("city"),
                           QStringLiteral("Biên Hòa"), QStringLiteral("city"))
                .ok());
    REQUIRE(b.session->unsharedChanges() > 0);

    qputenv("SCORE_TEST_LIGHT_KDF", "1");
    ExchangePage* exchange = b.view->exchange();
    exchange->setTarget(f.a.ws().device().deviceId.toString(QUuid::WithoutBraces));
    exchange->setPassphrase(QStringLiteral("mango tree"));
    b.prompter->exportPath = f.dir.path(QStringLiteral("b-for-a.scorebundle"));
    exchange->exportBundle();
    qunsetenv("SCORE_TEST_LIGHT_KDF");
    REQUIRE(b.prompter->errors.isEmpty());
    REQUIRE(exchange->lastExport().has_value());
    REQUIRE(exchange->lastExport()->encrypted);
    REQUIRE(exchange->lastExport()->mode == BundleMode::Delta);
    REQUIRE(exchange->lastExport()->records >= 1);
    REQUIRE(QFileInfo(b.prompter->suggestedExport).fileName() == QStringLiteral("b-for-a-2026-06-15.scorebundle"));
    REQUIRE(b.session->unsharedChanges() == 0);

    // a imports it through its own view: a wrong passphrase is asked again, with the reason.
    f.a.t.ws.reset();
    WorkspaceOptions options;
    options.clock = f.a.t.clock.get();
    auto reopened = Workspace::open(f.dir.path(QStringLiteral("a.scoredesk")), options);
    REQUIRE(reopened.ok());
    WorkspaceSession aSession(std::move(*reopened));
    SyncView aView(aSession);
    auto scripted = std::make_unique<ScriptedPrompter>();
    ScriptedPrompter* answers = scripted.get();
    aView.setPrompter(std::move(scripted));
    answers->passphrases = {QStringLiteral("apple tree"), QStringLiteral("mango tree")};
    const ImportFlow::Result r = aView.importBundle(b.prompter->exportPath);
    INFO(r.message.toStdString());
    REQUIRE(r.outcome == ImportFlow::Outcome::Imported);
    REQUIRE(answers->passphraseProblems.size() == 2);
    REQUIRE(answers->passphraseProblems[0].isEmpty());
    REQUIRE(answers->passphraseProblems[1].contains(QStringLiteral("passphrase")));
    REQUIRE(answers->previews.size() == 1);
    REQUIRE(answers->previews.front().encrypted);
    REQUIRE(answers->previews.front().summary.totals.updated == 1);
    REQUIRE(canonicalDump(aSession.workspace()) == canonicalDump(b.ws()));
    REQUIRE(SyncState(aSession.workspace()).receivedBundles(1)->front().fileName == QStringLiteral("b-for-a.scorebundle"));

    // Cancelling the passphrase question imports nothing and is not an error.
    answers->passphrases.clear();
    REQUIRE(aView.importBundle(b.prompter->exportPath).outcome == ImportFlow::Outcome::Cancelled);
    REQUIRE(answers->errors.isEmpty());
}

TEST_CASE("A passphrase longer than a text field's usual limit is kept whole, at export and when asked at import")
{
    SyncFixture f;
    // Longer than the 32,767 characters a QLineEdit keeps by default.
    QString passphrase;
    while (passphrase.size() < 40'000)
        passphrase += QStringLiteral("cây xoài sau nhà ");
    passphrase = passphrase.left(40'000);

    qputenv("SCORE_TEST_LIGHT_KDF", "1");
    ExchangePage* exchange = f.b->view->exchange();
    exchange->setPassphrase(passphrase);
    f.b->prompter->exportPath = f.dir.path(QStringLiteral("long.scorebundle"));
    exchange->exportBundle();
    qunsetenv("SCORE_TEST_LIGHT_KDF");
    REQUIRE(f.b->prompter->errors.isEmpty());
    REQUIRE(exchange->lastExport().has_value());
    ImportOptions whole;
    whole.passphrase = passphrase;
    whole.dryRun = true;
    auto opened = importBundle(f.a.ws(), f.b->prompter->exportPath, whole);
    INFO((opened.ok() ? std::string() : opened.message().toStdString()));
    REQUIRE(opened.ok());

    // The question asked at import takes it whole too.
    QWidget parent;
    std::optional<QString> answered;
    whenDialogShows(QStringLiteral("the passphrase"), [&](QWidget* asking) {
        auto* field = asking->findChild<QLineEdit*>();
        REQUIRE(field != nullptr);
        field->setText(passphrase);
        click(buttonSaying(asking, QStringLiteral("Open")));
    });
    answered = DialogPrompter().askPassphrase(&parent, QStringLiteral("long.scorebundle"), QString());
    REQUIRE(dialogsAnswered());
    REQUIRE(answered.has_value());
    REQUIRE(answered->size() == passphrase.size());
}

TEST_CASE("A mass delete and a changed key are asked about explicitly, and no means nothing changes")
{
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);

    // a deletes one of the two enterprises: most of the work.
    const QString enterprise = firstId(f.a.ws(), "enterprise");
    REQUIRE(RecordEditor(f.a.ws()).remove(u"enterprise", enterprise).ok());
    const QString deleting = exportTo(f.a, f.dir, QStringLiteral("a-deletes.scorebundle"));
    const QString before = canonicalDump(b.ws());
    b.prompter->allowMassDelete = false;
    REQUIRE(b.view->importBundle(deleting).outcome == ImportFlow::Outcome::Cancelled);
    REQUIRE(b.prompter->massDeletes.size() == 1);
    const MassDelete asked = b.prompter->massDeletes.front();
    REQUIRE(asked.deleted >= 20);
    REQUIRE(asked.records > asked.deleted);
    REQUIRE(asked.sender == QStringLiteral("a"));
    REQUIRE(massDeleteQuestion(asked).startsWith(QStringLiteral("This bundle would delete %1 of your %2 records")
                                                     .arg(QLocale().toString(asked.deleted), QLocale().toString(asked.records))));
    // Added to the deletes of the bundles from the same device in the last day, it says so.
    const MassDelete added{QStringLiteral("a"), 30, 400, 90, 2};
    REQUIRE(massDeleteQuestion(added).contains(QStringLiteral("together 120 of the 400 records you had before them (30 %)")));
    REQUIRE(b.prompter->previews.size() == 1);  // only the first, earlier import
    REQUIRE(canonicalDump(b.ws()) == before);

    b.prompter->allowMassDelete = true;
    f.shareAToB(deleting);
    REQUIRE(b.prompter->previews.back().allowsMassDelete);
    REQUIRE(b.prompter->previews.back().summary.totals.deleted == asked.deleted);
    REQUIRE_FALSE(isAlive(b.ws(), "enterprise", enterprise));
    REQUIRE(canonicalDump(b.ws()) == canonicalDump(f.a.ws()));

    // A bundle in a's name signed with another key.
    REQUIRE(RecordEditor(f.a.ws())
                .update(u"enterprise", firstId(f.a.ws(), "enterprise"), {{QStringLiteral("city"), QStringLiteral("Vũng Tàu")}})
                .ok());
    const QString genuine = exportTo(f.a, f.dir, QStringLiteral("a-3.scorebundle"));
    const QString forged = f.dir.path(QStringLiteral("forged.scorebundle"));
    forgeBundle(readParts(genuine), forged);
    const QString beforeForged = canonicalDump(b.ws());
    b.prompter->trustKey = false;
    REQUIRE(b.view->importBundle(forged).outcome == ImportFlow::Outcome::Cancelled);
    REQUIRE(b.prompter->keyChanges.size() == 1);
    REQUIRE(b.prompter->keyChanges.front().knownFingerprint == crypto::fingerprint(f.a.ws().device().publicKey));
    REQUIRE(b.prompter->keyChanges.front().newFingerprint != b.prompter->keyChanges.front().knownFingerprint);
    REQUIRE(changedKeyWarning(b.prompter->keyChanges.front()).contains(b.prompter->keyChanges.front().newFingerprint));
    REQUIRE(canonicalDump(b.ws()) == beforeForged);

    b.prompter->trustKey = true;
    f.shareAToB(forged);
    REQUIRE(b.prompter->previews.back().trustsNewKey);
    REQUIRE(canonicalDump(b.ws()) == canonicalDump(f.a.ws()));

    // A refusal that no answer lifts is shown as the core's sentence.
    const QString notABundle = f.dir.path(QStringLiteral("notes.scorebundle"));
    QFile junk(notABundle);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a bundle");
    junk.close();
    const ImportFlow::Result r = b.view->importBundle(notABundle);
    REQUIRE(r.outcome == ImportFlow::Outcome::Failed);
    REQUIRE(b.prompter->errors.size() == 1);
    REQUIRE(b.prompter->errors.front() == r.message);
}

TEST_CASE("A conflict appears in the conflicts model with both values, and applying the other value works and is undone in one step")
{
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);
    const QString action = firstId(f.a.ws(), "improvement_action");

    // Both change the title; b's change is later, so b keeps it and a's is the other value.
    f.a.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(f.a.ws())
                .update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Fix the compressor leak")}})
                .ok());
    b.clock->advanceMs(120'000);
    REQUIRE(edit::setField(*b.session, QStringLiteral("improvement_action"), action, QStringLiteral("title"),
                           QStringLiteral("Repair the air compressor"), QStringLiteral("title"))
                .ok());
    f.shareAToB(exportTo(f.a, f.dir, QStringLiteral("a-2.scorebundle")));
    REQUIRE(b.prompter->previews.back().summary.totals.conflicts == 1);

    b.view->showSection(SyncView::Section::Conflicts);
    ConflictModel* model = b.view->conflicts()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);
    REQUIRE(model->index(0, ConflictModel::Record).data().toString().startsWith(QStringLiteral("Improvement action")));
    REQUIRE(model->index(0, ConflictModel::Field).data().toString() == QStringLiteral("Action"));
    REQUIRE(model->index(0, ConflictModel::KeptValue).data().toString() == QStringLiteral("Repair the air compressor"));
    REQUIRE(model->index(0, ConflictModel::OtherValue).data().toString() == QStringLiteral("Fix the compressor leak"));
    REQUIRE(model->index(0, ConflictModel::KeptBy).data().toString().contains(QStringLiteral("this device")));
    REQUIRE(model->index(0, ConflictModel::OtherBy).data().toString().contains(QStringLiteral("a")));
    REQUIRE_FALSE(model->index(0, ConflictModel::OtherWhen).data().toString().isEmpty());
    REQUIRE(b.session->openConflicts() == 1);

    b.view->conflicts()->select(0);
    b.clock->advanceMs(10'000);
    REQUIRE(b.view->conflicts()->applyOther());
    REQUIRE(fieldOf(b.ws(), "improvement_action", action, "title") == FieldValue(QStringLiteral("Fix the compressor leak")));
    REQUIRE(model->rowCount() == 0);
    REQUIRE(b.session->openConflicts() == 0);
    model->setShowReviewed(true);
    REQUIRE(model->rowCount() == 1);
    REQUIRE(model->index(0, 0).data(ConflictModel::StatusRole).toString() == QStringLiteral("reapplied"));

    // Like every edit, it is undone with Ctrl+Z: the kept value is back and the conflict is open
    // again; redone, the other value wins once more.
    REQUIRE(b.session->undoStack()->canUndo());
    CHECK(b.session->undoStack()->undoText() == QStringLiteral("Apply the other value"));
    b.session->undoStack()->undo();
    CHECK(fieldOf(b.ws(), "improvement_action", action, "title") == FieldValue(QStringLiteral("Repair the air compressor")));
    CHECK(b.session->openConflicts() == 1);
    model->setShowReviewed(false);
    REQUIRE(model->rowCount() == 1);
    b.session->undoStack()->redo();
    CHECK(fieldOf(b.ws(), "improvement_action", action, "title") == FieldValue(QStringLiteral("Fix the compressor leak")));
    CHECK(b.session->openConflicts() == 0);
    CHECK(model->rowCount() == 0);
}

TEST_CASE("The recycle bin lists a deleted action with who deleted it, and restores it with undo")
{
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);
    b.view->showSection(SyncView::Section::RecycleBin);
    RecycleBinModel* model = b.view->recycleBin()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model->rowCount();

    const QString action = firstId(b.ws(), "improvement_action");
    const QString title = std::get<QString>(fieldOf(b.ws(), "improvement_action", action, "title"));
    b.clock->advanceMs(60'000);
    REQUIRE(edit::remove(*b.session, QStringLiteral("improvement_action"), action, QStringLiteral("delete")).ok());
    REQUIRE(model->rowCount() == before + 1);
    REQUIRE(model->index(0, RecycleBinModel::Kind).data().toString() == QStringLiteral("Improvement action"));
    REQUIRE(model->index(0, RecycleBinModel::Record).data().toString() == title);
    REQUIRE(model->index(0, RecycleBinModel::DeletedBy).data().toString() == QStringLiteral("b user"));
    REQUIRE_FALSE(model->index(0, RecycleBinModel::Enterprise).data().toString().isEmpty());
    REQUIRE(model->index(0, 0).data(RecycleBinModel::IdRole).toString() == action);

    b.view->recycleBin()->select(0);
    REQUIRE(b.view->recycleBin()->restoreSelected());
    REQUIRE(isAlive(b.ws(), "improvement_action", action));
    REQUIRE(model->rowCount() == before);
    b.session->undoStack()->undo();
    REQUIRE_FALSE(isAlive(b.ws(), "improvement_action", action));
    REQUIRE(model->rowCount() == before + 1);

    // A visit deleted with its findings is listed once, with the count of what went with it.
    const QString visit = firstId(b.ws(), "visit");
    b.clock->advanceMs(60'000);
    REQUIRE(edit::remove(*b.session, QStringLiteral("visit"), visit, QStringLiteral("delete visit")).ok());
    auto deleted = deletedRecords(b.ws(), 100);
    REQUIRE(deleted.ok());
    REQUIRE(deleted->front().entity == QStringLiteral("visit"));
    REQUIRE(deleted->front().id == visit);
    for (const DeletedRecord& r : *deleted)
        REQUIRE_FALSE(r.entity == QStringLiteral("assessment"));
    REQUIRE(deletedRecords(b.ws(), 1)->size() == 1);

    // A delete that arrived in a bundle names the other device's user.
    const QString theirs = firstId(f.a.ws(), "hazard");
    f.a.t.clock->advanceMs(300'000);
    REQUIRE(RecordEditor(f.a.ws()).remove(u"hazard", theirs).ok());
    f.shareAToB(exportTo(f.a, f.dir, QStringLiteral("a-2.scorebundle")));
    REQUIRE(b.view->currentSection() == SyncView::Section::Exchange);  // where the import's outcome shows
    b.view->showSection(SyncView::Section::RecycleBin);                // the bin catches up when shown again
    const int row = model->rowOf(QStringLiteral("hazard"), theirs);
    REQUIRE(row >= 0);
    REQUIRE(model->index(row, RecycleBinModel::DeletedBy).data().toString() == QStringLiteral("a user (a)"));
}

TEST_CASE("Restoring a backup brings the workspace back, as a new device, with the undo history cleared")
{
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);  // backs up the empty workspace first
    const QString imported = canonicalDump(b.ws());
    REQUIRE(RecordEditor(f.a.ws())
                .update(u"enterprise", firstId(f.a.ws(), "enterprise"), {{QStringLiteral("city"), QStringLiteral("Huế")}})
                .ok());
    f.shareAToB(exportTo(f.a, f.dir, QStringLiteral("a-second.scorebundle")));  // a second backup: the state with a's work
    REQUIRE(edit::setField(*b.session, QStringLiteral("enterprise"), firstId(b.ws(), "enterprise"), QStringLiteral("city"),
                           QStringLiteral("Cần Thơ"), QStringLiteral("city"))
                .ok());
    REQUIRE(canonicalDump(b.ws()) != imported);
    REQUIRE(b.session->undoStack()->count() == 1);
    const QUuid deviceBefore = b.ws().device().deviceId;

    BackupModel* model = b.view->backups()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 2);
    REQUIRE(model->index(0, BackupModel::Reason).data().toString() == QStringLiteral("Before importing a bundle"));

    // Saying no changes nothing.
    b.prompter->restore = false;
    b.view->backups()->select(0);
    REQUIRE_FALSE(b.view->backups()->restoreSelected());
    REQUIRE(b.prompter->restoreQuestions == 1);
    REQUIRE(b.ws().device().deviceId == deviceBefore);

    b.prompter->restore = true;
    int reloads = 0;
    QObject::connect(b.session.get(), &WorkspaceSession::workspaceReloaded, [&] { ++reloads; });
    b.view->backups()->select(0);
    REQUIRE(b.view->backups()->restoreSelected());
    REQUIRE(reloads == 1);
    REQUIRE(canonicalDump(b.ws()) == imported);
    REQUIRE(b.ws().device().deviceId != deviceBefore);
    REQUIRE(b.session->undoStack()->count() == 0);
    REQUIRE(model->rowCount() == 3);
    REQUIRE(model->index(0, BackupModel::Reason).data().toString() == QStringLiteral("Before restoring a backup"));
    REQUIRE(b.prompter->errors.isEmpty());
}

TEST_CASE("Sync models pass QAbstractItemModelTester, and renaming the device shows everywhere")
{
    SyncFixture f;
    Desk& b = *f.b;
    ConflictModel conflicts(*b.session);
    DeviceModel devices(*b.session);
    RecycleBinModel bin(*b.session);
    BackupModel backups(*b.session);
    ReceivedBundleModel received(*b.session);
    ImportChangesModel changes;
    QAbstractItemModelTester t1(&conflicts, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&devices, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&bin, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&backups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(&received, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t6(&changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(devices.rowCount() == 0);
    REQUIRE(backups.rowCount() == 0);
    REQUIRE(received.rowCount() == 0);

    f.shareAToB(f.bundle);
    REQUIRE(devices.rowCount() == 1);
    REQUIRE(devices.index(0, DeviceModel::Device).data().toString() == QStringLiteral("a"));
    REQUIRE(devices.index(0, DeviceModel::User).data().toString() == QStringLiteral("a user"));
    REQUIRE(backups.rowCount() == 1);
    REQUIRE(received.rowCount() == 1);
    changes.setSummary(b.prompter->previews.front().summary);
    REQUIRE(changes.rowCount() > 2);
    REQUIRE(changes.index(changes.rowCount() - 1, ImportChangesModel::Kind).data().toString() == QStringLiteral("Total"));

    // Inactive models catch up when shown again.
    bin.setActive(false);
    REQUIRE(edit::remove(*b.session, QStringLiteral("finding"), firstId(b.ws(), "finding"), QStringLiteral("delete")).ok());
    REQUIRE(bin.rowCount() == 0);
    bin.setActive(true);
    REQUIRE(bin.rowCount() == 1);

    int statusChanges = 0;
    QObject::connect(b.session.get(), &WorkspaceSession::syncStatusChanged, [&] { ++statusChanges; });
    REQUIRE_FALSE(b.view->devices()->rename(QStringLiteral("  "), QStringLiteral("Lan")));
    REQUIRE(b.prompter->errors.size() == 1);
    REQUIRE(b.view->devices()->rename(QStringLiteral("LAN-T480"), QStringLiteral("Lan Nguyen")));
    REQUIRE(b.ws().device().deviceName == QStringLiteral("LAN-T480"));
    REQUIRE(b.session->editor().author() == QStringLiteral("Lan Nguyen"));
    REQUIRE(statusChanges == 1);
}

// Not run by default: renders the sync dialogs to PNG files for a person to look at
// (ui_tests "[.shots]" with SCORE_SHOTS_DIR set).
TEST_CASE("Sync dialogs rendered for review", "[.shots]")
{
    const QString out = qEnvironmentVariable("SCORE_SHOTS_DIR");
    if (out.isEmpty())
        return;
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);
    const QString action = firstId(f.a.ws(), "improvement_action");
    f.a.t.clock->advanceMs(60'000);
    REQUIRE(RecordEditor(f.a.ws())
                .update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("Fix the compressor leak")}})
                .ok());
    REQUIRE(RecordEditor(f.a.ws()).remove(u"enterprise", firstId(f.a.ws(), "enterprise")).ok());
    const QString bundle = exportTo(f.a, f.dir, QStringLiteral("a-2026-06-15.scorebundle"));

    DialogPrompter real;
    auto grabNext = [&](const QString& name) {
        QTimer::singleShot(700, [out, name] {
            QWidget* dialog = QApplication::activeModalWidget();
            REQUIRE(dialog != nullptr);
            dialog->grab().save(QDir(out).filePath(name));
            dialog->close();
        });
    };
    ImportCheck check = checkImport(b.view.get(), *b.session, bundle, {});
    REQUIRE(check.refusal == ImportCheck::Refusal::MassDelete);
    grabNext(QStringLiteral("mass-delete.png"));
    real.confirmMassDelete(b.view.get(), check.massDelete);

    ImportPreview preview;
    preview.fileName = QFileInfo(bundle).fileName();
    preview.fileSize = QFileInfo(bundle).size();
    preview.summary = *check.summary;
    preview.senderKnown = true;
    preview.allowsMassDelete = true;
    grabNext(QStringLiteral("preview.png"));
    real.reviewImport(b.view.get(), preview);

    grabNext(QStringLiteral("changed-key.png"));
    real.confirmChangedKey(b.view.get(), {QStringLiteral("a"), QStringLiteral("a user"), QStringLiteral("3F9A-12B4-9C0D-77E1"),
                                          QStringLiteral("B7C2-0E41-55AA-93D0")});
    grabNext(QStringLiteral("passphrase.png"));
    real.askPassphrase(b.view.get(), preview.fileName, QStringLiteral("The passphrase is wrong, or the bundle is damaged."));
    grabNext(QStringLiteral("restore.png"));
    real.confirmRestore(b.view.get(), Backups(b.ws().path()).list().front());
}

TEST_CASE("A bundle dated far ahead is held back with the device and date named, and the device whose clock was ahead re-stamps "
          "its changes from the exchange page")
{
    SyncFixture f;
    Desk& b = *f.b;
    f.shareAToB(f.bundle);
    const QString action = firstId(f.a.ws(), "improvement_action");

    // a's clock runs 400 days ahead: its bundle is held back by b, which says who and when.
    const qint64 wrong = qint64(400) * 24 * 3600 * 1000;
    f.a.t.clock->advanceMs(wrong);
    REQUIRE(
        RecordEditor(f.a.ws()).update(u"improvement_action", action, {{QStringLiteral("title"), QStringLiteral("From the future")}}).ok());
    const ImportFlow::Result held = b.view->importBundle(exportTo(f.a, f.dir, QStringLiteral("a-ahead.scorebundle")));
    REQUIRE(held.outcome == ImportFlow::Outcome::Failed);
    QWidget* outcome = namedWidget(b.view.get(), QStringLiteral("Result of the last exchange"));
    REQUIRE(outcome->isVisible());
    CHECK(saysSomewhere(outcome, QStringLiteral("The device \"a\" dates its changes")));
    CHECK(saysSomewhere(outcome, QStringLiteral("scorectl restamp")));
    CHECK(fieldOf(b.ws(), "improvement_action", action, "title") != FieldValue(QStringLiteral("From the future")));

    // On b, its own clock was ahead and is right again: the exchange page says so and offers
    // the re-stamp; b's change then travels to a.
    b.clock->advanceMs(wrong);
    REQUIRE(edit::setField(*b.session, QStringLiteral("improvement_action"), action, QStringLiteral("title"),
                           QStringLiteral("Made with the wrong date"), QStringLiteral("title"))
                .ok());
    b.clock->advanceMs(-wrong + 60'000);
    b.view->showSection(SyncView::Section::Exchange);
    b.view->exchange()->refresh();
    settleEvents();
    QWidget* clockNote = namedWidget(b.view.get(), QStringLiteral("This device's clock"));
    REQUIRE(clockNote->isVisible());
    CHECK(saysSomewhere(clockNote->parentWidget(), QStringLiteral("after today's date")));
    QAbstractButton* restamp = buttonSaying(b.view.get(), QStringLiteral("Re-stamp my changes"));
    REQUIRE(restamp->isVisible());
    click(restamp);
    settleEvents();
    CHECK_FALSE(clockNote->parentWidget()->isVisible());
    CHECK(saysSomewhere(outcome, QStringLiteral("re-stamped with today's date")));
    REQUIRE_FALSE(ownStampsAheadOfClock(b.ws()).has_value());

    // b's re-stamped change now travels: a device with the right date takes it.
    Device c = makeDevice(f.dir, QStringLiteral("c"), 23);
    ExportOptions full;
    full.outputPath = f.dir.path(QStringLiteral("b-restamped.scorebundle"));
    REQUIRE(exportBundle(b.ws(), full).ok());
    ImportOptions options;
    options.backup = false;
    auto imported = importBundle(c.ws(), full.outputPath, options);
    INFO((imported ? QString() : imported.message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(fieldOf(c.ws(), "improvement_action", action, "title") == FieldValue(QStringLiteral("Made with the wrong date")));
}
