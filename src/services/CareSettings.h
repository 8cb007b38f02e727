#pragma once

#include "ServiceContext.h"
#include "core/CustomerCare.h"

#include <QList>

namespace viptill {

// The store settings of customer care, read over their defaults. Kept in the
// settings table (Store::setting), so every till and the nightly run agree.
struct CareSettings
{
    int dormantDays = DefaultDormantDays;                              // dormant_days
    int lapseDays = DefaultLapseDays;                                  // lapse_days
    int lapsingWithinDays = DefaultLapsingWithinDays;                  // lapsing_within_days
    RfmThresholds rfm;                                                 // rfm_*
    int maxCallsPerYear = DefaultMaxCallsPerYear;                      // calls_per_member_per_year
    std::int64_t pointsReminderBalance = DefaultPointsReminderBalance; // points_reminder_balance
    int pointsQuietDays = DefaultPointsQuietDays;                      // points_quiet_days
    QString smsSignature;                                              // sms_signature

    static CareSettings read(Store& store);
    // The lapse days alone: what every card shown at a till needs, one row
    // read instead of every setting.
    static int readLapseDays(Store& store);
};

// One setting as the CLI lists it.
struct CareSetting
{
    QString key;
    QString value;
    QString defaultValue;
};

// Reading and changing the customer-care settings (a manager's job).
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
    // Refused (INVALID_SETTING, nothing changed) for an unknown key or a
    // value out of its range.
    Status set(const QString& key, const QString& value);

private:
    ServiceContext& m_ctx;
};

// Customer care is for the service desk and managers; a cashier is refused
// (NOT_PERMITTED) with what `what` names.
Status requireCareStaff(const StaffMember& staff, const QString& what);

} // namespace viptill
