#pragma once

#include "ServiceContext.h"
#include "core/CustomerCare.h"

#include <QList>

namespace viptill {

class StoreSettings;

// The numbers of customer care on one day: store settings (ProgrammeSettings
// names them), so every till and the nightly run agree.
struct CareSettings
{
    int dormantDays = DefaultDormantDays;                              // dormant_days
    int lapseDays = DefaultLapseDays;                                  // lapse_days
    int lapsingWithinDays = DefaultLapsingWithinDays;                  // lapsing_within_days
    RfmThresholds rfm;                                                 // rfm_*
    int maxCallsPerYear = DefaultMaxCallsPerYear;                      // calls_per_year
    Money productUseCallMinimum = DefaultProductUseCallMinimum;        // product_use_call_min_fen
    std::int64_t pointsReminderBalance = DefaultPointsReminderBalance; // points_reminder_balance
    int pointsQuietDays = DefaultPointsQuietDays;                      // points_quiet_days
    QString smsSignature = QString::fromUtf8(DefaultSmsSignature);     // sms_signature

    static CareSettings of(const StoreSettings& settings);
    static CareSettings read(Store& store, QDate day);
};

// One setting as `crm settings` lists it.
struct CareSetting
{
    QString key;
    QString value;
    QString defaultValue;
};

// The customer-care settings on their own (`crm settings`): the same
// settings as the programme's screen, changed from today by a manager.
class CareSettingsService
{
    Q_DECLARE_TR_FUNCTIONS(CareSettingsService)
public:
    explicit CareSettingsService(ServiceContext& context)
        : m_ctx(context)
    {}

    // The settings in force, over their defaults.
    Result<CareSettings> current();
    Result<QList<CareSetting>> list();
    // Refused (INVALID_SETTING, nothing changed) for a key that is not one of
    // customer care's or a value out of its range; NOT_PERMITTED but for a
    // manager.
    Status set(const StaffMember& manager, const QString& key, const QString& value);

private:
    ServiceContext& m_ctx;
};

// Customer care is for the service desk and managers; a cashier is refused
// (NOT_PERMITTED) with what `what` names.
Status requireCareStaff(const StaffMember& staff, const QString& what);

} // namespace viptill
