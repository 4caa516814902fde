// The checklist editor: its model (QAbstractItemModelTester), answering by keyboard on the view
// (answers saved on natural ids, the cursor moving on, section scores following), the previous
// assessment's answers beside each item across template versions, comments, photos, undo, and
// the view's screenshot.

#include "support/TestSupport.h"
#include "support/WidgetDriving.h"

#include "demo/DemoGenerator.h"
#include "domain/EntitySchema.h"
#include "domain/NaturalIds.h"
#include "edit/Edits.h"
#include "metrics/ChecklistScore.h"
#include "models/ChecklistModel.h"
#include "models/ChecklistPhotoModel.h"
#include "session/WorkspaceSession.h"
#include "views/checklist/ChecklistEdits.h"
#include "views/checklist/ChecklistItemPanel.h"
#include "views/checklist/ChecklistView.h"
#include "views/checklist/ItemPhotos.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollArea>
#include <QTest>
#include <QTreeView>

using namespace score;
using namespace score::test;

namespace {

struct ChecklistFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    ChecklistFixture()
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("checklist.scoredesk")));
        DemoOptions demo;
        demo.enterprises = 2;
        demo.anchor = QDate(2026, 6, 14);
        REQUIRE(generateDemo(*t, demo).ok());
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
        REQUIRE_FALSE(session->currentEnterprise().isEmpty());
    }

    // The enterprise's latest assessment that has one before it (a final after a baseline).
    AssessmentRow assessmentWithPrevious()
    {
        auto rows = session->queries().assessments(session->currentEnterprise());
        REQUIRE(rows.ok());
        for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
            auto previous = session->queries().previousAssessment(*it);
            if (previous && previous->has_value())
                return *it;
        }
        FAIL("the demo enterprise has no assessment with a previous one");
        return {};
    }

    // A fresh draft assessment of `module`, after every demo assessment.
    QString newAssessment(const QString& module, const QDate& date = QDate(2026, 6, 15))
    {
        auto templates = loadTemplates(session->workspace());
        REQUIRE(templates.ok());
        auto id = checklist::createAssessment(*session, *templates, session->currentEnterprise(), module, QStringLiteral("progress"), date,
                                              session->currentVisit());
        REQUIRE(id.ok());
        return *id;
    }

    std::optional<RecordState> response(const QString& assessmentId, const QString& itemKey)
    {
        const EntitySpec& spec = *EntitySchema::instance().entity(u"response");
        const QString id = naturalid::response(assessmentId, itemKey);
        auto alive = session->workspace().store().exists(spec, id, true);
        REQUIRE(alive.ok());
        if (!*alive)
            return std::nullopt;
        auto state = session->workspace().store().load(spec, id);
        REQUIRE(state.ok());
        return *state;
    }

    QString answer(const QString& assessmentId, const QString& itemKey)
    {
        auto r = response(assessmentId, itemKey);
        if (!r)
            return {};
        const FieldValue& v = r->value(u"answer");
        return std::holds_alternative<QString>(v) ? std::get<QString>(v) : QString();
    }
};

// Items of the shown checklist in reading order.
std::vector<QModelIndex> items(const ChecklistModel& model)
{
    std::vector<QModelIndex> result;
    for (int s = 0; s < model.rowCount(); ++s)
        for (int i = 0; i < model.rowCount(model.index(s, 0)); ++i)
            result.push_back(model.index(i, 0, model.index(s, 0)));
    return result;
}

QModelIndex firstOfType(const ChecklistModel& model, const char* type)
{
    for (const QModelIndex& i : items(model))
        if (i.data(ChecklistModel::ResponseTypeRole).toString() == QLatin1String(type))
            return i;
    return {};
}

QString sectionAnswerText(const ChecklistModel& model, int section)
{
    return model.index(section, ChecklistModel::Answer).data().toString();
}

}  // namespace

