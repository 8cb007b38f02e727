#include "ReportTableModel.h"

#include <QFont>

namespace viptill {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

bool ReportTableModel::isTotals(int row) const
{
    return !m_table.totals.isEmpty() && row == m_table.rows.size();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_table.rows.size() + (m_table.totals.isEmpty() ? 0 : 1));
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.headers.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const QStringList& row = isTotals(index.row()) ? m_table.totals : m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.value(index.column());
    case Qt::TextAlignmentRole:
        return m_table.numericColumns.contains(index.column())
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotals(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.headers.value(section);
}

} // namespace viptill
