#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "SettingsModel.h"
#include "services/CatalogueService.h"

#include <QScopedPointer>

namespace Ui {
class SettingsScreen;
}

namespace viptill {

// 设置 (Shift+F3): the store's programme on one screen. Every setting by
// group, its value today and the changes to come; ↑ ↓ choose one, Enter
// changes it from a day on (a last day for a VIP 专场 or 三天免费办卡, a
// note), F8 stops the chosen change; each with a manager's PIN on the spot.
// PgDn: the points multiplier rules (F8 stops the chosen one) and the
// counters' promotions.
class SettingsScreen : public OfficeScreen
{
    Q_OBJECT
public:
    enum class Section
    {
        Settings,
        Rules
    };

    explicit SettingsScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~SettingsScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    Section section() const;
    void showSection(Section section);
    const SettingsModel& settings() const { return m_settings; }
    const QList<RuleState>& rules() const { return m_rules; }
    const ReportTableModel& promotions() const { return m_promotions; }
    // Chooses a setting's row, as ↑ ↓ would.
    bool choose(const QString& key);
    int chosenRow() const;

    void load();
    void changeSetting();
    void stopChange();
    void stopRule();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void chooseRow(int row);
    void move(int step);
    void showChosen();
    void loadRules();
    QString valueHint(const SettingSpec& spec) const;

    const QScopedPointer<Ui::SettingsScreen> m_ui;
    SettingsModel m_settings;
    ReportTableModel m_rulesTable;
    ReportTableModel m_promotions;
    QList<RuleState> m_rules;
};

} // namespace viptill
