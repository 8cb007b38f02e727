#include "JsonViews.h"

#include "core/Identity.h"

#include <QJsonArray>

namespace viptill::json {

namespace {

QJsonValue fen(Money money)
{
    return QJsonValue(static_cast<qint64>(money.fen()));
}

QJsonValue integer(std::int64_t n)
{
    return QJsonValue(static_cast<qint64>(n));
}

QJsonValue tierOrNull(const std::optional<Tier>& tier)
{
    return tier ? QJsonValue(tierCode(*tier)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject error(const Error& e)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), e.codeName()},
                                                  {QStringLiteral("message"), e.message()}}}};
}

QJsonObject receipt(const Receipt& r)
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
    };
}

} // namespace viptill::json
