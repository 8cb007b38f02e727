#include "StoreSetup.h"

#include "SettingsService.h"
#include "StaffService.h"

namespace viptill {

Result<StaffMember> StoreSetup::begin(const StoreIdentity& store, const QString& number,
                                      const QString& name, StaffRole role, const QString& pin)
{
    const QList<std::pair<QString, QString>> identity{
        {QStringLiteral("store_name"), store.name},
        {QStringLiteral("store_address"), store.address},
        {QStringLiteral("store_phone"), store.phone}};
    // Each setting is checked before anything is written, so a bad one is
    // refused without the Argon2 hashing of the PIN.
    for (const auto& [key, value] : identity) {
        if (const Result<QString> checked = checkSetting(*settingSpec(key), value); !checked)
            return checked.error();
    }
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        const Result<StaffMember> manager =
            StaffService(m_ctx).add(std::nullopt, number, name, role, pin);
        if (!manager)
            return manager.error();
        SettingsService settings(m_ctx);
        for (const auto& [key, value] : identity) {
            if (value.trimmed().isEmpty())
                continue;
            const Result<SettingChange> set =
                settings.set(*manager, key, value, std::nullopt, std::nullopt, tr("first run"));
            if (!set)
                return set.error();
        }
        transaction.commit();
        return manager;
    });
}

} // namespace viptill
