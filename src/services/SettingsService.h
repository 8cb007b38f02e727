#pragma once

#include "ProgrammeSettings.h"
#include "ServiceContext.h"
#include "core/Records.h"

#include <QList>

namespace viptill {

// One setting as the settings screen and `settings show` present it: what
// holds today, the change it comes from, and the changes to come.
struct SettingState
{
    const SettingSpec* spec = nullptr;
    QString value;                        // in force on the day asked about
    std::optional<SettingChange> inForce; // none: the default holds
    QList<SettingChange> ahead;           // changes not begun yet, soonest first
};

// The programme's settings (经理室, `viptillctl settings`): shown on one
// screen, changed by a manager from a day on, never backwards, each change
// checked against its range and recorded in the audit trail. A change for
// some days only (`to`: a VIP 专场, 三天免费办卡) holds over the standing
// value while it lasts; it can be stopped early.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    explicit SettingsService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Every setting on `day`, in the screen's order.
    Result<QList<SettingState>> show(QDate day);
    Result<StoreSettings> on(QDate day);
    // Every change ever made, newest first.
    Result<QList<SettingChange>> history();

    // From `from` (default today; never a day gone) to `to` (none: standing).
    Result<SettingChange> set(const StaffMember& manager, const QString& key, const QString& value,
                              std::optional<QDate> from, std::optional<QDate> to,
                              const QString& note);
    // The change's last day becomes the day before `on` (default today): it
    // no longer holds from `on`. Never before yesterday.
    Result<SettingChange> stop(const StaffMember& manager, Id changeId, std::optional<QDate> on);

private:
    ServiceContext& m_ctx;
};

// Only a manager changes the programme: NOT_PERMITTED with what `what` names.
Status requireManager(const StaffMember& staff, const QString& what);

} // namespace viptill
