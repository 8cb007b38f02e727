#include "Commands.h"

#include "CareCommands.h"
#include "JsonViews.h"
#include "ManagerCommands.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/CatalogueService.h"
#include "services/ChipCardService.h"
#include "services/DemoStore.h"
#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "services/StoreKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace viptill::cli {

namespace {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
public:
    static QString unknownCommand(const QString& c)
    {
        return tr("Unknown command \"%1\". Run viptillctl --help.").arg(c);
    }
    static QString missing(const QString& option)
    {
        return tr("The option --%1 is required.").arg(option);
    }
    static QString notNumber(const QString& option, const QString& value)
    {
        return tr("--%1 takes a whole number, not \"%2\".").arg(option, value);
    }
    static QString noItems() { return tr("Name at least one item: BARCODE or BARCODE*QTY."); }
    static QString badDate(const QString& value)
    {
        return tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(value);
    }
    static QString badList(const QString& option)
    {
        return tr("--%1 takes numbers separated by commas, such as 1,3.").arg(option);
    }
    static QString badReason() { return tr("--reason must be lost, damaged or demagnetized."); }
    static QString oneOf(const QString& a, const QString& b)
    {
        return tr("Give exactly one of %1 or %2.").arg(a, b);
    }
    static QString gender() { return tr("--gender must be F or M."); }
};

