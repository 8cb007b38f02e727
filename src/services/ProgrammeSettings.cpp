#include "ProgrammeSettings.h"

#include "core/CustomerCare.h"
#include "core/Greetings.h"

#include <QRegularExpression>

namespace viptill {

namespace {

QString number(std::int64_t n)
{
    return QString::number(n);
}

QList<SettingSpec> makeSpecs()
{
    using K = SettingKind;
    using G = SettingGroup;
    const RfmThresholds rfm;
    const Programme p;
    return {
        {QStringLiteral("store_name"), K::Text, G::Store, QStringLiteral("VipTill百货"), 1, 40},
        {QStringLiteral("store_address"), K::Text, G::Store, {}, 0, 80},
        {QStringLiteral("store_phone"), K::Text, G::Store, {}, 0, 20},
        {QStringLiteral("gold_rate"), K::Rate, G::MemberRates, p.goldRate.toString(), 100,
         Rate::Scale},
        {QStringLiteral("diamond_rate"), K::Rate, G::MemberRates, p.diamondRate.toString(), 100,
         Rate::Scale},
        {QStringLiteral("diamond_lifetime_points"), K::Number, G::MemberRates,
         number(p.diamondLifetimePoints), 1, 100000000},
        {QStringLiteral("gold_join_fen"), K::Fen, G::Joining, number(p.goldJoinMinimum.fen()), 0,
         100000000},
        {QStringLiteral("diamond_join_fen"), K::Fen, G::Joining, number(p.diamondJoinMinimum.fen()),
         0, 100000000},
        {QStringLiteral("join_gift"), K::Text, G::Joining, {}, 0, 40},
        {QStringLiteral("points_unit_fen"), K::Fen, G::Points, number(p.points.perPoint.fen()), 1,
         1000000},
        {QStringLiteral("bonus_base_points"), K::Number, G::Points, number(p.points.bonusFromBase),
         1, 10000000},
        {QStringLiteral("bonus_points"), K::Number, G::Points, number(p.points.bonus), 0, 1000000},
        {QStringLiteral("redeem_min_points"), K::Number, G::Redemption,
         number(p.redemption.minimumPoints), 1, 10000000},
        {QStringLiteral("redeem_step_points"), K::Number, G::Redemption,
         number(p.redemption.stepPoints), 1, 10000000},
        {QStringLiteral("redeem_cap_fen"), K::Fen, G::Redemption,
         number(p.redemption.firstCap.fen()), 1, 999999999},
        {QStringLiteral("redeem_cap_step_fen"), K::Fen, G::Redemption,
         number(p.redemption.capStep.fen()), 0, 999999999},
        {QStringLiteral("return_days"), K::MaybeDays, G::Returns, QStringLiteral("none"), 0, 3650},
        {QStringLiteral("lapse_days"), K::Number, G::CustomerCare, number(DefaultLapseDays), 30,
         3650},
        {QStringLiteral("dormant_days"), K::Number, G::CustomerCare, number(DefaultDormantDays), 1,
         3650},
        {QStringLiteral("lapsing_within_days"), K::Number, G::CustomerCare,
         number(DefaultLapsingWithinDays), 1, 365},
        {QStringLiteral("calls_per_year"), K::Number, G::CustomerCare,
         number(DefaultMaxCallsPerYear), 0, 50},
        {QStringLiteral("product_use_call_min_fen"), K::Fen, G::CustomerCare,
         number(DefaultProductUseCallMinimum.fen()), 0, 100000000},
        {QStringLiteral("points_reminder_balance"), K::Number, G::CustomerCare,
         number(DefaultPointsReminderBalance), 1000, 10000000},
        {QStringLiteral("points_quiet_days"), K::Number, G::CustomerCare,
         number(DefaultPointsQuietDays), 1, 3650},
        {QStringLiteral("rfm_a_recency_days"), K::Number, G::CustomerCare, number(rfm.aRecencyDays),
         1, 3650},
        {QStringLiteral("rfm_a_visits"), K::Number, G::CustomerCare, number(rfm.aVisits), 0, 366},
        {QStringLiteral("rfm_a_spend_fen"), K::Fen, G::CustomerCare, number(rfm.aSpend.fen()), 0,
         100000000000},
        {QStringLiteral("rfm_b_recency_days"), K::Number, G::CustomerCare, number(rfm.bRecencyDays),
         1, 3650},
        {QStringLiteral("rfm_b_visits"), K::Number, G::CustomerCare, number(rfm.bVisits), 0, 366},
        {QStringLiteral("rfm_b_spend_fen"), K::Fen, G::CustomerCare, number(rfm.bSpend.fen()), 0,
         100000000000},
        {QStringLiteral("sms_signature"), K::Text, G::CustomerCare,
         QString::fromUtf8(DefaultSmsSignature), 1, 12},
    };
}

std::optional<std::int64_t> wholeNumber(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
               c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
}

Error invalid(const QString& why)
{
    return Error(ErrorCode::InvalidSetting, why);
}

} // namespace

const QList<SettingSpec>& settingSpecs()
{
    static const QList<SettingSpec> specs = makeSpecs();
    return specs;
}

const SettingSpec* settingSpec(const QString& key)
{
    for (const SettingSpec& spec : settingSpecs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

Result<QString> checkSetting(const SettingSpec& spec, const QString& given)
{
    const QString value = given.trimmed();
    switch (spec.kind) {
    case SettingKind::Rate: {
        const std::optional<Rate> rate = Rate::parse(value);
        if (!rate || rate->scaled() < spec.low || rate->scaled() > spec.high)
            return invalid(SettingText::tr("%1 is a rate from %2 to %3, such as 0.88, not \"%4\".")
                               .arg(spec.key, Rate::fromScaled(spec.low).toString(),
                                    Rate::fromScaled(spec.high).toString(), given));
        return rate->toString();
    }
    case SettingKind::Fen:
    case SettingKind::Number: {
        const std::optional<std::int64_t> n = wholeNumber(value);
        if (!n || *n < spec.low || *n > spec.high)
            return invalid(SettingText::tr("%1 takes a whole number from %2 to %3, not \"%4\".")
                               .arg(spec.key)
                               .arg(spec.low)
                               .arg(spec.high)
                               .arg(given));
        return number(*n);
    }
    case SettingKind::MaybeDays: {
        if (value.isEmpty() || value == u"none")
            return QStringLiteral("none");
        const std::optional<std::int64_t> n = wholeNumber(value);
        if (!n || *n < spec.low || *n > spec.high)
            return invalid(SettingText::tr("%1 takes a number of days from %2 to %3, or none, "
                                           "not \"%4\".")
                               .arg(spec.key)
                               .arg(spec.low)
                               .arg(spec.high)
                               .arg(given));
        return number(*n);
    }
    case SettingKind::Text:
        if (value.size() < spec.low || value.size() > spec.high || hasControlCharacter(value))
            return invalid(SettingText::tr("%1 takes %2 to %3 characters of plain text.")
                               .arg(spec.key)
                               .arg(spec.low)
                               .arg(spec.high));
        if (spec.key == u"store_phone") {
            static const QRegularExpression phone(QStringLiteral("^[0-9+() -]*$"));
            if (!phone.match(value).hasMatch())
                return invalid(SettingText::tr("A telephone number has digits, spaces and + - ( ) "
                                               "only, not \"%1\".")
                                   .arg(given));
        }
        if (spec.key == u"sms_signature" && !advertisingIn(value).isEmpty())
            return invalid(SettingText::tr("The SMS signature is the store's name, without sales "
                                           "words."));
        return value;
    }
    return invalid(given);
}

QString SettingText::label(const QString& key)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("store_name"), QT_TR_NOOP("Store name")},
        {QStringLiteral("store_address"), QT_TR_NOOP("Store address")},
        {QStringLiteral("store_phone"), QT_TR_NOOP("Store telephone")},
        {QStringLiteral("gold_rate"), QT_TR_NOOP("Gold card rate")},
        {QStringLiteral("diamond_rate"), QT_TR_NOOP("Diamond card rate")},
        {QStringLiteral("diamond_lifetime_points"), QT_TR_NOOP("Lifetime points for diamond")},
        {QStringLiteral("gold_join_fen"), QT_TR_NOOP("Receipts for a gold card")},
        {QStringLiteral("diamond_join_fen"), QT_TR_NOOP("Receipts for a diamond card")},
        {QStringLiteral("join_gift"), QT_TR_NOOP("Joining gift (on the joining slip)")},
        {QStringLiteral("points_unit_fen"), QT_TR_NOOP("Paid for one point")},
        {QStringLiteral("bonus_base_points"), QT_TR_NOOP("Base points for the bonus")},
        {QStringLiteral("bonus_points"), QT_TR_NOOP("Bonus points")},
        {QStringLiteral("redeem_min_points"), QT_TR_NOOP("Fewest points redeemed")},
        {QStringLiteral("redeem_step_points"), QT_TR_NOOP("Points step of redemption")},
        {QStringLiteral("redeem_cap_fen"), QT_TR_NOOP("Gift price for the fewest points")},
        {QStringLiteral("redeem_cap_step_fen"), QT_TR_NOOP("Gift price added by each step")},
        {QStringLiteral("return_days"), QT_TR_NOOP("Days a receipt may come back")},
        {QStringLiteral("lapse_days"), QT_TR_NOOP("Days without a purchase before a card lapses")},
        {QStringLiteral("dormant_days"), QT_TR_NOOP("Days without a purchase before dormant")},
        {QStringLiteral("lapsing_within_days"), QT_TR_NOOP("Days ahead on the lapsing list")},
        {QStringLiteral("calls_per_year"), QT_TR_NOOP("Follow-up calls per member a year")},
        {QStringLiteral("product_use_call_min_fen"),
         QT_TR_NOOP("Purchase that earns a product-use call")},
        {QStringLiteral("points_reminder_balance"), QT_TR_NOOP("Points worth a reminder")},
        {QStringLiteral("points_quiet_days"),
         QT_TR_NOOP("Days without redeeming before a reminder")},
        {QStringLiteral("rfm_a_recency_days"), QT_TR_NOOP("Class A: last visit within days")},
        {QStringLiteral("rfm_a_visits"), QT_TR_NOOP("Class A: visits a year")},
        {QStringLiteral("rfm_a_spend_fen"), QT_TR_NOOP("Class A: spend a year")},
        {QStringLiteral("rfm_b_recency_days"), QT_TR_NOOP("Class B: last visit within days")},
        {QStringLiteral("rfm_b_visits"), QT_TR_NOOP("Class B: visits a year")},
        {QStringLiteral("rfm_b_spend_fen"), QT_TR_NOOP("Class B: spend a year")},
        {QStringLiteral("sms_signature"), QT_TR_NOOP("Text message signature")},
    };
    const char* label = labels.value(key, nullptr);
    return label ? tr(label) : key;
}