TEST_CASE("The checklist model passes QAbstractItemModelTester and mirrors the template, scores and previous answers")
{
    ChecklistFixture f;
    const AssessmentRow current = f.assessmentWithPrevious();
    ChecklistModel model(*f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 0);
    model.setAssessment(current.id);

    const TemplateInfo* t = model.checklist();
    REQUIRE(t != nullptr);
    REQUIRE(t->id == current.templateId);
    REQUIRE(model.rowCount() == static_cast<int>(t->sections.size()));
    REQUIRE(static_cast<int>(items(model).size()) == t->itemCount());
    REQUIRE(model.index(1, ChecklistModel::Number).data().toString() == QStringLiteral("2"));
    REQUIRE(model.index(2, ChecklistModel::Number, model.index(1, 0)).data().toString() == QStringLiteral("2.3"));
    REQUIRE(model.index(0, 0).data(ChecklistModel::IsSectionRole).toBool());
    REQUIRE(model.index(0, ChecklistModel::Statement, model.index(0, 0)).data().toString() == t->sections[0].items[0].text);

    // Section rows show the live score of core/metrics, and the previous assessment's.
    auto responses = f.session->queries().responses(current.id);
    REQUIRE(responses.ok());
    QHash<QString, QString> answers;
    for (const ResponseRow& r : std::as_const(*responses))
        answers.insert(r.itemKey, r.answer);
    const AssessmentScore expected = scoreAssessment(*t, answers);
    REQUIRE(model.score().answered == expected.answered);
    for (int s = 0; s < model.rowCount(); ++s)
        REQUIRE(sectionAnswerText(model, s) == ChecklistModel::scoreText(expected.sections[static_cast<size_t>(s)].score));
    REQUIRE_FALSE(model.index(0, ChecklistModel::Previous).data().toString().isEmpty());

    // Each item shows the previous assessment's answer for the same key.
    REQUIRE(model.previousAssessment().has_value());
    auto previous = f.session->queries().responses(model.previousAssessment()->id);
    REQUIRE(previous.ok());
    int compared = 0;
    for (const QModelIndex& i : items(model)) {
        const QString key = i.data(ChecklistModel::ItemKeyRole).toString();
        if (!previous->contains(key))
            continue;
        REQUIRE(i.data(ChecklistModel::PreviousAnswerRole).toString() == previous->value(key).answer);
        ++compared;
    }
    REQUIRE(compared > 20);

    // Walking the items skips section rows; "next unanswered" wraps round.
    const QModelIndex first = model.firstItem();
    REQUIRE(model.stepItem(first, -1) == first);
    const QModelIndex lastOfFirstSection = model.index(model.rowCount(model.index(0, 0)) - 1, 0, model.index(0, 0));
    REQUIRE(model.stepItem(lastOfFirstSection, 1) == model.index(0, 0, model.index(1, 0)));
    REQUIRE(model.stepItem(model.index(1, 0), 1) == model.index(0, 0, model.index(1, 0)));
    REQUIRE(model.stepItem(model.index(1, 0), -1) == lastOfFirstSection);

    // Switching to another assessment resets; the same one again updates in place.
    model.setAssessment(f.newAssessment(current.moduleCode));
    REQUIRE(model.score().answered == 0);
    REQUIRE(model.nextUnanswered({}) == model.firstItem());
    model.setAssessment(QString());
    REQUIRE(model.rowCount() == 0);
}

