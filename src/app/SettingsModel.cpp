#include "SettingsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace viptill {

SettingsModel::SettingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SettingsModel::setStates(const QList<SettingState>& states)
{
    beginResetModel();
    m_states = states;
    m_rows.clear();
    std::optional<SettingGroup> group;
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        const SettingState& state = m_states.at(i);
        if (group != state.spec->group) {
            group = state.spec->group;
            m_rows << Row{Row::Kind::Group, *group, -1, std::nullopt};
        }
        m_rows << Row{Row::Kind::Setting, state.spec->group, i, state.inForce};
        for (const SettingChange& ahead : state.ahead)
            m_rows << Row{Row::Kind::Ahead, state.spec->group, i, ahead};
    }
    endResetModel();
}

bool SettingsModel::isGroup(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).kind == Row::Kind::Group;
}

const SettingState* SettingsModel::stateAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).state < 0)
        return nullptr;
    return &m_states.at(m_rows.at(row).state);
}

int SettingsModel::rowOf(const QString& key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        if (r.kind == Row::Kind::Setting && m_states.at(r.state).spec->key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int SettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SettingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SettingsModel::text(const Row& r, int column) const
{
    if (r.kind == Row::Kind::Group)
        return column == Setting ? SettingText::group(r.group) : QString();
    const SettingState& state = m_states.at(r.state);
    const SettingSpec& spec = *state.spec;
    const std::optional<SettingChange>& c = r.change;
    switch (static_cast<Column>(column)) {
    case Setting:
        return r.kind == Row::Kind::Setting ? SettingText::label(spec.key)
                                            : QStringLiteral("    ↳ ") + tr("planned");
    case Today:
        return SettingText::shown(spec, r.kind == Row::Kind::Setting ? state.value : c->value);
    case Days: {
        if (!c)
            return tr("default");
        const std::optional<QDate> end = c->ends();
        if (r.kind == Row::Kind::Setting)
            return end ? tr("%1 to %2").arg(formatDate(c->from), formatDate(*end))
                       : tr("since %1").arg(formatDate(c->from));
        return end ? tr("from %1 to %2").arg(formatDate(c->from), formatDate(*end))
                   : tr("from %1").arg(formatDate(c->from));
    }
    case Note:
        return c ? c->note : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SettingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(r, index.column());
    case Qt::FontRole:
        if (r.kind == Row::Kind::Group ||
            (r.kind == Row::Kind::Setting && r.change && index.column() == Today)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        if (r.kind == Row::Kind::Group)
            return QBrush(QColor(0xdf, 0xe4, 0xea));
        return {};
    case Qt::ForegroundRole:
        if (r.kind == Row::Kind::Group)
            return QBrush(QColor(0x12, 0x35, 0x5b));
        if (r.kind == Row::Kind::Ahead)
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        return {};
    default:
        return {};
    }
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Setting:
        return tr("Setting");
    case Today:
        return tr("Today");
    case Days:
        return tr("Days");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags SettingsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isGroup(index.row()) ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace viptill
