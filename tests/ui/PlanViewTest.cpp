// The improvement plan: the actions model and its filter (QAbstractItemModelTester, words,
// accents), the board moving cards between statuses, the manager's approve and return with
// undo and redo, comments and deletion, and the record history (who, when, which device).

#include "support/SyncSupport.h"
#include "support/TestSupport.h"
#include "support/WidgetDriving.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoImages.h"
#include "domain/Labels.h"
#include "edit/Attachments.h"
#include "edit/Edits.h"
#include "models/ActionFilterModel.h"
#include "models/ActionTableModel.h"
#include "models/AttachmentListModel.h"
#include "models/CommentListModel.h"
#include "models/HistoryModel.h"
#include "session/WorkspaceSession.h"
#include "storage/RecordComments.h"
#include "storage/RecordHistory.h"
#include "views/plan/ActionBoard.h"
#include "views/plan/ActionDetail.h"
#include "views/plan/ActionEdits.h"
#include "views/plan/PlanView.h"
#include "widgets/HistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace score;
using namespace score::test;

namespace {

struct PlanFixture {
    TempDir dir;
    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<WorkspaceSession> session;

    explicit PlanFixture(int enterprises = 3)
    {
        TestWorkspace t = makeWorkspace(dir.path(QStringLiteral("plan.scoredesk")));
        DemoOptions demo;
        demo.enterprises = enterprises;
        demo.anchor = QDate(2026, 6, 14);
        demo.photos = false;
        REQUIRE(generateDemo(*t, demo).ok());
        clock = std::move(t.clock);
        session = std::make_unique<WorkspaceSession>(std::move(t.ws));
        session->selectDefaults();
        REQUIRE_FALSE(session->currentEnterprise().isEmpty());
    }
    WorkspaceSession& s() { return *session; }
};

FieldValue actionField(WorkspaceSession& s, const QString& id, const char* name)
{
    auto state = s.workspace().store().load(*EntitySchema::instance().entity(u"improvement_action"), id);
    REQUIRE(state->has_value());
    return (*state)->value(QLatin1String(name));
}

QString text(const FieldValue& v) { return std::holds_alternative<QString>(v) ? std::get<QString>(v) : QString(); }

// The first action of the enterprise's plan matching a condition.
template <typename Pred>
ActionRow findAction(WorkspaceSession& s, Pred pred)
{
    auto actions = s.queries().actions(s.currentEnterprise());
    REQUIRE(actions.ok());
    for (const ActionRow& a : *actions)
        if (pred(a))
            return a;
    FAIL("no action of the demo plan matches");
    return {};
}

}  // namespace