// A command's own options, parsed by QCommandLineParser.
class Arguments
{
public:
    Arguments(const QStringList& args, int commandWords,
              std::initializer_list<QCommandLineOption> options)
    {
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        for (const QCommandLineOption& o : options)
            m_parser.addOption(o);
        QStringList forParser{QStringLiteral("viptillctl")};
        forParser << args.mid(commandWords);
        m_ok = m_parser.parse(forParser);
    }
    bool ok() const { return m_ok; }
    QString errorText() const { return m_parser.errorText(); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    bool m_ok = false;
};

QCommandLineOption valued(const QString& name)
{
    return QCommandLineOption(name, QString(), name);
}

QCommandLineOption flag(const QString& name)
{
    return QCommandLineOption(name);
}

Outcome ok(QJsonObject json)
{
    return {Ok, std::move(json)};
}

// BARCODE or BARCODE*QTY; a quantity that is not a whole number from 1 to
// 9999 is refused as the business error INVALID_QUANTITY.
Result<ItemRequest> parseItem(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^([^*\\s]+)(?:\\*(.*))?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return Error::invalidQuantity(text);
    ItemRequest item{m.captured(1), 1};
    if (m.hasCaptured(2)) {
        bool isNumber = false;
        item.quantity = m.captured(2).toLongLong(&isNumber);
        if (!isNumber || item.quantity < 1 || item.quantity > MaxLineQuantity)
            return Error::invalidQuantity(text);
    }
    return item;
}

Result<QList<ItemRequest>> parseItems(const QStringList& texts)
{
    QList<ItemRequest> items;
    for (const QString& text : texts) {
        Result<ItemRequest> item = parseItem(text);
        if (!item)
            return item.error();
        items << item.value();
    }
    return items;
}

std::optional<std::int64_t> wholeNumber(const QString& text)
{
    bool isNumber = false;
    const std::int64_t n = text.toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return n;
}

std::optional<QList<int>> numberList(const QString& text)
{
    QList<int> numbers;
    for (const QString& part : text.split(u',')) {
        bool isNumber = false;
        const int n = part.trimmed().toInt(&isNumber);
        if (!isNumber)
            return std::nullopt;
        numbers << n;
    }
    return numbers;
}

// --member ID or --card CARD, for commands that act on one member.
Result<Id> memberReference(ServiceContext& ctx, const Arguments& a, Outcome& usageError)
{
    const bool byId = a.isSet(QStringLiteral("member"));
    const bool byCard = a.isSet(QStringLiteral("card"));
    if (byId == byCard) {
        usageError = usage(CliText::oneOf(QStringLiteral("--member"), QStringLiteral("--card")));
        return Error(ErrorCode::Usage, {});
    }
    if (byId) {
        const std::optional<std::int64_t> id = wholeNumber(a.value(QStringLiteral("member")));
        if (!id) {
            usageError = usage(
                CliText::notNumber(QStringLiteral("member"), a.value(QStringLiteral("member"))));
            return Error(ErrorCode::Usage, {});
        }
        return *id;
    }
    MemberService members(ctx);
    Result<MemberView> view = members.memberForCard(a.value(QStringLiteral("card")));
    if (!view)
        return view.error();
    return view->member.id;
}

Outcome commandInit(ServiceContext& ctx)
{
    return ok({{QStringLiteral("schema_version"), ctx.store.schemaVersion()}});
}

Outcome commandProductImport(ServiceContext& ctx, const Arguments& a)
{
    if (a.positional().size() != 1)
        return usage(
            QCoreApplication::translate("CliText", "Usage: viptillctl product import FILE.csv"));
    CatalogueService catalogue(ctx);
    Result<ImportOutcome> done = catalogue.importCsvFile(a.positional().first());
    if (!done)
        return refused(done.error());
    return ok({{QStringLiteral("imported"), static_cast<qint64>(done->imported)},
               {QStringLiteral("updated"), static_cast<qint64>(done->updated)},
               {QStringLiteral("unchanged"), static_cast<qint64>(done->unchanged)}});
}

Outcome commandCounterPromo(ServiceContext& ctx, const Arguments& a)
{
    const QString counter = a.value(QStringLiteral("counter"));
    if (counter.isEmpty())
        return usage(CliText::missing(QStringLiteral("counter")));
    CatalogueService catalogue(ctx);
    if (a.isSet(QStringLiteral("clear"))) {
        if (a.isSet(QStringLiteral("rate")))
            return usage(CliText::oneOf(QStringLiteral("--rate"), QStringLiteral("--clear")));
        if (Status cleared = catalogue.clearPromotion(counter); !cleared)
            return refused(cleared.error());
        return ok({{QStringLiteral("counter"), counter},
                   {QStringLiteral("rate"), QJsonValue(QJsonValue::Null)}});
    }
    if (!a.isSet(QStringLiteral("rate")))
        return usage(CliText::oneOf(QStringLiteral("--rate"), QStringLiteral("--clear")));
    Result<Rate> rate =
        catalogue.setPromotion(counter, a.value(QStringLiteral("rate")),
                               a.value(QStringLiteral("from")), a.value(QStringLiteral("to")));
    if (!rate)
        return refused(rate.error());
    return ok({{QStringLiteral("counter"), counter}, {QStringLiteral("rate"), rate->toString()}});
}

Outcome commandRuleAdd(ServiceContext& ctx, const Arguments& a)
{
    MultiplierRule rule;
    rule.name = a.value(QStringLiteral("name"));
    if (rule.name.isEmpty())
        return usage(CliText::missing(QStringLiteral("name")));
    if (!a.isSet(QStringLiteral("multiplier")))
        return usage(CliText::missing(QStringLiteral("multiplier")));
    const std::optional<std::int64_t> multiplier =
        wholeNumber(a.value(QStringLiteral("multiplier")));
    if (!multiplier || *multiplier < 1 || *multiplier > 10)
        return refused(
            Error(ErrorCode::InvalidMultiplier,
                  QCoreApplication::translate(
                      "CatalogueService", "The multiplier must be a whole number from 1 to 10.")));
    rule.multiplier = static_cast<int>(*multiplier);
    for (auto [name, target] : {std::pair{QStringLiteral("weekdays"), &rule.weekdays},
                                std::pair{QStringLiteral("months"), &rule.months}}) {
        if (!a.isSet(name))
            continue;
        const std::optional<QList<int>> list = numberList(a.value(name));
        if (!list)
            return usage(CliText::badList(name));
        *target = *list;
    }
    for (auto [name, target] : {std::pair{QStringLiteral("from"), &rule.from},
                                std::pair{QStringLiteral("to"), &rule.to}}) {
        if (!a.isSet(name))
            continue;
        const QDate d = parseDate(a.value(name));
        if (!d.isValid())
            return refused(Error(ErrorCode::InvalidDate, CliText::badDate(a.value(name))));
        *target = d;
    }
    rule.birthdayOnly = a.isSet(QStringLiteral("birthday"));
    if (a.isSet(QStringLiteral("first-members-per-day"))) {
        const std::optional<std::int64_t> n =
            wholeNumber(a.value(QStringLiteral("first-members-per-day")));
        if (!n || *n < 1 || *n > 100000)
            return usage(CliText::notNumber(QStringLiteral("first-members-per-day"),
                                            a.value(QStringLiteral("first-members-per-day"))));
        rule.firstMembersPerDay = static_cast<int>(*n);
    }
    CatalogueService catalogue(ctx);
    Result<Id> id = catalogue.addRule(rule);
    if (!id)
        return refused(id.error());
    return ok({{QStringLiteral("rule_id"), static_cast<qint64>(id.value())}});
}

Outcome commandSale(ServiceContext& ctx, const Arguments& a)
{
    if (a.positional().isEmpty())
        return usage(CliText::noItems());
    Result<QList<ItemRequest>> items = parseItems(a.positional());
    if (!items)
        return refused(items.error());
    SaleRequest request;
    request.items = items.value();
    if (a.isSet(QStringLiteral("card")))
        request.card = a.value(QStringLiteral("card"));
    SaleService tills(ctx);
    Result<Receipt> receipt = tills.sell(request);
    if (!receipt)
        return refused(receipt.error());
    return ok(json::receipt(receipt.value()));
}

Outcome commandReturn(ServiceContext& ctx, const Arguments& a)
{
    const QString receiptNo = a.value(QStringLiteral("receipt"));
    if (receiptNo.isEmpty())
        return usage(CliText::missing(QStringLiteral("receipt")));
    Result<QList<ItemRequest>> items = parseItems(a.positional());
    if (!items)
        return refused(items.error());
    ReturnService returns(ctx);
    Result<ReturnService::Outcome> done = returns.returnItems(receiptNo, items.value());
    if (!done)
        return refused(done.error());
    return ok(json::returned(done.value(), receiptNo));
}

Outcome commandMemberRegister(ServiceContext& ctx, const Arguments& a)
{
    for (const char* required :
         {"name", "gender", "birthday", "id-number", "mobile", "address", "category"}) {
        if (!a.isSet(QString::fromLatin1(required)))
            return usage(CliText::missing(QString::fromLatin1(required)));
    }
    if (a.values(QStringLiteral("receipt")).isEmpty())
        return usage(CliText::missing(QStringLiteral("receipt")));
    Application form;
    form.name = a.value(QStringLiteral("name"));
    form.gender = a.value(QStringLiteral("gender")).toUpper();
    form.birthday = parseDate(a.value(QStringLiteral("birthday")));
    form.idNumber = a.value(QStringLiteral("id-number"));
    form.mobile = a.value(QStringLiteral("mobile"));
    form.address = a.value(QStringLiteral("address"));
    form.category = a.value(QStringLiteral("category"));
    MemberService members(ctx);
    Result<JoinOutcome> joined = members.join(form, a.values(QStringLiteral("receipt")));
    if (!joined)
        return refused(joined.error());
    return ok(json::joined(joined.value()));
}

Outcome commandMemberShow(ServiceContext& ctx, const Arguments& a)
{
    const int ways = int(a.isSet(QStringLiteral("member"))) + int(a.isSet(QStringLiteral("card"))) +
                     int(a.isSet(QStringLiteral("mobile")));
    if (ways != 1)
        return usage(QCoreApplication::translate(
            "CliText", "Give exactly one of --member, --card or --mobile."));
    MemberService members(ctx);
    Result<MemberView> view = Error(ErrorCode::Usage, {});
    if (a.isSet(QStringLiteral("member"))) {
        const std::optional<std::int64_t> id = wholeNumber(a.value(QStringLiteral("member")));
        if (!id)
            return usage(
                CliText::notNumber(QStringLiteral("member"), a.value(QStringLiteral("member"))));
        view = members.memberById(*id);
    } else if (a.isSet(QStringLiteral("card"))) {
        // Looking a card up is not presenting it: show the member whatever
        // the card's state, and say the state.
        const QString number = a.value(QStringLiteral("card"));
        Result<MemberView> atTill = members.memberForCard(number);
        view = atTill;
        if (!atTill && atTill.error().code() != ErrorCode::UnknownCard) {
            const std::optional<Card> card = ctx.store.cardByNumber(number);
            if (card) {
                view = members.memberById(card->memberId);
                if (view) {
                    MemberView v = view.value();
                    v.card = card;
                    view = v;
                }
            }
        }
    } else {
        view = members.memberByMobile(a.value(QStringLiteral("mobile")));
    }
    if (!view)
        return refused(view.error());
    return ok(json::memberShown(view.value()));
}

Outcome commandCardReplace(ServiceContext& ctx, const Arguments& a)
{
    for (const char* required : {"member", "id-number", "reason"}) {
        if (!a.isSet(QString::fromLatin1(required)))
            return usage(CliText::missing(QString::fromLatin1(required)));
    }
    const std::optional<std::int64_t> id = wholeNumber(a.value(QStringLiteral("member")));
    if (!id)
        return usage(
            CliText::notNumber(QStringLiteral("member"), a.value(QStringLiteral("member"))));
    const std::optional<ReplacementReason> reason =
        replacementReasonFromCode(a.value(QStringLiteral("reason")));
    if (!reason)
        return usage(CliText::badReason());
    MemberService members(ctx);
    Result<CardReplacement> done =
        members.replaceCard(*id, a.value(QStringLiteral("id-number")), *reason);
    if (!done)
        return refused(done.error());
    return ok({{QStringLiteral("card_number"), done->newCard.number},
               {QStringLiteral("blocked_card_number"), done->blockedCard.number}});
}

// How long `card write` and `card read` wait for a card on the reader.
std::chrono::milliseconds waitFor(const Arguments& a)
{
    const std::optional<std::int64_t> seconds = wholeNumber(a.value(QStringLiteral("wait")));
    return std::chrono::seconds(seconds && *seconds > 0 && *seconds <= 300 ? *seconds : 20);
}

Outcome commandCardWrite(ServiceContext& ctx, const Arguments& a)
{
    for (const char* required : {"member", "reader"}) {
        if (!a.isSet(QString::fromLatin1(required)))
            return usage(CliText::missing(QString::fromLatin1(required)));
    }
    const std::optional<std::int64_t> id = wholeNumber(a.value(QStringLiteral("member")));
    if (!id)
        return usage(
            CliText::notNumber(QStringLiteral("member"), a.value(QStringLiteral("member"))));
    const Result<Card> written =
        ChipCardService(ctx).writeMemberCard(*id, a.value(QStringLiteral("reader")), waitFor(a));
    if (!written)
        return refused(written.error());
    return ok({{QStringLiteral("card_number"), written->number},
               {QStringLiteral("uid"), QString::fromLatin1(written->chipUid.toHex().toUpper())}});
}

Outcome commandCardRead(ServiceContext& ctx, const Arguments& a)
{
    if (!a.isSet(QStringLiteral("reader")))
        return usage(CliText::missing(QStringLiteral("reader")));
    const Result<ChipCardRead> read =
        ChipCardService(ctx).readCard(a.value(QStringLiteral("reader")), waitFor(a));
    if (!read)
        return refused(read.error());
    return ok({{QStringLiteral("card_number"), read->card.number},
               {QStringLiteral("uid"), QString::fromLatin1(read->chip.chipUid.toHex().toUpper())},
               {QStringLiteral("member_id"), static_cast<qint64>(read->card.memberId)},
               {QStringLiteral("status"), cardStatusCode(read->card.status)}});
}

Outcome commandRedeem(ServiceContext& ctx, const Arguments& a)
{
    for (const char* required : {"points", "barcode"}) {
        if (!a.isSet(QString::fromLatin1(required)))
            return usage(CliText::missing(QString::fromLatin1(required)));
    }
    const std::optional<std::int64_t> points = wholeNumber(a.value(QStringLiteral("points")));
    if (!points)
        return usage(
            CliText::notNumber(QStringLiteral("points"), a.value(QStringLiteral("points"))));
    Outcome usageError;
    Result<Id> member = memberReference(ctx, a, usageError);
    if (!member)
        return member.error().code() == ErrorCode::Usage ? usageError : refused(member.error());
    RedemptionService redemptions(ctx);
    Result<RedemptionOutcome> done =
        redemptions.redeem(member.value(), *points, a.value(QStringLiteral("barcode")));
    if (!done)
        return refused(done.error());
    return ok(json::redemption(done.value()));
}

Outcome commandReportDay(ServiceContext& ctx, const Arguments& a)
{
    QDate date = ctx.clock.today();
    if (a.isSet(QStringLiteral("date"))) {
        date = parseDate(a.value(QStringLiteral("date")));
        if (!date.isValid())
            return usage(CliText::badDate(a.value(QStringLiteral("date"))));
    }
    ReportService reports(ctx);
    Result<DayReport> report = reports.day(date);
    if (!report)
        return refused(report.error());
    return ok(json::dayReport(report.value()));
}

Outcome commandBackup(ServiceContext& ctx, const Arguments& a)
{
    if (!a.isSet(QStringLiteral("to")))
        return usage(CliText::missing(QStringLiteral("to")));
    const Result<std::int64_t> bytes = BackupService(ctx).backup(a.value(QStringLiteral("to")));
    if (!bytes)
        return refused(bytes.error());
    return ok(QJsonObject{{QStringLiteral("bytes"), static_cast<qint64>(bytes.value())}});
}

Outcome commandRestore(ServiceContext& ctx, const Arguments& a)
{
    if (!a.isSet(QStringLiteral("from")))
        return usage(CliText::missing(QStringLiteral("from")));
    const Result<std::int64_t> bytes = BackupService(ctx).restore(a.value(QStringLiteral("from")));
    if (!bytes)
        return refused(bytes.error());
    return ok(QJsonObject{{QStringLiteral("bytes"), static_cast<qint64>(bytes.value())}});
}

Outcome commandAuditVerify(ServiceContext& ctx)
{
    const Result<AuditReport> report = AuditService(ctx).verify();
    if (!report)
        return refused(report.error());
    QJsonValue firstBad = QJsonValue::Null;
    if (const std::optional<ChainFault>& f = report->firstBad)
        firstBad = QJsonObject{
            {QStringLiteral("table"), f->table},
            {QStringLiteral("id"), static_cast<qint64>(f->id)},
            {QStringLiteral("chain"), f->chain.isEmpty() ? QJsonValue() : QJsonValue(f->chain)},
            {QStringLiteral("seq"), static_cast<qint64>(f->seq)},
            {QStringLiteral("reason"), f->reason}};
    return ok({{QStringLiteral("ok"), report->ok()},
               {QStringLiteral("entries"), static_cast<qint64>(report->entries)},
               {QStringLiteral("first_bad"), firstBad}});
}

Outcome commandCheck(ServiceContext& ctx)
{
    if (const Status sound = BackupService(ctx).checkIntegrity(); !sound)
        return refused(sound.error());
    return ok(QJsonObject{{QStringLiteral("ok"), true}});
}

Outcome commandDemo(ServiceContext& ctx)
{
    DemoStore demo(ctx);
    Result<DemoOutcome> done = demo.fill();
    if (!done)
        return refused(done.error());
    return ok({{QStringLiteral("products"), static_cast<qint64>(done->products)},
               {QStringLiteral("members"), static_cast<qint64>(done->members)},
               {QStringLiteral("sales"), static_cast<qint64>(done->sales)}});
}

QString commandName(const QStringList& args)
{
    if (args.isEmpty())
        return {};
    if (args.size() > 1 && isManagerCommand(args.at(0) + u' ' + args.at(1)))
        return args.at(0) + u' ' + args.at(1);
    static const QStringList twoWord{
        QStringLiteral("product"), QStringLiteral("counter"), QStringLiteral("rule"),
        QStringLiteral("member"),  QStringLiteral("card"),    QStringLiteral("report"),
        QStringLiteral("crm"),     QStringLiteral("audit"),   QStringLiteral("points")};
    if (args.size() > 2 && args.at(0) == u"crm" && args.at(1) == u"call")
        return args.mid(0, 3).join(u' '); // crm call log
    if (twoWord.contains(args.first()) && args.size() > 1)
        return args.at(0) + u' ' + args.at(1);
    return args.first();
}

} // namespace