TEST_CASE("Answering with Y, P, N on the checklist view saves responses on natural ids, moves on and updates the section score")
{
    ChecklistFixture f;
    const AssessmentRow before = f.assessmentWithPrevious();
    const QString assessment = f.newAssessment(before.moduleCode);
    ChecklistView view(*f.session);
    ChecklistModel& model = *view.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.session->setCurrentAssessment(assessment);
    REQUIRE(view.assessmentBox()->currentData().toString() == assessment);
    REQUIRE(model.assessmentId() == assessment);
    REQUIRE(model.previousAssessment().has_value());
    REQUIRE(model.previousAssessment()->id == before.id);

    // Find three yes/partly/no items in a row and start there.
    const std::vector<QModelIndex> all = items(model);
    size_t start = 0;
    while (start + 2 < all.size()
           && !(all[start].data(ChecklistModel::ResponseTypeRole).toString() == u"ynp"
                && all[start + 1].data(ChecklistModel::ResponseTypeRole).toString() == u"ynp"
                && all[start + 2].data(ChecklistModel::ResponseTypeRole).toString() == u"ynp"
                && all[start].parent() == all[start + 2].parent()))
        ++start;
    REQUIRE(start + 3 < all.size());
    std::vector<QString> keys;
    for (size_t i = start; i < start + 4; ++i)
        keys.push_back(all[i].data(ChecklistModel::ItemKeyRole).toString());
    const int section = all[start].parent().row();
    view.selectItem(keys[0]);
    REQUIRE(view.currentItemKey() == keys[0]);
    REQUIRE(sectionAnswerText(model, section).isEmpty());  // nothing scored yet

    const int steps = f.session->undoStack()->count();
    QTest::keyClick(&view, Qt::Key_Y);
    REQUIRE(f.answer(assessment, keys[0]) == QStringLiteral("yes"));
    REQUIRE(view.currentItemKey() == keys[1]);
    REQUIRE(sectionAnswerText(model, section) == QStringLiteral("100 %"));
    QTest::keyClick(&view, Qt::Key_P);
    REQUIRE(f.answer(assessment, keys[1]) == QStringLiteral("partly"));
    REQUIRE(view.currentItemKey() == keys[2]);
    QTest::keyClick(&view, Qt::Key_N);
    REQUIRE(f.answer(assessment, keys[2]) == QStringLiteral("no"));
    REQUIRE(view.currentItemKey() == keys[3]);
    REQUIRE(f.session->undoStack()->count() == steps + 3);

    // The response is the natural-key record with the item's id and key.
    auto r = f.response(assessment, keys[1]);
    REQUIRE(r.has_value());
    REQUIRE(r->value(u"assessment_id") == FieldValue(assessment));
    REQUIRE(r->value(u"item_key") == FieldValue(keys[1]));
    REQUIRE(
        r->value(u"item_id")
        == FieldValue(model.checklist()->sections[static_cast<size_t>(section)].items.at(static_cast<size_t>(all[start + 1].row())).id));

    // The section score follows: the same as core/metrics computes from the three answers.
    QHash<QString, QString> answers = {
        {keys[0], QStringLiteral("yes")}, {keys[1], QStringLiteral("partly")}, {keys[2], QStringLiteral("no")}};
    const AssessmentScore expected = scoreAssessment(*model.checklist(), answers);
    REQUIRE(sectionAnswerText(model, section) == ChecklistModel::scoreText(expected.sections[static_cast<size_t>(section)].score));
    REQUIRE(model.score().answered == 3);
    REQUIRE(model.index(all[start + 2].row(), ChecklistModel::Answer, all[start + 2].parent()).data().toString() == QStringLiteral("No"));

    // The same key again changes the answer in place; moving with K and J does not answer.
    QTest::keyClick(&view, Qt::Key_K);
    REQUIRE(view.currentItemKey() == keys[2]);
    QTest::keyClick(&view, Qt::Key_A);
    REQUIRE(f.answer(assessment, keys[2]) == QStringLiteral("na"));
    REQUIRE(view.currentItemKey() == keys[3]);
    QTest::keyClick(&view, Qt::Key_K);
    QTest::keyClick(&view, Qt::Key_J);
    REQUIRE(view.currentItemKey() == keys[3]);

    // Undo takes back the last answer, then the first one's creation; redo brings it back.
    f.session->undoStack()->undo();
    REQUIRE(f.answer(assessment, keys[2]) == QStringLiteral("no"));
    f.session->undoStack()->undo();
    f.session->undoStack()->undo();
    f.session->undoStack()->undo();
    REQUIRE_FALSE(f.response(assessment, keys[0]).has_value());
    REQUIRE(
        model.index(all[start].row(), ChecklistModel::Answer, all[start].parent()).data(ChecklistModel::AnswerRole).toString().isEmpty());
    REQUIRE(sectionAnswerText(model, section).isEmpty());
    f.session->undoStack()->redo();
    REQUIRE(f.answer(assessment, keys[0]) == QStringLiteral("yes"));

    // Answering an item whose creation was undone is one undo step too.
    f.session->undoStack()->undo();
    view.selectItem(keys[0]);
    const int count = f.session->undoStack()->index();
    QTest::keyClick(&view, Qt::Key_N);
    REQUIRE(f.answer(assessment, keys[0]) == QStringLiteral("no"));
    REQUIRE(f.session->undoStack()->index() == count + 1);
    f.session->undoStack()->undo();
    REQUIRE_FALSE(f.response(assessment, keys[0]).has_value());

    // Delete clears an answer.
    view.selectItem(keys[0]);
    QTest::keyClick(&view, Qt::Key_Y);
    view.selectItem(keys[0]);
    QTest::keyClick(&view, Qt::Key_Delete);
    REQUIRE(f.answer(assessment, keys[0]).isEmpty());
    REQUIRE(view.currentItemKey() == keys[0]);
}

