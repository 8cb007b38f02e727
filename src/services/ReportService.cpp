#include "ReportService.h"

#include <QMap>
#include <algorithm>

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

std::int64_t pointsOutstandingAt(Store& store, QDate day)
{
    // Closed days never change again, so their frozen balance is a starting
    // point either way: forward from the last close before the day, or back
    // from the first one after it.
    if (const std::optional<DayClose> before = store.closeOnOrBefore(day))
        return before->pointsOutstanding +
               (before->day == day ? 0 : store.pointsThrough(before->day, day));
    if (const std::optional<DayClose> after = store.closeOnOrAfter(day))
        return after->pointsOutstanding - store.pointsThrough(day, after->day);
    return store.pointsThrough(std::nullopt, day);
}

Result<DayReport> ReportService::day(QDate date)
{
    return guarded<DayReport>(m_ctx.store, [&]() -> Result<DayReport> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        DayReport report;
        report.date = date;
        report.totals = m_ctx.store.dayTotals(date);
        const DayTotals& t = report.totals;
        report.sales = t.ticketsPaid - t.refunded;
        report.vipSales = t.vipTicketsPaid - t.vipRefunded;
        report.averageTicket = averagePer(t.ticketsPaid, t.tickets);
        report.itemsPerTicket = decimalRatio(t.items, t.tickets);
        report.close = m_ctx.store.dayClose(date);
        return report;
    });
}

Money ReportService::vipSalesUsingCloses(const DayRange& range)
{
    // Closed days give their frozen figures; only the days in between are
    // added up from the sales.
    Money total;
    QList<QDate> closedDays;
    for (const DayClose& close : m_ctx.store.closesBetween(range.from, range.to)) {
        total += close.totals.vipTicketsPaid - close.totals.vipRefunded;
        closedDays << close.day;
    }
    for (const DayRange& part : uncoveredParts(range, closedDays))
        total += m_ctx.store.vipSales(part.from, part.to);
    return total;
}

Result<Figures> ReportService::figures(const DayRange& range)
{
    if (!range.isValid())
        return Error(ErrorCode::InvalidRange, tr("A range of days starts on or before its end."));
    if (range.days() > MaxRangeDays)
        return Error(
            ErrorCode::InvalidRange,
            tr("A range is at most %1 days; this one has %2.").arg(MaxRangeDays).arg(range.days()));
    return guarded<Figures>(m_ctx.store, [&]() -> Result<Figures> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        Store& store = m_ctx.store;
        Figures f;
        f.range = range;
        f.totals = store.rangeTotals(range.from, range.to);
        const DayTotals& t = f.totals;
        f.sales = t.ticketsPaid - t.refunded;
        f.vipSales = t.vipTicketsPaid - t.vipRefunded;
        f.vipShare = percentage(f.vipSales.fen(), f.sales.fen());
        f.averageTicket = averagePer(t.ticketsPaid, t.tickets);
        f.itemsPerTicket = decimalRatio(t.items, t.tickets);
        f.buyingMembers = store.buyingMembers(range.from, range.to);
        f.spendPerMember = averagePer(f.vipSales, f.buyingMembers);
        f.pointsOutstanding = pointsOutstandingAt(store, range.to);

        const QDate end = range.to;
        f.yearToDate = {QDate(end.year(), 1, 1), end};
        // 29 February's year before ends on 28 February.
        const DayRange lastYear{QDate(end.year() - 1, 1, 1), end.addYears(-1)};
        f.vipYearSpend = vipSalesUsingCloses(f.yearToDate);
        f.vipYearSpendLastYear = vipSalesUsingCloses(lastYear);
        f.vipYearGrowth = percentage((f.vipYearSpend - f.vipYearSpendLastYear).fen(),
                                     f.vipYearSpendLastYear.fen());

        f.tiers = store.tierSales(range.from, range.to);
        for (const CounterTotals& c : store.counterTotals(range.from, range.to)) {
            if (!c.gross.isZero() || !c.refunded.isZero() || c.items != 0 || c.redemptions != 0)
                f.counters << c;
        }
        std::stable_sort(
            f.counters.begin(), f.counters.end(),
            [](const CounterTotals& a, const CounterTotals& b) { return a.net() > b.net(); });
        for (int hour = 0; hour < 24; ++hour)
            f.hours << HourTotals{hour, 0, {}};
        for (const HourTotals& h : store.hourTotals(range.from, range.to)) {
            if (h.hour >= 0 && h.hour < 24)
                f.hours[h.hour] = h;
        }
        f.topMembers = store.topMembers(range.from, range.to, TopMembers);

        // Closed days give their frozen balance; the ledger is added up
        // only for the days in between.
        const DayRange chart{std::min(range.from, end.addDays(-29)), end};
        QMap<QDate, std::int64_t> frozen;
        for (const DayClose& close : store.closesBetween(chart.from, chart.to))
            frozen.insert(close.day, close.pointsOutstanding);
        QMap<QDate, std::int64_t> net;
        for (const DayRange& part : uncoveredParts(chart, frozen.keys())) {
            for (const auto& [day, points] : store.pointsByDay(part.from, part.to))
                net.insert(day, points);
        }
        std::int64_t outstanding =
            frozen.contains(chart.from) ? 0 : pointsOutstandingAt(store, chart.from.addDays(-1));
        for (QDate d = chart.from; d <= chart.to; d = d.addDays(1)) {
            outstanding = frozen.contains(d) ? frozen.value(d) : outstanding + net.value(d);
            f.outstandingByDay.append({d, outstanding});
        }
        return f;
    });
}

