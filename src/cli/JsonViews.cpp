#include "JsonViews.h"

#include "core/Identity.h"
#include "services/JsonValues.h"

#include <QJsonArray>

namespace viptill::json {

namespace {

QJsonValue tierOrNull(const std::optional<Tier>& tier)
{
    return tier ? QJsonValue(tierCode(*tier)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonArray lineFaults(const QList<LineFault>& faults)
{
    QJsonArray list;
    for (const LineFault& f : faults)
        list.append(QJsonObject{{QStringLiteral("line"), f.line},
                                {QStringLiteral("code"), f.codeName()},
                                {QStringLiteral("message"), f.message}});
    return list;
}

QJsonObject error(const Error& e)
{
    QJsonObject body{{QStringLiteral("code"), e.codeName()},
                     {QStringLiteral("message"), e.message()}};
    // A refusal standing for a file's faulty lines carries every one.
    if (!e.faults().isEmpty())
        body.insert(QStringLiteral("faults"), lineFaults(e.faults()));
    return {{QStringLiteral("error"), body}};
}

QJsonObject receipt(const Receipt& r, bool training)
{
    const Sale& sale = r.sale;
    QJsonArray lines;
    for (const SaleLine& line : sale.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("barcode"), line.barcode},
            {QStringLiteral("name"), line.name},
            {QStringLiteral("counter"), line.counterName},
            {QStringLiteral("qty"), integer(line.price.quantity)},
            {QStringLiteral("list_fen"), fen(line.price.unitList)},
            {QStringLiteral("promo_rate"), line.price.promoRate.toString()},
            {QStringLiteral("after_promo_fen"), fen(line.price.afterPromo)},
            {QStringLiteral("member_rate"), line.price.memberRate.toString()},
            {QStringLiteral("amount_fen"), fen(line.price.amount)},
            {QStringLiteral("special"), line.specialPrice},
        });
    }
    QJsonValue points(QJsonValue::Null);
    if (sale.points && r.member) {
        const PointsAward& a = sale.points->award;
        points = QJsonObject{
            {QStringLiteral("base"), integer(a.base)},
            {QStringLiteral("multiplier"), QString::number(a.multiplier)},
            {QStringLiteral("bonus"), integer(a.bonus)},
            {QStringLiteral("earned"), integer(a.earned())},
            {QStringLiteral("balance"), integer(r.member->balance)},
            {QStringLiteral("lifetime"), integer(r.member->lifetime)},
        };
    }
    QJsonArray tenders;
    for (const Tender& t : sale.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), tenderKindCode(t.kind)},
                                   {QStringLiteral("amount_fen"), fen(t.amount)}});
    return {
        {QStringLiteral("receipt_no"), sale.receiptNo},
        {QStringLiteral("at"), formatLocalTime(sale.at)},
        {QStringLiteral("member_id"),
         sale.memberId ? integer(*sale.memberId) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tier"), tierOrNull(sale.tier)},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("total_list_fen"), fen(sale.totalList())},
        {QStringLiteral("total_fen"), fen(sale.total())},
        {QStringLiteral("savings_fen"), fen(sale.totalList() - sale.total())},
        {QStringLiteral("tenders"), tenders},
        {QStringLiteral("change_fen"), fen(r.change)},
        {QStringLiteral("points"), points},
        {QStringLiteral("upgraded_to"), tierOrNull(sale.upgradedTo)},
        {QStringLiteral("lottery_eligible"), r.lotteryEligible},
        {QStringLiteral("birthday_gift"), sale.birthdayGift},
        {QStringLiteral("training"), training},
    };
}

