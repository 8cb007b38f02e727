// Cards, trust and the store itself: creating it (init, demo, its key file),
// chip cards, the audit trail, backups and the file's health.

#include "CliText.h"
#include "Command.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/ChipCardService.h"
#include "services/DemoStore.h"
#include "services/StoreKeys.h"
#include "services/StoreMode.h"

namespace viptill::cli {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

// `init --training` makes a training store of a store that has not traded;
// plain `init` leaves a store as it is (a training store stays one).
Outcome init(const Call& call)
{
    Store& store = call.ctx().store;
    if (call.options.isSet(s("training"))) {
        if (const Status made = StoreMode::makeTraining(store); !made)
            return refused(made.error());
    }
    const Result<StoreState> state = StoreMode::state(store);
    if (!state)
        return refused(state.error());
    return ok({{s("schema_version"), state->schemaVersion}, {s("training"), state->training}});
}

Outcome demo(const Call& call)
{
    const Result<DemoOutcome> done = DemoStore(call.ctx()).fill();
    if (!done)
        return refused(done.error());
    return ok({{s("products"), static_cast<qint64>(done->products)},
               {s("members"), static_cast<qint64>(done->members)},
               {s("sales"), static_cast<qint64>(done->sales)}});
}

// The store's key file, made once and copied to every till: no store is
// opened for it.
Outcome keysCreate(const Call& call)
{
    const QString path = call.options.isSet(s("to")) ? call.options.value(s("to"))
                                                     : KeyFile::defaultPath(call.session.location);
    const Result<StoreKeys> made = KeyFile::create(path);
    if (!made)
        return refused(made.error());
    return ok({{s("key_file"), path}});
}

// How long `card write` and `card read` wait for a card on the reader.
std::chrono::milliseconds waitFor(const Options& o)
{
    const std::optional<std::int64_t> seconds = wholeNumber(o.value(s("wait")));
    return std::chrono::seconds(seconds && *seconds > 0 && *seconds <= 300 ? *seconds : 20);
}

Outcome cardWrite(const Call& call)
{
    Outcome bad;
    const std::optional<std::int64_t> id = numberOption(call.options, s("member"), bad);
    if (!id)
        return bad;
    const Result<Card> written = ChipCardService(call.ctx())
                                     .writeMemberCard(*id, call.options.value(s("reader")),
                                                      waitFor(call.options), call.staffId());
    if (!written)
        return refused(written.error());
    return ok({{s("card_number"), written->number},
               {s("uid"), QString::fromLatin1(written->chipUid.toHex().toUpper())}});
}

Outcome cardRead(const Call& call)
{
    const Result<ChipCardRead> read =
        ChipCardService(call.ctx())
            .readCard(call.options.value(s("reader")), waitFor(call.options));
    if (!read)
        return refused(read.error());
    return ok({{s("card_number"), read->card.number},
               {s("uid"), QString::fromLatin1(read->chip.chipUid.toHex().toUpper())},
               {s("member_id"), static_cast<qint64>(read->card.memberId)},
               {s("status"), cardStatusCode(read->card.status)}});
}

Outcome auditVerify(const Call& call)
{
    const Result<AuditReport> report = AuditService(call.ctx()).verify();
    if (!report)
        return refused(report.error());
    QJsonValue firstBad = QJsonValue::Null;
    if (const std::optional<ChainFault>& f = report->firstBad)
        firstBad =
            QJsonObject{{s("table"), f->table},
                        {s("id"), static_cast<qint64>(f->id)},
                        {s("chain"), f->chain.isEmpty() ? QJsonValue() : QJsonValue(f->chain)},
                        {s("seq"), static_cast<qint64>(f->seq)},
                        {s("reason"), f->reason}};
    return ok({{s("ok"), report->ok()},
               {s("entries"), static_cast<qint64>(report->entries)},
               {s("first_bad"), firstBad}});
}

Outcome backup(const Call& call)
{
    const Result<std::int64_t> bytes =
        BackupService(call.ctx()).backup(call.options.value(s("to")));
    if (!bytes)
        return refused(bytes.error());
    return ok({{s("bytes"), static_cast<qint64>(bytes.value())}});
}

Outcome restore(const Call& call)
{
    const Result<std::int64_t> bytes =
        BackupService(call.ctx()).restore(call.options.value(s("from")));
    if (!bytes)
        return refused(bytes.error());
    return ok({{s("bytes"), static_cast<qint64>(bytes.value())}});
}

Outcome check(const Call& call)
{
    if (const Status sound = BackupService(call.ctx()).checkIntegrity(); !sound)
        return refused(sound.error());
    return ok({{s("ok"), true}});
}

} // namespace

QList<Command> trustCommands()
{
    const Area area = Area::CardsAndTrust;
    return {
        {.words = s("init"),
         .options = {flag("training")},
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Creates or updates the database; --training makes an empty "
                                   "one a training store (培训)."),
         .run = &init,
         .area = area},
        {.words = s("demo"),
         .help = QT_TRANSLATE_NOOP(
             "CliText", "Fills an empty database with the demo store, a training store."),
         .run = &demo,
         .area = area},
        {.words = s("keys create"),
         .options = {valued("to", "FILE")},
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Makes the store's key file, to copy to every till and desk."),
         .run = &keysCreate,
         .needsStore = false,
         .area = area},
        {.words = s("card write"),
         .options = {required(valued("member", "ID")), required(valued("reader", "CONN")),
                     valued("wait", "SECONDS")},
         .access = Access::DeskOrManager,
         .help =
             QT_TRANSLATE_NOOP("CliText", "Writes the member's card onto the chip on the reader."),
         .run = &cardWrite,
         .area = area},
        {.words = s("card read"),
         .options = {required(valued("reader", "CONN")), valued("wait", "SECONDS")},
         .help = QT_TRANSLATE_NOOP("CliText", "Reads and checks the card on the reader."),
         .run = &cardRead,
         .area = area},
        {.words = s("audit verify"),
         .help = QT_TRANSLATE_NOOP("CliText",
                                   "Checks the audit trail and the points ledger for tampering."),
         .run = &auditVerify,
         .area = area},
        {.words = s("backup"),
         .options = {required(valued("to", "FILE"))},
         .help = QT_TRANSLATE_NOOP("CliText", "A consistent copy of the store while tills sell."),
         .run = &backup,
         .area = area},
        {.words = s("restore"),
         .options = {required(valued("from", "FILE"))},
         .access = Access::Manager,
         .help = QT_TRANSLATE_NOOP("CliText", "Puts the store back from a copy."),
         .run = &restore,
         .area = area},
        {.words = s("check"),
         .help = QT_TRANSLATE_NOOP("CliText", "Checks every page of the store's file."),
         .run = &check,
         .area = area},
    };
}

} // namespace viptill::cli