TEST_CASE("ActionTableModel and ActionFilterModel pass QAbstractItemModelTester and filter by words")
{
    PlanFixture f;
    ActionTableModel model(f.s());
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ActionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.sort(ActionTableModel::Due);

    model.setScope(f.s().currentEnterprise(), false);
    const int plan = model.rowCount();
    REQUIRE(plan > 5);
    REQUIRE(filter.rowCount() == plan);

    // Every enterprise's plan for trainers.
    model.setScope({}, true);
    auto all = f.s().queries().actions();
    REQUIRE(model.rowCount() == static_cast<int>(all->size()));
    REQUIRE(model.rowCount() > plan);
    model.setScope(f.s().currentEnterprise(), false);
    REQUIRE(model.rowCount() == plan);

    // Overdue rows are highlighted and marked in the due column.
    int overdueRow = -1;
    for (int r = 0; r < model.rowCount() && overdueRow < 0; ++r)
        if (model.isOverdue(r))
            overdueRow = r;
    REQUIRE(overdueRow >= 0);
    REQUIRE(model.index(overdueRow, ActionTableModel::Title).data(Qt::BackgroundRole).value<QColor>().isValid());
    REQUIRE(model.index(overdueRow, ActionTableModel::Due).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue by")));
    REQUIRE(model.index(overdueRow, 0).data(ActionTableModel::OverdueRole).toBool());

    // Money in the enterprise's currency.
    int withSavings = -1;
    for (int r = 0; r < model.rowCount() && withSavings < 0; ++r)
        if (model.action(r).estimatedSavings)
            withSavings = r;
    REQUIRE(withSavings >= 0);
    auto enterprise = f.s().queries().enterprise(f.s().currentEnterprise());
    const QString shown = model.index(withSavings, ActionTableModel::EstimatedSavings).data().toString();
    REQUIRE(shown == formatMoney(*model.action(withSavings).estimatedSavings, enterprise->currency, enterprise->locale));
    REQUIRE(formatMoney(1234, QStringLiteral("VND"), QStringLiteral("vi_VN")).contains(QChar(0x20AB)));
    // The peso's "$" would read as US dollars: its ISO code instead.
    REQUIRE(formatMoney(1234, QStringLiteral("COP"), QStringLiteral("es_CO")).contains(QStringLiteral("COP")));
    REQUIRE_FALSE(formatMoney(1234, QStringLiteral("COP"), QStringLiteral("es_CO")).contains(u'$'));

    // A word of a title finds that action and only actions that contain it.
    const ActionRow first = model.action(0);
    const QString word = first.title.split(u' ').constLast().toUpper();
    filter.setSearchText(word);
    REQUIRE(filter.rowCount() >= 1);
    REQUIRE(filter.rowCount() <= plan);
    REQUIRE(filter.proxyRowOf(first.id) >= 0);
    const QString folded = ActionTableModel::foldForSearch(word);
    for (int r = 0; r < filter.rowCount(); ++r)
        REQUIRE(model.searchText(model.rowOf(filter.idAt(r))).contains(folded));
    // Several words must all match; the owner's name is searched too.
    filter.setSearchText(first.ownerName + u' ' + word);
    REQUIRE(filter.proxyRowOf(first.id) >= 0);
    filter.setSearchText(QStringLiteral("zzqx-nothing-like-this"));
    REQUIRE(filter.rowCount() == 0);
    filter.setSearchText({});
    REQUIRE(filter.rowCount() == plan);
    REQUIRE(ActionTableModel::foldForSearch(QStringLiteral("Nguyễn Đức Thắng")) == QStringLiteral("nguyen duc thang"));

    // Status and module narrow further.
    filter.setStatusFilter(ActionFilterModel::overdueActions());
    REQUIRE(filter.rowCount() >= 1);
    for (int r = 0; r < filter.rowCount(); ++r)
        REQUIRE(filter.index(r, 0).data(ActionTableModel::OverdueRole).toBool());
    filter.setStatusFilter(QStringLiteral("done"));
    for (int r = 0; r < filter.rowCount(); ++r)
        REQUIRE(filter.index(r, 0).data(ActionTableModel::StatusRole).toString() == QStringLiteral("done"));
    filter.setStatusFilter({});
    filter.setModuleFilter(first.moduleCode);
    for (int r = 0; r < filter.rowCount(); ++r)
        REQUIRE(filter.index(r, 0).data(ActionTableModel::ModuleRole).toString() == first.moduleCode);
    filter.setModuleFilter({});

    // Sorted by due date, missing dates last.
    for (int r = 1; r < filter.rowCount(); ++r) {
        const QDate a = model.action(model.rowOf(filter.idAt(r - 1))).dueDate;
        const QDate b = model.action(model.rowOf(filter.idAt(r))).dueDate;
        REQUIRE((!b.isValid() || (a.isValid() && a <= b)));
    }

    // Drag and drop carries the ids.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0), model.index(0, 3)}));
    REQUIRE(QString::fromUtf8(mime->data(ActionTableModel::mimeType())) == first.id);

    // A change anywhere reaches the model.
    REQUIRE(edit::setField(f.s(), QStringLiteral("improvement_action"), first.id, QStringLiteral("title"),
                           QStringLiteral("Repair the boiler insulation"), QStringLiteral("rename"))
                .ok());
    REQUIRE(model.action(model.rowOf(first.id)).title == QStringLiteral("Repair the boiler insulation"));
    filter.setSearchText(QStringLiteral("boiler insul"));
    REQUIRE(filter.proxyRowOf(first.id) >= 0);
}

TEST_CASE("The plan view filters as the user types, and the board moves cards between statuses")
{
    PlanFixture f;
    PlanView view(f.s());
    view.resize(1280, 760);
    view.show();
    const int plan = view.actions()->rowCount();
    REQUIRE(plan > 5);
    REQUIRE(view.filter()->rowCount() == plan);
    REQUIRE_FALSE(view.currentAction().isEmpty());
    REQUIRE(view.detail()->action() == view.currentAction());

    view.setFilterText(QStringLiteral("zzqx"));
    REQUIRE(view.filter()->rowCount() == 0);
    view.setFilterText({});
    REQUIRE(view.filter()->rowCount() == plan);

    view.showBoard(true);
    REQUIRE(view.boardShown());
    ActionBoard* board = view.board();
    int onBoard = 0;
    for (int c = 0; c < ActionBoard::kColumns; ++c)
        onBoard += board->columnModel(c)->rowCount();
    REQUIRE(onBoard == plan);

    // Keyboard: Ctrl+Shift+Right moves the current card to the next status, undoably.
    const ActionRow proposed = findAction(f.s(), [](const ActionRow& a) { return a.status == u"proposed"; });
    view.selectAction(proposed.id);
    REQUIRE(board->currentAction() == proposed.id);
    ActionBoardColumn* column = board->columnView(board->columnOf(QStringLiteral("proposed")));
    column->setFocus();
    const int steps = f.s().undoStack()->count();
    QTest::keyClick(column, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(text(actionField(f.s(), proposed.id, "status")) == QStringLiteral("approved"));
    REQUIRE(f.s().undoStack()->count() == steps + 1);
    REQUIRE(board->columnModel(board->columnOf(QStringLiteral("approved")))->proxyRowOf(proposed.id) >= 0);
    REQUIRE(board->columnModel(board->columnOf(QStringLiteral("proposed")))->proxyRowOf(proposed.id) < 0);
    REQUIRE(board->currentAction() == proposed.id);
    f.s().undoStack()->undo();
    REQUIRE(text(actionField(f.s(), proposed.id, "status")) == QStringLiteral("proposed"));
    REQUIRE(board->columnModel(board->columnOf(QStringLiteral("proposed")))->proxyRowOf(proposed.id) >= 0);

    // Drag and drop: a card dropped on "Done" is done today.
    ActionBoardColumn* done = board->columnView(board->columnOf(QStringLiteral("done")));
    QMimeData mime;
    mime.setData(ActionTableModel::mimeType(), proposed.id.toUtf8());
    QDragEnterEvent enter(QPoint(20, 20), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(done->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(done->viewport(), &drop);
    REQUIRE(drop.isAccepted());
    QCoreApplication::processEvents();
    REQUIRE(text(actionField(f.s(), proposed.id, "status")) == QStringLiteral("done"));
    REQUIRE(text(actionField(f.s(), proposed.id, "completed_on")) == QStringLiteral("2026-06-15"));
    REQUIRE(board->columnModel(board->columnOf(QStringLiteral("done")))->proxyRowOf(proposed.id) >= 0);
    f.s().undoStack()->undo();
    REQUIRE(text(actionField(f.s(), proposed.id, "status")) == QStringLiteral("proposed"));
    REQUIRE(std::holds_alternative<std::monostate>(actionField(f.s(), proposed.id, "completed_on")));
    f.s().undoStack()->redo();
    REQUIRE(text(actionField(f.s(), proposed.id, "status")) == QStringLiteral("done"));

    // The board follows the filter box too.
    view.setFilterText(QStringLiteral("zzqx"));
    for (int c = 0; c < ActionBoard::kColumns; ++c)
        REQUIRE(board->columnModel(c)->rowCount() == 0);
    view.setFilterText({});

    // Trainers see every enterprise's plan.
    f.s().setRole(Role::Trainer);
    view.setAllEnterprises(true);
    REQUIRE(view.actions()->rowCount() == static_cast<int>(f.s().queries().actions()->size()));
    REQUIRE_FALSE(view.table()->isColumnHidden(ActionTableModel::Enterprise));
    f.s().setRole(Role::Counsellor);
    REQUIRE_FALSE(view.actions()->allEnterprises());
}

TEST_CASE("The plan's columns are as wide as their header, and status, priority and approval as their longest word, in the language shown")
{
    // A translation with a long status, as Vietnamese has ("Đang thực hiện" was cut to "Đang thực h…").
    const QString longStatus = QStringLiteral("Đang thực hiện theo kế hoạch");
    class LongStatus final : public QTranslator {
    public:
        explicit LongStatus(QString text) : m_text(std::move(text)) {}
        QString translate(const char*, const char* source, const char*, int) const override
        {
            if (QByteArrayView(source) == "Owner")  // a long header, as Indonesian's "Penanggung jawab"
                return QStringLiteral("Penanggung jawab utama");
            return QByteArrayView(source) == "In progress" ? m_text : QString();
        }
        bool isEmpty() const override { return false; }

    private:
        QString m_text;
    } translator(longStatus);
    QCoreApplication::installTranslator(&translator);
    struct Uninstall {
        QTranslator* t;
        ~Uninstall() { QCoreApplication::removeTranslator(t); }
    } uninstall{&translator};

    PlanFixture f;
    PlanView view(f.s());
    QTableView* table = view.table();
    table->setColumnHidden(ActionTableModel::Approval, false);  // shown to managers
    view.resize(1280, 760);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(ActionTableModel::fixedWords(ActionTableModel::Status).contains(longStatus));
    for (int column = 0; column < ActionTableModel::ColumnCount; ++column) {
        CAPTURE(column);
        if (column != ActionTableModel::Title)  // it takes the room left
            CHECK(table->horizontalHeader()->sectionSize(column) >= table->horizontalHeader()->sectionSizeHint(column));
    }
    const QAbstractItemView* cells = table;  // sizeHintForColumn is public here
    for (int column : {ActionTableModel::Status, ActionTableModel::Priority, ActionTableModel::Approval}) {
        CAPTURE(column);
        // The width every row's text needs, as the view's delegate measures it.
        CHECK(table->columnWidth(column) >= cells->sizeHintForColumn(column));
    }
    // The demo plan has an action in progress, so the long word was among those measured.
    CHECK(findAction(f.s(), [](const ActionRow& a) { return a.status == u"in_progress"; }).status == u"in_progress");
}

TEST_CASE("The manager approves and returns actions in one undoable step each")
{
    PlanFixture f;
    WorkspaceSession& s = f.s();
    const ActionRow pending = findAction(s, [](const ActionRow& a) { return a.status == u"proposed" && a.approval == u"pending"; });
    auto enterprise = s.queries().enterprise(pending.enterpriseId);
    REQUIRE_FALSE(enterprise->managerId.isEmpty());

    PlanView view(s);
    view.show();
    view.selectAction(pending.id);
    ActionDetail* detail = view.detail();
    // Everyone sees the approval state; only managers get the buttons.
    REQUIRE(detail->approvalLabel()->text().contains(QStringLiteral("Waiting for approval")));
    REQUIRE(detail->approveButton()->isHidden());
    s.setRole(Role::Manager);
    REQUIRE_FALSE(detail->approveButton()->isHidden());
    REQUIRE_FALSE(detail->returnButton()->isHidden());

    const int steps = s.undoStack()->count();
    QTest::mouseClick(detail->approveButton(), Qt::LeftButton);
    REQUIRE(s.undoStack()->count() == steps + 1);
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("approved"));
    REQUIRE(text(actionField(s, pending.id, "status")) == QStringLiteral("approved"));
    REQUIRE(text(actionField(s, pending.id, "approval_date")) == QStringLiteral("2026-06-15"));
    REQUIRE(text(actionField(s, pending.id, "approved_by")) == enterprise->managerId);
    REQUIRE(detail->approvalLabel()->text().contains(enterprise->managerName));
    REQUIRE_FALSE(detail->approveButton()->isEnabled());

    s.undoStack()->undo();
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("pending"));
    REQUIRE(text(actionField(s, pending.id, "status")) == QStringLiteral("proposed"));
    REQUIRE(std::holds_alternative<std::monostate>(actionField(s, pending.id, "approval_date")));
    REQUIRE(detail->approvalLabel()->text().contains(QStringLiteral("Waiting for approval")));
    s.undoStack()->redo();
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("approved"));
    REQUIRE(text(actionField(s, pending.id, "status")) == QStringLiteral("approved"));

    // Return asks for a comment: cancelling changes nothing, an empty one is refused.
    std::optional<QString> answer;
    detail->setCommentPrompt([&](QWidget*, const QString&) { return answer; });
    const int before = s.undoStack()->count();
    QTest::mouseClick(detail->returnButton(), Qt::LeftButton);
    REQUIRE(s.undoStack()->count() == before);
    answer = QStringLiteral("   ");
    QTest::mouseClick(detail->returnButton(), Qt::LeftButton);
    REQUIRE(s.undoStack()->count() == before);
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("approved"));

    answer = QStringLiteral("Add the cost of the spare parts first.");
    QTest::mouseClick(detail->returnButton(), Qt::LeftButton);
    REQUIRE(s.undoStack()->count() == before + 1);
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("returned"));
    REQUIRE(text(actionField(s, pending.id, "approval_comment")) == *answer);
    // An approved action that has not started goes back to proposed.
    REQUIRE(text(actionField(s, pending.id, "status")) == QStringLiteral("proposed"));
    REQUIRE(detail->approvalLabel()->text().contains(QStringLiteral("Returned")));
    REQUIRE(detail->approvalLabel()->text().contains(QStringLiteral("spare parts")));
    REQUIRE(view.actions()->action(view.actions()->rowOf(pending.id)).approval == QStringLiteral("returned"));

    s.undoStack()->undo();
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("approved"));
    REQUIRE(text(actionField(s, pending.id, "status")) == QStringLiteral("approved"));
    s.undoStack()->redo();
    REQUIRE(text(actionField(s, pending.id, "approval")) == QStringLiteral("returned"));
    REQUIRE(text(actionField(s, pending.id, "approval_comment")) == *answer);
}

