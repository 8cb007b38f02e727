#include "CareModels.h"

#include "core/Identity.h"

#include <QColor>

namespace viptill {

namespace {

QVariant alignment(bool right)
{
    return right ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

// ---- CallListModel ------------------------------------------------------------

CallListModel::CallListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CallListModel::setCalls(const QList<CallView>& calls)
{
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_calls.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallListModel::outcomeText(const FollowUpCall& call)
{
    if (!call.outcome)
        return tr("To call");
    if (call.satisfaction)
        return tr("%1 · %2/5").arg(callOutcomeName(*call.outcome)).arg(*call.satisfaction);
    return callOutcomeName(*call.outcome);
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const CallView& v = m_calls.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return alignment(false);
    if (role == Qt::ForegroundRole && v.call.outcome)
        return QColor(0x5b, 0x66, 0x70); // made: greyed, still readable
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Window:
        return v.call.window.text();
    case Member:
        return v.member.name;
    case Kind:
        return callKindName(v.call.kind);
    case About:
        return v.about;
    case Assignee:
        return v.assignee;
    case Outcome:
        return outcomeText(v.call);
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Window:
        return tr("When");
    case Member:
        return tr("Member");
    case Kind:
        return tr("Call");
    case About:
        return tr("About");
    case Assignee:
        return tr("Clerk");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

// ---- CareMemberModel ------------------------------------------------------------

CareMemberModel::CareMemberModel(QList<Column> columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

void CareMemberModel::setRows(const QList<MemberRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int CareMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CareMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant CareMemberModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const MemberRow& r = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    if (role == Qt::TextAlignmentRole)
        return alignment(column == Visits || column == Spend);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return r.name;
    case Tier:
        return tierName(r.tier);
    case Class:
        return r.memberClass ? memberClassCode(*r.memberClass) : QString();
    case LastVisit:
        return r.lastVisit.isValid() ? formatDate(r.lastVisit) : QString();
    case LapsesOn:
        return r.lapsesOn ? formatDate(*r.lapsesOn) : QString();
    case Card:
        return r.cardNumber;
    case Visits:
        return r.visits ? QString::number(*r.visits) : QString();
    case Spend:
        return r.spend ? r.spend->toYuanString() : QString();
    }
    return {};
}

QVariant CareMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Name:
        return tr("Member");
    case Tier:
        return tr("Card");
    case Class:
        return tr("Class");
    case LastVisit:
        return tr("Last visit");
    case LapsesOn:
        return tr("Lapses on");
    case Card:
        return tr("Card number");
    case Visits:
        return tr("Visits (year)");
    case Spend:
        return tr("Spend ¥ (year)");
    }
    return {};
}

// ---- OutboxModel ----------------------------------------------------------------

OutboxModel::OutboxModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setMessages(const QList<OutboxMessage>& messages, const QHash<Id, QString>& names)
{
    beginResetModel();
    m_messages = messages;
    m_names = names;
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::statusText(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Pending:
        return tr("Waiting");
    case OutboxStatus::Exported:
        return tr("Sent to the gateway");
    case OutboxStatus::Withdrawn:
        return tr("Withdrawn (opted out)");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const OutboxMessage& m = m_messages.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return alignment(false);
    if (role == Qt::ToolTipRole && index.column() == Text)
        return m.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Member:
        return m_names.value(m.memberId, QString::number(m.memberId));
    case Mobile:
        return maskMobile(m.mobile);
    case Occasion:
        return occasionName(m.occasion);
    case Text:
        return m.text;
    case Status:
        return statusText(m.status);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Member:
        return tr("Member");
    case Mobile:
        return tr("Mobile");
    case Occasion:
        return tr("Occasion");
    case Text:
        return tr("Message");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

// ---- PurchaseListModel ------------------------------------------------------------

PurchaseListModel::PurchaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PurchaseListModel::setPurchases(const QList<Sale>& sales)
{
    beginResetModel();
    m_sales = sales;
    endResetModel();
}

int PurchaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sales.size());
}

int PurchaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PurchaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sales.size())
        return {};
    const Sale& sale = m_sales.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column() == Paid || index.column() == Kept);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return sale.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Receipt:
        return sale.receiptNo;
    case Items: {
        QStringList items;
        for (const SaleLine& line : sale.lines) {
            QString item = line.price.quantity > 1
                               ? tr("%1 ×%2").arg(line.name).arg(line.price.quantity)
                               : line.name;
            if (line.returnedQuantity > 0)
                item += tr(" (%1 returned)").arg(line.returnedQuantity);
            items << item;
        }
        return items.join(QStringLiteral("、"));
    }
    case Paid:
        return sale.total().toYuanString();
    case Kept:
        return sale.keptTotal().toYuanString();
    default:
        return {};
    }
}

QVariant PurchaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("When");
    case Receipt:
        return tr("Receipt");
    case Items:
        return tr("Items");
    case Paid:
        return tr("Paid ¥");
    case Kept:
        return tr("Kept ¥");
    default:
        return {};
    }
}

} // namespace viptill
