#pragma once

#include "TestStore.h"

namespace viptill::test {

// Two days of trading in the week of Monday 16 November 2026 whose every
// figure was computed by hand (the numbers are in TradingWeek.cpp and in the
// tests): members joining in both tiers, special-price goods, tenders of
// three kinds, a return the same day and a return the next day of an old
// receipt, a redemption kept and one cancelled, and sales either side of
// midnight. A member who joined a year before gives last year's figures.
class TradingWeek
{
public:
    static inline const QDate LastYear{2025, 11, 10};
    static inline const QDate DayA{2026, 11, 17}; // Tuesday
    static inline const QDate DayB{2026, 11, 18}; // Wednesday

    explicit TradingWeek(TestStore& store);

    // Day A up to its last sale at 23:50; the clock is left at 23:50.
    void tradeDayA();
    // Day B from a sale at 00:10 to 15:00; the clock is left at 15:00.
    void tradeDayB();

    TestStore& t;
    StaffMember manager;
    StaffMember cashier;
    Id lastYearMember = 0;
    Id gold = 0;
    Id diamond = 0;
    QString goldCard;
    QString diamondCard;
    QString goldSaleA;   // #3: dress and a special-price cup, paid by WeChat
    QString walkInSaleA; // #4: the eye cream, returned on day B
    Id keptRedemption = 0;
    Id cancelledRedemption = 0;
};

} // namespace viptill::test