TEST_CASE("Actions are added, commented on and deleted, each undoable")
{
    PlanFixture f;
    WorkspaceSession& s = f.s();
    PlanView view(s);
    view.show();
    const int plan = view.actions()->rowCount();

    REQUIRE_FALSE(edit::addAction(s, s.currentEnterprise(), QStringLiteral("   ")).ok());
    auto added = edit::addAction(s, s.currentEnterprise(), QStringLiteral("Mark walkways in the cutting room"), {}, {}, QDate(2026, 7, 1));
    REQUIRE(added.ok());
    REQUIRE(view.actions()->rowCount() == plan + 1);
    view.selectAction(*added);
    REQUIRE(view.detail()->action() == *added);

    REQUIRE(view.detail()->addComment(QStringLiteral("Paint before the audit.")).ok());
    auto comments = recordComments(s.workspace(), QStringLiteral("improvement_action"), *added);
    REQUIRE(comments->size() == 1);
    REQUIRE(comments->front().author == s.editor().author());
    QAbstractItemModelTester commentsTester(view.detail()->commentModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(view.detail()->commentModel()->rowCount() == 1);
    REQUIRE(view.detail()->commentModel()->index(0).data().toString().contains(QStringLiteral("Paint before the audit.")));
    REQUIRE(view.detail()->findChild<QTabWidget*>()->tabText(ActionDetail::CommentsTab).contains(QStringLiteral("(1)")));
    REQUIRE_FALSE(view.detail()->addComment(QStringLiteral("  ")).ok());

    // Evidence: a photo shows as a thumbnail under its caption, in the tab's count, and its
    // caption is edited in place; another action's list does not show it.
    const QByteArray photo = generateEvidencePhoto(7, 640, 480);
    auto evidence = edit::addAttachmentData(s, QStringLiteral("improvement_action"), *added, photo, QStringLiteral("walkway.jpg"),
                                            evidencePhotoMimeType(photo), QStringLiteral("Walkway painted"));
    REQUIRE(evidence.ok());
    AttachmentListModel* shown = view.detail()->evidenceModel();
    QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(shown->rowCount() == 1);
    const QModelIndex first = shown->index(0);
    CHECK(first.data().toString() == QStringLiteral("Walkway painted"));
    CHECK(first.data(AttachmentListModel::IdRole).toString() == *evidence);
    CHECK(first.data(Qt::DecorationRole).value<QPixmap>().deviceIndependentSize().toSize() == AttachmentListModel::thumbnailSize());
    CHECK_FALSE(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("visit")));
    CHECK(view.detail()->findChild<QTabWidget*>()->tabText(ActionDetail::EvidenceTab).contains(QStringLiteral("(1)")));
    REQUIRE(shown->setData(first, QStringLiteral("Walkway painted yellow")));
    CHECK(shown->index(0).data().toString() == QStringLiteral("Walkway painted yellow"));
    const QString other = view.actions()->action(0).id;
    view.selectAction(other);
    CHECK(shown->rowCount() == static_cast<int>(s.queries().attachments(QStringLiteral("improvement_action"), other)->size()));
    view.selectAction(*added);
    REQUIRE(shown->rowCount() == 1);

    view.deleteCurrent();
    REQUIRE(view.actions()->rowOf(*added) < 0);
    REQUIRE(view.actions()->rowCount() == plan);
    REQUIRE(view.currentAction() != *added);
    s.undoStack()->undo();
    REQUIRE(view.actions()->rowOf(*added) >= 0);
    REQUIRE(recordComments(s.workspace(), QStringLiteral("improvement_action"), *added)->size() == 1);
}

