#include "CareSettings.h"

#include "ProgrammeSettings.h"
#include "SettingsService.h"
#include "core/Roles.h"

namespace viptill {

namespace {

int days(const StoreSettings& s, const char* key)
{
    return static_cast<int>(s.number(QString::fromLatin1(key)));
}

// The customer-care part of the settings, in the order of the screen.
QList<const SettingSpec*> careSpecs()
{
    QList<const SettingSpec*> specs;
    for (const SettingSpec& spec : settingSpecs()) {
        if (spec.group == SettingGroup::CustomerCare)
            specs << &spec;
    }
    return specs;
}

} // namespace

CareSettings CareSettings::of(const StoreSettings& s)
{
    CareSettings care;
    care.dormantDays = days(s, "dormant_days");
    care.lapseDays = days(s, "lapse_days");
    care.lapsingWithinDays = days(s, "lapsing_within_days");
    care.rfm.aRecencyDays = days(s, "rfm_a_recency_days");
    care.rfm.aVisits = days(s, "rfm_a_visits");
    care.rfm.aSpend = s.fen(QStringLiteral("rfm_a_spend_fen"));
    care.rfm.bRecencyDays = days(s, "rfm_b_recency_days");
    care.rfm.bVisits = days(s, "rfm_b_visits");
    care.rfm.bSpend = s.fen(QStringLiteral("rfm_b_spend_fen"));
    care.maxCallsPerYear = days(s, "calls_per_year");
    care.productUseCallMinimum = s.fen(QStringLiteral("product_use_call_min_fen"));
    care.pointsReminderBalance = s.number(QStringLiteral("points_reminder_balance"));
    care.pointsQuietDays = days(s, "points_quiet_days");
    care.smsSignature = s.value(QStringLiteral("sms_signature"));
    return care;
}

CareSettings CareSettings::read(Store& store, QDate day)
{
    return of(settingsOn(store, day));
}

Result<CareSettings> CareSettingsService::current()
{
    return guarded<CareSettings>(
        m_ctx.store,
        [&]() -> Result<CareSettings> { return CareSettings::read(m_ctx.store, m_ctx.clock.today()); });
}

Result<QList<CareSetting>> CareSettingsService::list()
{
    return guarded<QList<CareSetting>>(m_ctx.store, [&]() -> Result<QList<CareSetting>> {
        const StoreSettings now = settingsOn(m_ctx.store, m_ctx.clock.today());
        QList<CareSetting> list;
        for (const SettingSpec* spec : careSpecs())
            list << CareSetting{spec->key, now.value(spec->key), spec->defaultValue};
        return list;
    });
}

Status CareSettingsService::set(const StaffMember& manager, const QString& given,
                                const QString& value)
{
    // Its name before the programme's settings were one list.
    const QString key =
        given == u"calls_per_member_per_year" ? QStringLiteral("calls_per_year") : given;
    const SettingSpec* spec = settingSpec(key);
    if (!spec || spec->group != SettingGroup::CustomerCare)
        return Error(ErrorCode::InvalidSetting, tr("%1 is not a customer-care setting.").arg(key));
    const Result<SettingChange> changed =
        SettingsService(m_ctx).set(manager, key, value, std::nullopt, std::nullopt, {});
    if (!changed)
        return changed.error();
    return success();
}

Status requireCareStaff(const StaffMember& staff, const QString& what)
{
    if (staff.id == 0 || !staff.active || !mayEnter(staff.role, Area::CustomerCare))
        return Error(ErrorCode::NotPermitted,
                     CareSettingsService::tr(
                         "%1 is for the service desk and managers; a cashier cannot do it.")
                         .arg(what));
    return success();
}

} // namespace viptill
