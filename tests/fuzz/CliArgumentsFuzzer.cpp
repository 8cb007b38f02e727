// viptillctl's commands with any arguments (one per line of the input),
// against a real store, through the command table with its staff checks:
// every run ends in exit 0, 1 or 2 with the JSON cli.md promises, never a
// crash.

#include "cli/CommandTable.h"
#include "core/Clock.h"
#include "storage/Store.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace viptill;

namespace {

struct Till
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    FixedClock clock{QDateTime(QDate(2026, 11, 18), QTime(10, 0))};
    std::unique_ptr<ServiceContext> context;
};

Till& till()
{
    static Till t = [] {
        Till made;
        made.store = openStore(made.dir.filePath(QStringLiteral("fuzz.db")));
        made.store->setChainKey(QByteArray(32, '\x33'));
        made.store->setPersonalKey(QByteArray(32, '\x44'));
        made.context = std::make_unique<ServiceContext>(
            ServiceContext{*made.store, made.clock, QStringLiteral("T01")});
        // A store with goods, members and the demo's staff (cashier 1001,
        // desk 2001, manager 9001), so sales and returns go deep.
        const cli::Outcome demo = cli::run(*made.context, {QStringLiteral("demo")});
        if (demo.exit != cli::Ok)
            std::abort();
        return made;
    }();
    return t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList args = text.split(u'\n');
    // Commands that read or write files by path are left to their own
    // fuzzers: a fuzzer must not write files where it likes.
    const QString first = args.value(0);
    if (first == u"backup" || first == u"restore" || first == u"product" || first == u"card" ||
        first == u"keys")
        return 0;
    // Staff come with --staff/--pin in the input, as a script gives them.
    const cli::Outcome outcome = cli::run(*till().context, args);
    switch (outcome.exit) {
    case cli::Ok:
        if (outcome.json.contains(QStringLiteral("error")))
            std::abort();
        break;
    case cli::Refused:
    case cli::BadUsage: {
        const QJsonObject error = outcome.json.value(QStringLiteral("error")).toObject();
        if (error.value(QStringLiteral("code")).toString().isEmpty() ||
            !error.contains(QStringLiteral("message")))
            std::abort();
        break;
    }
    default:
        std::abort();
    }
    return 0;
}