Outcome usage(const QString& message)
{
    return {BadUsage, json::error(Error(ErrorCode::Usage, message))};
}

Outcome refused(const Error& error)
{
    return {Refused, json::error(error)};
}

Outcome createKeys(const QStringList& args, const QString& defaultPath)
{
    const Arguments a(args, 2, {valued(QStringLiteral("to"))});
    if (!a.ok())
        return usage(a.errorText());
    const QString path =
        a.isSet(QStringLiteral("to")) ? a.value(QStringLiteral("to")) : defaultPath;
    const Result<StoreKeys> made = KeyFile::create(path);
    if (!made)
        return refused(made.error());
    return ok({{QStringLiteral("key_file"), path}});
}

bool isKnownCommand(const QString& command)
{
    static const QStringList known{QStringLiteral("init"),
                                   QStringLiteral("product import"),
                                   QStringLiteral("counter promo"),
                                   QStringLiteral("rule add"),
                                   QStringLiteral("sale"),
                                   QStringLiteral("return"),
                                   QStringLiteral("member register"),
                                   QStringLiteral("member show"),
                                   QStringLiteral("card replace"),
                                   QStringLiteral("card write"),
                                   QStringLiteral("card read"),
                                   QStringLiteral("redeem"),
                                   QStringLiteral("report day"),
                                   QStringLiteral("demo"),
                                   QStringLiteral("backup"),
                                   QStringLiteral("restore"),
                                   QStringLiteral("check"),
                                   QStringLiteral("audit verify")};
    return known.contains(command) || isCareCommand(command) || isManagerCommand(command);
}

