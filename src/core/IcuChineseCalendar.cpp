#include "IcuChineseCalendar.h"

#include <cmath>
#include <cstring>
#include <memory>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/uversion.h>

namespace viptill::icu_chinese {

namespace {

constexpr double kMillisecondsPerDay = 86400000.0;

// ICU finds new moons in Beijing time (its Chinese calendar has a fixed UTC+8
// of its own); the calendar's zone only maps instants to days. On GMT, the
// instant of midnight UTC is therefore exactly the Gregorian day it names.
QDate unixEpoch()
{
    return {1970, 1, 1};
}

UDate instantOf(QDate day)
{
    return static_cast<double>(unixEpoch().daysTo(day)) * kMillisecondsPerDay;
}

QDate dayOf(UDate instant)
{
    return unixEpoch().addDays(static_cast<qint64>(std::floor(instant / kMillisecondsPerDay)));
}

// icu::ChineseCalendar's header is internal to ICU; the public way to it is a
// Calendar for a locale with calendar=chinese.
std::unique_ptr<icu::Calendar> chineseCalendar()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(
        *icu::TimeZone::getGMT(), icu::Locale("zh_CN@calendar=chinese"), status));
    // Without its calendar data ICU quietly hands out a Gregorian calendar.
    if (U_FAILURE(status) || !calendar || std::strcmp(calendar->getType(), "chinese") != 0)
        return nullptr;
    return calendar;
}

} // namespace

std::optional<LunarDay> lunarDayOf(QDate day)
{
    const std::unique_ptr<icu::Calendar> calendar = chineseCalendar();
    if (!calendar || !day.isValid())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(instantOf(day), status);
    const LunarDay lunar{calendar->get(UCAL_MONTH, status) + 1,
                         calendar->get(UCAL_IS_LEAP_MONTH, status) != 0,
                         calendar->get(UCAL_DATE, status)};
    if (U_FAILURE(status))
        return std::nullopt;
    return lunar;
}

QDate monthStart(int gregorianYear, int lunarMonth)
{
    // Spring Festival falls between 21 January and 21 February, so by 1 March
    // the lunar year that starts in gregorianYear has begun and no other has.
    const QDate inLunarYear(gregorianYear, 3, 1);
    const std::unique_ptr<icu::Calendar> calendar = chineseCalendar();
    if (!calendar || !inLunarYear.isValid() || lunarMonth < 1 || lunarMonth > 12)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(instantOf(inLunarYear), status);
    const int32_t era = calendar->get(UCAL_ERA, status); // the 60-year cycle
    const int32_t year = calendar->get(UCAL_YEAR, status);
    calendar->clear();
    calendar->set(UCAL_ERA, era);
    calendar->set(UCAL_YEAR, year);
    calendar->set(UCAL_MONTH, lunarMonth - 1);
    calendar->set(UCAL_IS_LEAP_MONTH, 0);
    calendar->set(UCAL_DATE, 1);
    const UDate start = calendar->getTime(status);
    // ICU resolves fields leniently: read them back to be sure it found the
    // month asked for and not a neighbour.
    calendar->setTime(start, status);
    if (U_FAILURE(status) || calendar->get(UCAL_ERA, status) != era ||
        calendar->get(UCAL_YEAR, status) != year ||
        calendar->get(UCAL_MONTH, status) != lunarMonth - 1 ||
        calendar->get(UCAL_IS_LEAP_MONTH, status) != 0 || calendar->get(UCAL_DATE, status) != 1 ||
        U_FAILURE(status))
        return {};
    return dayOf(start);
}

QDate nextMonthStart(QDate monthStart)
{
    // A lunar month has 29 or 30 days.
    const std::optional<LunarDay> day30 = lunarDayOf(monthStart.addDays(29));
    if (!day30)
        return {};
    return monthStart.addDays(day30->day == 1 ? 29 : 30);
}

QString icuVersion()
{
    return QString::fromLatin1(U_ICU_VERSION);
}

QDate lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay)
{
    const QDate start = monthStart(gregorianYear, lunarMonth);
    const QDate next = start.isValid() ? nextMonthStart(start) : QDate();
    if (!next.isValid() || lunarDay < 1 || lunarDay > start.daysTo(next))
        return {};
    return start.addDays(lunarDay - 1);
}

} // namespace viptill::icu_chinese
