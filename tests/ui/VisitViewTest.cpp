// The visit view: its models checked by QAbstractItemModelTester, a visit recorded entirely
// through the view (visit with its checklist, finding, photo, caption, action) and each step
// undone, deletion with undo, the dialogs' defaults, and what the view shows first.

#include "support/TestSupport.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoImages.h"
#include "edit/Edits.h"
#include "models/AttachmentListModel.h"
#include "models/FindingListModel.h"
#include "models/VisitActionModel.h"
#include "models/VisitListModel.h"
#include "session/WorkspaceSession.h"
#include "storage/ContentQueries.h"
#include "views/visit/ActionDialog.h"
#include "views/visit/FindingDialog.h"
#include "views/visit/NewVisitDialog.h"
#include "views/visit/VisitView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>

using namespace score;
using namespace score::test;

namespace {

struct VisitFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    VisitFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("visit.scoredesk")));
        DemoOptions demo;
        demo.enterprises = 3;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(*t, demo).ok());
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
        REQUIRE_FALSE(session->currentEnterprise().isEmpty());
    }

    QString photoFile(const QString& name, quint64 seed)
    {
        const QString path = dir.path(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(generateEvidencePhoto(seed, 640, 480)) > 0);
        return path;
    }

    QString moduleId(const QString& code)
    {
        auto modules = loadModules(session->workspace());
        REQUIRE(modules.ok());
        for (const ModuleInfo& m : *modules)
            if (m.code == code)
                return m.id;
        FAIL("no module " << code.toStdString());
        return {};
    }

    bool alive(const char* entity, const QString& id)
    {
        auto e = session->workspace().store().exists(*EntitySchema::instance().entity(QLatin1String(entity)), id, true);
        REQUIRE(e.ok());
        return *e;
    }

    FieldValue field(const char* entity, const QString& id, const char* name)
    {
        auto state = session->workspace().store().load(*EntitySchema::instance().entity(QLatin1String(entity)), id);
        REQUIRE(state.ok());
        REQUIRE(state->has_value());
        return (*state)->value(QLatin1String(name));
    }

    // A visit of the current enterprise that has findings with photos.
    QString visitWithPhotos()
    {
        auto visits = session->queries().visits(session->currentEnterprise());
        REQUIRE(visits.ok());
        for (const VisitRow& v : *visits) {
            auto findings = session->queries().findings(v.id);
            for (const FindingRow& f : *findings)
                if (!session->queries().attachments(QStringLiteral("finding"), f.id)->empty())
                    return v.id;
        }
        return {};
    }
};

}  // namespace

