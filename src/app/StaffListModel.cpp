#include "StaffListModel.h"

#include "StaffText.h"

#include <QColor>

namespace viptill {

StaffListModel::StaffListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StaffListModel::setStaff(const QList<StaffMember>& staff, const QDateTime& now)
{
    beginResetModel();
    m_staff = staff;
    m_now = now;
    endResetModel();
}

int StaffListModel::rowOf(const QString& number) const
{
    for (qsizetype i = 0; i < m_staff.size(); ++i) {
        if (m_staff.at(i).number == number)
            return static_cast<int>(i);
    }
    return -1;
}

int StaffListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staff.size());
}

int StaffListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const StaffMember& s = m_staff.at(index.row());
    const bool locked = s.lockedUntil && *s.lockedUntil > m_now;
    if (role == Qt::ForegroundRole) {
        if (!s.active)
            return QColor(0x6a, 0x73, 0x7d); // a leaver, greyed
        if (index.column() == Locked && locked)
            return QColor(0xa4, 0x16, 0x1a);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Number:
        return s.number;
    case Name:
        return s.name;
    case Role:
        return StaffText::role(s.role);
    case Working:
        return s.active ? tr("works here") : tr("left");
    case Locked:
        return locked ? tr("locked until %1").arg(s.lockedUntil->toString(QStringLiteral("HH:mm")))
                      : QString();
    case Pin:
        return s.mustChangePin ? tr("to change at log-in") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("No.");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Working:
        return tr("Works here");
    case Locked:
        return tr("Locked out");
    case Pin:
        return tr("PIN");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace viptill
