#pragma once

#include "services/ReportExport.h"

#include <QAbstractTableModel>

namespace viptill {

// A report table on screen: the same rows the CSV and the PDF carry, so what
// the manager reads is what is sent. A totals row, if any, comes last.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const ReportTable& table);
    const ReportTable& table() const { return m_table; }
    // Whether `row` is the totals row.
    bool isTotals(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace viptill
