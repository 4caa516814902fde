#include "views/plan/PlanView.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "models/ActionFilterModel.h"
#include "models/ActionTableModel.h"
#include "storage/ContentQueries.h"
#include "views/plan/ActionBoard.h"
#include "views/plan/ActionDetail.h"
#include "views/plan/ActionEdits.h"
#include "views/plan/NewActionDialog.h"
#include "widgets/FlowRow.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace score {

namespace {
const QString kEntity = QStringLiteral("improvement_action");
}  // namespace

PlanView::PlanView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_actions(new ActionTableModel(session, this)), m_filter(new ActionFilterModel(this))
{
    m_filter->setSourceModel(m_actions);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolbar());

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    // The plan: a table or a board.
    m_stack = new QStackedWidget(this);
    m_table = new QTableView(m_stack);
    m_table->setAccessibleName(tr("Improvement actions"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionTableModel::Due, Qt::AscendingOrder);
    m_table->setDragEnabled(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // Fixed widths: measuring contents would cost a pass over thousands of rows per keystroke.
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const std::array<int, ActionTableModel::ColumnCount> widths = {20 * em, 12 * em, 11 * em, 9 * em, 8 * em, 10 * em, 8 * em,
                                                                   5 * em,  8 * em,  8 * em,  8 * em, 8 * em, 11 * em};
    // No narrower than its header ("Penanggung jawab" was cut at both ends).
    for (int c = 0; c < ActionTableModel::ColumnCount; ++c)
        header->resizeSection(c, std::max(widths[static_cast<size_t>(c)], header->sectionSizeHint(c)));
    // A column of a few fixed words is as wide as its longest word in the language shown
    // ("Đang thực hiện" cut to "Đang thực h…"), measured once from the words, not the rows, as
    // the item delegate measures a cell, plus the grid line drawn inside the section.
    QStyleOptionViewItem cell;
    cell.initFrom(m_table);
    cell.features = QStyleOptionViewItem::HasDisplay;
    cell.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    const int grid = m_table->showGrid() ? 1 : 0;
    for (int c = 0; c < ActionTableModel::ColumnCount; ++c) {
        for (const QString& word : ActionTableModel::fixedWords(c)) {
            cell.text = word;
            const int width = m_table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &cell, QSize(), m_table).width() + grid;
            header->resizeSection(c, std::max(header->sectionSize(c), width));
        }
    }
    header->setMinimumSectionSize(4 * em);
    header->setSectionResizeMode(ActionTableModel::Title, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& pos) {
        QMenu menu(this);
        menu.setTitle(tr("Columns"));
        for (int c = 0; c < ActionTableModel::ColumnCount; ++c) {
            if (c == ActionTableModel::Title)
                continue;
            QAction* a = menu.addAction(m_actions->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    m_stack->addWidget(m_table);

    // Five columns of cards need more than a small laptop's screen leaves beside the detail:
    // the board scrolls sideways there rather than squeezing the cards or widening the window.
    m_board = new ActionBoard(m_actions);
    m_boardScroll = new QScrollArea(m_stack);
    m_boardScroll->setWidgetResizable(true);
    m_boardScroll->setFrameShape(QFrame::NoFrame);
    m_boardScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_boardScroll->setWidget(m_board);
    m_stack->addWidget(m_boardScroll);

    m_detail = new ActionDetail(session, this);
    // Its fields take what their labels leave (a fixed 380 pixels pushed the plan wider than a
    // small laptop's screen).

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);  // on one line it made the window as wide as the sentence
    layout->addWidget(m_summary);

    // Selection: the table, the board and the detail show the same action.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (!m_selecting && current.isValid())
            selectAction(current.data(ActionTableModel::IdRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this] { m_detail->focusTitle(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            showActionMenu(index.data(ActionTableModel::IdRole).toString(), m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_board, &ActionBoard::currentActionChanged, this, [this](const QString& id) {
        if (!m_selecting)
            selectAction(id);
    });
    connect(m_board, &ActionBoard::activated, this, [this] {
        showDetail(true);
        m_detail->focusTitle();
    });
    connect(m_board, &ActionBoard::moveRequested, this, &PlanView::moveAction);
    connect(m_board, &ActionBoard::contextMenuRequested, this, &PlanView::showActionMenu);
    connect(m_detail, &ActionDetail::problem, this, &PlanView::showProblem);

    auto* remove = new QAction(tr("Delete action"), m_stack);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &PlanView::deleteCurrent);
    m_stack->addAction(remove);

    connect(m_actions, &QAbstractItemModel::modelReset, this, &PlanView::afterReload);
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &PlanView::followEnterprise);
    connect(&session, &WorkspaceSession::roleChanged, this, &PlanView::applyRole);
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &PlanView::fillModules);

    setTabOrder(m_search, m_module);
    setTabOrder(m_module, m_status);
    setTabOrder(m_status, m_tableButton);
    setTabOrder(m_tableButton, m_boardButton);
    setTabOrder(m_boardButton, m_detailButton);
    setTabOrder(m_detailButton, m_add);
    setTabOrder(m_add, m_move);
    setTabOrder(m_move, m_delete);
    setTabOrder(m_delete, m_table);

    applyRole(session.role());
    followEnterprise(session.currentEnterprise());
}

QIcon PlanView::icon() { return appIcon("plan"); }

bool PlanView::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

QWidget* PlanView::buildToolbar()
{
    // Filters, the way the plan is shown and what to do with an action: three groups that go
    // on a second line when the view is narrower than all of them (on a small laptop's screen).
    auto* bar = new QWidget(this);
    auto* row = new FlowRow(bar);
    auto addGroup = [bar, row] {
        auto* box = new QWidget(bar);
        auto* boxRow = new QHBoxLayout(box);
        boxRow->setContentsMargins(0, 0, 0, 0);
        row->addWidget(box);
        return boxRow;
    };
    QHBoxLayout* filters = addGroup();
    QHBoxLayout* shown = addGroup();
    QHBoxLayout* actions = addGroup();

    m_scope = new QComboBox(bar);
    m_scope->setAccessibleName(tr("Plans shown"));
    m_scope->addItem(tr("This enterprise"));
    m_scope->addItem(tr("All enterprises"));
    m_scope->setToolTip(tr("Trainers can follow the plans of every enterprise at once"));
    // Combos size to a fixed number of characters, not to their longest item: translated
    // labels must not push the window wider than a laptop screen.
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(11);
    connect(m_scope, &QComboBox::activated, this, [this](int index) { setAllEnterprises(index == 1); });
    filters->addWidget(m_scope);

    m_search = new QLineEdit(bar);
    m_search->setAccessibleName(tr("Filter actions"));
    m_search->setPlaceholderText(tr("Filter actions (Ctrl+F)"));
    m_search->setToolTip(tr("Shows the actions whose title, area, owner or enterprise contain every word typed"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    connect(m_search, &QLineEdit::textChanged, this, &PlanView::setFilterText);
    filters->addWidget(m_search, 1);

    m_module = new QComboBox(bar);
    m_module->setAccessibleName(tr("Module"));
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_module->setMinimumContentsLength(10);
    connect(m_module, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_module->currentData().toString();
        m_filter->setModuleFilter(code);
        m_board->setModuleFilter(code);
        updateSummary();
    });
    filters->addWidget(m_module);
    fillModules();

    m_status = new QComboBox(bar);
    m_status->setAccessibleName(tr("Status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(10);
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open"), ActionFilterModel::openStatuses());
    m_status->addItem(appIcon("warning"), tr("Overdue"), ActionFilterModel::overdueActions());
    m_status->insertSeparator(m_status->count());
    for (const QString& s : ActionBoard::statuses())
        m_status->addItem(valueLabel(u"status", s), s);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_status->currentData().toString();
        m_filter->setStatusFilter(status);
        m_board->setStatusFilter(status);
        updateSummary();
    });
    filters->addWidget(m_status);

    // Table or board, like a segmented control.
    auto* group = new QButtonGroup(bar);
    m_tableButton = new QToolButton(bar);
    m_tableButton->setText(tr("&Table"));
    m_tableButton->setIcon(appIcon("table"));
    m_tableButton->setToolTip(tr("Show the plan as a table"));
    m_boardButton = new QToolButton(bar);
    m_boardButton->setText(tr("&Board"));
    m_boardButton->setIcon(appIcon("board"));
    m_boardButton->setToolTip(tr("Show the plan as a board with one column per status"));
    for (QToolButton* b : {m_tableButton, m_boardButton}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        group->addButton(b);
        shown->addWidget(b);
    }
    m_tableButton->setChecked(true);
    group->setExclusive(true);
    connect(m_boardButton, &QToolButton::toggled, this, &PlanView::showBoard);
    m_detailButton = new QToolButton(bar);
    m_detailButton->setText(tr("&Details"));
    m_detailButton->setToolTip(tr("Show or hide the selected action's details (F4)"));
    m_detailButton->setShortcut(QKeySequence(Qt::Key_F4));
    m_detailButton->setCheckable(true);
    m_detailButton->setChecked(true);
    connect(m_detailButton, &QToolButton::toggled, this, &PlanView::showDetail);
    shown->addWidget(m_detailButton);

    m_add = new QPushButton(appIcon("add"), tr("Add action…"), bar);
    m_add->setToolTip(tr("Add an improvement action to the enterprise's plan"));
    connect(m_add, &QPushButton::clicked, this, &PlanView::addNewAction);
    actions->addWidget(m_add);

    m_move = new QPushButton(tr("&Move to"), bar);
    m_move->setToolTip(tr("Give the selected action another status"));
    auto* moveMenu = new QMenu(m_move);
    connect(moveMenu, &QMenu::aboutToShow, this, [this, moveMenu] { fillMoveMenu(moveMenu, m_current); });
    m_move->setMenu(moveMenu);
    actions->addWidget(m_move);

    m_delete = new QPushButton(appIcon("remove"), tr("Delete"), bar);
    m_delete->setToolTip(tr("Move the selected action to the recycle bin (Delete; undo with Ctrl+Z)"));
    connect(m_delete, &QPushButton::clicked, this, &PlanView::deleteCurrent);
    actions->addWidget(m_delete);
    return bar;
}

void PlanView::fillModules()
{
    const QString previous = m_module->currentData().toString();
    QSignalBlocker block(m_module);
    m_module->clear();
    m_module->addItem(tr("All modules"), QString());
    if (auto modules = loadModules(session().workspace()))
        for (const ModuleInfo& m : *modules)
            m_module->addItem(moduleShortName(m.code), m.code);
    m_module->setCurrentIndex(std::max(0, m_module->findData(previous)));
}

void PlanView::applyRole(Role role)
{
    const bool trainer = role == Role::Trainer;
    m_scope->setVisible(trainer);
    if (!trainer && m_actions->allEnterprises())
        setAllEnterprises(false);
    showDefaultColumns();
}

void PlanView::showDefaultColumns()
{
    // What fits beside the detail panel; the header's menu shows the rest (module, start,
    // money, KPI). Managers review approvals; trainers compare enterprises.
    const bool manager = session().role() == Role::Manager;
    for (int c = 0; c < ActionTableModel::ColumnCount; ++c) {
        bool shown = c == ActionTableModel::Title || c == ActionTableModel::Owner || c == ActionTableModel::Due
                     || c == ActionTableModel::Status || c == ActionTableModel::Priority;
        shown = shown || (c == ActionTableModel::Approval && manager) || (c == ActionTableModel::Enterprise && m_actions->allEnterprises());
        m_table->setColumnHidden(c, !shown);
    }
}

void PlanView::followEnterprise(const QString& id)
{
    if (!m_actions->allEnterprises())
        m_actions->setScope(id, false);
}

void PlanView::setAllEnterprises(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
    m_actions->setScope(session().currentEnterprise(), all);
    showDefaultColumns();
}

void PlanView::setFilterText(const QString& text)
{
    if (m_search->text() != text) {
        m_search->setText(text);  // comes back here through textChanged
        return;
    }
    m_filter->setSearchText(text);
    m_board->setSearchText(text);
    updateSummary();
}

void PlanView::showBoard(bool board)
{
    m_boardButton->setChecked(board);
    m_tableButton->setChecked(!board);
    m_stack->setCurrentWidget(board ? static_cast<QWidget*>(m_boardScroll) : m_table);
    showDetail(board ? m_detailWithBoard : m_detailWithTable);
    m_selecting = true;
    if (board)
        m_board->setCurrentAction(m_current);
    m_selecting = false;
    if (!board)
        selectAction(m_current);
}

bool PlanView::boardShown() const { return m_stack->currentWidget() == m_boardScroll; }

void PlanView::showDetail(bool shown)
{
    (boardShown() ? m_detailWithBoard : m_detailWithTable) = shown;
    m_detail->setVisible(shown);
    const QSignalBlocker block(m_detailButton);
    m_detailButton->setChecked(shown);
}

void PlanView::selectAction(const QString& id)
{
    m_current = id;
    m_problem->hide();
    m_selecting = true;
    const int row = m_filter->proxyRowOf(id);
    if (row >= 0) {
        const QModelIndex index = m_filter->index(row, ActionTableModel::Title);
        if (m_table->currentIndex().row() != row)
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clearSelection();
    }
    if (boardShown() && m_board->currentAction() != id)
        m_board->setCurrentAction(id);
    m_selecting = false;
    const bool exists = m_actions->rowOf(id) >= 0;
    m_detail->setAction(exists ? id : QString());
    m_move->setEnabled(exists);
    m_delete->setEnabled(exists);
}

void PlanView::afterReload()
{
    // Keep the same action selected; a deleted one gives way to its neighbour in the table.
    if (!m_current.isEmpty() && m_actions->rowOf(m_current) < 0) {
        const int row = std::min(m_table->currentIndex().row(), m_filter->rowCount() - 1);
        m_current = row >= 0 ? m_filter->idAt(row) : QString();
    }
    if (m_current.isEmpty() && m_filter->rowCount() > 0)
        m_current = m_filter->idAt(0);
    selectAction(m_current);
    m_add->setEnabled(!session().currentEnterprise().isEmpty() || m_actions->allEnterprises());
    updateSummary();
}

void PlanView::updateSummary()
{
    const auto& all = m_actions->actions();
    int open = 0;
    int overdue = 0;
    double estimated = 0;
    double verified = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        const ActionRow& a = all[i];
        open += a.isOpen() ? 1 : 0;
        overdue += m_actions->isOverdue(static_cast<int>(i)) ? 1 : 0;
        if (a.status != u"dropped") {
            estimated += a.estimatedSavings.value_or(0);
            verified += a.verifiedSavings.value_or(0);
        }
    }
    QStringList parts;
    const int shown = m_filter->rowCount();
    const int total = static_cast<int>(all.size());
    if (total == 0) {
        m_summary->setText(m_actions->allEnterprises() || !session().currentEnterprise().isEmpty()
                               ? tr("No improvement actions yet. Add the first one with “Add action…”.")
                               : tr("Choose an enterprise to see its improvement plan."));
        return;
    }
    if (shown == total)
        parts << (total == 1 ? tr("1 action") : tr("%1 actions").arg(total));
    else
        parts << (total == 1 ? tr("Showing %1 of 1 action").arg(shown) : tr("Showing %1 of %2 actions").arg(shown).arg(total));
    parts << tr("%1 open").arg(open);
    if (overdue > 0)
        parts << tr("<span style=\"color:#b02a1a\"><b>%1 overdue</b></span>").arg(overdue);
    // Money adds up within one enterprise (one currency).
    if (!m_actions->allEnterprises() && !all.empty()) {
        if (estimated > 0)
            parts << tr("estimated savings %1").arg(m_actions->money(all.front(), estimated).toHtmlEscaped());
        if (verified > 0)
            parts << tr("verified savings %1").arg(m_actions->money(all.front(), verified).toHtmlEscaped());
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void PlanView::moveAction(const QString& id, const QString& status)
{
    const Status s = edit::setActionStatus(session(), id, status);
    if (!s) {
        showProblem(s.message());
        return;
    }
    selectAction(id);
}

void PlanView::deleteCurrent()
{
    const int row = m_actions->rowOf(m_current);
    if (row < 0)
        return;
    const ActionRow a = m_actions->action(row);
    const Status s = edit::remove(session(), kEntity, a.id, tr("Delete action “%1”").arg(a.title));
    if (!s)
        showProblem(s.message());
}

void PlanView::addNewAction()
{
    QString enterprise = session().currentEnterprise();
    if (m_actions->allEnterprises() && m_actions->rowOf(m_current) >= 0)
        enterprise = m_actions->action(m_actions->rowOf(m_current)).enterpriseId;
    if (enterprise.isEmpty()) {
        showProblem(tr("Choose an enterprise before adding an action to its plan."));
        return;
    }
    NewActionDialog dialog(session(), enterprise, m_module->currentData().toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto created = edit::addAction(session(), enterprise, dialog.title(), dialog.moduleId(), dialog.ownerId(), dialog.dueDate());
    if (!created) {
        showProblem(created.message());
        return;
    }
    selectAction(*created);
    m_detail->focusTitle();
}

void PlanView::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}

void PlanView::fillMoveMenu(QMenu* menu, const QString& id)
{
    menu->clear();
    const int row = m_actions->rowOf(id);
    const QString status = row >= 0 ? m_actions->action(row).status : QString();
    for (const QString& s : ActionBoard::statuses()) {
        QAction* a = menu->addAction(valueLabel(u"status", s));
        a->setCheckable(true);
        a->setChecked(s == status);
        a->setEnabled(row >= 0 && s != status);
        connect(a, &QAction::triggered, this, [this, id, s] { moveAction(id, s); });
    }
}

void PlanView::showActionMenu(const QString& id, const QPoint& globalPos)
{
    selectAction(id);
    QMenu menu(this);
    QMenu* move = menu.addMenu(tr("Move to"));
    fillMoveMenu(move, id);
    if (session().role() == Role::Manager) {
        menu.addSeparator();
        menu.addAction(appIcon("approve"), tr("Approve"), m_detail, &ActionDetail::approve);
        menu.addAction(appIcon("return"), tr("Return…"), m_detail, &ActionDetail::returnForRework);
    }
    menu.addSeparator();
    menu.addAction(appIcon("history"), tr("History"), this, [this] { m_detail->showTab(ActionDetail::HistoryTab); });
    menu.addAction(appIcon("remove"), tr("Delete"), this, &PlanView::deleteCurrent);
    menu.exec(globalPos);
}

void PlanView::prepareForScreenshot()
{
    if (m_actions->allEnterprises())
        setAllEnterprises(false);
    followEnterprise(session().currentEnterprise());
    showBoard(false);
    showDetail(true);
    // An overdue action, as the counsellor or manager would look at it first.
    QString pick;
    for (int row = 0; row < m_filter->rowCount() && pick.isEmpty(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ActionTableModel::OverdueRole).toBool())
            pick = index.data(ActionTableModel::IdRole).toString();
    }
    if (pick.isEmpty() && m_filter->rowCount() > 0)
        pick = m_filter->idAt(0);
    selectAction(pick);
    m_detail->showTab(ActionDetail::DetailsTab);
    m_splitter->setSizes({580, 460});
}

}  // namespace score