Result<Settlement> ReportService::settlement(const QString& monthText, const QString& counter)
{
    const std::optional<DayRange> month = parseMonth(monthText);
    if (!month)
        return Error(ErrorCode::InvalidMonth,
                     tr("\"%1\" is not a month of the form YYYY-MM.").arg(monthText));
    return guarded<Settlement>(m_ctx.store, [&]() -> Result<Settlement> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        std::optional<Id> counterId;
        if (!counter.trimmed().isEmpty()) {
            const std::optional<Counter> found = m_ctx.store.counterByName(counter.trimmed());
            if (!found)
                return Error(ErrorCode::UnknownCounter,
                             tr("There is no counter named %1.").arg(counter.trimmed()));
            counterId = found->id;
        }
        Settlement s;
        s.month = *month;
        for (const RedemptionLine& line :
             m_ctx.store.redemptionsBetween(month->from, month->to, counterId, false)) {
            auto it =
                std::find_if(s.counters.begin(), s.counters.end(), [&](const CounterSettlement& c) {
                    return c.counterId == line.record.counterId;
                });
            if (it == s.counters.end()) {
                s.counters << CounterSettlement{line.record.counterId, line.counter, {}, {}, 0};
                it = s.counters.end() - 1;
            }
            it->redemptions << line;
            it->total += line.record.listPrice;
            it->points += line.record.points;
            s.total += line.record.listPrice;
        }
        std::sort(s.counters.begin(), s.counters.end(),
                  [](const CounterSettlement& a, const CounterSettlement& b) {
                      return a.counter < b.counter;
                  });
        return s;
    });
}

Result<DiamondEventList> ReportService::diamondEvent(int year)
{
    const QDate today = m_ctx.clock.today();
    if (year < 2000 || year > today.year())
        return Error(ErrorCode::InvalidDate,
                     tr("The thank-you event is for a year from 2000 to %1, not %2.")
                         .arg(today.year())
                         .arg(year));
    return guarded<DiamondEventList>(m_ctx.store, [&]() -> Result<DiamondEventList> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        DiamondEventList list;
        list.year = year;
        list.spendRange = DayRange::yearOf(year);
        list.spendRange.to = std::min(list.spendRange.to, today);
        list.invitees = m_ctx.store.diamondMembers(list.spendRange.from, list.spendRange.to);
        return list;
    });
}

} // namespace viptill
