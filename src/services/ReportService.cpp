#include "ReportService.h"

namespace viptill {

QString decimalRatio(std::int64_t numerator, std::int64_t denominator)
{
    if (denominator <= 0)
        return QStringLiteral("0.00");
    const std::int64_t hundredths = (numerator * 100 * 2 + denominator) / (2 * denominator);
    return QStringLiteral("%1.%2")
        .arg(hundredths / 100)
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

Result<DayReport> ReportService::day(QDate date)
{
    return guarded<DayReport>(m_ctx.store, [&]() -> Result<DayReport> {
        DayReport report;
        report.date = date;
        report.totals = m_ctx.store.dayTotals(date);
        const DayTotals& t = report.totals;
        report.sales = t.ticketsPaid - t.refunded;
        report.vipSales = t.vipTicketsPaid - t.vipRefunded;
        if (t.tickets > 0) {
            const std::int64_t fen = t.ticketsPaid.fen();
            report.averageTicket = Money::fromFen((fen * 2 + t.tickets) / (2 * t.tickets));
        }
        report.itemsPerTicket = decimalRatio(t.items, t.tickets);
        return report;
    });
}

} // namespace viptill
