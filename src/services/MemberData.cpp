#include "MemberData.h"

#include "JsonValues.h"
#include "core/Identity.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace viptill {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

using json::dateOrNull;
using json::fen;
using json::integer;

QJsonValue idOrNull(const std::optional<Id>& id)
{
    return id ? integer(*id) : QJsonValue(QJsonValue::Null);
}

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportText)
public:
    static QString cannotWrite(const QString& path, const QString& why)
    {
        return tr("The member's data could not be written to %1: %2").arg(path, why);
    }
};

} // namespace

QJsonObject memberFileJson(const MemberFile& f, Masked masked)
{
    const Member& m = f.view.member;
    QJsonArray favourites;
    for (const auto& [counter, spend] : f.favouriteCounters)
        favourites.append(QJsonObject{{s("counter"), counter}, {s("spend_fen"), fen(spend)}});
    QJsonArray purchases;
    for (const Sale& sale : f.purchases) {
        QJsonArray items;
        for (const SaleLine& line : sale.lines)
            items.append(QJsonObject{{s("name"), line.name},
                                     {s("counter"), line.counterName},
                                     {s("qty"), integer(line.price.quantity)},
                                     {s("returned_qty"), integer(line.returnedQuantity)},
                                     {s("amount_fen"), fen(line.price.amount)}});
        purchases.append(QJsonObject{{s("receipt_no"), sale.receiptNo},
                                     {s("at"), formatLocalTime(sale.at)},
                                     {s("total_fen"), fen(sale.total())},
                                     {s("kept_fen"), fen(sale.keptTotal())},
                                     {s("items"), items}});
    }
    QJsonArray calls;
    for (const FollowUpCall& c : f.calls)
        calls.append(QJsonObject{{s("call_id"), integer(c.id)},
                                 {s("due_on"), formatDate(c.dueOn)},
                                 {s("kind"), callKindCode(c.kind)},
                                 {s("window"), c.window.text()},
                                 {s("outcome"), c.outcome ? QJsonValue(callOutcomeCode(*c.outcome))
                                                          : QJsonValue(QJsonValue::Null)},
                                 {s("satisfaction"), c.satisfaction ? QJsonValue(*c.satisfaction)
                                                                    : QJsonValue(QJsonValue::Null)},
                                 {s("suggestions"), c.suggestions}});
    QJsonArray messages;
    for (const OutboxMessage& msg : f.messages)
        messages.append(QJsonObject{{s("message_id"), integer(msg.id)},
                                    {s("for_date"), formatDate(msg.forDate)},
                                    {s("occasion"), msg.occasion},
                                    {s("status"), outboxStatusCode(msg.status)},
                                    {s("text"), msg.text}});
    const MemberProfile& p = f.profile;
    QJsonObject file{
        {s("member_id"), integer(m.id)},
        {s("name"), m.name},
        {s("gender"), QString(m.gender)},
        {s("birthday"), formatDate(m.birthday)},
        {s("age"), f.age},
        {s("address"), m.address},
        {s("category"), m.category},
        {s("email"), p.email},
        {s("sizes"), p.sizes},
        {s("tier"), tierCode(m.tier)},
        {s("joined_on"), formatDate(m.joinedAt.date())},
        {s("card_number"),
         f.view.card ? QJsonValue(f.view.card->number) : QJsonValue(QJsonValue::Null)},
        {s("card_status"), f.view.card ? QJsonValue(cardStatusCode(f.view.card->status))
                                       : QJsonValue(QJsonValue::Null)},
        {s("last_visit"), dateOrNull(f.lapse.lastVisit)},
        {s("lapses_on"), dateOrNull(f.lapse.lapsesOn)},
        {s("lapsed"), f.lapse.lapsed},
        {s("points_balance"), integer(f.view.balance)},
        {s("points_lifetime"), integer(f.view.lifetime)},
        {s("class"), f.memberClass ? QJsonValue(memberClassCode(f.memberClass->memberClass))
                                   : QJsonValue(QJsonValue::Null)},
        {s("visits"), QJsonObject{{s("week"), integer(f.visitsWeek)},
                                  {s("month"), integer(f.visitsMonth)},
                                  {s("year"), integer(f.visitsYear)}}},
        {s("spend_year_fen"), fen(f.spendYear)},
        {s("spend_lifetime_fen"), fen(f.spendLifetime)},
        {s("favourite_counters"), favourites},
        {s("profile"),
         QJsonObject{{s("job"), p.job},
                     {s("family"), p.family},
                     {s("tastes"), p.tastes},
                     {s("hobbies"), p.hobbies},
                     {s("preferred_contact"), contactChannelCode(p.preferredContact)},
                     {s("promotion_response"), promotionResponseCode(p.promotionResponse)},
                     {s("call_window"), callWindowCode(p.callWindow)},
                     {s("sms_opt_out"), p.smsOptOut}}},
        {s("purchases"), purchases},
        {s("calls"), calls},
        {s("messages"), messages},
    };
    if (masked == Masked::Yes) {
        file.insert(s("mobile_masked"), maskMobile(m.mobile));
        file.insert(s("id_number_masked"), maskIdNumber(m.idNumber));
    } else {
        file.insert(s("mobile"), m.mobile);
        file.insert(s("id_number"), m.idNumber);
    }
    return file;
}

QJsonObject memberExportJson(const MemberExport& data)
{
    QJsonArray cards;
    for (const Card& c : data.cards)
        cards.append(QJsonObject{{s("card_number"), c.number},
                                 {s("generation"), c.generation},
                                 {s("status"), cardStatusCode(c.status)},
                                 {s("tier"), tierCode(c.tier)},
                                 {s("on_chip"), !c.chipUid.isEmpty()}});
    QJsonArray ledger;
    for (const LedgerEntry& e : data.ledger)
        ledger.append(QJsonObject{{s("at"), formatLocalTime(e.at)},
                                  {s("kind"), pointsKindCode(e.kind)},
                                  {s("points"), integer(e.points)},
                                  {s("sale_id"), idOrNull(e.saleId)},
                                  {s("return_id"), idOrNull(e.returnId)},
                                  {s("redemption_id"), idOrNull(e.redemptionId)},
                                  {s("note"), e.note}});
    QJsonArray gifts;
    for (const RedemptionLine& r : data.redemptions)
        gifts.append(
            QJsonObject{{s("redemption_id"), integer(r.record.id)},
                        {s("at"), formatLocalTime(r.record.at)},
                        {s("barcode"), r.barcode},
                        {s("name"), r.productName},
                        {s("counter"), r.counter},
                        {s("list_fen"), fen(r.record.listPrice)},
                        {s("points"), integer(r.record.points)},
                        {s("cancelled_at"), r.record.cancelledAt
                                                ? QJsonValue(formatLocalTime(*r.record.cancelledAt))
                                                : QJsonValue(QJsonValue::Null)}});
    return {
        {s("format"), s("viptill-member-export-1")},
        {s("exported_at"), formatLocalTime(data.exportedAt)},
        {s("exported_by"), data.exportedBy},
        {s("member"), memberFileJson(data.file, Masked::No)},
        {s("cards"), cards},
        {s("points_ledger"), ledger},
        {s("redemptions"), gifts},
    };
}

Status writeMemberExport(const MemberExport& data, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(ErrorCode::FileError, ExportText::cannotWrite(path, file.errorString()));
    file.write(QJsonDocument(memberExportJson(data)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error(ErrorCode::FileError, ExportText::cannotWrite(path, file.errorString()));
    return success();
}

} // namespace viptill
