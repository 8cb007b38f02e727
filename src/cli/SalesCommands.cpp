// Sales and members: the till's and the service desk's commands.

#include "CliText.h"
#include "Command.h"
#include "JsonViews.h"
#include "core/ItemEntry.h"
#include "services/MemberService.h"
#include "services/SaleService.h"

namespace viptill::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// BARCODE, BARCODE*QTY, QTY*BARCODE or QTY* before the next one, read as the
// till reads its barcode field (core/ItemEntry.h); a bad quantity is the
// business error INVALID_QUANTITY.
Result<QList<ItemRequest>> parseItems(const QStringList& texts)
{
    const Result<QList<EnteredItem>> entered = ItemEntry::enterAll(texts);
    if (!entered)
        return entered.error();
    QList<ItemRequest> items;
    for (const EnteredItem& item : entered.value())
        items << ItemRequest{item.barcode, item.quantity};
    return items;
}

Outcome sale(const Call& call)
{
    const Options& o = call.options;
    if (o.positional().isEmpty())
        return usage(CliText::noItems());
    Result<QList<ItemRequest>> items = parseItems(o.positional());
    if (!items)
        return refused(items.error());
    SaleRequest request;
    request.items = items.value();
    if (o.isSet(s("card")))
        request.card = o.value(s("card"));
    request.staffId = call.staffId();
    const Result<Receipt> receipt = SaleService(call.ctx()).sell(request);
    if (!receipt)
        return refused(receipt.error());
    return ok(json::receipt(receipt.value(), call.session.training));
}

// A return takes a manager, who is both the one taking it back and the one
// approving it (at a till they are two people; here the manager is both).
Outcome returnItems(const Call& call)
{
    const QString receiptNo = call.options.value(s("receipt"));
    if (receiptNo.isEmpty())
        return usage(CliText::missing(s("receipt")));
    Result<QList<ItemRequest>> items = parseItems(call.options.positional());
    if (!items)
        return refused(items.error());
    const Result<ReturnService::Outcome> done =
        ReturnService(call.ctx())
            .returnItems(receiptNo, items.value(), call.staffId(), call.staffId());
    if (!done)
        return refused(done.error());
    return ok(json::returned(done.value(), receiptNo));
}

Outcome memberRegister(const Call& call)
{
    const Options& o = call.options;
    Application form;
    form.name = o.value(s("name"));
    form.gender = o.value(s("gender")).toUpper();
    form.birthday = parseDate(o.value(s("birthday")));
    form.idNumber = o.value(s("id-number"));
    form.mobile = o.value(s("mobile"));
    form.address = o.value(s("address"));
    form.category = o.value(s("category"));
    const Result<JoinOutcome> joined =
        MemberService(call.ctx()).join(form, o.values(s("receipt")), {}, call.staffId());
    if (!joined)
        return refused(joined.error());
    return ok(json::joined(joined.value()));
}

Outcome memberShow(const Call& call)
{
    const Options& o = call.options;
    const int ways =
        int(o.isSet(s("member"))) + int(o.isSet(s("card"))) + int(o.isSet(s("mobile")));
    if (ways != 1)
        return usage(CliText::memberCardOrMobile());
    MemberService members(call.ctx());
    Result<MemberView> view = Error(ErrorCode::Usage, {});
    if (o.isSet(s("member"))) {
        Outcome bad;
        const std::optional<std::int64_t> id = numberOption(o, s("member"), bad);
        if (!id)
            return bad;
        view = members.memberById(*id);
    } else if (o.isSet(s("card"))) {
        // Looking a card up is not presenting it: the member whatever the
        // card's state, and the state said.
        view = members.memberOfCard(o.value(s("card")));
    } else {
        view = members.memberByMobile(o.value(s("mobile")));
    }
    if (!view)
        return refused(view.error());
    return ok(json::memberShown(view.value()));
}

Outcome cardReplace(const Call& call)
{
    const Options& o = call.options;
    Outcome bad;
    const std::optional<std::int64_t> id = numberOption(o, s("member"), bad);
    if (!id)
        return bad;
    const std::optional<ReplacementReason> reason = replacementReasonFromCode(o.value(s("reason")));
    if (!reason)
        return usage(CliText::badReason());
    const Result<CardReplacement> done =
        MemberService(call.ctx())
            .replaceCard(*id, o.value(s("id-number")), *reason, {}, call.staffId());
    if (!done)
        return refused(done.error());
    return ok({{s("card_number"), done->newCard.number},
               {s("blocked_card_number"), done->blockedCard.number}});
}

} // namespace

QList<Command> salesCommands()
{
    const Area area = Area::SalesAndMembers;
    return {
        {.words = s("sale"),
         .options = {valued("card", "CARD")},
         .positionals = s("ITEM..."),
         .access = Access::AnyStaff,
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Rings up a sale paid in cash; ITEM is BARCODE or BARCODE*QTY."),
         .run = &sale,
         .area = area},
        {.words = s("return"),
         .options = {required(valued("receipt", "NO"))},
         .positionals = s("[ITEM...]"),
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Takes back the whole receipt, or the items named."),
         .run = &returnItems,
         .area = area},
        {.words = s("member register"),
         .options = {required(valued("name", "NAME")), required(valued("gender", "F/M")),
                     required(valued("birthday", "DATE")), required(valued("id-number", "ID")),
                     required(valued("mobile", "MOBILE")), required(valued("address", "ADDRESS")),
                     required(valued("category", "CATEGORY")),
                     required(repeatable("receipt", "NO"))},
         .access = Access::DeskOrManager,
         .help = QT_TRANSLATE_NOOP("CliText", "Joins a customer with the day's receipts (办卡)."),
         .run = &memberRegister,
         .area = area},
        {.words = s("member show"),
         .options = {valued("member", "ID"), valued("card", "CARD"), valued("mobile", "MOBILE")},
         .help = QT_TRANSLATE_NOOP("CliText", "Shows a member, found by one of the three."),
         .run = &memberShow,
         .area = area},
        {.words = s("card replace"),
         .options = {required(valued("member", "ID")), required(valued("id-number", "ID")),
                     required(valued("reason", "lost/damaged/demagnetized"))},
         .access = Access::DeskOrManager,
         .help =
             QT_TRANSLATE_NOOP("CliText", "Blocks the member's card and issues a new one (补卡)."),
         .run = &cardReplace,
         .area = area},
    };
}

} // namespace viptill::cli
