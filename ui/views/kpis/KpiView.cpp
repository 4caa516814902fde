#include "views/kpis/KpiView.h"

#include "domain/Labels.h"
#include "edit/Edits.h"
#include "models/KpiReadingModel.h"
#include "models/KpiSummaryModel.h"
#include "views/kpis/KpiCharts.h"
#include "views/kpis/KpiReadingDialog.h"
#include "widgets/ElidingComboBox.h"
#include "widgets/FillColumn.h"
#include "widgets/FlowRow.h"
#include "widgets/Icons.h"
#include "widgets/RecordTable.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace score {

namespace {
QChartView* makeChartView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(name);
    // Two rows of charts above each other fit a small laptop's 600 pixels with the table beside.
    view->setMinimumHeight(150);
    return view;
}

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}
}  // namespace

KpiView::KpiView(WorkspaceSession& session, QWidget* parent)
    : WorkspaceView(session, parent), m_summary(new KpiSummaryModel(session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_readings(new KpiReadingModel(session, this)), m_module(new ElidingComboBox(this)), m_kpiTable(makeRecordTable(this, tr("KPIs"))),
      m_readingTable(makeRecordTable(this, tr("Readings"))), m_improvementChart(makeChartView(this, tr("Improvement against baseline"))),
      m_trendChart(makeChartView(this, tr("Trend"))), m_beforeAfterChart(makeChartView(this, tr("Before and after"))),
      m_explanation(new QLabel(this)), m_record(new QPushButton(appIcon("add"), tr("Record reading…"), this)),
      m_delete(new QPushButton(appIcon("remove"), tr("Delete reading"), this))
{
    m_proxy->setSourceModel(m_summary);
    m_proxy->setSortRole(KpiSummaryModel::SortRole);
    m_kpiTable->setModel(m_proxy);
    m_kpiTable->setSortingEnabled(true);
    m_kpiTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    FillColumn::install(m_kpiTable, KpiSummaryModel::Name);
    m_readingTable->setModel(m_readings);
    m_readingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readingTable->horizontalHeader()->setStretchLastSection(true);
    m_module->setAccessibleName(tr("Module"));
    // As wide as a short module name; a longer one ends with "…" (whole in the tooltip).
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_module->setMinimumContentsLength(18);
    m_explanation->setWordWrap(true);
    m_record->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    m_record->setToolTip(tr("Record this month's reading of the chosen KPI (Ctrl+R)"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Module:"), this));
    top->addWidget(m_module);
    top->addWidget(m_explanation, 1);

    // Upper row: the KPI table beside the improvement chart; lower row: the chosen KPI's
    // readings beside its trend and before/after charts.
    auto* upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(m_kpiTable);
    // Many KPIs (all modules) scroll rather than squeeze their names over each other.
    auto* improvementRoom = new QScrollArea(this);
    improvementRoom->setWidgetResizable(true);
    improvementRoom->setFrameShape(QFrame::NoFrame);
    improvementRoom->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    improvementRoom->setWidget(m_improvementChart);
    upper->addWidget(improvementRoom);
    upper->setSizes({460, 560});

    auto* readings = new QWidget(this);
    auto* readingsLayout = new QVBoxLayout(readings);
    readingsLayout->setContentsMargins(0, 0, 0, 0);
    // The buttons go below the title when the pane is narrow (on a small laptop's screen).
    auto* readingsHeader = new FlowRow;
    readingsHeader->addWidget(new QLabel(tr("Monthly readings of the chosen KPI"), readings));
    readingsHeader->addStretch();
    auto* readingsButtons = new QWidget(readings);
    auto* buttonsRow = new QHBoxLayout(readingsButtons);
    buttonsRow->setContentsMargins(0, 0, 0, 0);
    buttonsRow->addWidget(m_record);
    buttonsRow->addWidget(m_delete);
    readingsHeader->addWidget(readingsButtons);
    readingsLayout->addLayout(readingsHeader);
    readingsLayout->addWidget(m_readingTable, 1);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(readings);
    lower->addWidget(m_trendChart);
    lower->addWidget(m_beforeAfterChart);
    lower->setSizes({380, 420, 220});

    auto* rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(upper);
    rows->addWidget(lower);
    rows->setSizes({330, 350});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(rows, 1);

    connect(m_module, &QComboBox::currentIndexChanged, this, [this] {
        m_summary->setModule(m_module->currentData().toString());
        m_kpiTable->setColumnHidden(KpiSummaryModel::Module, !m_module->currentData().toString().isEmpty());
    });
    connect(m_kpiTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            selectKpi(current.data(KpiSummaryModel::KpiIdRole).toString());
    });
    connect(m_summary, &QAbstractItemModel::modelReset, this, [this] {
        const QString keep = m_kpi;
        m_kpi.clear();
        if (m_summary->rowOf(keep) >= 0) {
            selectKpi(keep);
            return;
        }
        // First the KPI that has readings, else the first one (to record its first reading).
        const auto& trends = m_summary->trends();
        const auto read = std::find_if(trends.begin(), trends.end(), [](const KpiTrend& t) { return !t.points.empty(); });
        selectKpi(read != trends.end() ? read->kpi.id : (trends.empty() ? QString() : trends.front().kpi.id));
    });
    connect(&session, &WorkspaceSession::currentEnterpriseChanged, this, &KpiView::fillModules);
    connect(&session, &WorkspaceSession::workspaceReloaded, this, &KpiView::fillModules);
    connect(m_record, &QPushButton::clicked, this, &KpiView::recordReading);
    connect(m_delete, &QPushButton::clicked, this, &KpiView::deleteReading);
    connect(m_readingTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_readingTable->selectionModel()->hasSelection()); });
    connect(m_readingTable, &QTableView::doubleClicked, this, &KpiView::recordReading);
    m_delete->setEnabled(false);
    fillModules();
}

QIcon KpiView::icon() { return appIcon("kpis"); }

void KpiView::fillModules()
{
    const QString keep = m_module->currentData().toString();
    const QSignalBlocker block(m_module);
    m_module->clear();
    m_module->addItem(tr("All modules"), QString());
    auto modules = loadModules(session().workspace());
    if (modules)
        for (const ModuleInfo& m : *modules)
            m_module->addItem(m.name, m.code);
    m_module->setCurrentIndex(std::max(0, m_module->findData(keep)));
    m_summary->setModule(m_module->currentData().toString());
    m_kpiTable->setColumnHidden(KpiSummaryModel::Module, !m_module->currentData().toString().isEmpty());
}

void KpiView::selectKpi(const QString& kpiId)
{
    if (kpiId == m_kpi && !kpiId.isEmpty())
        return;
    m_kpi = kpiId;
    const int row = m_summary->rowOf(kpiId);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_summary->index(row, 0));
        if (m_kpiTable->currentIndex().row() != index.row())
            m_kpiTable->setCurrentIndex(index);
    }
    const KpiTrend* trend = m_summary->trend(kpiId);
    m_readings->setKpi(kpiId, trend ? trend->kpi.decimals : 1);
    m_record->setEnabled(trend != nullptr);
    refreshCharts();
}

