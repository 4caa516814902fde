#pragma once
// What importing a spreadsheet would do, row by row, as a table: the problems that refuse it
// first (sheet, row, column, sentence), then the records it adds, those it changes (with each
// change) and those it leaves as they are.

#include "programme/SheetExchange.h"

#include <QAbstractTableModel>

namespace score {

class SheetPreviewModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Where, What, Record, Details, ColumnCount };
    enum Roles { RefusedRole = Qt::UserRole + 1 };

    explicit SheetPreviewModel(QObject* parent = nullptr);

    void setReport(const SheetImportReport& report);
    const SheetImportReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SheetImportReport m_report;
};

}  // namespace score
