#pragma once

#include "ServiceContext.h"

namespace viptill {

// The day's figures as managers read them (domain.md, Customer care).
struct DayReport
{
    QDate date;
    DayTotals totals;
    Money sales;            // tickets paid less refunds made that day
    Money vipSales;         // the same for member tickets
    Money averageTicket;    // 客单价: ticket total / tickets, half-up to the fen
    QString itemsPerTicket; // 连带率: items / tickets, two decimals half-up
};

// a / b to two decimals, half-up, as exact text ("1.85"); "0.00" when b is 0.
QString decimalRatio(std::int64_t numerator, std::int64_t denominator);

class ReportService
{
public:
    explicit ReportService(ServiceContext& context)
        : m_ctx(context)
    {}

    Result<DayReport> day(QDate date);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