void KpiView::refreshCharts()
{
    const QString module = m_module->currentText();
    replaceChart(m_improvementChart, makeImprovementChart(m_summary->trends(), tr("Improvement against baseline — %1").arg(module)));
    m_improvementChart->setMinimumHeight(std::max(180, improvementChartHeight(m_summary->trends())));
    const KpiTrend* trend = m_summary->trend(m_kpi);
    if (!trend) {
        replaceChart(m_trendChart, new QChart);
        replaceChart(m_beforeAfterChart, new QChart);
        m_explanation->setText(session().currentEnterprise().isEmpty() ? tr("Choose an enterprise.")
                                                                       : tr("No KPI readings yet for this enterprise and module."));
        return;
    }
    replaceChart(m_trendChart, makeTrendChart(*trend));
    if (trend->points.empty()) {
        replaceChart(m_beforeAfterChart, new QChart);
        m_explanation->setText(
            tr("%1: no readings yet for this enterprise. Record the baseline with “Record reading…”.").arg(trend->kpi.name));
        return;
    }
    replaceChart(m_beforeAfterChart, makeBeforeAfterChart(*trend));
    const QString direction = trend->kpi.lowerIsBetter ? tr("lower is better") : tr("higher is better");
    if (trend->improvement && std::fabs(*trend->improvement) < 0.5)  // "better by 0 %" reads oddly
        m_explanation->setText(tr("%1: %2 → %3 %4 (%5), unchanged from the baseline.")
                                   .arg(trend->kpi.name, formatKpiValue(trend->kpi, trend->baseline),
                                        formatKpiValue(trend->kpi, trend->latest), trend->kpi.unit, direction));
    else if (trend->improvement)
        m_explanation->setText(tr("%1: %2 → %3 %4 (%5), that is %6 % %7 than the baseline.")
                                   .arg(trend->kpi.name, formatKpiValue(trend->kpi, trend->baseline),
                                        formatKpiValue(trend->kpi, trend->latest), trend->kpi.unit, direction,
                                        QLocale().toString(std::fabs(*trend->improvement), 'f', 0),
                                        *trend->improvement >= 0 ? tr("better") : tr("worse")));
    else
        m_explanation->setText(
            tr("%1 (%2): a baseline and a follow-up reading are needed to show the change.").arg(trend->kpi.name, direction));
}

void KpiView::recordReading()
{
    const KpiTrend* trend = m_summary->trend(m_kpi);
    if (!trend || session().currentEnterprise().isEmpty())
        return;
    KpiReadingDialog dialog(session(), trend->kpi, session().currentEnterprise(), trend->baseline, this);
    dialog.exec();
}

void KpiView::deleteReading()
{
    const QModelIndex index = m_readingTable->currentIndex();
    if (!index.isValid())
        return;
    const Status s = edit::remove(session(), QStringLiteral("kpi_reading"), index.data(KpiReadingModel::IdRole).toString(),
                                  tr("Delete KPI reading"));
    if (!s)
        QMessageBox::warning(this, tr("SCORE Desk"), s.message());
}

void KpiView::prepareForScreenshot()
{
    // Show the module with the most KPIs improving: a first look that means something.
    fillModules();
    int best = 0;
    int bestCount = -1;
    for (int i = 1; i < m_module->count(); ++i) {
        m_summary->setModule(m_module->itemData(i).toString());
        const auto& trends = m_summary->trends();
        const int count = static_cast<int>(
            std::count_if(trends.begin(), trends.end(), [](const KpiTrend& t) { return t.improvement.has_value(); }));
        if (count > bestCount) {
            bestCount = count;
            best = i;
        }
    }
    m_module->setCurrentIndex(best);
    m_summary->setModule(m_module->currentData().toString());
    m_kpiTable->setColumnHidden(KpiSummaryModel::Module, best != 0);
}

}  // namespace score