TEST_CASE("Ratings, numbers, comments and the next-unanswered key work from the keyboard")
{
    ChecklistFixture f;
    const AssessmentRow before = f.assessmentWithPrevious();
    const QString assessment = f.newAssessment(before.moduleCode);
    ChecklistView view(*f.session);
    view.resize(1100, 700);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    f.session->setCurrentAssessment(assessment);
    ChecklistModel& model = *view.model();

    // A 1–5 rating: digits answer it; letters do not.
    const QModelIndex scale = firstOfType(model, "scale5");
    REQUIRE(scale.isValid());
    const QString scaleKey = scale.data(ChecklistModel::ItemKeyRole).toString();
    view.selectItem(scaleKey);
    QTest::keyClick(&view, Qt::Key_Y);
    REQUIRE(f.answer(assessment, scaleKey).isEmpty());
    REQUIRE_FALSE(view.problem().isEmpty());
    QTest::keyClick(&view, Qt::Key_4);
    REQUIRE(f.answer(assessment, scaleKey) == QStringLiteral("4"));
    REQUIRE(view.currentItemKey() != scaleKey);
    REQUIRE(view.problem().isEmpty());

    // A number: typing digits in the list starts the value box; Enter saves and moves on.
    const QModelIndex number = firstOfType(model, "number");
    REQUIRE(number.isValid());
    const QString numberKey = number.data(ChecklistModel::ItemKeyRole).toString();
    view.selectItem(numberKey);
    view.list()->setFocus();
    QTest::keyClick(view.list(), Qt::Key_1);
    QWidget* box = QApplication::focusWidget();
    REQUIRE(box != nullptr);
    REQUIRE(box != view.list());
    QTest::keyClick(box, Qt::Key_2);
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(f.answer(assessment, numberKey) == QStringLiteral("12"));
    REQUIRE(view.currentItemKey() != numberKey);
    REQUIRE(QApplication::focusWidget() == view.list());

    // Enter goes to the comment box; Escape saves the comment and comes back to the list.
    const QString commented = model.firstItem().data(ChecklistModel::ItemKeyRole).toString();
    view.selectItem(commented);
    QTest::keyClick(view.list(), Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == view.panel()->commentBox());
    QTest::keyClicks(view.panel()->commentBox(), QStringLiteral("Seen on line 3"));
    QTest::keyClick(view.panel()->commentBox(), Qt::Key_Escape);
    REQUIRE(QApplication::focusWidget() == view.list());
    auto r = f.response(assessment, commented);
    REQUIRE(r.has_value());
    REQUIRE(r->value(u"comment") == FieldValue(QStringLiteral("Seen on line 3")));
    REQUIRE(model.firstItem().data(ChecklistModel::AnswerRole).toString().isEmpty());  // a comment is not an answer
    REQUIRE(model.index(0, ChecklistModel::Comment, model.index(0, 0)).data(Qt::DecorationRole).isValid());
    // Then the answer, with the comment kept.
    QTest::keyClick(view.list(), Qt::Key_Y);
    REQUIRE(f.answer(assessment, commented) == QStringLiteral("yes"));
    REQUIRE(f.response(assessment, commented)->value(u"comment") == FieldValue(QStringLiteral("Seen on line 3")));

    // Ctrl+U jumps to the next item without an answer, skipping answered ones.
    view.selectItem(commented);
    QTest::keyClick(&view, Qt::Key_U, Qt::ControlModifier);
    const QString next = view.currentItemKey();
    REQUIRE(next != commented);
    REQUIRE(f.answer(assessment, next).isEmpty());
    REQUIRE(model.nextUnanswered(model.indexOfItem(commented)) == model.indexOfItem(next));
}