TEST_CASE("Record history shows who changed which field when, from which device")
{
    TempDir dir;
    Device a = makeDevice(dir, QStringLiteral("lan-laptop"), 21);
    Device b = makeDevice(dir, QStringLiteral("minh-laptop"), 22);
    DemoOptions demo;
    demo.enterprises = 1;
    demo.anchor = QDate(2026, 6, 14);
    demo.photos = false;
    REQUIRE(generateDemo(a.ws(), demo).ok());
    ExportOptions full;
    importFrom(b, exportTo(a, dir, QStringLiteral("a.scorebundle"), full));

    auto actions = DomainQueries(a.ws()).actions();
    REQUIRE_FALSE(actions->empty());
    const ActionRow action = actions->front();

    // A demo record has no "create" entry: its own created_at/created_by stand for it.
    auto history = recordHistory(a.ws(), QStringLiteral("improvement_action"), action.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    REQUIRE(history->front().operation == QStringLiteral("create"));
    REQUIRE_FALSE(history->front().author.isEmpty());
    REQUIRE(history->front().when.isValid());
    REQUIRE(history->front().deviceName.contains(QStringLiteral("this device")));

    // Another device changes the due date and the owner; this one learns it from a bundle.
    b.t.clock->advanceMs(3600 * 1000);
    RecordEditor editorB(b.ws());
    editorB.setAuthor(QStringLiteral("Minh"));
    auto people = DomainQueries(b.ws()).people(action.enterpriseId);
    REQUIRE(people->size() >= 2);
    const PersonRow& newOwner = people->at(people->front().id == action.ownerId ? 1 : 0);
    REQUIRE(editorB
                .update(u"improvement_action", action.id,
                        {{QStringLiteral("due_date"), QStringLiteral("2026-09-30")}, {QStringLiteral("owner_id"), newOwner.id}})
                .ok());
    importFrom(a, exportTo(b, dir, QStringLiteral("b.scorebundle"), full));

    // And a local edit here, two hours later.
    a.t.clock->advanceMs(2 * 3600 * 1000);
    RecordEditor editorA(a.ws());
    editorA.setAuthor(QStringLiteral("Lan"));
    const bool wasDone = action.status == u"done";
    REQUIRE(editorA
                .update(u"improvement_action", action.id,
                        {{QStringLiteral("status"), wasDone ? QStringLiteral("dropped") : QStringLiteral("done")}})
                .ok());

    history = recordHistory(a.ws(), QStringLiteral("improvement_action"), action.id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    const HistoryEntry& local = history->at(0);
    REQUIRE(local.operation == QStringLiteral("update"));
    REQUIRE(local.author == QStringLiteral("Lan"));
    REQUIRE(local.deviceName.contains(QStringLiteral("this device")));
    REQUIRE(local.changes.size() == 1);
    REQUIRE(local.changes[0].label == QStringLiteral("Status"));
    REQUIRE(local.changes[0].shownValue == (wasDone ? QStringLiteral("Dropped") : QStringLiteral("Done")));
    REQUIRE(local.when == QDateTime::fromMSecsSinceEpoch(kTestEpochMs + 2 * 3600 * 1000, Qt::UTC));

    const HistoryEntry& remote = history->at(1);
    REQUIRE(remote.operation == QStringLiteral("update"));
    REQUIRE(remote.author == QStringLiteral("Minh"));
    REQUIRE(remote.device == b.ws().device().deviceId);
    REQUIRE(remote.deviceName.contains(QStringLiteral("minh-laptop")));
    REQUIRE(remote.when == QDateTime::fromMSecsSinceEpoch(kTestEpochMs + 3600 * 1000, Qt::UTC));
    REQUIRE(remote.changes.size() == 2);
    REQUIRE(remote.changes[0].label == QStringLiteral("Owner"));
    REQUIRE(remote.changes[0].shownValue == newOwner.name);
    REQUIRE(remote.changes[1].label == QStringLiteral("Due date"));
    REQUIRE(remote.changes[1].shownValue == QStringLiteral("2026-09-30"));
    REQUIRE(history->at(2).operation == QStringLiteral("create"));

    REQUIRE_FALSE(recordHistory(a.ws(), QStringLiteral("no_such_kind"), action.id).ok());
    REQUIRE(recordHistory(a.ws(), QStringLiteral("improvement_action"), QStringLiteral("missing"))->empty());

    // The history panel shows the same, and follows edits made through the session.
    WorkspaceSession session(std::move(a.t.ws));
    HistoryPanel panel(session);
    panel.setRecord(QStringLiteral("improvement_action"), action.id);
    const HistoryModel* model = panel.model();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(panel.tree()->model() == model);
    REQUIRE(model->rowCount() == 3);
    const QModelIndex top = model->index(1, HistoryModel::What);
    REQUIRE(top.data().toString().contains(QStringLiteral("Minh")));
    REQUIRE(top.data().toString().contains(QStringLiteral("minh-laptop")));
    const QModelIndex change = model->index(1, HistoryModel::When);
    REQUIRE(model->rowCount(change) == 2);
    REQUIRE(model->index(1, HistoryModel::When, change).data().toString() == QStringLiteral("Due date"));
    REQUIRE(model->index(1, HistoryModel::What, change).data().toString() == QStringLiteral("2026-09-30"));
    REQUIRE(panel.tree()->isExpanded(change));
    REQUIRE(edit::setField(session, QStringLiteral("improvement_action"), action.id, QStringLiteral("priority"), QStringLiteral("high"),
                           QStringLiteral("priority"))
                .ok());
    REQUIRE(model->rowCount() == 4);
    REQUIRE(model->index(0, HistoryModel::What, model->index(0, 0)).data().toString() == QStringLiteral("High"));
}

TEST_CASE("score-desk renders the plan to a PNG for every role")
{
    PlanFixture f(2);
    const QString path = f.session->path();
    f.session.reset();
    for (const char* role : {"counsellor", "manager", "trainer"}) {
        const QString png = f.dir.path(QStringLiteral("plan-%1.png").arg(QLatin1String(role)));
        QProcess app;
        app.start(QStringLiteral(SCORE_DESK_PATH), {QStringLiteral("--db"), path, QStringLiteral("--view"), QStringLiteral("plan"),
                                                    QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--screenshot"), png});
        REQUIRE(app.waitForFinished(60000));
        INFO(QString::fromUtf8(app.readAllStandardError()).toStdString());
        REQUIRE(app.exitCode() == 0);
        const QImage image(png);
        REQUIRE(image.width() == 1280);
        REQUIRE(image.height() == 800);
    }
}

// Hidden (run by hand): per-keystroke filtering time on a large workspace, e.g.
//   SCORE_PLAN_BENCH_DB=/tmp/large.scoredesk build/plan/tests/ui_tests "[.benchmark]"
TEST_CASE("Filtering every enterprise's actions per keystroke", "[.benchmark]")
{
    const QString path = qEnvironmentVariable("SCORE_PLAN_BENCH_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    WorkspaceSession session(std::move(*ws));
    session.selectDefaults();
    session.setRole(Role::Trainer);
    PlanView view(session);
    view.resize(1280, 760);
    view.show();
    QElapsedTimer load;
    load.start();
    view.setAllEnterprises(true);
    QCoreApplication::processEvents();
    const qint64 loadMs = load.elapsed();
    const int rows = view.actions()->rowCount();
    REQUIRE(rows > 0);
    // Type a word letter by letter (and a second one), then delete it again.
    const QString typed = QStringLiteral("leak pump");
    std::vector<double> times;
    auto keystroke = [&](const QString& text) {
        QElapsedTimer t;
        t.start();
        view.setFilterText(text);
        QCoreApplication::processEvents();
        view.table()->viewport()->repaint();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    };
    for (int i = 1; i <= typed.size(); ++i)
        keystroke(typed.left(i));
    for (int i = typed.size() - 1; i >= 0; --i)
        keystroke(typed.left(i));
    view.showBoard(true);
    QCoreApplication::processEvents();
    std::vector<double> boardTimes;
    std::swap(times, boardTimes);
    for (int i = 1; i <= typed.size(); ++i)
        keystroke(typed.left(i));
    std::swap(times, boardTimes);
    const auto stats = [](const std::vector<double>& v) {
        double sum = 0;
        double worst = 0;
        for (double t : v) {
            sum += t;
            worst = std::max(worst, t);
        }
        return QStringLiteral("mean %1 ms, worst %2 ms").arg(sum / static_cast<double>(v.size()), 0, 'f', 1).arg(worst, 0, 'f', 1);
    };
    WARN(QStringLiteral("%1 actions loaded in %2 ms; table: %3; board: %4")
             .arg(rows)
             .arg(loadMs)
             .arg(stats(times), stats(boardTimes))
             .toStdString());
}

// Hidden (run by hand): the board and the other tabs rendered to PNGs for a look, e.g.
//   SCORE_PLAN_SHOT_DB=/tmp/plan.scoredesk build/plan/tests/ui_tests "[.screenshot]"
TEST_CASE("Plan board and detail tabs as pictures", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("SCORE_PLAN_SHOT_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto ws = Workspace::open(path);
    REQUIRE(ws.ok());
    WorkspaceSession session(std::move(*ws));
    session.selectDefaults();
    session.setRole(roleFromName(qEnvironmentVariable("SCORE_PLAN_SHOT_ROLE", QStringLiteral("counsellor"))));
    PlanView view(session);
    view.resize(1030, 720);
    view.show();
    view.prepareForScreenshot();
    const QString selected = view.currentAction();
    view.showBoard(true);
    view.selectAction(selected);
    QCoreApplication::processEvents();
    REQUIRE(view.grab().save(QStringLiteral("/tmp/plan-board.png")));
    view.showBoard(false);  // the table shows the detail beside it
    const std::array<std::pair<ActionDetail::Tab, const char*>, 3> tabs = {
        {{ActionDetail::EvidenceTab, "evidence"}, {ActionDetail::CommentsTab, "comments"}, {ActionDetail::HistoryTab, "history"}}};
    // An action with evidence and comments, if there is one.
    for (const ActionRow& a : view.actions()->actions())
        if (!session.queries().attachments(QStringLiteral("improvement_action"), a.id)->empty()) {
            view.selectAction(a.id);
            break;
        }
    for (const auto& [tab, name] : tabs) {
        view.detail()->showTab(tab);
        QCoreApplication::processEvents();
        REQUIRE(view.grab().save(QStringLiteral("/tmp/plan-%1.png").arg(QLatin1String(name))));
    }
}

TEST_CASE("Returning an action without a reason keeps the dialog open, says so under its field and keeps what was typed")
{
    PlanFixture f;
    WorkspaceSession& s = f.s();
    const ActionRow pending = findAction(s, [](const ActionRow& a) { return a.status == u"proposed" && a.approval == u"pending"; });
    s.setRole(Role::Manager);
    PlanView view(s);
    view.resize(1280, 760);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    view.selectAction(pending.id);

    // The manager presses OK with nothing but spaces, then gives the reason.
    bool stayedOpen = false;
    QString saidUnderField;
    QString kept;
    QTimer::singleShot(0, &view, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        auto* reason = dialog ? dialog->findChild<QPlainTextEdit*>() : nullptr;
        auto* buttons = dialog ? dialog->findChild<QDialogButtonBox*>() : nullptr;
        if (!reason || !buttons)
            return;
        QTest::keyClicks(reason, QStringLiteral("   "));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        if (!stayedOpen)
            return;
        kept = reason->toPlainText();
        // The sentence sits right under the field.
        for (QLabel* label : dialog->findChildren<QLabel*>())
            if (label->isVisible() && label->geometry().top() >= reason->geometry().bottom()
                && label->geometry().top() <= reason->geometry().bottom() + 3 * label->fontMetrics().height())
                saidUnderField += label->text();
        QTest::keyClicks(reason, QStringLiteral("Add the cost of the extraction fan first."));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible())
            static_cast<QDialog*>(dialog)->reject();
    });
    QTest::mouseClick(view.detail()->returnButton(), Qt::LeftButton);
    CHECK(stayedOpen);
    CHECK(kept == QStringLiteral("   "));
    CHECK(saidUnderField.contains(QStringLiteral("Say what should change")));
    CHECK(text(actionField(s, pending.id, "approval")) == QStringLiteral("returned"));
    CHECK(text(actionField(s, pending.id, "approval_comment")) == QStringLiteral("Add the cost of the extraction fan first."));
    // Nothing said elsewhere, above the plan.
    for (QLabel* label : view.findChildren<QLabel*>())
        CHECK_FALSE((label->isVisible() && label->text().contains(QStringLiteral("Say what should change"))));
}

namespace {
// The labels and values a history entry shows under it, "label=value" each.
QStringList fieldsShown(const HistoryModel* model, int entry)
{
    QStringList shown;
    const QModelIndex parent = model->index(entry, HistoryModel::When);
    for (int r = 0; r < model->rowCount(parent); ++r)
        shown << model->index(r, HistoryModel::When, parent).data().toString() + u'='
                     + model->index(r, HistoryModel::What, parent).data().toString();
    return shown;
}

// Pixels of a colour in an image (a mark painted on a card).
int pixelsOf(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixelColor(x, y) == colour ? 1 : 0;
    return n;
}
}  // namespace

TEST_CASE("A returned action looks returned on the board and in the table")
{
    PlanFixture f;
    WorkspaceSession& s = f.s();
    const ActionRow pending = findAction(s, [](const ActionRow& a) { return a.status == u"proposed" && a.approval == u"pending"; });
    const ActionRow other = findAction(s, [](const ActionRow& a) { return a.approval == u"approved" && !a.isOverdue(QDate(2026, 6, 15)); });
    REQUIRE(edit::returnAction(s, pending.id, QStringLiteral("Add the cost of the spare parts first.")).ok());
    PlanView view(s);
    view.resize(1280, 760);
    view.show();
    ActionTableModel* model = view.actions();
    const QModelIndex returned = model->index(model->rowOf(pending.id), ActionTableModel::Title);
    const QModelIndex approved = model->index(model->rowOf(other.id), ActionTableModel::Title);

    // The table: its status says so, in the review's colours, with the reason as tooltip.
    const QModelIndex status = returned.siblingAtColumn(ActionTableModel::Status);
    CHECK(status.data().toString() == QStringLiteral("Returned"));
    CHECK(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("spare parts")));
    CHECK(status.data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(approved.siblingAtColumn(ActionTableModel::Status).data().toString() != QStringLiteral("Returned"));
    CHECK(ActionTableModel::fixedWords(ActionTableModel::Status).contains(QStringLiteral("Returned")));

    // The board: the card carries a mark, which a card of an approved action does not.
    view.showBoard(true);
    ActionBoard* board = view.board();
    ActionBoardColumn* proposed = board->columnView(board->columnOf(QStringLiteral("proposed")));
    const QModelIndex card = board->columnModel(board->columnOf(QStringLiteral("proposed")))
                                 ->index(board->columnModel(board->columnOf(QStringLiteral("proposed")))->proxyRowOf(pending.id),
                                         ActionTableModel::Title);
    REQUIRE(card.isValid());
    CHECK(card.data(ActionTableModel::ApprovalRole).toString() == QStringLiteral("returned"));
    CHECK(card.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Returned")));
    CHECK(card.data(Qt::ToolTipRole).toString().contains(QStringLiteral("spare parts")));
    const auto paint = [&](const QModelIndex& index) {
        QStyleOptionViewItem option;
        option.initFrom(proposed);
        option.rect = QRect(QPoint(0, 0), proposed->itemDelegate()->sizeHint(option, index).expandedTo(QSize(240, 0)));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        proposed->itemDelegate()->paint(&painter, option, index);
        return image;
    };
    const QColor mark = ActionCardDelegate::returnedColour();
    CHECK(pixelsOf(paint(card), mark) > 40);
    const int approvedColumn = board->columnOf(other.status);
    const QModelIndex approvedCard =
        board->columnModel(approvedColumn)->index(board->columnModel(approvedColumn)->proxyRowOf(other.id), ActionTableModel::Title);
    REQUIRE(approvedCard.isValid());
    CHECK(pixelsOf(paint(approvedCard), mark) == 0);
}

TEST_CASE("History says \"Returned by\" for a return and \"Approved by\" for an approval")
{
    PlanFixture f;
    WorkspaceSession& s = f.s();
    const ActionRow pending = findAction(s, [](const ActionRow& a) { return a.status == u"proposed" && a.approval == u"pending"; });
    const QString manager = s.queries().enterprise(pending.enterpriseId)->managerName;
    REQUIRE_FALSE(manager.isEmpty());
    HistoryPanel panel(s);
    panel.setRecord(QStringLiteral("improvement_action"), pending.id);
    const HistoryModel* model = panel.model();

    f.clock->advanceMs(3600 * 1000);
    REQUIRE(edit::returnAction(s, pending.id, QStringLiteral("Add the cost of the spare parts first.")).ok());
    QStringList shown = fieldsShown(model, 0);
    CAPTURE(shown.join(QStringLiteral(" | ")));
    CHECK(shown.contains(QStringLiteral("Approval=Returned")));
    CHECK(shown.contains(QStringLiteral("Returned by=") + manager));
    CHECK_FALSE(shown.filter(QStringLiteral("Approved by")).size() > 0);
    CHECK(shown.filter(QStringLiteral("Returned on=")).size() == 1);
    CHECK(shown.contains(QStringLiteral("Reason for returning=Add the cost of the spare parts first.")));

    // Approved afterwards by someone else: that entry speaks of approving.
    f.clock->advanceMs(3600 * 1000);
    REQUIRE(edit::setField(s, QStringLiteral("improvement_action"), pending.id, QStringLiteral("approved_by"), FieldValue(),
                           QStringLiteral("clear"))
                .ok());
    f.clock->advanceMs(24 * 3600 * 1000);
    REQUIRE(edit::approveAction(s, pending.id, QStringLiteral("Fine now.")).ok());
    shown = fieldsShown(model, 0);
    CAPTURE(shown.join(QStringLiteral(" | ")));
    CHECK(shown.contains(QStringLiteral("Approved by=") + manager));
    CHECK(shown.filter(QStringLiteral("Approval date=")).size() == 1);
    CHECK(shown.contains(QStringLiteral("Approval comment=Fine now.")));
    // The return's entry still reads as a return.
    CHECK(fieldsShown(model, 2).contains(QStringLiteral("Returned by=") + manager));
}

TEST_CASE("The board and the detail form give the same record for the same status change")
{
    // The rule that a finished action gets its completion date lives in core: the board's drag
    // and the detail form's Status field both go through it.
    PlanFixture f;
    PlanView view(f.s());
    view.resize(1280, 760);
    view.show();
    QStringList running;
    auto actions = f.s().queries().actions(f.s().currentEnterprise());
    REQUIRE(actions.ok());
    for (const ActionRow& a : *actions)
        if (a.status == u"in_progress" && !a.completedOn.isValid())
            running << a.id;
    REQUIRE(running.size() >= 2);
    const QString byBoard = running[0];
    const QString byForm = running[1];

    view.showBoard(true);
    view.selectAction(byBoard);
    ActionBoard* board = view.board();
    ActionBoardColumn* column = board->columnView(board->columnOf(QStringLiteral("in_progress")));
    column->setFocus();
    QTest::keyClick(column, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(text(actionField(f.s(), byBoard, "status")) == QStringLiteral("done"));

    view.showBoard(false);
    view.selectAction(byForm);
    REQUIRE(view.detail()->action() == byForm);
    const int steps = f.s().undoStack()->count();
    // "D" typed in the closed Status field chooses Done, as a person picks it with the keyboard.
    auto* status = qobject_cast<QComboBox*>(fieldLabelled(view.detail(), QStringLiteral("Status")));
    REQUIRE(status != nullptr);
    REQUIRE(valueLabel(u"status", u"done").startsWith(u'D'));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_D);
    REQUIRE(text(actionField(f.s(), byForm, "status")) == QStringLiteral("done"));
    CHECK(f.s().undoStack()->count() == steps + 1);

    for (const char* field : {"status", "completed_on"}) {
        CAPTURE(field);
        CHECK(actionField(f.s(), byForm, field) == actionField(f.s(), byBoard, field));
    }
    CHECK(text(actionField(f.s(), byForm, "completed_on")) == QStringLiteral("2026-06-15"));

    // Undone, the form's change takes its completion date with it, as the board's does.
    f.s().undoStack()->undo();
    CHECK(text(actionField(f.s(), byForm, "status")) == QStringLiteral("in_progress"));
    CHECK(std::holds_alternative<std::monostate>(actionField(f.s(), byForm, "completed_on")));
}