TEST_CASE("Visit log, findings, photos and visit actions pass QAbstractItemModelTester")
{
    VisitFixture f;
    WorkspaceSession& s = *f.session;
    VisitListModel visits(s);
    FindingListModel findings(s);
    AttachmentListModel photos(s);
    VisitActionModel actions(s);
    QAbstractItemModelTester t1(&visits, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&findings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(&photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(&actions, QAbstractItemModelTester::FailureReportingMode::Fatal);

    auto rows = s.queries().visits(s.currentEnterprise());
    REQUIRE(rows.ok());
    REQUIRE(visits.rowCount() == static_cast<int>(rows->size()));
    REQUIRE(visits.rowCount() >= 3);
    // Newest first.
    for (int i = 1; i < visits.rowCount(); ++i)
        REQUIRE(visits.visits()[static_cast<size_t>(i - 1)].date >= visits.visits()[static_cast<size_t>(i)].date);
    REQUIRE(visits.data(visits.index(0, VisitListModel::Type)).toString().size() > 3);

    const QString visit = f.visitWithPhotos();
    REQUIRE_FALSE(visit.isEmpty());
    s.setCurrentVisit(visit);
    REQUIRE(findings.rowCount() >= 1);
    REQUIRE(photos.rowCount() >= 1);
    REQUIRE(actions.rowCount() == static_cast<int>(s.queries().visitActions(visit)->size()));

    // Thumbnails are decoded from the stored content, at the thumbnail size.
    const QPixmap thumbnail = photos.data(photos.index(0), Qt::DecorationRole).value<QPixmap>();
    REQUIRE_FALSE(thumbnail.isNull());
    REQUIRE(thumbnail.deviceIndependentSize().toSize() == AttachmentListModel::thumbnailSize());
    REQUIRE(photos.data(photos.index(0), AttachmentListModel::IsPictureRole).toBool());
    REQUIRE(photos.data(photos.index(0), AttachmentListModel::OwnerKindRole).toString() == QStringLiteral("finding"));

    // The caption is edited in place, undoably; the row stays (no reset).
    const QString photo = photos.data(photos.index(0), AttachmentListModel::IdRole).toString();
    const FieldValue before = f.field("attachment", photo, "caption");
    int resets = 0;
    QObject::connect(&photos, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    REQUIRE(photos.setData(photos.index(0), QStringLiteral("Oil on the floor by press 3"), Qt::EditRole));
    REQUIRE(resets == 0);
    REQUIRE(photos.data(photos.index(0), Qt::DisplayRole).toString() == QStringLiteral("Oil on the floor by press 3"));
    s.undoStack()->undo();
    REQUIRE(f.field("attachment", photo, "caption") == before);

    // Following the session: another enterprise, another log; no enterprise, nothing.
    auto enterprises = s.queries().enterprises();
    s.setCurrentEnterprise(enterprises->back().id);
    REQUIRE(visits.rowCount() == static_cast<int>(s.queries().visits(enterprises->back().id)->size()));
    REQUIRE(s.currentVisit() == s.queries().visits(enterprises->back().id)->front().id);
    s.setCurrentEnterprise(QString());
    REQUIRE(visits.rowCount() == 0);
    REQUIRE(findings.rowCount() == 0);
    REQUIRE(photos.rowCount() == 0);
    REQUIRE(actions.rowCount() == 0);
}

TEST_CASE("A visit is recorded through the view with a finding, a photo and an action, and each step undoes")
{
    VisitFixture f;
    WorkspaceSession& s = *f.session;
    VisitView view(s);
    auto before = s.queries().visits(s.currentEnterprise());
    const QString latest = before->front().id;

    // The visit, with its checklist started: one undo step.
    NewVisit nv;
    nv.enterpriseId = s.currentEnterprise();
    nv.type = QStringLiteral("follow_up");
    nv.date = QDate(2026, 6, 15);
    nv.moduleId = f.moduleId(QStringLiteral("WC"));
    nv.counsellorId = s.queries().enterprise(s.currentEnterprise())->counsellorId;
    nv.startAssessment = true;
    const int steps = s.undoStack()->count();
    auto created = view.createVisit(nv);
    INFO((created ? QString() : created.message()).toStdString());
    REQUIRE(created.ok());
    REQUIRE(s.undoStack()->count() == steps + 1);
    const QString visit = created->visitId;
    REQUIRE(view.shownVisit() == visit);
    REQUIRE(s.currentVisit() == visit);
    REQUIRE(view.visitModel()->visits().front().id == visit);
    REQUIRE_FALSE(created->assessmentId.isEmpty());
    REQUIRE(s.currentAssessment() == created->assessmentId);
    auto assessment = s.queries().assessment(created->assessmentId);
    REQUIRE(assessment->kind == QStringLiteral("progress"));
    REQUIRE(assessment->visitId == visit);
    REQUIRE(assessment->moduleCode == QStringLiteral("WC"));
    REQUIRE(view.findingModel()->rowCount() == 0);
    REQUIRE(view.photoModel()->rowCount() == 0);

    // A finding, selected once added.
    NewFinding nf;
    nf.title = QStringLiteral("Fire exit blocked by cartons");
    nf.description = QStringLiteral("The rear exit of the cutting room was blocked by finished goods.");
    nf.severity = QStringLiteral("high");
    nf.area = QStringLiteral("Cutting room");
    auto finding = view.addFinding(nf);
    REQUIRE(finding.ok());
    REQUIRE(view.findingModel()->rowCount() == 1);
    REQUIRE(view.selectedFinding() == *finding);
    REQUIRE(f.field("finding", *finding, "module_id") == FieldValue(nv.moduleId));
    REQUIRE(f.field("finding", *finding, "severity") == FieldValue(QStringLiteral("high")));

    // A photo goes to the selected finding; then one to the visit itself.
    auto photo = view.addPhotos({f.photoFile(QStringLiteral("exit.png"), 11)});
    INFO((photo ? QString() : photo.message()).toStdString());
    REQUIRE(photo.ok());
    REQUIRE(photo->size() == 1);
    REQUIRE(view.photoModel()->rowCount() == 1);
    REQUIRE(f.field("attachment", photo->front(), "owner_kind") == FieldValue(QStringLiteral("finding")));
    REQUIRE(f.field("attachment", photo->front(), "owner_id") == FieldValue(*finding));
    REQUIRE(view.findingModel()->data(view.findingModel()->index(0, FindingListModel::Photos)).toInt() == 1);
    REQUIRE_FALSE(view.photoModel()->data(view.photoModel()->index(0), Qt::DecorationRole).value<QPixmap>().isNull());
    REQUIRE(view.setPhotoCaption(photo->front(), QStringLiteral("Rear exit, 10:40")).ok());
    REQUIRE(view.photoModel()->data(view.photoModel()->index(0)).toString() == QStringLiteral("Rear exit, 10:40"));

    view.selectFinding(QString());
    auto visitPhotos = view.addPhotos({f.photoFile(QStringLiteral("a.png"), 12), f.photoFile(QStringLiteral("b.png"), 13)});
    REQUIRE(visitPhotos.ok());
    REQUIRE(view.photoModel()->rowCount() == 3);
    REQUIRE(f.field("attachment", visitPhotos->front(), "owner_kind") == FieldValue(QStringLiteral("visit")));

    // An action agreed, answering the finding.
    NewAction na;
    na.title = QStringLiteral("Keep the rear exit clear; mark the floor");
    na.findingId = *finding;
    na.ownerId = s.queries().people(s.currentEnterprise())->front().id;
    na.due = QDate(2026, 7, 15);
    na.priority = QStringLiteral("high");
    auto action = view.addAgreedAction(na);
    REQUIRE(action.ok());
    REQUIRE(view.actionModel()->rowCount() == 1);
    auto row = s.queries().action(*action);
    REQUIRE(row->status == QStringLiteral("proposed"));
    REQUIRE(row->approval == QStringLiteral("pending"));
    REQUIRE(row->visitId == visit);
    REQUIRE(row->moduleId == nv.moduleId);
    REQUIRE(row->findingId == *finding);
    REQUIRE(row->enterpriseId == s.currentEnterprise());
    REQUIRE(row->dueDate == QDate(2026, 7, 15));

    // Undo, step by step.
    s.undoStack()->undo();  // the action
    REQUIRE_FALSE(f.alive("improvement_action", *action));
    REQUIRE(view.actionModel()->rowCount() == 0);
    s.undoStack()->undo();  // the two visit photos, one step
    REQUIRE(view.photoModel()->rowCount() == 1);
    s.undoStack()->undo();  // the caption
    REQUIRE(f.field("attachment", photo->front(), "caption") == FieldValue());
    s.undoStack()->undo();  // the finding's photo
    REQUIRE_FALSE(f.alive("attachment", photo->front()));
    REQUIRE(view.photoModel()->rowCount() == 0);
    s.undoStack()->undo();  // the finding
    REQUIRE_FALSE(f.alive("finding", *finding));
    REQUIRE(view.findingModel()->rowCount() == 0);
    s.undoStack()->undo();  // the visit and its assessment
    REQUIRE_FALSE(f.alive("visit", visit));
    REQUIRE_FALSE(f.alive("assessment", created->assessmentId));
    // The view falls back on the latest visit there is.
    REQUIRE(view.shownVisit() == latest);
    REQUIRE(s.currentVisit() == latest);

    // And redo brings all of it back.
    while (s.undoStack()->canRedo())
        s.undoStack()->redo();
    REQUIRE(f.alive("visit", visit));
    REQUIRE(f.alive("finding", *finding));
    REQUIRE(f.alive("improvement_action", *action));
    REQUIRE(f.field("attachment", photo->front(), "caption") == FieldValue(QStringLiteral("Rear exit, 10:40")));
}

TEST_CASE("Removing a visit, a finding, a photo or an action is undoable")
{
    VisitFixture f;
    WorkspaceSession& s = *f.session;
    VisitView view(s);
    const QString visit = f.visitWithPhotos();
    REQUIRE_FALSE(visit.isEmpty());
    s.setCurrentVisit(visit);
    REQUIRE(view.shownVisit() == visit);

    const QString photo = view.photoModel()->attachments().front().id;
    const int photos = view.photoModel()->rowCount();
    REQUIRE(view.removePhoto(photo).ok());
    REQUIRE(view.photoModel()->rowCount() == photos - 1);
    s.undoStack()->undo();
    REQUIRE(view.photoModel()->rowCount() == photos);

    const QString finding = view.findingModel()->findings().front().id;
    const int findings = view.findingModel()->rowCount();
    REQUIRE(view.removeFinding(finding).ok());
    REQUIRE(view.findingModel()->rowCount() == findings - 1);
    s.undoStack()->undo();
    REQUIRE(view.findingModel()->rowCount() == findings);
    REQUIRE(view.photoModel()->rowCount() == photos);

    if (view.actionModel()->rowCount() > 0) {
        const QString action = view.actionModel()->actions().front().id;
        REQUIRE(view.removeAgreedAction(action).ok());
        REQUIRE_FALSE(f.alive("improvement_action", action));
        s.undoStack()->undo();
        REQUIRE(f.alive("improvement_action", action));
    }

    // Deleting the visit takes its findings and photos; the view moves to its neighbour.
    const int visits = view.visitModel()->rowCount();
    REQUIRE(view.deleteVisit(visit).ok());
    REQUIRE_FALSE(f.alive("visit", visit));
    REQUIRE_FALSE(f.alive("finding", finding));
    REQUIRE_FALSE(f.alive("attachment", photo));
    REQUIRE(view.visitModel()->rowCount() == visits - 1);
    REQUIRE_FALSE(view.shownVisit().isEmpty());
    REQUIRE(view.shownVisit() != visit);
    REQUIRE(view.shownVisit() == s.currentVisit());
    s.undoStack()->undo();
    REQUIRE(f.alive("visit", visit));
    REQUIRE(f.alive("finding", finding));
    REQUIRE(f.alive("attachment", photo));
    REQUIRE(view.visitModel()->rowCount() == visits);
}

TEST_CASE("The visit dialogs start from sensible defaults and create what they show")
{
    VisitFixture f;
    WorkspaceSession& s = *f.session;
    const QString enterprise = s.currentEnterprise();
    const QString counsellor = s.queries().enterprise(enterprise)->counsellorId;
    REQUIRE_FALSE(counsellor.isEmpty());

    NewVisitDialog dialog(s, enterprise);
    NewVisit shown = dialog.visit();
    REQUIRE(shown.date == s.workspace().clock().today());
    REQUIRE(shown.counsellorId == counsellor);
    REQUIRE(shown.enterpriseId == enterprise);
    REQUIRE(shown.type == QStringLiteral("follow_up"));  // the enterprise has visits already
    REQUIRE_FALSE(shown.moduleId.isEmpty());
    REQUIRE(shown.startAssessment);
    // A classroom session has no checklist to offer.
    shown.type = QStringLiteral("classroom");
    dialog.setVisit(shown);
    REQUIRE_FALSE(dialog.visit().startAssessment);
    // A baseline visit starts a baseline assessment.
    shown.type = QStringLiteral("baseline");
    shown.startAssessment = true;
    dialog.setVisit(shown);
    REQUIRE(dialog.visit().startAssessment);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(s.queries().assessment(dialog.created().assessmentId)->kind == QStringLiteral("baseline"));
    REQUIRE(s.queries().visit(dialog.created().visitId)->counsellorId == counsellor);

    const QString visit = dialog.created().visitId;
    FindingDialog findingDialog(s, visit, QString());
    findingDialog.accept();  // no title: refused, nothing created
    REQUIRE(findingDialog.createdId().isEmpty());
    findingDialog.setFinding({QStringLiteral("No daily team meeting"), {}, QStringLiteral("low"), QStringLiteral("Sewing line 2")});
    findingDialog.accept();
    REQUIRE_FALSE(findingDialog.createdId().isEmpty());
    REQUIRE(s.queries().findings(visit)->front().area == QStringLiteral("Sewing line 2"));

    ActionDialog actionDialog(s, visit, findingDialog.createdId());
    REQUIRE(actionDialog.action().findingId == findingDialog.createdId());
    REQUIRE(actionDialog.action().due == s.workspace().clock().today().addDays(30));
    NewAction a = actionDialog.action();
    a.title = QStringLiteral("Ten-minute meeting at 7:50 every day");
    actionDialog.setAction(a);
    actionDialog.accept();
    REQUIRE_FALSE(actionDialog.createdId().isEmpty());
    REQUIRE(s.queries().visitActions(visit)->size() == 1);
}

TEST_CASE("The visit form saves as it is typed and the total of participants follows")
{
    VisitFixture f;
    WorkspaceSession& s = *f.session;
    VisitView view(s);
    const QString visit = view.shownVisit();
    REQUIRE_FALSE(visit.isEmpty());
    QLineEdit* women = nullptr;
    QLineEdit* men = nullptr;
    for (auto* line : view.findChildren<QLineEdit*>()) {
        if (line->accessibleName() == QStringLiteral("Women"))
            women = line;
        if (line->accessibleName() == QStringLiteral("Men"))
            men = line;
    }
    REQUIRE(women);
    REQUIRE(men);
    QLabel* totals = nullptr;
    for (auto* label : view.findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Participants in total"))
            totals = label;
    REQUIRE(totals);

    // One field after the other, as a person types (a form reloads the fields not being edited).
    women->setText(QStringLiteral("6"));
    emit women->editingFinished();
    men->setText(QStringLiteral("4"));
    // Live, before the second number is saved.
    REQUIRE(totals->text().contains(QStringLiteral("10 in total")));
    REQUIRE(totals->text().contains(QStringLiteral("60 %")));
    emit men->editingFinished();
    REQUIRE(f.field("visit", visit, "participants_women") == FieldValue(qint64(6)));
    REQUIRE(f.field("visit", visit, "participants_men") == FieldValue(qint64(4)));
    REQUIRE(view.visitModel()->data(view.visitModel()->index(view.visitModel()->rowOf(visit), VisitListModel::Participants)).toString()
            == QStringLiteral("6 / 4"));
}

TEST_CASE("The visit view shows the current visit, and the latest one for a screenshot")
{
    VisitFixture f;
    WorkspaceSession& s = *f.session;
    VisitView view(s);
    REQUIRE(view.shownVisit() == s.currentVisit());
    const QString latest = s.queries().visits(s.currentEnterprise())->front().id;
    s.selectDefaults();
    view.prepareForScreenshot();
    REQUIRE(view.shownVisit() == latest);
    REQUIRE(s.currentVisit() == latest);

    // An enterprise without visits shows an invitation to record the first.
    const QString empty = test::addEnterprise(s.workspace(), QStringLiteral("AAA New Enterprise"));
    s.setCurrentEnterprise(empty);
    REQUIRE(view.shownVisit().isEmpty());
    REQUIRE(view.visitModel()->rowCount() == 0);
}

TEST_CASE("score-desk renders the visit view to a PNG")
{
    VisitFixture f;
    const QString path = f.session->path();
    f.session.reset();
    const QString png = f.dir.path(QStringLiteral("visit.png"));
    QProcess app;
    app.start(QStringLiteral(SCORE_DESK_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("visit"), QStringLiteral("--screenshot"), png});
    REQUIRE(app.waitForFinished(60000));
    INFO(QString::fromUtf8(app.readAllStandardError()).toStdString());
    REQUIRE(app.exitCode() == 0);
    const QImage image(png);
    REQUIRE(image.width() == 1280);
    REQUIRE(image.height() == 800);
}
