#include "ReportExport.h"

#include "core/Identity.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace viptill {

namespace {

QString yuan(Money money)
{
    return money.toYuanString();
}

QString number(std::int64_t n)
{
    return QString::number(n);
}

QString csvField(const QString& field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// A text cell a spreadsheet would take for a formula (a member named
// "=HYPERLINK(…)", a product "@SUM(…)") starts with an apostrophe, which
// Excel and LibreOffice show as text and do not evaluate (OWASP's advice).
// Numeric columns are ours and stay as they are.
QString inert(const QString& text)
{
    static const QString starters = QStringLiteral("=+-@\t\r");
    // A signed amount or percentage ("-12.50", "+3.4%") is a value, not a formula.
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d[\\d,]*(\\.\\d+)?%?$"));
    if (!text.isEmpty() && starters.contains(text.front()) && !number.match(text).hasMatch())
        return u'\'' + text;
    return text;
}

QString csvRow(const QStringList& fields, const QList<int>& numericColumns = {})
{
    QStringList cells;
    for (qsizetype i = 0; i < fields.size(); ++i)
        cells << csvField(numericColumns.contains(static_cast<int>(i)) ? fields.at(i)
                                                                       : inert(fields.at(i)));
    return cells.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString ReportExport::rangeText(const DayRange& range)
{
    if (range.from == range.to)
        return formatDate(range.from);
    return tr("%1 to %2").arg(formatDate(range.from), formatDate(range.to));
}

QString ReportExport::percentText(const std::optional<QString>& percent)
{
    return percent ? *percent + u'%' : tr("n/a");
}

QList<ReportTable> ReportExport::figures(const Figures& f)
{
    const DayTotals& t = f.totals;
    QList<ReportTable> tables;

    ReportTable summary;
    summary.title = tr("Figures %1").arg(rangeText(f.range));
    summary.headers = {tr("Figure"), tr("Value")};
    summary.numericColumns = {1};
    summary.rows = {
        {tr("Sales (less refunds)"), yuan(f.sales)},
        {tr("Tickets"), number(t.tickets)},
        {tr("Tickets before refunds"), yuan(t.ticketsPaid)},
        {tr("Returns"), number(t.returns)},
        {tr("Refunded"), yuan(t.refunded)},
        {tr("VIP sales"), yuan(f.vipSales)},
        {tr("VIP share"), percentText(f.vipShare)},
        {tr("Average ticket (客单价)"), yuan(f.averageTicket)},
        {tr("Items"), number(t.items)},
        {tr("Items per ticket (连带率)"), f.itemsPerTicket},
        {tr("New members"), number(t.newMembers)},
        {tr("Members who bought"), number(f.buyingMembers)},
        {tr("Spend per member"), yuan(f.spendPerMember)},
        {tr("Points earned"), number(t.pointsEarned)},
        {tr("Points reversed by returns"), number(t.pointsReversed)},
        {tr("Points redeemed"), number(t.pointsRedeemed)},
        {tr("Points outstanding at the end"), number(f.pointsOutstanding)},
        {tr("Redemptions"), number(t.redemptions)},
        {tr("Redemption cost (list price)"), yuan(t.redemptionCost)},
        {tr("VIP spend %1").arg(rangeText(f.yearToDate)), yuan(f.vipYearSpend)},
        {tr("VIP spend the same days last year"), yuan(f.vipYearSpendLastYear)},
        {tr("VIP spend growth"), percentText(f.vipYearGrowth)},
        {tr("Gold member sales"), yuan(f.tiers.gold)},
        {tr("Diamond member sales"), yuan(f.tiers.diamond)},
    };
    tables << summary;

    ReportTable counters;
    counters.title = tr("Sales by counter");
    counters.headers = {tr("Counter"), tr("Sales"),       tr("Refunded"),       tr("Net sales"),
                        tr("Items"),   tr("Redemptions"), tr("Redemption cost")};
    counters.numericColumns = {1, 2, 3, 4, 5, 6};
    CounterTotals all;
    for (const CounterTotals& c : f.counters) {
        counters.rows << QStringList{
            c.counter,       yuan(c.gross),         yuan(c.refunded),      yuan(c.net()),
            number(c.items), number(c.redemptions), yuan(c.redemptionCost)};
        all.gross += c.gross;
        all.refunded += c.refunded;
        all.items += c.items;
        all.redemptions += c.redemptions;
        all.redemptionCost += c.redemptionCost;
    }
    counters.totals = {
        tr("Total"),       yuan(all.gross),         yuan(all.refunded),      yuan(all.net()),
        number(all.items), number(all.redemptions), yuan(all.redemptionCost)};
    tables << counters;

    ReportTable hours;
    hours.title = tr("Sales by hour");
    hours.notes = {tr("Tickets by the hour they were rung up, before refunds.")};
    hours.headers = {tr("Hour"), tr("Tickets"), tr("Paid")};
    hours.numericColumns = {1, 2};
    for (const HourTotals& h : f.hours) {
        if (h.tickets == 0)
            continue;
        hours.rows << QStringList{QStringLiteral("%1:00").arg(h.hour, 2, 10, QLatin1Char('0')),
                                  number(h.tickets), yuan(h.paid)};
    }
    tables << hours;

    ReportTable top;
    top.title = tr("Top members");
    top.headers = {tr("Rank"), tr("Member"),  tr("Name"), tr("Mobile"),
                   tr("Tier"), tr("Tickets"), tr("Spend")};
    top.numericColumns = {0, 1, 5, 6};
    int rank = 0;
    for (const MemberSpend& m : f.topMembers)
        top.rows << QStringList{number(++rank),       number(m.memberId), m.name,
                                maskMobile(m.mobile), tierName(m.tier),   number(m.tickets),
                                yuan(m.spend)};
    tables << top;

    ReportTable points;
    points.title = tr("Points outstanding by day");
    points.headers = {tr("Day"), tr("Points outstanding")};
    points.numericColumns = {1};
    for (const auto& [day, outstanding] : f.outstandingByDay)
        points.rows << QStringList{formatDate(day), number(outstanding)};
    tables << points;
    return tables;
}

QList<ReportTable> ReportExport::settlement(const Settlement& s)
{
    const QString month = s.month.from.toString(QStringLiteral("yyyy-MM"));
    QList<ReportTable> tables;
    ReportTable summary;
    summary.title = tr("Counter settlement %1").arg(month);
    summary.notes = {tr("Gifts handed over for points, paid to the counters by the mall at list "
                        "price. Cancelled redemptions are not included.")};
    summary.headers = {tr("Counter"), tr("Gifts"), tr("Points"), tr("Amount")};
    summary.numericColumns = {1, 2, 3};
    std::int64_t gifts = 0;
    std::int64_t points = 0;
    for (const CounterSettlement& c : s.counters) {
        summary.rows << QStringList{c.counter, number(c.redemptions.size()), number(c.points),
                                    yuan(c.total)};
        gifts += c.redemptions.size();
        points += c.points;
    }
    summary.totals = {tr("Total"), number(gifts), number(points), yuan(s.total)};
    tables << summary;

    for (const CounterSettlement& c : s.counters) {
        ReportTable table;
        table.title = tr("Settlement %1 · %2").arg(month, c.counter);
        table.headers = {tr("Date"),       tr("Redemption"), tr("Barcode"), tr("Item"),
                         tr("List price"), tr("Points"),     tr("Member")};
        table.numericColumns = {1, 4, 5};
        for (const RedemptionLine& line : c.redemptions)
            table.rows << QStringList{formatDate(line.record.at.date()),
                                      number(line.record.id),
                                      line.barcode,
                                      line.productName,
                                      yuan(line.record.listPrice),
                                      number(line.record.points),
                                      maskMobile(line.memberMobile)};
        table.totals = {
            tr("Total"), number(c.redemptions.size()), {}, {}, yuan(c.total), number(c.points), {}};
        tables << table;
    }
    return tables;
}

ReportTable ReportExport::diamondEvent(const DiamondEventList& list)
{
    ReportTable table;
    table.title = tr("Diamond thank-you event %1: invitations").arg(list.year);
    table.notes = {tr("Diamond members and their spend %1. For the store's own use only.")
                       .arg(rangeText(list.spendRange))};
    table.headers = {tr("No."),     tr("Member"), tr("Name"),    tr("Mobile"),
                     tr("Address"), tr("Joined"), tr("Tickets"), tr("Spend")};
    table.numericColumns = {0, 1, 6, 7};
    int n = 0;
    Money total;
    for (const DiamondInvitee& d : list.invitees) {
        table.rows << QStringList{number(++n),       number(d.memberId), d.name,
                                  d.mobile,          d.address,          formatDate(d.joinedOn),
                                  number(d.tickets), yuan(d.spend)};
        total += d.spend;
    }
    table.totals = {tr("Total"), number(list.invitees.size()), {}, {}, {}, {}, {}, yuan(total)};
    return table;
}

QList<ReportTable> ReportExport::dayClose(const DayClose& c)
{
    const DayTotals& t = c.totals;
    ReportTable table;
    table.title = tr("Day close (日结) %1").arg(formatDate(c.day));
    if (c.closedAt.isValid())
        table.notes = {
            tr("Closed at %1 by %2.")
                .arg(c.closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), c.closedBy)};
    table.headers = {tr("Figure"), tr("Value")};
    table.numericColumns = {1};
    table.rows = {
        {tr("Tickets"), number(t.tickets)},
        {tr("Tickets before refunds"), yuan(t.ticketsPaid)},
        {tr("Returns"), number(t.returns)},
        {tr("Refunded"), yuan(t.refunded)},
        {tr("Sales (less refunds)"), yuan(t.ticketsPaid - t.refunded)},
        {tr("VIP sales"), yuan(t.vipTicketsPaid - t.vipRefunded)},
        {tr("Items"), number(t.items)},
        {tr("New members"), number(t.newMembers)},
        {tr("Points earned"), number(t.pointsEarned)},
        {tr("Points reversed by returns"), number(t.pointsReversed)},
        {tr("Points redeemed"), number(t.pointsRedeemed)},
        {tr("Redemptions"), number(t.redemptions)},
        {tr("Redemption cost (list price)"), yuan(t.redemptionCost)},
        {tr("Points outstanding at the end"), number(c.pointsOutstanding)},
    };
    ReportTable tenders;
    tenders.title = tr("Tenders %1").arg(formatDate(c.day));
    tenders.headers = {tr("Tender"), tr("Taken"), tr("Refunded"), tr("Net")};
    tenders.numericColumns = {1, 2, 3};
    TenderTotals all;
    for (const TenderTotals& tender : c.tenders) {
        tenders.rows << QStringList{tenderKindName(tender.kind), yuan(tender.taken),
                                    yuan(tender.refunded), yuan(tender.net())};
        all.taken += tender.taken;
        all.refunded += tender.refunded;
    }
    tenders.totals = {tr("Total"), yuan(all.taken), yuan(all.refunded), yuan(all.net())};
    return {table, tenders};
}

QByteArray ReportExport::csv(const QList<ReportTable>& tables)
{
    QString text;
    bool first = true;
    for (const ReportTable& table : tables) {
        if (!first)
            text += QStringLiteral("\r\n");
        first = false;
        text += csvRow({table.title});
        for (const QString& note : table.notes)
            text += csvRow({note});
        text += csvRow(table.headers);
        for (const QStringList& row : table.rows)
            text += csvRow(row, table.numericColumns);
        if (!table.totals.isEmpty())
            text += csvRow(table.totals, table.numericColumns);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status ReportExport::writeCsv(const QString& path, const QList<ReportTable>& tables)
{
    // Written whole or not at all: a half-written file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::FileError, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(csv(tables));
    if (!file.commit())
        return Error(ErrorCode::FileError, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace viptill
