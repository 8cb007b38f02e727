#pragma once

#include <QDate>
#include <QString>
#include <optional>

// ICU's Chinese calendar as ICU computes it, uncorrected. ChineseCalendar.cpp
// builds the store's dates on it, and the tests use it to show where ICU and
// the published dates part; everyone else asks core/ChineseCalendar.h.
namespace viptill::icu_chinese {

struct LunarDay
{
    int month = 0; // 1..12
    bool leapMonth = false;
    int day = 0; // 1..30
};

// The lunar date ICU gives a day (Beijing days, UTC+8, whatever the machine's
// time zone); nullopt if ICU cannot tell.
std::optional<LunarDay> lunarDayOf(QDate day);

// The first day of the non-leap lunar month `lunarMonth` (1..12) of the lunar
// year that starts in `gregorianYear`; invalid if ICU cannot tell.
QDate monthStart(int gregorianYear, int lunarMonth);

// The first day of the month after the one that starts on `monthStart`.
QDate nextMonthStart(QDate monthStart);

// The ICU these answers come from, e.g. "72.1".
QString icuVersion();

// lunarMonth/lunarDay (non-leap month) of the lunar year that starts in
// `gregorianYear`; invalid if that month has no such day.
QDate lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay);

} // namespace viptill::icu_chinese
