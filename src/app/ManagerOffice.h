#pragma once

#include "OfficeScreen.h"
#include "TillContext.h"
#include "Workspace.h"

#include <QScopedPointer>

namespace Ui {
class ManagerOfficePage;
}

namespace viptill {

class CatalogueScreen;
class DayCloseScreen;
class DiamondEventScreen;
class FiguresScreen;
class RedemptionScreen;
class SettlementScreen;
class SettingsScreen;
class StaffScreen;

// 经理室: the manager's office, one part of the terminal with its screens a
// key away: F2 redemption (积分兑换), F3 the figures, F4 the catalogue, F5 the
// counters' settlement, F6 the diamond thank-you event, F7 the day close
// (日结); the store's own set-up a Shift away: Shift+F2 the staff (员工),
// Shift+F3 the programme's settings (设置), Shift+F4 the members of the old
// system (导入会员). F1 lists every key.
class ManagerOffice : public Workspace
{
    Q_OBJECT
public:
    enum class Screen
    {
        Redemption,
        Figures,
        Catalogue,
        Settlement,
        DiamondEvent,
        DayClose,
        Staff,
        Settings,
        MemberImport
    };

    explicit ManagerOffice(TillContext& till, QWidget* parent = nullptr);
    ~ManagerOffice() override;

    Area area() const override { return Area::ManagerOffice; }
    QString title() const override;
    void start(const StaffMember& staff) override;
    void activate() override;
    void presentCard(const viptill::PresentedCard& card) override;
    void cardReadFailed(const QString& message) override;
    void showNotice(const QString& text, const QString& tone) override;

    void show(Screen screen);
    Screen current() const { return m_current; }
    OfficeScreen* screen(Screen screen) const;
    QString messageText() const;
    QString messageTone() const;
    // Where CSV and PDF exports are saved (the settings' exportFolder, else
    // Documents/VipTill).
    void setExportFolder(const QString& folder) { m_office.exportFolder = folder; }
    QString exportFolder() const { return m_office.exportFolder; }
    void showHelp();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const QScopedPointer<Ui::ManagerOfficePage> m_ui;
    OfficeContext m_office;
    QList<OfficeScreen*> m_screens; // in the order of Screen
    Screen m_current = Screen::Redemption;
};

} // namespace viptill
