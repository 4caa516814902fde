#include "views/reports/ZoomBar.h"

#include "views/reports/ReportPreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

#include <cmath>

namespace score {

namespace {
QString percent(double factor) { return ZoomBar::tr("%1 %", "a zoom level").arg(QLocale().toString(std::lround(factor * 100))); }

QToolButton* buttonFor(QAction* action, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}
}  // namespace

ZoomBar::ZoomBar(ReportPreview& preview, QWidget* parent) : QWidget(parent), m_preview(&preview), m_levels(new QComboBox(this))
{
    m_levels->setAccessibleName(tr("Zoom"));
    m_levels->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_levels->addItem(preview.fitWidthAction()->iconText(), -1.0);
    for (double level : ReportPreview::zoomSteps())
        m_levels->addItem(percent(level), level);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_controls = {buttonFor(preview.zoomOutAction(), this), m_levels, buttonFor(preview.zoomInAction(), this),
                  buttonFor(preview.fitWidthAction(), this)};
    for (QWidget* control : m_controls)
        layout->addWidget(control);
    layout->addStretch(1);

    connect(m_levels, &QComboBox::activated, this, [this](int index) {
        const double level = m_levels->itemData(index).toDouble();
        if (level < 0)
            m_preview->fitWidth();
        else
            m_preview->setZoom(level);
    });
    connect(&preview, &ReportPreview::zoomChanged, this, &ZoomBar::showZoom);
    showZoom();
}

void ZoomBar::showZoom()
{
    // Fit width says what percentage the width gives; a chosen level is one of the list's.
    const QSignalBlocker block(m_levels);
    const QString fit = m_preview->fitWidthAction()->iconText();
    if (m_preview->fitsWidth()) {
        m_levels->setItemText(0, tr("%1 (%2)", "fit width (its percentage)").arg(fit, percent(m_preview->zoom())));
        m_levels->setCurrentIndex(0);
        return;
    }
    m_levels->setItemText(0, fit);
    const auto distance = [this](int index) { return std::abs(m_levels->itemData(index).toDouble() - m_preview->zoom()); };
    int nearest = 1;
    for (int i = 2; i < m_levels->count(); ++i)
        if (distance(i) < distance(nearest))
            nearest = i;
    m_levels->setCurrentIndex(nearest);
}

}  // namespace score