QString SettingText::group(SettingGroup group)
{
    switch (group) {
    case SettingGroup::Store:
        return tr("The store");
    case SettingGroup::MemberRates:
        return tr("Member rates and tiers");
    case SettingGroup::Joining:
        return tr("Joining (办卡)");
    case SettingGroup::Points:
        return tr("Points");
    case SettingGroup::Redemption:
        return tr("Redemption (积分兑换)");
    case SettingGroup::Returns:
        return tr("Returns");
    case SettingGroup::CustomerCare:
        return tr("Customer care");
    }
    return {};
}

QString SettingText::shown(const SettingSpec& spec, const QString& value)
{
    switch (spec.kind) {
    case SettingKind::Rate:
        if (const std::optional<Rate> rate = Rate::parse(value)) {
            // 0.88 → 8.8折, 0.80 → 8折, 1.00 → no discount.
            if (rate->isOne())
                return tr("no discount");
            return tr("%1 (%2折)").arg(value, rate->tenths());
        }
        return value;
    case SettingKind::Fen:
        return QStringLiteral("¥") + Money::fromFen(value.toLongLong()).toYuanString();
    case SettingKind::MaybeDays:
        return value == u"none" ? tr("no limit") : value;
    case SettingKind::Number:
    case SettingKind::Text:
        return value;
    }
    return value;
}

