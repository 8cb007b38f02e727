#include "MemberListModel.h"

#include "core/Identity.h"

namespace viptill {

void MemberListModel::setMembers(QList<MemberView> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemberListModel::cardStateName(CardStatus status)
{
    switch (status) {
    case CardStatus::Pending:
        return tr("to be written");
    case CardStatus::Active:
        return tr("valid");
    case CardStatus::Blocked:
        return tr("blocked");
    case CardStatus::Replaced:
        return tr("replaced");
    case CardStatus::Lapsed:
        return tr("lapsed");
    }
    return {};
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberView& m = m_members.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Points ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return m.member.name;
    case Mobile:
        return maskMobile(m.member.mobile);
    case Tier:
        return tierName(m.member.tier);
    case CardNumber:
        return m.card ? m.card->number : QString();
    case CardState:
        return m.card ? cardStateName(m.card->status) : QString();
    case Points:
        return QString::number(m.balance);
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Mobile:
        return tr("Mobile");
    case Tier:
        return tr("Tier");
    case CardNumber:
        return tr("Card");
    case CardState:
        return tr("Card state");
    case Points:
        return tr("Points");
    default:
        return {};
    }
}

} // namespace viptill
