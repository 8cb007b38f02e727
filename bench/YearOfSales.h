#pragma once

#include "BigStore.h"

#include <QString>
#include <cstdint>

namespace viptill::bench {

// A year of a busy department store for the figures' benchmarks, written
// straight into a SQLite file with the real schema and cached at `path`:
// the big store's items and members (joining over seven years, the last of
// them during the year), then every day of `year` its tickets over twenty
// tills — more at weekends, Spring Festival, the October holiday and Double
// 11, most in the afternoon and evening, a few after 22:00 and after
// midnight — with 1 to 10 lines, member cards on 45 % of them (a few members
// buying far more than most), both tiers' discounts, special-price goods,
// four tenders, the points each member sale earns, returns of 2 % of the
// tickets up to a week later, redemptions every day; and each day closed
// (日结) after it, as the store does.
struct YearOfSalesSize
{
    std::int64_t items = 200'000;
    std::int64_t members = 1'000'000;
    std::int64_t saleLines = 10'000'000;
    int year = 2025;
};

QString ensureYearOfSales(const QString& path, YearOfSalesSize size);

} // namespace viptill::bench