QString StoreSettings::value(const QString& key) const
{
    if (const auto it = m_values.find(key); it != m_values.end())
        return it.value();
    const SettingSpec* spec = settingSpec(key);
    return spec ? spec->defaultValue : QString();
}

// A stored value is read the way it was checked when it was set; one that
// no longer parses (written behind the programme's back) gives way to the
// default rather than to a number nobody chose.
std::int64_t StoreSettings::number(const QString& key) const
{
    const SettingSpec* spec = settingSpec(key);
    if (!spec)
        return 0;
    const Result<QString> checked = checkSetting(*spec, value(key));
    return (checked ? checked.value() : spec->defaultValue).toLongLong();
}

Rate StoreSettings::rate(const QString& key) const
{
    const SettingSpec* spec = settingSpec(key);
    if (!spec)
        return Rate::one();
    const Result<QString> checked = checkSetting(*spec, value(key));
    return Rate::parse(checked ? checked.value() : spec->defaultValue).value_or(Rate::one());
}

std::optional<int> StoreSettings::maybeDays(const QString& key) const
{
    const SettingSpec* spec = settingSpec(key);
    if (!spec)
        return std::nullopt;
    const Result<QString> checked = checkSetting(*spec, value(key));
    const QString v = checked ? checked.value() : spec->defaultValue;
    if (v == u"none")
        return std::nullopt;
    return v.toInt();
}

