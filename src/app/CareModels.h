#pragma once

#include "services/FollowUpService.h"
#include "services/GreetingService.h"

#include <QAbstractTableModel>

// The tables of customer care, as models for the views (checked with
// QAbstractItemModelTester in the tests).
namespace viptill {

// Follow-up calls: window, member, kind, what about, clerk, how it went.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Window,
        Member,
        Kind,
        About,
        Assignee,
        Outcome,
        ColumnCount
    };

    explicit CallListModel(QObject* parent = nullptr);
    void setCalls(const QList<CallView>& calls);
    const QList<CallView>& calls() const { return m_calls; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Reached · 4/5" and the like; "To call" for a call not made yet.
    static QString outcomeText(const FollowUpCall& call);

private:
    QList<CallView> m_calls;
};

// A member in one of the care lists: dormant, lapsing, a class.
struct MemberRow
{
    Id memberId = 0;
    QString name;
    Tier tier = Tier::Gold;
    std::optional<MemberClass> memberClass;
    QDate lastVisit;
    std::optional<QDate> lapsesOn;
    QString cardNumber;
    std::optional<std::int64_t> visits;
    std::optional<Money> spend;
};

class CareMemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Tier,
        Class,
        LastVisit,
        LapsesOn,
        Card,
        Visits,
        Spend
    };

    // The columns this list shows, in order.
    explicit CareMemberModel(QList<Column> columns, QObject* parent = nullptr);
    void setRows(const QList<MemberRow>& rows);
    const QList<MemberRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<MemberRow> m_rows;
};

// Text messages: member, mobile (masked), occasion, text, status.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Member,
        Mobile,
        Occasion,
        Text,
        Status,
        ColumnCount
    };

    explicit OutboxModel(QObject* parent = nullptr);
    // `names` gives each member's name; a member missing from it shows the id.
    void setMessages(const QList<OutboxMessage>& messages, const QHash<Id, QString>& names);
    const QList<OutboxMessage>& messages() const { return m_messages; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(OutboxStatus status);

private:
    QList<OutboxMessage> m_messages;
    QHash<Id, QString> m_names;
};

// A member's purchases: when, receipt, what, paid, refunded.
class PurchaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Receipt,
        Items,
        Paid,
        Kept,
        ColumnCount
    };

    explicit PurchaseListModel(QObject* parent = nullptr);
    void setPurchases(const QList<Sale>& sales);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Sale> m_sales;
};

} // namespace viptill
