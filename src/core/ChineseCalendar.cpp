#include "ChineseCalendar.h"

#include "IcuChineseCalendar.h"

#include <QCoreApplication>

namespace viptill {

namespace {

class FestivalText
{
    Q_DECLARE_TR_FUNCTIONS(Festival)
public:
    static QString name(Festival festival)
    {
        switch (festival) {
        case Festival::NewYear:
            return tr("New Year's Day");
        case Festival::SpringFestival:
            return tr("Spring Festival");
        case Festival::LanternFestival:
            return tr("Lantern Festival");
        case Festival::LabourDay:
            return tr("Labour Day");
        case Festival::DragonBoat:
            return tr("Dragon Boat Festival");
        case Festival::MidAutumn:
            return tr("Mid-Autumn Festival");
        case Festival::NationalDay:
            return tr("National Day");
        }
        return {};
    }
};

// ---------------------------------------------------------------------------
// The correction of ICU: the published dates of the lunar festivals.
//
// Why: a lunar month starts on the Beijing (UTC+8) day of the new moon. ICU 72
// finds new moons with its CalendarAstronomer, a low-precision lunar theory
// that can be minutes off, so a new moon minutes from midnight can land on the
// wrong day. (ICU's own open pull request 4070 adds corrections for
// near-midnight new moons its "Keplerian orbital approximation" misses.)
// Between 2020 and 2035 this happens twice, both at the start of a year:
//  - 2027: the new moon is on 6 Feb at about 23:56 Beijing time. ICU puts it
//    after midnight: Spring Festival 2027-02-07 and Lantern 2027-02-21 instead
//    of 2027-02-06 and 2027-02-20 (and a 30th of the twelfth month, 除夕,
//    that the published calendar does not have: none from 2025 to 2029).
//  - 2030: the new moon is on 3 Feb at about 00:07 Beijing time. ICU puts it
//    before midnight: Spring Festival 2030-02-02 and Lantern 2030-02-16
//    instead of 2030-02-03 and 2030-02-17.
// Dragon Boat and Mid-Autumn agree with ICU in every year 2020–2035, and so
// does the leap month of 2033 (the eleventh, which puts Mid-Autumn 2033 on
// 8 September; old tables that put it after the seventh month say 7 October).
// The test ChineseCalendar.RawIcuMissesOnlyTheKnownDays keeps this list
// honest: it fails if ICU's misses change.
//
// What: the dates of the published lunar calendar (紫金山天文台, by
// GB/T 33661-2017 农历的编算和颁行, which the State Council's holiday notices
// 国务院办公厅关于部分节假日安排的通知 follow; the Hong Kong Observatory's
// Gregorian–Lunar conversion tables use the same rules). Each date was checked
// against at least two sources, or against one and the arithmetic of the
// calendar: Lantern = Spring Festival + 14 days, and a month starts on the day
// of its new moon (checked with Meeus' new-moon series; within an hour of
// midnight only 2027 and 2030 above, and 2028's first month at about 23:12
// and 2034's eighth at about 00:14, which ICU gets right).
//  - State Council notices: 2025 (春节 holiday from 1/28, 除夕; 端午 5/31;
//    中秋 within 10/1–8) and 2026 (春节 holiday from 2/15, 腊月二十八;
//    端午 6/19; 中秋 9/25);
//  - Spring Festival: topmarks.co.uk "When is Chinese New Year" (2024–2035),
//    chinesenewyear.net.au calendar (2018–2030), winenfood.com (2026–2035),
//    cny.blogspot.com (2020–2031), the Hong Kong Observatory's blog "Which
//    day is the Tuen Ng Festival for this year (2013)?" (official and folk
//    calendars differ on 2030), chinesefortunecalendar.com 2030 (China time:
//    month 1 from 3 Feb, month 5 from 1 Jun, month 8 from 29 Aug),
//    examinechina.com "Chinese New Year 2027" (6 Feb, Lantern 20 Feb), and
//    the 2022 report that no 除夕 (30th of the twelfth month) falls in
//    2025–2029: 2027 does not start on 7 Feb, and 2030 does not on 2 Feb;
//  - Lantern: Spring Festival + 14 days (a first month has 29 or 30), and
//    chinalovematch.net (Lantern on Valentine's Day again in 2033);
//  - Dragon Boat: skybaike.com (2020–2033), xiaozhu88.cn (2028–2032),
//    excelnotes.com (2022–2026), chinatravel.com (2026–2032; its "June 27"
//    for 2028 is the leap fifth month, not the festival), and for 2034–2035
//    the lunarInfo month-length table (1900–2049) copied in many open-source
//    calendars (not for 2033, where it predates the leap-month settlement);
//  - Mid-Autumn: chinahighlights.com (2020–2026, "as early as September 8
//    (2033)"), tianqiyubao4.com (2023–2031), calendarlabs.com (2020–2024),
//    days-to.com (2026–2035; its 2032 "Sep 20" and 2035 "Sep 17" are a day
//    late: the eighth months start on 2032-09-05 about 05:00 and 2035-09-02
//    about 10:00 Beijing time, far from midnight).
// ---------------------------------------------------------------------------
struct MonthDay
{
    int month;
    int day;
};

struct PublishedYear
{
    int year;
    MonthDay springFestival;  // lunar 1/1
    MonthDay lanternFestival; // lunar 1/15
    MonthDay dragonBoat;      // lunar 5/5
    MonthDay midAutumn;       // lunar 8/15
};

// One year a line, as the published tables are read.
// clang-format off
constexpr PublishedYear kPublished[] = {
    //     Spring    Lantern   Dragon    Mid-Autumn
    {2020, {1, 25},  {2, 8},   {6, 25},  {10, 1}},
    {2021, {2, 12},  {2, 26},  {6, 14},  {9, 21}},
    {2022, {2, 1},   {2, 15},  {6, 3},   {9, 10}},
    {2023, {1, 22},  {2, 5},   {6, 22},  {9, 29}},
    {2024, {2, 10},  {2, 24},  {6, 10},  {9, 17}},
    {2025, {1, 29},  {2, 12},  {5, 31},  {10, 6}},
    {2026, {2, 17},  {3, 3},   {6, 19},  {9, 25}},
    {2027, {2, 6},   {2, 20},  {6, 9},   {9, 15}},
    {2028, {1, 26},  {2, 9},   {5, 28},  {10, 3}},
    {2029, {2, 13},  {2, 27},  {6, 16},  {9, 22}},
    {2030, {2, 3},   {2, 17},  {6, 5},   {9, 12}},
    {2031, {1, 23},  {2, 6},   {6, 24},  {10, 1}},
    {2032, {2, 11},  {2, 25},  {6, 12},  {9, 19}},
    {2033, {1, 31},  {2, 14},  {6, 1},   {9, 8}},
    {2034, {2, 19},  {3, 5},   {6, 20},  {9, 27}},
    {2035, {2, 8},   {2, 22},  {6, 10},  {9, 16}},
};
// clang-format on

const PublishedYear* publishedYear(int gregorianYear)
{
    for (const PublishedYear& published : kPublished) {
        if (published.year == gregorianYear)
            return &published;
    }
    return nullptr;
}

QDate dateIn(int gregorianYear, MonthDay monthDay)
{
    return {gregorianYear, monthDay.month, monthDay.day};
}

// The first day of a lunar month where the published table fixes it: the
// months of Spring Festival (1), Dragon Boat (5) and Mid-Autumn (8).
std::optional<QDate> publishedMonthStart(int gregorianYear, int lunarMonth)
{
    const PublishedYear* published = publishedYear(gregorianYear);
    if (!published)
        return std::nullopt;
    switch (lunarMonth) {
    case 1:
        return dateIn(gregorianYear, published->springFestival);
    case 5:
        return dateIn(gregorianYear, published->dragonBoat).addDays(-4);
    case 8:
        return dateIn(gregorianYear, published->midAutumn).addDays(-14);
    default:
        return std::nullopt;
    }
}

QDate monthStart(int gregorianYear, int lunarMonth)
{
    if (const std::optional<QDate> published = publishedMonthStart(gregorianYear, lunarMonth))
        return *published;
    return icu_chinese::monthStart(gregorianYear, lunarMonth);
}

// The first day of the month after lunarMonth: ICU's, unless the table fixes
// it (the twelfth month of 2026 ends on 5 Feb 2027, not on 6 Feb).
QDate followingMonthStart(int gregorianYear, int lunarMonth)
{
    const QDate icuStart = icu_chinese::monthStart(gregorianYear, lunarMonth);
    const QDate icuNext = icuStart.isValid() ? icu_chinese::nextMonthStart(icuStart) : QDate();
    const std::optional<icu_chinese::LunarDay> next = icu_chinese::lunarDayOf(icuNext);
    if (!next)
        return {};
    if (!next->leapMonth) {
        const int nextYear = lunarMonth == 12 ? gregorianYear + 1 : gregorianYear;
        if (const std::optional<QDate> published = publishedMonthStart(nextYear, next->month))
            return *published;
    }
    return icuNext;
}

// When a festival falls: a Gregorian day, or a lunar day together with its
// column in the published table.
struct FestivalRule
{
    MonthDay day;
    MonthDay PublishedYear::*published = nullptr; // null for a Gregorian day
};

FestivalRule ruleOf(Festival festival)
{
    switch (festival) {
    case Festival::NewYear:
        return {{1, 1}};
    case Festival::SpringFestival:
        return {{1, 1}, &PublishedYear::springFestival};
    case Festival::LanternFestival:
        return {{1, 15}, &PublishedYear::lanternFestival};
    case Festival::LabourDay:
        return {{5, 1}};
    case Festival::DragonBoat:
        return {{5, 5}, &PublishedYear::dragonBoat};
    case Festival::MidAutumn:
        return {{8, 15}, &PublishedYear::midAutumn};
    case Festival::NationalDay:
        return {{10, 1}};
    }
    return {};
}

} // namespace

QString festivalCode(Festival festival)
{
    switch (festival) {
    case Festival::NewYear:
        return QStringLiteral("new_year");
    case Festival::SpringFestival:
        return QStringLiteral("spring_festival");
    case Festival::LanternFestival:
        return QStringLiteral("lantern_festival");
    case Festival::LabourDay:
        return QStringLiteral("labour_day");
    case Festival::DragonBoat:
        return QStringLiteral("dragon_boat");
    case Festival::MidAutumn:
        return QStringLiteral("mid_autumn");
    case Festival::NationalDay:
        return QStringLiteral("national_day");
    }
    return {};
}

std::optional<Festival> festivalFromCode(const QString& code)
{
    for (const Festival festival : allFestivals) {
        if (festivalCode(festival) == code)
            return festival;
    }
    return std::nullopt;
}

QString festivalName(Festival festival)
{
    return FestivalText::name(festival);
}

QDate festivalDate(Festival festival, int gregorianYear)
{
    const FestivalRule rule = ruleOf(festival);
    if (!rule.published)
        return dateIn(gregorianYear, rule.day);
    if (const PublishedYear* published = publishedYear(gregorianYear))
        return dateIn(gregorianYear, published->*rule.published);
    return lunarToGregorian(gregorianYear, rule.day.month, rule.day.day);
}

QList<Festival> festivalsOn(QDate day)
{
    QList<Festival> festivals;
    if (!day.isValid())
        return festivals;
    for (const Festival festival : allFestivals) {
        if (festivalDate(festival, day.year()) == day)
            festivals.append(festival);
    }
    return festivals;
}

QDate lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay)
{
    if (lunarMonth < 1 || lunarMonth > 12)
        return {};
    const QDate start = monthStart(gregorianYear, lunarMonth);
    const QDate next = start.isValid() ? followingMonthStart(gregorianYear, lunarMonth) : QDate();
    if (!next.isValid() || lunarDay < 1 || lunarDay > start.daysTo(next))
        return {};
    return start.addDays(lunarDay - 1);
}

} // namespace viptill