QJsonObject returned(const ReturnService::Outcome& o, const QString& receiptNo)
{
    QJsonArray refunds;
    for (const Tender& t : o.record.refunds)
        refunds.append(QJsonObject{{QStringLiteral("kind"), tenderKindCode(t.kind)},
                                   {QStringLiteral("amount_fen"), fen(t.amount)}});
    return {
        {QStringLiteral("receipt_no"), receiptNo},
        {QStringLiteral("refund_fen"), fen(o.record.refundTotal())},
        {QStringLiteral("refunds"), refunds},
        {QStringLiteral("points_reversed"), integer(o.record.pointsReversed)},
        {QStringLiteral("points_balance"),
         o.member ? integer(o.member->balance) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tier"),
         o.member ? QJsonValue(tierCode(o.member->member.tier)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("back_to_gold"), o.record.backToGold},
        {QStringLiteral("tier_changed_to"), tierOrNull(o.tierChangedTo)},
        {QStringLiteral("membership_cancelled"), o.membershipCancelled},
    };
}

QJsonObject memberShown(const MemberView& v)
{
    return {
        {QStringLiteral("member_id"), integer(v.member.id)},
        {QStringLiteral("name"), v.member.name},
        {QStringLiteral("mobile_masked"), maskMobile(v.member.mobile)},
        {QStringLiteral("tier"), tierCode(v.member.tier)},
        {QStringLiteral("points_balance"), integer(v.balance)},
        {QStringLiteral("points_lifetime"), integer(v.lifetime)},
        {QStringLiteral("card_number"),
         v.card ? QJsonValue(v.card->number) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("card_status"),
         v.card ? QJsonValue(cardStatusCode(v.card->status)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("membership_cancelled"), v.member.membershipCancelledAt.has_value()},
    };
}

QJsonObject joined(const JoinOutcome& o)
{
    QJsonArray receipts;
    for (const Sale& s : o.creditedReceipts)
        receipts.append(s.receiptNo);
    return {
        {QStringLiteral("member_id"), integer(o.view.member.id)},
        {QStringLiteral("tier"), tierCode(o.view.member.tier)},
        {QStringLiteral("card_number"),
         o.view.card ? QJsonValue(o.view.card->number) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("points_balance"), integer(o.view.balance)},
        {QStringLiteral("receipts_credited"), receipts},
        {QStringLiteral("joined_again"), o.joinedAgain},
    };
}

QJsonObject redemption(const RedemptionOutcome& o)
{
    return {
        {QStringLiteral("redemption_id"), integer(o.record.id)},
        {QStringLiteral("points_spent"), integer(o.record.points)},
        {QStringLiteral("points_balance"), integer(o.balance)},
        {QStringLiteral("cap_fen"), fen(o.record.cap)},
        {QStringLiteral("list_fen"), fen(o.record.listPrice)},
    };
}

QJsonObject dayReport(const DayReport& r)
{
    const DayTotals& t = r.totals;
    return {
        {QStringLiteral("date"), formatDate(r.date)},
        {QStringLiteral("sales"), integer(t.tickets)},
        {QStringLiteral("sales_fen"), fen(r.sales)},
        {QStringLiteral("vip_sales_fen"), fen(r.vipSales)},
        {QStringLiteral("avg_ticket_fen"), fen(r.averageTicket)},
        {QStringLiteral("items_per_ticket"), r.itemsPerTicket},
        {QStringLiteral("new_members"), integer(t.newMembers)},
        {QStringLiteral("points_earned"), integer(t.pointsEarned)},
        {QStringLiteral("points_redeemed"), integer(t.pointsRedeemed)},
        {QStringLiteral("points_reversed"), integer(t.pointsReversed)},
        {QStringLiteral("tickets_fen"), fen(t.ticketsPaid)},
        {QStringLiteral("returns"), integer(t.returns)},
        {QStringLiteral("refunded_fen"), fen(t.refunded)},
        {QStringLiteral("items"), integer(t.items)},
        {QStringLiteral("redemptions"), integer(t.redemptions)},
        {QStringLiteral("redemption_cost_fen"), fen(t.redemptionCost)},
        {QStringLiteral("closed"), r.close.has_value()},
        {QStringLiteral("closed_at"),
         r.close ? QJsonValue(formatLocalTime(r.close->closedAt)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("closed_by"),
         r.close ? QJsonValue(r.close->closedBy) : QJsonValue(QJsonValue::Null)},
    };
}

// --- The manager's office ---

namespace {

QJsonValue textOrNull(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonObject totalsFields(const DayTotals& t)
{
    return {
        {QStringLiteral("tickets"), integer(t.tickets)},
        {QStringLiteral("tickets_fen"), fen(t.ticketsPaid)},
        {QStringLiteral("sales_fen"), fen(t.ticketsPaid - t.refunded)},
        {QStringLiteral("vip_sales_fen"), fen(t.vipTicketsPaid - t.vipRefunded)},
        {QStringLiteral("items"), integer(t.items)},
        {QStringLiteral("returns"), integer(t.returns)},
        {QStringLiteral("refunded_fen"), fen(t.refunded)},
        {QStringLiteral("new_members"), integer(t.newMembers)},
        {QStringLiteral("points_earned"), integer(t.pointsEarned)},
        {QStringLiteral("points_reversed"), integer(t.pointsReversed)},
        {QStringLiteral("points_redeemed"), integer(t.pointsRedeemed)},
        {QStringLiteral("redemptions"), integer(t.redemptions)},
        {QStringLiteral("redemption_cost_fen"), fen(t.redemptionCost)},
    };
}

QJsonObject withFields(QJsonObject object, const QJsonObject& more)
{
    for (auto it = more.begin(); it != more.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject productFields(const QString& barcode, const QString& name, const QString& counter,
                          Money price, bool special)
{
    return {{QStringLiteral("barcode"), barcode},
            {QStringLiteral("name"), name},
            {QStringLiteral("counter"), counter},
            {QStringLiteral("list_fen"), fen(price)},
            {QStringLiteral("special"), special}};
}

} // namespace

QJsonArray counters(const QList<CounterTotals>& counters)
{
    QJsonArray array;
    for (const CounterTotals& c : counters)
        array.append(QJsonObject{{QStringLiteral("counter"), c.counter},
                                 {QStringLiteral("gross_fen"), fen(c.gross)},
                                 {QStringLiteral("refunded_fen"), fen(c.refunded)},
                                 {QStringLiteral("sales_fen"), fen(c.net())},
                                 {QStringLiteral("items"), integer(c.items)},
                                 {QStringLiteral("redemptions"), integer(c.redemptions)},
                                 {QStringLiteral("redemption_cost_fen"), fen(c.redemptionCost)}});
    return array;
}

QJsonObject figures(const Figures& f)
{
    QJsonArray hours;
    for (const HourTotals& h : f.hours)
        hours.append(QJsonObject{{QStringLiteral("hour"), h.hour},
                                 {QStringLiteral("tickets"), integer(h.tickets)},
                                 {QStringLiteral("paid_fen"), fen(h.paid)}});
    QJsonArray top;
    for (const MemberSpend& m : f.topMembers)
        top.append(QJsonObject{{QStringLiteral("member_id"), integer(m.memberId)},
                               {QStringLiteral("name"), m.name},
                               {QStringLiteral("mobile_masked"), maskMobile(m.mobile)},
                               {QStringLiteral("tier"), tierCode(m.tier)},
                               {QStringLiteral("tickets"), integer(m.tickets)},
                               {QStringLiteral("spend_fen"), fen(m.spend)}});
    QJsonArray outstanding;
    for (const auto& [day, points] : f.outstandingByDay)
        outstanding.append(QJsonObject{{QStringLiteral("date"), formatDate(day)},
                                       {QStringLiteral("points"), integer(points)}});
    return withFields(
        totalsFields(f.totals),
        {
            {QStringLiteral("from"), formatDate(f.range.from)},
            {QStringLiteral("to"), formatDate(f.range.to)},
            {QStringLiteral("vip_share"), textOrNull(f.vipShare)},
            {QStringLiteral("avg_ticket_fen"), fen(f.averageTicket)},
            {QStringLiteral("items_per_ticket"), f.itemsPerTicket},
            {QStringLiteral("buying_members"), integer(f.buyingMembers)},
            {QStringLiteral("spend_per_member_fen"), fen(f.spendPerMember)},
            {QStringLiteral("points_outstanding"), integer(f.pointsOutstanding)},
            {QStringLiteral("vip_year_from"), formatDate(f.yearToDate.from)},
            {QStringLiteral("vip_year_spend_fen"), fen(f.vipYearSpend)},
            {QStringLiteral("vip_year_spend_last_year_fen"), fen(f.vipYearSpendLastYear)},
            {QStringLiteral("vip_year_growth"), textOrNull(f.vipYearGrowth)},
            {QStringLiteral("tiers"),
             QJsonObject{{QStringLiteral("gold_fen"), fen(f.tiers.gold)},
                         {QStringLiteral("diamond_fen"), fen(f.tiers.diamond)}}},
            {QStringLiteral("counters"), counters(f.counters)},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("top_members"), top},
            {QStringLiteral("outstanding_by_day"), outstanding},
        });
}

QJsonObject settlement(const Settlement& s)
{
    QJsonArray counterList;
    for (const CounterSettlement& c : s.counters) {
        QJsonArray gifts;
        for (const RedemptionLine& line : c.redemptions)
            gifts.append(QJsonObject{{QStringLiteral("redemption_id"), integer(line.record.id)},
                                     {QStringLiteral("at"), formatLocalTime(line.record.at)},
                                     {QStringLiteral("barcode"), line.barcode},
                                     {QStringLiteral("name"), line.productName},
                                     {QStringLiteral("list_fen"), fen(line.record.listPrice)},
                                     {QStringLiteral("points"), integer(line.record.points)},
                                     {QStringLiteral("member_id"), integer(line.record.memberId)}});
        counterList.append(QJsonObject{{QStringLiteral("counter"), c.counter},
                                       {QStringLiteral("total_fen"), fen(c.total)},
                                       {QStringLiteral("points"), integer(c.points)},
                                       {QStringLiteral("redemptions"), gifts}});
    }
    return {{QStringLiteral("month"), s.month.from.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("total_fen"), fen(s.total)},
            {QStringLiteral("counters"), counterList}};
}

QJsonObject diamondEvent(const DiamondEventList& list)
{
    QJsonArray members;
    for (const DiamondInvitee& d : list.invitees)
        members.append(QJsonObject{{QStringLiteral("member_id"), integer(d.memberId)},
                                   {QStringLiteral("name"), d.name},
                                   {QStringLiteral("mobile_masked"), maskMobile(d.mobile)},
                                   {QStringLiteral("joined_on"), formatDate(d.joinedOn)},
                                   {QStringLiteral("tickets"), integer(d.tickets)},
                                   {QStringLiteral("spend_fen"), fen(d.spend)}});
    return {{QStringLiteral("year"), list.year},
            {QStringLiteral("from"), formatDate(list.spendRange.from)},
            {QStringLiteral("to"), formatDate(list.spendRange.to)},
            {QStringLiteral("members"), members}};
}

QJsonObject dayClose(const DayClose& c)
{
    QJsonArray tenders;
    for (const TenderTotals& t : c.tenders)
        tenders.append(QJsonObject{{QStringLiteral("kind"), tenderKindCode(t.kind)},
                                   {QStringLiteral("taken_fen"), fen(t.taken)},
                                   {QStringLiteral("refunded_fen"), fen(t.refunded)},
                                   {QStringLiteral("net_fen"), fen(t.net())}});
    return withFields(totalsFields(c.totals),
                      {{QStringLiteral("date"), formatDate(c.day)},
                       {QStringLiteral("closed_at"), formatLocalTime(c.closedAt)},
                       {QStringLiteral("closed_by"), c.closedBy},
                       {QStringLiteral("points_outstanding"), integer(c.pointsOutstanding)},
                       {QStringLiteral("tenders"), tenders}});
}

QJsonObject cancelledRedemption(const CancelledRedemption& c)
{
    return {{QStringLiteral("redemption_id"), integer(c.line.record.id)},
            {QStringLiteral("cancelled_at"),
             c.line.record.cancelledAt ? QJsonValue(formatLocalTime(*c.line.record.cancelledAt))
                                       : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("points_restored"), integer(c.pointsRestored)},
            {QStringLiteral("points_balance"), integer(c.balance)}};
}

QJsonObject importPreview(const ImportPreview& p)
{
    QJsonArray changes;
    for (const CatalogueChange& c : p.changes) {
        QJsonObject change =
            productFields(c.row.barcode, c.row.name, c.row.counter, c.row.price, c.row.special);
        change.insert(QStringLiteral("line"), c.row.line);
        change.insert(QStringLiteral("change"), c.kind == CatalogueChange::Kind::New
                                                    ? QStringLiteral("new")
                                                    : QStringLiteral("changed"));
        change.insert(QStringLiteral("before"),
                      c.before ? QJsonValue(productFields(
                                     c.before->barcode, c.before->name, c.before->counterName,
                                     c.before->listPrice, c.before->specialPrice))
                               : QJsonValue(QJsonValue::Null));
        changes.append(change);
    }
    return {{QStringLiteral("dry_run"), true},
            {QStringLiteral("imported"), integer(p.counts.imported)},
            {QStringLiteral("updated"), integer(p.counts.updated)},
            {QStringLiteral("unchanged"), integer(p.counts.unchanged)},
            {QStringLiteral("changes"), changes}};
}

QJsonObject priceChange(const PriceChangeOutcome& o)
{
    return {{QStringLiteral("barcode"), o.after.barcode},
            {QStringLiteral("previous_fen"), fen(o.before.listPrice)},
            {QStringLiteral("list_fen"), fen(o.after.listPrice)},
            {QStringLiteral("previous_special"), o.before.specialPrice},
            {QStringLiteral("special"), o.after.specialPrice},
            {QStringLiteral("changed"), o.changed()}};
}

QJsonObject priceHistory(const QString& barcode, const QList<PriceChange>& history)
{
    QJsonArray prices;
    for (const PriceChange& p : history)
        prices.append(QJsonObject{{QStringLiteral("at"), formatLocalTime(p.at)},
                                  {QStringLiteral("list_fen"), fen(p.listPrice)},
                                  {QStringLiteral("special"), p.specialPrice},
                                  {QStringLiteral("source"), p.source},
                                  {QStringLiteral("staff"), p.staffNumber.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(p.staffNumber)}});
    return {{QStringLiteral("barcode"), barcode}, {QStringLiteral("prices"), prices}};
}

} // namespace viptill::json