Outcome runCommand(ServiceContext& ctx, const QStringList& args)
{
    const QString command = commandName(args);
    if (!isKnownCommand(command))
        return usage(CliText::unknownCommand(args.join(u' ')));
    if (std::optional<Outcome> manager = runManagerCommand(ctx, command, args))
        return *manager;
    const int words = static_cast<int>(command.count(u' ')) + 1;
    auto parse = [&](std::initializer_list<QCommandLineOption> options) {
        return Arguments(args, words, options);
    };

    Outcome outcome;
    auto run = [&](const Arguments& a, auto&& body) {
        if (!a.ok())
            return usage(a.errorText());
        return body(a);
    };
    if (isCareCommand(command))
        return runCareCommand(ctx, command, args.mid(words));
    if (command == u"init")
        return commandInit(ctx);
    if (command == u"demo")
        return commandDemo(ctx);
    if (command == u"audit verify")
        return commandAuditVerify(ctx);
    if (command == u"check")
        return commandCheck(ctx);
    if (command == u"backup")
        return run(parse({valued(QStringLiteral("to"))}),
                   [&](const Arguments& a) { return commandBackup(ctx, a); });
    if (command == u"restore")
        return run(parse({valued(QStringLiteral("from"))}),
                   [&](const Arguments& a) { return commandRestore(ctx, a); });
    if (command == u"product import")
        return run(parse({}), [&](const Arguments& a) { return commandProductImport(ctx, a); });
    if (command == u"counter promo")
        return run(parse({valued(QStringLiteral("counter")), valued(QStringLiteral("rate")),
                          valued(QStringLiteral("from")), valued(QStringLiteral("to")),
                          flag(QStringLiteral("clear"))}),
                   [&](const Arguments& a) { return commandCounterPromo(ctx, a); });
    if (command == u"rule add")
        return run(parse({valued(QStringLiteral("name")), valued(QStringLiteral("multiplier")),
                          valued(QStringLiteral("weekdays")), valued(QStringLiteral("months")),
                          flag(QStringLiteral("birthday")),
                          valued(QStringLiteral("first-members-per-day")),
                          valued(QStringLiteral("from")), valued(QStringLiteral("to"))}),
                   [&](const Arguments& a) { return commandRuleAdd(ctx, a); });
    if (command == u"sale")
        return run(parse({valued(QStringLiteral("card"))}),
                   [&](const Arguments& a) { return commandSale(ctx, a); });
    if (command == u"return")
        return run(parse({valued(QStringLiteral("receipt"))}),
                   [&](const Arguments& a) { return commandReturn(ctx, a); });
    if (command == u"member register")
        return run(parse({valued(QStringLiteral("name")), valued(QStringLiteral("gender")),
                          valued(QStringLiteral("birthday")), valued(QStringLiteral("id-number")),
                          valued(QStringLiteral("mobile")), valued(QStringLiteral("address")),
                          valued(QStringLiteral("category")), valued(QStringLiteral("receipt"))}),
                   [&](const Arguments& a) { return commandMemberRegister(ctx, a); });
    if (command == u"member show")
        return run(parse({valued(QStringLiteral("member")), valued(QStringLiteral("card")),
                          valued(QStringLiteral("mobile"))}),
                   [&](const Arguments& a) { return commandMemberShow(ctx, a); });
    if (command == u"card write")
        return run(parse({valued(QStringLiteral("member")), valued(QStringLiteral("reader")),
                          valued(QStringLiteral("wait"))}),
                   [&](const Arguments& a) { return commandCardWrite(ctx, a); });
    if (command == u"card read")
        return run(parse({valued(QStringLiteral("reader")), valued(QStringLiteral("wait"))}),
                   [&](const Arguments& a) { return commandCardRead(ctx, a); });
    if (command == u"card replace")
        return run(parse({valued(QStringLiteral("member")), valued(QStringLiteral("id-number")),
                          valued(QStringLiteral("reason"))}),
                   [&](const Arguments& a) { return commandCardReplace(ctx, a); });
    if (command == u"redeem")
        return run(parse({valued(QStringLiteral("member")), valued(QStringLiteral("card")),
                          valued(QStringLiteral("points")), valued(QStringLiteral("barcode"))}),
                   [&](const Arguments& a) { return commandRedeem(ctx, a); });
    if (command == u"report day")
        return run(parse({valued(QStringLiteral("date"))}),
                   [&](const Arguments& a) { return commandReportDay(ctx, a); });
    return usage(CliText::unknownCommand(command));
}

} // namespace viptill::cli
