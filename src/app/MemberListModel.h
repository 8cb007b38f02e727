#pragma once

#include "services/MemberService.h"

#include <QAbstractTableModel>

namespace viptill {

// Members found at the service desk, one a row. Mobiles are shown masked.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Mobile,
        Tier,
        CardNumber,
        CardState,
        Points,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(QList<MemberView> members);
    const QList<MemberView>& members() const { return m_members; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What staff call a card's state: 有效, 已挂失, 待写卡 …
    static QString cardStateName(CardStatus status);

private:
    QList<MemberView> m_members;
};

} // namespace viptill