Programme StoreSettings::programme() const
{
    Programme p;
    p.goldRate = rate(QStringLiteral("gold_rate"));
    p.diamondRate = rate(QStringLiteral("diamond_rate"));
    p.diamondLifetimePoints = number(QStringLiteral("diamond_lifetime_points"));
    p.goldJoinMinimum = fen(QStringLiteral("gold_join_fen"));
    p.diamondJoinMinimum = fen(QStringLiteral("diamond_join_fen"));
    p.joiningGift = value(QStringLiteral("join_gift"));
    p.points.perPoint = fen(QStringLiteral("points_unit_fen"));
    p.points.bonusFromBase = number(QStringLiteral("bonus_base_points"));
    p.points.bonus = number(QStringLiteral("bonus_points"));
    p.redemption.minimumPoints = number(QStringLiteral("redeem_min_points"));
    p.redemption.stepPoints = number(QStringLiteral("redeem_step_points"));
    p.redemption.firstCap = fen(QStringLiteral("redeem_cap_fen"));
    p.redemption.capStep = fen(QStringLiteral("redeem_cap_step_fen"));
    p.returnDays = maybeDays(QStringLiteral("return_days"));
    return p;
}

StoreIdentity StoreSettings::identity() const
{
    return {value(QStringLiteral("store_name")), value(QStringLiteral("store_address")),
            value(QStringLiteral("store_phone"))};
}

std::optional<SettingChange> changeInForce(const QList<SettingChange>& holding, const QString& key)
{
    std::optional<SettingChange> temporary;
    std::optional<SettingChange> standing;
    for (const SettingChange& c : holding) {
        if (c.key != key)
            continue;
        if (c.temporary()) {
            if (!temporary || c.id > temporary->id)
                temporary = c;
        } else if (!standing || std::pair(c.from, c.id) > std::pair(standing->from, standing->id)) {
            standing = c;
        }
    }
    return temporary ? temporary : standing;
}

StoreSettings settingsOn(Store& store, QDate day)
{
    const QList<SettingChange> holding = store.settingChangesHolding(day);
    QMap<QString, QString> values;
    for (const SettingChange& c : holding) {
        if (values.contains(c.key))
            continue;
        if (const std::optional<SettingChange> inForce = changeInForce(holding, c.key))
            values.insert(c.key, inForce->value);
    }
    return StoreSettings(day, values);
}

Programme programmeOn(Store& store, QDate day)
{
    return settingsOn(store, day).programme();
}

} // namespace viptill
