#include "views/checklist/ChecklistView.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "models/ChecklistModel.h"
#include "views/checklist/ChecklistEdits.h"
#include "views/checklist/ChecklistItemPanel.h"
#include "views/checklist/NewAssessmentDialog.h"
#include "widgets/FlowRow.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace score {

namespace {
enum Page { EmptyPage, EditorPage };

QString assessmentLabel(const AssessmentRow& a)
{
    return ChecklistView::tr("%1 — %2 — %3 — v%4")
        .arg(QLocale().toString(a.date, QLocale::ShortFormat), moduleShortName(a.moduleCode), valueLabel(u"kind", a.kind))
        .arg(a.templateVersion);
}
}  // namespace

ChecklistView::ChecklistView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_model(new ChecklistModel(session, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(buildBar());

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_pages = new QStackedWidget(this);
    m_empty = new QLabel(m_pages);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_pages->addWidget(m_empty);

    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    m_list = new QTreeView(left);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Checklist items"));
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setExpandsOnDoubleClick(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIndentation(0);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setIconSize(QSize(12, 12));
    QHeaderView* header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistModel::Statement, QHeaderView::Stretch);
    header->setSectionResizeMode(ChecklistModel::Comment, QHeaderView::Fixed);
    header->setSectionResizeMode(ChecklistModel::Photos, QHeaderView::Fixed);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(ChecklistModel::Number, em * 3);
    header->resizeSection(ChecklistModel::Answer, em * 9);
    header->resizeSection(ChecklistModel::Previous, em * 9);
    header->resizeSection(ChecklistModel::Comment, em * 2 + 6);
    header->resizeSection(ChecklistModel::Photos, em * 3);
    header->setMinimumSectionSize(em * 2);
    m_list->installEventFilter(this);
    leftLayout->addWidget(m_list, 1);

    const QString keys = tr("Y yes · P partly · N no · A not applicable · 1–5 rating · ↑↓ or J K move · "
                            "Enter comment (or value) · Esc back to the list · Ctrl+U next unanswered · Delete clears");
    m_keys = new QLabel(keys, left);
    m_keys->setWordWrap(true);
    m_keys->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_keys->setAccessibleName(tr("Keyboard keys"));
    m_keys->setToolTip(tr("<p><b>Keys in the list</b></p><table>"
                          "<tr><td>Y, P, N, A</td><td>Yes, Partly, No, Not applicable — then the next item</td></tr>"
                          "<tr><td>1 … 5</td><td>Rating of a 1–5 item — then the next item</td></tr>"
                          "<tr><td>digits</td><td>Start typing the value of a number item; Enter saves and moves on</td></tr>"
                          "<tr><td>↓ ↑, J K</td><td>Next or previous item</td></tr>"
                          "<tr><td>Enter</td><td>Write a comment (or the value of a number or text item)</td></tr>"
                          "<tr><td>Esc, Ctrl+Enter</td><td>Back to the list from a box</td></tr>"
                          "<tr><td>Ctrl+U</td><td>Next unanswered item</td></tr>"
                          "<tr><td>Delete</td><td>Clear the answer</td></tr>"
                          "<tr><td>Ctrl+Z</td><td>Undo the last answer</td></tr></table>"));
    m_list->setToolTip(m_keys->toolTip());
    leftLayout->addWidget(m_keys);

    m_panelScroll = new QScrollArea(m_splitter);
    m_panelScroll->setWidgetResizable(true);
    m_panelScroll->setFrameShape(QFrame::StyledPanel);
    m_panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panel = new ChecklistItemPanel(session, *m_model, m_panelScroll);
    m_panelScroll->setWidget(m_panel);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_panelScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({620, 400});
    m_pages->addWidget(m_splitter);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_assessments, m_new);
    setTabOrder(m_new, m_complete);
    setTabOrder(m_complete, m_list);
    setTabOrder(m_list, m_panel->firstTabStop());
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        showProblem({});  // a message was about the item left behind; a refused save below shows again
        m_panel->showItem(current);
        keepPanelWhole();
        m_panelScroll->ensureVisible(0, 0);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_list->expandAll();
        updateSummary();
        // A reset clears the current row without telling; choose one again.
        QModelIndex target = m_model->nextUnanswered({});
        setCurrent(target.isValid() ? target : m_model->firstItem());
    });
    connect(m_model, &ChecklistModel::answersChanged, this, [this] {
        updateSummary();
        m_panel->refresh();
    });
    connect(m_panel, &ChecklistItemPanel::answerChosen, this, [this](const QString& answer) { answerCurrent(answer, false); });
    connect(m_panel, &ChecklistItemPanel::valueEntered, this, [this] {
        moveBy(1);
        returnToList();
    });
    connect(m_panel, &ChecklistItemPanel::returnToList, this, &ChecklistView::returnToList);
    connect(m_panel, &ChecklistItemPanel::problem, this, &ChecklistView::showProblem);

    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &ChecklistView::enterpriseChanged);
    connect(&session, &WorkspaceSession::currentAssessmentChanged, this, &ChecklistView::showAssessment);
    connect(&session, &WorkspaceSession::recordsChanged, this, [this](const QString& entity) {
        if (entity.isEmpty() || entity == u"assessment")
            fillAssessments();
    });
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &ChecklistView::fillAssessments);

    // Built when first shown: the session's assessment may belong to an enterprise chosen before.
    enterpriseChanged();
    showAssessment(session.currentAssessment());
}

