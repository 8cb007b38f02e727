#pragma once

#include "core/Records.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace viptill {

// Everyone who works or worked in the store, for the staff screen: number,
// name, role, whether they still work here, a lock-out, a PIN to change.
class StaffListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Name,
        Role,
        Working,
        Locked,
        Pin,
        ColumnCount
    };

    explicit StaffListModel(QObject* parent = nullptr);

    // `now` decides whether a lock-out still holds.
    void setStaff(const QList<StaffMember>& staff, const QDateTime& now);
    const QList<StaffMember>& staff() const { return m_staff; }
    // The row of a staff number, -1 if none.
    int rowOf(const QString& number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StaffMember> m_staff;
    QDateTime m_now;
};

} // namespace viptill
