#pragma once

#include "services/SettingsService.h"

#include <QAbstractTableModel>

namespace viptill {

// The programme's settings on one screen, by group: each with its value
// today in people's words ("8.8折", "¥300.00", "no limit"), the days of the
// change it comes from, and under it each change still to come.
class SettingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Setting,
        Today,
        Days,
        Note,
        ColumnCount
    };

    struct Row
    {
        enum class Kind
        {
            Group,   // a heading: not chosen
            Setting, // a setting as it holds today
            Ahead    // a change of the setting above, not begun yet
        };
        Kind kind = Kind::Setting;
        SettingGroup group = SettingGroup::Store;
        qsizetype state = -1;                // the setting's, in states()
        std::optional<SettingChange> change; // Setting: the one in force; Ahead: it
    };

    explicit SettingsModel(QObject* parent = nullptr);

    void setStates(const QList<SettingState>& states);
    const QList<SettingState>& states() const { return m_states; }
    const Row& row(int row) const { return m_rows.at(row); }
    bool isGroup(int row) const;
    // The setting of a setting's row or of a change ahead of it.
    const SettingState* stateAt(int row) const;
    // The row of a setting, -1 if none.
    int rowOf(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QString text(const Row& row, int column) const;

    QList<SettingState> m_states;
    QList<Row> m_rows;
};

} // namespace viptill