QIcon ChecklistView::icon() { return appIcon("checklist"); }

QWidget* ChecklistView::buildBar()
{
    auto* bar = new QWidget(this);
    auto* row = new FlowRow(bar);
    auto* label = new QLabel(tr("&Assessment"), bar);
    m_assessments = new QComboBox(bar);
    m_assessments->setAccessibleName(tr("Assessment"));
    m_assessments->setToolTip(tr("The current enterprise's assessments: date — module — kind — template version"));
    m_assessments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assessments->setMinimumContentsLength(24);
    label->setBuddy(m_assessments);
    connect(m_assessments, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            session().setCurrentAssessment(m_assessments->currentData().toString());
    });
    m_new = new QPushButton(appIcon("add"), tr("New assessment…"), bar);
    m_new->setToolTip(tr("Start a new assessment of this enterprise against the checklist in force"));
    connect(m_new, &QPushButton::clicked, this, &ChecklistView::newAssessment);
    m_complete = new QCheckBox(tr("&Complete"), bar);
    m_complete->setToolTip(tr("Mark the assessment complete when every item has been assessed; drafts can still change"));
    m_complete->setAccessibleName(tr("Assessment complete"));
    connect(m_complete, &QCheckBox::clicked, this, &ChecklistView::setComplete);

    m_score = new QLabel(bar);
    m_score->setTextFormat(Qt::RichText);
    m_score->setAccessibleName(tr("Overall score"));
    m_answered = new QProgressBar(bar);
    m_answered->setAccessibleName(tr("Items answered"));
    m_answered->setTextVisible(true);
    m_answered->setMaximumWidth(170);
    m_answered->setMinimumWidth(130);

    // The assessment with its buttons, and the score with the answered count, each stay on one
    // line; on a small laptop's screen the score goes on the line below.
    auto* choose = new QWidget(bar);
    auto* chooseRow = new QHBoxLayout(choose);
    chooseRow->setContentsMargins(0, 0, 0, 0);
    chooseRow->addWidget(label);
    chooseRow->addWidget(m_assessments);
    chooseRow->addWidget(m_new);
    chooseRow->addSpacing(8);
    chooseRow->addWidget(m_complete);
    row->addWidget(choose);
    row->addStretch();
    auto* progress = new QWidget(bar);
    auto* progressRow = new QHBoxLayout(progress);
    progressRow->setContentsMargins(0, 0, 0, 0);
    progressRow->addWidget(m_score);
    auto* nextUnanswered = new QToolButton(bar);
    nextUnanswered->setIcon(appIcon("next-unanswered"));
    nextUnanswered->setToolTip(tr("Next unanswered item (Ctrl+U)"));
    nextUnanswered->setAccessibleName(tr("Next unanswered item"));
    nextUnanswered->setAutoRaise(true);
    nextUnanswered->setFocusPolicy(Qt::TabFocus);
    connect(nextUnanswered, &QToolButton::clicked, this, [this] {
        goToNextUnanswered();
        m_list->setFocus();
    });
    progressRow->addSpacing(8);
    progressRow->addWidget(m_answered);
    progressRow->addWidget(nextUnanswered);
    row->addWidget(progress);
    return bar;
}