TEST_CASE("The item panel is never cut off at the right, however narrow the window")
{
    ChecklistFixture f;
    ChecklistView view(*f.session);
    view.resize(500, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    // The panel lives in a scroll area that scrolls vertically only. The splitter must not make
    // that area narrower than the panel's minimum (in Vietnamese the answer buttons alone are
    // wider than the share it gave), or the panel's right edge is cut off.
    const QWidget* viewport = view.panel()->parentWidget();
    REQUIRE(viewport);
    const auto* scroll = qobject_cast<const QScrollArea*>(viewport->parentWidget());
    REQUIRE(scroll);
    CHECK(scroll->minimumWidth() >= view.panel()->minimumSizeHint().width());
    CHECK(viewport->width() >= view.panel()->minimumSizeHint().width());
    CHECK(view.panel()->width() <= viewport->width());
}

TEST_CASE("Previous answers line up by item key across template versions, and the view follows the session")
{
    ChecklistFixture f;
    auto templates = loadTemplates(f.session->workspace());
    REQUIRE(templates.ok());
    const TemplateInfo* v1 = nullptr;
    const TemplateInfo* v2 = nullptr;
    for (const TemplateInfo& t : *templates) {
        if (t.moduleCode == u"QM" && t.version == 1)
            v1 = &t;
        if (t.moduleCode == u"QM" && t.version == 2)
            v2 = &t;
    }
    REQUIRE(v1);
    REQUIRE(v2);
    // A QM assessment on v1, answered, then one on v2: the v2 items show the v1 answers.
    const QString older = f.newAssessment(QStringLiteral("QM"), v2->released.addDays(-10));
    const QString newer = f.newAssessment(QStringLiteral("QM"), v2->released.addDays(10));
    REQUIRE(f.session->queries().assessment(older)->templateVersion == 1);
    REQUIRE(f.session->queries().assessment(newer)->templateVersion == 2);
    QString sharedKey;
    for (const auto& s : v1->sections)
        for (const auto& i : s.items)
            if (sharedKey.isEmpty() && i.responseType == u"ynp" && v2->item(naturalid::templateItem(v2->id, i.key)))
                sharedKey = i.key;
    REQUIRE_FALSE(sharedKey.isEmpty());
    const TemplateItemInfo* v1Item = v1->item(naturalid::templateItem(v1->id, sharedKey));
    REQUIRE(v1Item);
    REQUIRE(checklist::saveAnswer(*f.session, older, *v1Item, QStringLiteral("partly"), QStringLiteral("answer")).ok());

    ChecklistView view(*f.session);
    f.session->setCurrentAssessment(newer);
    ChecklistModel& model = *view.model();
    REQUIRE(model.checklist()->version == 2);
    REQUIRE(model.previousAssessment()->id == older);
    const QModelIndex item = model.indexOfItem(sharedKey);
    REQUIRE(item.data(ChecklistModel::PreviousAnswerRole).toString() == QStringLiteral("partly"));
    REQUIRE(model.index(item.row(), ChecklistModel::Previous, item.parent()).data().toString() == QStringLiteral("Partly"));

    // The combo and the session's current assessment stay in step both ways.
    const int olderRow = view.assessmentBox()->findData(older);
    REQUIRE(olderRow >= 0);
    view.assessmentBox()->setCurrentIndex(olderRow);
    REQUIRE(f.session->currentAssessment() == older);
    REQUIRE(model.assessmentId() == older);
    f.session->setCurrentAssessment(newer);
    REQUIRE(view.assessmentBox()->currentData().toString() == newer);

    // Undoing the creation of the shown assessment moves the view to another one.
    f.session->undoStack()->undo();  // the answer
    f.session->undoStack()->undo();  // the newer assessment
    REQUIRE(view.assessmentBox()->findData(newer) < 0);
    REQUIRE(f.session->currentAssessment() != newer);
    REQUIRE(model.assessment().has_value());

    // Another enterprise: its own assessments.
    auto enterprises = f.session->queries().enterprises();
    REQUIRE(enterprises->size() == 2);
    const QString other = enterprises->at(0).id == f.session->currentEnterprise() ? enterprises->at(1).id : enterprises->at(0).id;
    f.session->setCurrentEnterprise(other);
    REQUIRE(model.assessment().has_value());
    REQUIRE(model.assessment()->enterpriseId == other);
}

TEST_CASE("Photos attach to the item's response, show as thumbnails and go with undo")
{
    ChecklistFixture f;
    const AssessmentRow before = f.assessmentWithPrevious();
    const QString assessment = f.newAssessment(before.moduleCode);
    ChecklistView view(*f.session);
    f.session->setCurrentAssessment(assessment);
    ChecklistModel& model = *view.model();
    const QString key = model.firstItem().data(ChecklistModel::ItemKeyRole).toString();
    view.selectItem(key);

    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x5f, 0x8a));
    const QString path = f.dir.path(QStringLiteral("evidence.png"));
    REQUIRE(image.save(path));
    const int steps = f.session->undoStack()->index();
    REQUIRE(view.panel()->photos()->addPhotos({path}));
    REQUIRE(f.session->undoStack()->index() == steps + 1);  // response and photo: one step

    const QString responseId = naturalid::response(assessment, key);
    auto attachments = f.session->queries().attachments(QStringLiteral("response"), responseId);
    REQUIRE(attachments->size() == 1);
    REQUIRE(model.photoCount(key) == 1);
    ChecklistPhotoModel* photos = view.panel()->photos()->model();
    QAbstractItemModelTester tester(photos, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(photos->rowCount() == 1);
    const QImage thumb = photos->index(0).data(Qt::DecorationRole).value<QImage>();
    REQUIRE_FALSE(thumb.isNull());
    REQUIRE(thumb.width() == ChecklistPhotoModel::kThumbnailSize);
    REQUIRE(photos->image(0).size() == QSize(640, 480));
    REQUIRE(model.firstItem().data(ChecklistModel::AnswerRole).toString().isEmpty());

    f.session->undoStack()->undo();
    REQUIRE(model.photoCount(key) == 0);
    REQUIRE(photos->rowCount() == 0);
    REQUIRE_FALSE(f.response(assessment, key).has_value());
}

