#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace viptill {

// The days customer care sends greeting SMS on (domain.md, Customer care).
enum class Festival
{
    NewYear,         // 元旦, 1 January
    SpringFestival,  // 春节, lunar 1/1
    LanternFestival, // 元宵节, lunar 1/15
    LabourDay,       // 劳动节, 1 May
    DragonBoat,      // 端午节, lunar 5/5
    MidAutumn,       // 中秋节, lunar 8/15
    NationalDay,     // 国庆节, 1 October
};

inline constexpr std::array<Festival, 7> allFestivals{
    Festival::NewYear,    Festival::SpringFestival, Festival::LanternFestival, Festival::LabourDay,
    Festival::DragonBoat, Festival::MidAutumn,      Festival::NationalDay};

// The stable name scripts and settings use, e.g. "spring_festival".
QString festivalCode(Festival festival);
std::optional<Festival> festivalFromCode(const QString& code);

// The name shown to people, in their language.
QString festivalName(Festival festival);

// The day `festival` falls on in `gregorianYear`. A lunar festival belongs to
// the lunar year that starts in `gregorianYear` (its Spring Festival is in
// January or February), so every festival of a year falls in that year. The
// dates are those the Chinese government publishes: for 2020–2035 they are
// taken from the published table, outside those years they come from ICU.
// Invalid for a year that does not exist (0) or that ICU cannot compute.
QDate festivalDate(Festival festival, int gregorianYear);

// The festivals on `day`, in the order of the enum: mostly none, sometimes two
// (Mid-Autumn fell on National Day in 2020 and will again in 2031).
QList<Festival> festivalsOn(QDate day);

// The day of lunarMonth/lunarDay in the lunar year that starts in
// `gregorianYear`, with the corrections festivalDate() uses. Leap months are
// never meant: 5/5 in a year with a leap fifth month is in the ordinary one.
// Invalid if the month has no such day (day 30 of a 29-day month).
QDate lunarToGregorian(int gregorianYear, int lunarMonth, int lunarDay);

} // namespace viptill