void ChecklistView::enterpriseChanged()
{
    fillAssessments();
    // An assessment of another enterprise is not current any more: show this one's latest.
    if (m_assessments->findData(session().currentAssessment()) < 0)
        session().setCurrentAssessment(m_assessments->count() > 0 ? m_assessments->itemData(0).toString() : QString());
}

void ChecklistView::fillAssessments()
{
    m_filling = true;
    m_assessments->clear();
    auto rows = session().queries().assessments(session().currentEnterprise());
    if (rows) {
        // Newest first: the one being filled in is usually the latest.
        for (auto it = rows->rbegin(); it != rows->rend(); ++it)
            m_assessments->addItem(assessmentLabel(*it), it->id);
    }
    m_assessments->setCurrentIndex(m_assessments->findData(session().currentAssessment()));
    m_assessments->setEnabled(m_assessments->count() > 0);
    m_new->setEnabled(!session().currentEnterprise().isEmpty());
    m_filling = false;
    // The current assessment went away (its creation undone, or deleted elsewhere).
    if (!session().currentAssessment().isEmpty() && m_assessments->currentIndex() < 0
        && m_model->assessmentId() == session().currentAssessment() && !m_model->assessment()) {
        session().setCurrentAssessment(m_assessments->count() > 0 ? m_assessments->itemData(0).toString() : QString());
    }
    updateSummary();
}

void ChecklistView::showAssessment(const QString& id)
{
    // Text typed for the item shown belongs to the assessment shown: save it first.
    m_panel->commitText();
    const QString key = currentItemKey();
    m_filling = true;
    m_assessments->setCurrentIndex(m_assessments->findData(id));
    m_filling = false;
    m_model->setAssessment(id);
    QModelIndex target = key.isEmpty() ? QModelIndex() : m_model->indexOfItem(key);
    if (!target.isValid())
        target = m_model->nextUnanswered({});
    if (!target.isValid())
        target = m_model->firstItem();
    setCurrent(target);
    updateSummary();
}

void ChecklistView::updateSummary()
{
    const auto& a = m_model->assessment();
    const bool has = a.has_value() && m_model->checklist();
    if (!has) {
        QString text;
        if (session().currentEnterprise().isEmpty())
            text = tr("Choose an enterprise in the navigation pane to see its checklists.");
        else if (m_assessments->count() == 0)
            text = tr("This enterprise has no assessment yet.\nStart one with New assessment…: the checklist in force for the module "
                      "is used, and answers are saved as you go.");
        else
            text = tr("Choose an assessment above.");
        m_empty->setText(text);
        m_pages->setCurrentIndex(EmptyPage);
    } else {
        m_pages->setCurrentIndex(EditorPage);
    }
    m_complete->setEnabled(has);
    m_complete->setChecked(has && a->status == u"complete");
    m_score->setVisible(has);
    m_answered->setVisible(has);
    if (!has)
        return;
    const AssessmentScore& s = m_model->score();
    QString text = tr("Overall <b style=\"font-size:large\">%1</b>").arg(s.overall ? ChecklistModel::scoreText(s.overall) : tr("—"));
    if (const auto& p = m_model->previousAssessment()) {
        const AssessmentScore& ps = m_model->previousScore();
        text += tr(" &nbsp;·&nbsp; %1 %2: %3")
                    .arg(valueLabel(u"kind", p->kind).toHtmlEscaped(), QLocale().toString(p->date, QLocale::ShortFormat),
                         ps.overall ? ChecklistModel::scoreText(ps.overall) : tr("—"));
    }
    m_score->setText(text);
    m_answered->setMaximum(std::max(1, s.items));
    m_answered->setValue(s.answered);
    m_answered->setFormat(tr("%1 of %2 answered").arg(s.answered).arg(s.items));
}

QString ChecklistView::currentItemKey() const
{
    return m_list->currentIndex().siblingAtColumn(0).data(ChecklistModel::ItemKeyRole).toString();
}