TEST_CASE("score-desk renders the checklist view with answers, previous answers and section scores")
{
    ChecklistFixture f;
    const QString path = f.session->path();
    f.session.reset();
    const QString png = f.dir.path(QStringLiteral("checklist.png"));
    QProcess app;
    app.start(QStringLiteral(SCORE_DESK_PATH),
              {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("checklist"), QStringLiteral("--screenshot"), png});
    REQUIRE(app.waitForFinished(60000));
    INFO(QString::fromUtf8(app.readAllStandardError()));
    REQUIRE(app.exitCode() == 0);
    const QImage shot(png);
    REQUIRE(shot.size() == QSize(1280, 800));
}

TEST_CASE("Undoing the delete of a visit brings its assessment back into the checklist view, and redoing takes it away again")
{
    // The visit owns its assessment: the delete cascades, and so must the views' refresh on
    // undo and redo (they were told only that a visit changed, and the checklist view listens
    // for assessments).
    ChecklistFixture f;
    ChecklistView view(*f.session);
    view.resize(1280, 760);
    view.show();
    auto rows = f.session->queries().assessments(f.session->currentEnterprise());
    REQUIRE(rows.ok());
    auto withVisit = std::find_if(rows->begin(), rows->end(), [](const AssessmentRow& a) { return !a.visitId.isEmpty(); });
    REQUIRE(withVisit != rows->end());
    auto* assessments = named<QComboBox>(&view, QStringLiteral("Assessment"));
    REQUIRE(assessments != nullptr);
    const int shown = assessments->count();
    REQUIRE(assessments->findData(withVisit->id) >= 0);

    REQUIRE(edit::remove(*f.session, QStringLiteral("visit"), withVisit->visitId, QStringLiteral("Delete visit")).ok());
    CHECK(assessments->findData(withVisit->id) < 0);
    CHECK(assessments->count() == shown - 1);

    f.session->undoStack()->undo();
    CHECK(assessments->findData(withVisit->id) >= 0);
    CHECK(assessments->count() == shown);

    f.session->undoStack()->redo();
    CHECK(assessments->findData(withVisit->id) < 0);
    CHECK(assessments->count() == shown - 1);
}
