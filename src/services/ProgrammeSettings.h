#pragma once

#include "core/Error.h"
#include "core/Programme.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace viptill {

// The store's settings: every number of the programme (domain.md, "The
// store runs its own programme"), the customer-care numbers and the store's
// own name on its receipts. Each is kept as changes from a day on
// (SettingChange); this file names them, checks a value and works out what
// holds on a day.

enum class SettingKind
{
    Rate,      // a decimal rate, "0.88"
    Fen,       // money in fen, a whole number
    Number,    // points, days or a count, a whole number
    MaybeDays, // days, or "none"
    Text
};

// Where a setting shows on the settings screen.
enum class SettingGroup
{
    Store,
    MemberRates,
    Joining,
    Points,
    Redemption,
    Returns,
    CustomerCare
};

struct SettingSpec
{
    QString key;
    SettingKind kind = SettingKind::Number;
    SettingGroup group = SettingGroup::Store;
    QString defaultValue; // in the written form
    // Numbers: the range, both included (rates in ten-thousandths: 100 is
    // 0.01). Text: the length in characters.
    std::int64_t low = 0;
    std::int64_t high = 0;
};

// Every setting, in the order the screen shows them.
const QList<SettingSpec>& settingSpecs();
const SettingSpec* settingSpec(const QString& key);

// The value in its written form ("0.8" → "0.80", " 365 " → "365", "" or
// "none" for no return window → "none"), or INVALID_SETTING saying what the
// setting takes.
Result<QString> checkSetting(const SettingSpec& spec, const QString& value);

// What people call a setting and what it does, in their language.
class SettingText
{
    Q_DECLARE_TR_FUNCTIONS(SettingText)
public:
    static QString label(const QString& key);
    static QString group(SettingGroup group);
    // "0.88" → "8.8折", fen → "¥300.00", "none" → "no limit" …: for the screen.
    static QString shown(const SettingSpec& spec, const QString& value);
};

// The store's own name, address and phone, for receipts and slips.
struct StoreIdentity
{
    QString name;
    QString address;
    QString phone;
};

// Every setting as it holds on one day.
class StoreSettings
{
public:
    StoreSettings(QDate day, QMap<QString, QString> values)
        : m_day(day)
        , m_values(std::move(values))
    {}

    QDate day() const { return m_day; }
    // The written value (the default when nothing was set).
    QString value(const QString& key) const;
    // Whether a manager's change holds `key` on the day (else the default).
    bool isSet(const QString& key) const { return m_values.contains(key); }
    std::int64_t number(const QString& key) const;
    Money fen(const QString& key) const { return Money::fromFen(number(key)); }
    Rate rate(const QString& key) const;
    std::optional<int> maybeDays(const QString& key) const;

    Programme programme() const;
    StoreIdentity identity() const;

private:
    QDate m_day;
    QMap<QString, QString> m_values; // only what was set
};

// Which change holds `key` on a day, among those whose days hold it: the
// newest with a last day (for some days only), else the standing one with
// the latest first day. None: the default holds.
std::optional<SettingChange> changeInForce(const QList<SettingChange>& holding, const QString& key);

StoreSettings settingsOn(Store& store, QDate day);

// The programme's numbers in force on `day`: the store's settings over the
// defaults of domain.md. Every operation reads them for its own day, so a
// change takes effect from the next sale.
Programme programmeOn(Store& store, QDate day);

} // namespace viptill