void ChecklistView::selectItem(const QString& itemKey) { setCurrent(m_model->indexOfItem(itemKey)); }

QString ChecklistView::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void ChecklistView::setCurrent(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_panel->showItem({});
        return;
    }
    m_list->setCurrentIndex(index.siblingAtColumn(0));
    m_list->scrollTo(index.siblingAtColumn(0));
}

void ChecklistView::showProblem(const QString& message)
{
    m_problem->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ChecklistView::showNotice(const QString& message)
{
    m_problem->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ChecklistView::answerCurrent(const QString& answer, bool advance)
{
    const QModelIndex current = m_list->currentIndex().siblingAtColumn(0);
    const TemplateItemInfo* item = m_model->item(current);
    if (!item || !m_model->assessment())
        return;
    // A comment still being typed for this item is saved before its answer.
    if (!m_panel->commitText())
        return;
    const QString number = m_model->itemNumber(current);
    const QString description = answer.isEmpty() ? tr("Clear the answer to item %1").arg(number)
                                                 : tr("Answer item %1: %2").arg(number, ChecklistModel::answerText(*item, answer));
    const auto saved = checklist::saveAnswer(session(), m_model->assessmentId(), *item, answer, description);
    if (!saved) {
        showProblem(saved.message());
        m_panel->refresh();  // the buttons show the stored answer again
        return;
    }
    showProblem({});
    if (advance)
        moveBy(1);
}

void ChecklistView::moveBy(int step)
{
    const QModelIndex next = m_model->stepItem(m_list->currentIndex().siblingAtColumn(0), step);
    if (next.isValid())
        setCurrent(next);
}

void ChecklistView::goToNextUnanswered()
{
    const QModelIndex next = m_model->nextUnanswered(m_list->currentIndex());
    if (next.isValid()) {
        setCurrent(next);
        showProblem({});
    } else if (m_model->checklist()) {
        showNotice(tr("Every item of this assessment is answered."));
    }
}

void ChecklistView::returnToList() { m_list->setFocus(Qt::ShortcutFocusReason); }

bool ChecklistView::handleListKey(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (key == Qt::Key_U && mods == Qt::ControlModifier) {
        goToNextUnanswered();
        return true;
    }
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return false;
    const QModelIndex current = m_list->currentIndex().siblingAtColumn(0);
    const TemplateItemInfo* item = m_model->item(current);
    const QString type = item ? item->responseType : QString();
    switch (key) {
    case Qt::Key_Y:
    case Qt::Key_P:
    case Qt::Key_N:
    case Qt::Key_A: {
        if (type == u"ynp") {
            const char* answer = key == Qt::Key_Y ? "yes" : key == Qt::Key_P ? "partly" : key == Qt::Key_N ? "no" : "na";
            answerCurrent(QString::fromLatin1(answer), true);
        } else if (item) {
            showProblem(type == u"scale5"   ? tr("Item %1 takes a rating from 1 to 5.").arg(m_model->itemNumber(current))
                        : type == u"number" ? tr("Item %1 takes a number: type it, then Enter.").arg(m_model->itemNumber(current))
                                            : tr("Item %1 takes a text: press Enter to write it.").arg(m_model->itemNumber(current)));
        }
        return true;  // never a type-ahead jump in the list
    }
    case Qt::Key_J:
    case Qt::Key_Down:
        if (mods != Qt::NoModifier)
            return false;
        moveBy(1);
        return true;
    case Qt::Key_K:
    case Qt::Key_Up:
        if (mods != Qt::NoModifier)
            return false;
        moveBy(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (item)
            m_panel->focusEditor();
        else
            moveBy(1);
        return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (item && m_model->response(item->key) && !m_model->response(item->key)->answer.isEmpty())
            answerCurrent(QString(), false);
        return true;
    default: break;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (type == u"scale5") {
            if (digit >= 1 && digit <= 5)
                answerCurrent(QString::number(digit), true);
            else
                showProblem(tr("Item %1 takes a rating from 1 to 5.").arg(m_model->itemNumber(current)));
            return true;
        }
        if (type == u"number")
            return m_panel->startNumber(QString::number(digit));
        return item != nullptr;
    }
    // Other letters would jump to a row by its number: keep the list where it is.
    return !event->text().isEmpty() && event->text().at(0).isLetterOrNumber() && mods == Qt::NoModifier;
}

void ChecklistView::keyPressEvent(QKeyEvent* event)
{
    if (m_pages->currentIndex() == EditorPage && handleListKey(event))
        return;
    WorkspaceView::keyPressEvent(event);
}

void ChecklistView::keepPanelWhole()
{
    // The panel scrolls up and down only: narrower than its minimum, its right edge is cut off
    // (in Vietnamese the answer buttons ended "Không áp dụng (A"), so the list gives way. It
    // only grows, so that moving between items never makes the splitter jump back and forth.
    const int needed = m_panel->minimumSizeHint().width() + 2 * m_panelScroll->frameWidth()
                       + m_panelScroll->verticalScrollBar()->sizeHint().width();
    if (needed > m_panelScroll->minimumWidth())
        m_panelScroll->setMinimumWidth(needed);
}

bool ChecklistView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress && handleListKey(static_cast<QKeyEvent*>(event)))
        return true;
    if (watched == m_list && event->type() == QEvent::Resize)
        fitColumns();
    return WorkspaceView::eventFilter(watched, event);
}

void ChecklistView::fitColumns()
{
    // In a narrow list (a small laptop's screen) the previous answer leaves its column to the
    // item's words, which were cut to "A s…"; the panel beside shows it for the current item.
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_list->setColumnHidden(ChecklistModel::Previous, m_list->width() < em * 36);
}

void ChecklistView::newAssessment()
{
    if (session().currentEnterprise().isEmpty())
        return;
    m_panel->commitText();
    NewAssessmentDialog dialog(session(), m_model->templates(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdId().isEmpty())
        return;
    fillAssessments();
    session().setCurrentAssessment(dialog.createdId());
    setCurrent(m_model->firstItem());
    m_list->setFocus();
}

void ChecklistView::setComplete(bool complete)
{
    const auto& a = m_model->assessment();
    if (!a)
        return;
    const Status s = edit::setField(session(), QStringLiteral("assessment"), a->id, QStringLiteral("status"),
                                    complete ? QStringLiteral("complete") : QStringLiteral("draft"),
                                    complete ? tr("Mark the assessment complete") : tr("Reopen the assessment as a draft"));
    showProblem(s ? QString() : s.message());
    updateSummary();
}

void ChecklistView::prepareForScreenshot()
{
    // The latest assessment that has one before it shows answers beside previous answers.
    auto rows = session().queries().assessments(session().currentEnterprise());
    QString chosen = session().currentAssessment();
    if (rows && !rows->empty()) {
        chosen = rows->back().id;
        for (auto it = rows->rbegin(); it != rows->rend(); ++it) {
            auto previous = session().queries().previousAssessment(*it);
            if (previous && previous->has_value()) {
                chosen = it->id;
                break;
            }
        }
    }
    session().setCurrentAssessment(chosen);
    showAssessment(chosen);
    // An item near the top whose answer changed since last time, ideally with a comment.
    QModelIndex pick;
    int best = -1;
    int row = 0;
    for (int s = 0; s < m_model->rowCount() && row < 16; ++s, ++row) {
        const QModelIndex section = m_model->index(s, 0);
        for (int i = 0; i < m_model->rowCount(section) && row < 16; ++i, ++row) {
            const QModelIndex index = m_model->index(i, 0, section);
            const QString answer = index.data(ChecklistModel::AnswerRole).toString();
            const QString before = index.data(ChecklistModel::PreviousAnswerRole).toString();
            const int value = (answer != before && !before.isEmpty() ? 2 : 0)
                              + (!index.data(ChecklistModel::CommentRole).toString().isEmpty() ? 1 : 0)
                              + (index.data(ChecklistModel::ResponseTypeRole).toString() == u"ynp" ? 1 : 0);
            if (value > best) {
                best = value;
                pick = index;
            }
        }
    }
    if (pick.isValid())
        setCurrent(pick);
    m_list->scrollToTop();
    m_splitter->setSizes({630, 390});
    m_list->setFocus();
}

}  // namespace score
