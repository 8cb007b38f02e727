#include "SaleLinesModel.h"

namespace viptill {

SaleLinesModel::SaleLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SaleLinesModel::setLines(const QList<SaleLine>& lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int SaleLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int SaleLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SaleLinesModel::zheText(const Rate& rate)
{
    if (rate.isOne())
        return {};
    return tr("%1 zhe", "a discount rate in tenths, e.g. 8.8 zhe = pay 88%").arg(rate.tenths());
}

QVariant SaleLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const SaleLine& line = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return line.specialPrice ? tr("%1 (special price)").arg(line.name) : line.name;
    case Counter:
        return line.counterName;
    case Quantity:
        return QString::number(line.price.quantity);
    case ListPrice:
        return line.price.unitList.toYuanString();
    case Promotion:
        return zheText(line.price.promoRate);
    case MemberDiscount:
        return zheText(line.price.memberRate);
    case Amount:
        return line.price.amount.toYuanString();
    default:
        return {};
    }
}

QVariant SaleLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Item");
    case Counter:
        return tr("Counter");
    case Quantity:
        return tr("Qty");
    case ListPrice:
        return tr("List price");
    case Promotion:
        return tr("Counter promotion");
    case MemberDiscount:
        return tr("Member discount");
    case Amount:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace viptill
