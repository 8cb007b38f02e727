#pragma once

#include "core/Records.h"

#include <QAbstractTableModel>

namespace viptill {

// The lines of the sale on screen: name, counter, quantity, list price,
// counter promotion, member discount, amount.
class SaleLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Counter,
        Quantity,
        ListPrice,
        Promotion,
        MemberDiscount,
        Amount,
        ColumnCount
    };

    explicit SaleLinesModel(QObject* parent = nullptr);

    void setLines(const QList<SaleLine>& lines);
    const QList<SaleLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "8折" for 0.80, "8.8折" for 0.88, "" for no discount (as staff say it).
    static QString zheText(const Rate& rate);

private:
    QList<SaleLine> m_lines;
};

} // namespace viptill
