#include "main/NavigationPane.h"

#include "models/NavigationModel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace score {

NavigationPane::NavigationPane(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent), m_session(&session), m_model(new NavigationModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this))
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    setTabOrder(m_filter, m_tree);
    showCurrent(session.currentEnterprise());
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
