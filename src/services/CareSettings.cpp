#include "CareSettings.h"

#include "core/Greetings.h"
#include "core/Roles.h"

#include <string_view>

namespace viptill {

namespace {

// Each whole-number setting: its key, its range and where it goes.
struct NumberSetting
{
    const char* key;
    std::int64_t low;
    std::int64_t high;
    std::int64_t (*get)(const CareSettings&);
    void (*put)(CareSettings&, std::int64_t);
};

const QList<NumberSetting>& numberSettings()
{
    static const QList<NumberSetting> settings{
        {"dormant_days", 1, 3650,
         [](const CareSettings& s) -> std::int64_t { return s.dormantDays; },
         [](CareSettings& s, std::int64_t v) {
             s.dormantDays = static_cast<int>(v);
         }},
        {"lapse_days", 30, 3650, [](const CareSettings& s) -> std::int64_t { return s.lapseDays; },
         [](CareSettings& s, std::int64_t v) {
             s.lapseDays = static_cast<int>(v);
         }},
        {"lapsing_within_days", 1, 365,
         [](const CareSettings& s) -> std::int64_t { return s.lapsingWithinDays; },
         [](CareSettings& s, std::int64_t v) {
             s.lapsingWithinDays = static_cast<int>(v);
         }},
        {"rfm_a_recency_days", 1, 3650,
         [](const CareSettings& s) -> std::int64_t { return s.rfm.aRecencyDays; },
         [](CareSettings& s, std::int64_t v) {
             s.rfm.aRecencyDays = static_cast<int>(v);
         }},
        {"rfm_a_visits", 0, 366,
         [](const CareSettings& s) -> std::int64_t { return s.rfm.aVisits; },
         [](CareSettings& s, std::int64_t v) {
             s.rfm.aVisits = static_cast<int>(v);
         }},
        {"rfm_a_spend_fen", 0, 100000000000,
         [](const CareSettings& s) -> std::int64_t { return s.rfm.aSpend.fen(); },
         [](CareSettings& s, std::int64_t v) {
             s.rfm.aSpend = Money::fromFen(v);
         }},
        {"rfm_b_recency_days", 1, 3650,
         [](const CareSettings& s) -> std::int64_t { return s.rfm.bRecencyDays; },
         [](CareSettings& s, std::int64_t v) {
             s.rfm.bRecencyDays = static_cast<int>(v);
         }},
        {"rfm_b_visits", 0, 366,
         [](const CareSettings& s) -> std::int64_t { return s.rfm.bVisits; },
         [](CareSettings& s, std::int64_t v) {
             s.rfm.bVisits = static_cast<int>(v);
         }},
        {"rfm_b_spend_fen", 0, 100000000000,
         [](const CareSettings& s) -> std::int64_t { return s.rfm.bSpend.fen(); },
         [](CareSettings& s, std::int64_t v) {
             s.rfm.bSpend = Money::fromFen(v);
         }},
        {"calls_per_member_per_year", 0, 50,
         [](const CareSettings& s) -> std::int64_t { return s.maxCallsPerYear; },
         [](CareSettings& s, std::int64_t v) {
             s.maxCallsPerYear = static_cast<int>(v);
         }},
        {"points_reminder_balance", 1000, 10000000,
         [](const CareSettings& s) -> std::int64_t { return s.pointsReminderBalance; },
         [](CareSettings& s, std::int64_t v) {
             s.pointsReminderBalance = v;
         }},
        {"points_quiet_days", 1, 3650,
         [](const CareSettings& s) -> std::int64_t { return s.pointsQuietDays; },
         [](CareSettings& s, std::int64_t v) {
             s.pointsQuietDays = static_cast<int>(v);
         }},
    };
    return settings;
}

const QString SignatureKey = QStringLiteral("sms_signature");
const QString DefaultSignature = QStringLiteral("VipTill百货");

std::optional<std::int64_t> parseNumber(const QString& text, const NumberSetting& s)
{
    bool ok = false;
    const std::int64_t v = text.trimmed().toLongLong(&ok);
    if (!ok || v < s.low || v > s.high)
        return std::nullopt;
    return v;
}

} // namespace

int CareSettings::readLapseDays(Store& store)
{
    CareSettings settings;
    for (const NumberSetting& s : numberSettings()) {
        if (std::string_view(s.key) != "lapse_days")
            continue;
        if (const std::optional<QString> text = store.setting(QString::fromLatin1(s.key))) {
            if (const std::optional<std::int64_t> v = parseNumber(*text, s))
                s.put(settings, *v);
        }
    }
    return settings.lapseDays;
}

CareSettings CareSettings::read(Store& store)
{
    CareSettings settings;
    for (const NumberSetting& s : numberSettings()) {
        if (const std::optional<QString> text = store.setting(QString::fromLatin1(s.key))) {
            if (const std::optional<std::int64_t> v = parseNumber(*text, s))
                s.put(settings, *v);
        }
    }
    settings.smsSignature = store.setting(SignatureKey).value_or(DefaultSignature).trimmed();
    if (settings.smsSignature.isEmpty())
        settings.smsSignature = DefaultSignature;
    return settings;
}

Result<CareSettings> CareSettingsService::current()
{
    return guarded<CareSettings>(
        m_ctx.store, [&]() -> Result<CareSettings> { return CareSettings::read(m_ctx.store); });
}

Result<QList<CareSetting>> CareSettingsService::list()
{
    return guarded<QList<CareSetting>>(m_ctx.store, [&]() -> Result<QList<CareSetting>> {
        const CareSettings now = CareSettings::read(m_ctx.store);
        const CareSettings defaults;
        QList<CareSetting> list;
        for (const NumberSetting& s : numberSettings())
            list << CareSetting{QString::fromLatin1(s.key), QString::number(s.get(now)),
                                QString::number(s.get(defaults))};
        list << CareSetting{SignatureKey, now.smsSignature, DefaultSignature};
        return list;
    });
}

Status CareSettingsService::set(const QString& key, const QString& value)
{
    return guarded<Done>(m_ctx.store, [&]() -> Status {
        if (key == SignatureKey) {
            const QString v = value.trimmed();
            if (v.isEmpty() || v.size() > 12 || !advertisingIn(v).isEmpty())
                return Error(ErrorCode::InvalidSetting,
                             tr("The SMS signature is the store's name, 1 to 12 characters, "
                                "without sales words."));
            Transaction transaction = m_ctx.store.transaction();
            m_ctx.store.setSetting(key, v);
            transaction.commit();
            return success();
        }
        for (const NumberSetting& s : numberSettings()) {
            if (key != QLatin1String(s.key))
                continue;
            const std::optional<std::int64_t> v = parseNumber(value, s);
            if (!v)
                return Error(ErrorCode::InvalidSetting,
                             tr("%1 takes a whole number from %2 to %3, not \"%4\".")
                                 .arg(key)
                                 .arg(s.low)
                                 .arg(s.high)
                                 .arg(value));
            Transaction transaction = m_ctx.store.transaction();
            m_ctx.store.setSetting(key, QString::number(*v));
            transaction.commit();
            return success();
        }
        return Error(ErrorCode::InvalidSetting, tr("%1 is not a customer-care setting.").arg(key));
    });
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
