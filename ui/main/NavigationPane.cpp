#include "main/NavigationPane.h"

#include "models/NavigationModel.h"
#include "views/programme/ProgrammeActions.h"
#include "widgets/EmptyState.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace score {

NavigationPane::NavigationPane(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(&session), m_model(new NavigationModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)), m_pages(new QStackedWidget(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(NavigationModel::NameColumn);

    m_filter->setPlaceholderText(tr("Filter enterprises (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter enterprises"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_tree->expandAll();
    });

    m_tree->setModel(m_proxy);
    m_tree->setAccessibleName(tr("Cohorts and enterprises"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NavigationModel::NameColumn, QHeaderView::Stretch);
    // A count of open actions needs at most three digits; measuring the rows for it would make
    // start-up grow with the number of enterprises.
    m_tree->header()->setSectionResizeMode(NavigationModel::OpenActionsColumn, QHeaderView::Fixed);
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1) + 1;
    m_tree->header()->resizeSection(NavigationModel::OpenActionsColumn,
                                    std::max(m_tree->header()->sectionSizeHint(NavigationModel::OpenActionsColumn),
                                             m_tree->fontMetrics().horizontalAdvance(QStringLiteral("000")) + margins));
    m_tree->expandAll();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        showCurrent(m_session->currentEnterprise());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!m_following && current.data(NavigationModel::KindRole).toString() == u"enterprise")
            m_session->setCurrentEnterprise(current.data(NavigationModel::IdRole).toString());
    });
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &NavigationPane::showCurrent);

    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &NavigationPane::showContextMenu);

    // A workspace with nothing in it: the pane says what it will list, and the view beside it
    // offers the buttons (both offering them was two answers to one question).
    auto* empty = new EmptyState(tr("No cohorts yet"),
                                 tr("Your cohorts and their enterprises will be listed here. File ▸ New adds them: a cohort with "
                                    "Ctrl+Shift+C, an enterprise with Ctrl+Shift+E."),
                                 this);
    m_empty = empty;
    m_pages->addWidget(m_tree);
    m_pages->addWidget(m_empty);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigationPane::updateEmptyState);

    // Narrower, a small laptop's window squeezed the pane to "Hoàng G…" beside a wide view.
    setMinimumWidth(fontMetrics().averageCharWidth() * 24);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_pages);
    setTabOrder(m_filter, m_tree);
    showCurrent(session.currentEnterprise());
    updateEmptyState();
}

void NavigationPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_pages->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_tree));
    m_filter->setEnabled(!empty);
}

QString NavigationPane::currentCohort() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        const QModelIndex cohort = current.parent().isValid() ? current.parent() : current;
        return cohort.siblingAtColumn(NavigationModel::NameColumn).data(NavigationModel::IdRole).toString();
    }
    for (const EnterpriseListRow& e : m_session->enterprises())
        if (e.id == m_session->currentEnterprise())
            return e.cohortId;
    return {};
}

void NavigationPane::showContextMenu(const QPoint& at)
{
    const QModelIndex index = m_tree->indexAt(at).siblingAtColumn(NavigationModel::NameColumn);
    const QString kind = index.data(NavigationModel::KindRole).toString();
    const QString id = index.data(NavigationModel::IdRole).toString();
    QMenu menu(this);
    if (kind == u"cohort" && !id.isEmpty()) {
        menu.addAction(tr("New enterprise in this cohort…"), this, [this, id] { programme::newEnterprise(*m_session, this, id); });
        menu.addAction(tr("Change the cohort…"), this, [this, id] { programme::editCohort(*m_session, this, id); });
        menu.addSeparator();
        const bool archived = index.data(NavigationModel::ArchivedRole).toBool();
        menu.addAction(archived ? tr("Bring back from the archive") : tr("Archive the cohort"), this,
                       [this, id, archived] { programme::setArchived(*m_session, this, ProgrammeKind::Cohort, id, !archived); });
        menu.addAction(tr("Delete the cohort…"), this, [this, id] { programme::remove(*m_session, this, ProgrammeKind::Cohort, id); });
    } else if (kind == u"enterprise") {
        m_session->setCurrentEnterprise(id);
        menu.addAction(tr("New member of its improvement team…"), this, [this, id] { programme::newPerson(*m_session, this, id); });
        QMenu* move = menu.addMenu(tr("Move to cohort"));
        auto cohorts = m_session->queries().cohorts();
        const QString here = index.parent().data(NavigationModel::IdRole).toString();
        if (cohorts) {
            for (const CohortRow& c : *cohorts) {
                if (c.id == here || c.archived)
                    continue;
                move->addAction(c.name, this, [this, id, cohort = c.id] { programme::moveToCohort(*m_session, this, id, cohort); });
            }
        }
        move->setEnabled(!move->isEmpty());
        menu.addSeparator();
        const bool archived = index.data(NavigationModel::ArchivedRole).toBool();
        menu.addAction(archived ? tr("Bring back from the archive") : tr("Archive the enterprise"), this,
                       [this, id, archived] { programme::setArchived(*m_session, this, ProgrammeKind::Enterprise, id, !archived); });
        menu.addAction(tr("Delete the enterprise…"), this,
                       [this, id] { programme::remove(*m_session, this, ProgrammeKind::Enterprise, id); });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("New cohort…"), this, [this] { programme::newCohort(*m_session, this); });
    menu.addAction(tr("New enterprise…"), this, [this] { programme::newEnterprise(*m_session, this, currentCohort()); });
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

void NavigationPane::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void NavigationPane::showCurrent(const QString& enterpriseId)
{
    const QModelIndex source = m_model->indexOfEnterprise(enterpriseId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid() && m_tree->currentIndex() != index) {
        m_following = true;
        m_tree->setCurrentIndex(index);
        // Before the pane is laid out its tree is a few pixels high: scrolling there would leave
        // the enterprise on the top row with its cohort hidden above it. showEvent scrolls then.
        if (m_tree->isVisible())
            m_tree->scrollTo(index);
        m_following = false;
    }
}

void NavigationPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    const QModelIndex current = m_tree->currentIndex();
    // The enterprise under its cohort's heading, the cohort at the top.
    if (current.parent().isValid())
        m_tree->scrollTo(current.parent(), QAbstractItemView::PositionAtTop);
    m_tree->scrollTo(current);
}

}  // namespace score
