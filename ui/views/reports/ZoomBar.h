#pragma once
// The report preview's zoom as controls, for the reports view's form: zoom out, the level
// (fit width, or a percentage to choose from the list), zoom in and fit width, each reached with
// Tab and following the preview however its zoom changed (keys, Ctrl+wheel, a wider window).

#include <QWidget>

class QComboBox;

namespace score {

class ReportPreview;

class ZoomBar final : public QWidget {
    Q_OBJECT

public:
    explicit ZoomBar(ReportPreview& preview, QWidget* parent = nullptr);

    // Its controls in the order shown (zoom out, level, zoom in, fit width), for Tab.
    const QList<QWidget*>& controls() const { return m_controls; }
    QComboBox* levels() const { return m_levels; }  // where the form's "Zoom:" mnemonic goes

private:
    void showZoom();

    ReportPreview* m_preview;
    QComboBox* m_levels;
    QList<QWidget*> m_controls;
};

}  // namespace score
