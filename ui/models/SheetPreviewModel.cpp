#include "models/SheetPreviewModel.h"

#include <QColor>

namespace score {

SheetPreviewModel::SheetPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

void SheetPreviewModel::setReport(const SheetImportReport& report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int SheetPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_report.problems.size() + m_report.rows.size());
}

int SheetPreviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SheetPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto problems = static_cast<int>(m_report.problems.size());
    if (index.row() < problems) {
        const SheetProblem& p = m_report.problems[static_cast<size_t>(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
            case Where:
                if (p.row == 0)
                    return p.sheet;
                return p.column.isEmpty() ? tr("%1, row %2").arg(p.sheet).arg(p.row) : tr("%1, %2%3").arg(p.sheet, p.column).arg(p.row);
            case What: return tr("Refused");
            case Details: return p.message;
            default: return {};
            }
        case Qt::ForegroundRole: return index.column() == What ? QVariant(QColor(0xb0, 0x2a, 0x1a)) : QVariant();
        case RefusedRole: return true;
        default: return {};
        }
    }
    const SheetRowOutcome& r = m_report.rows[static_cast<size_t>(index.row() - problems)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Where: return tr("%1, row %2").arg(r.sheet).arg(r.row);
        case What:
            switch (r.kind) {
            case SheetRowOutcome::Kind::New: return tr("New");
            case SheetRowOutcome::Kind::Changed: return tr("Changes");
            case SheetRowOutcome::Kind::Unchanged: return tr("Unchanged");
            }
            return {};
        case Record: return r.name;
        case Details: return role == Qt::ToolTipRole ? r.changes.join(u'\n') : r.changes.join(QStringLiteral("; "));
        }
        return {};
    case Qt::ForegroundRole: return r.kind == SheetRowOutcome::Kind::Unchanged ? QVariant(QColor(0x70, 0x70, 0x70)) : QVariant();
    case RefusedRole: return false;
    default: return {};
    }
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Where: return tr("Where");
    case What: return tr("What happens");
    case Record: return tr("Record");
    case Details: return tr("Details");
    }
    return {};
}

}  // namespace score
