// Members from the store's old system at department-store scale: a CSV of
// 1,000,000 members (valid, unique ID numbers and mobiles, cards of the old
// system's numbers, points) imported into an empty store, on SQLite and on
// PostgreSQL. Target: a million members in under 5 minutes on SQLite.
// The file's dry run (every check, against the store too, nothing written)
// is timed beside it.
// Run: build-bench/bench/member_import_benchmark ($VIPTILL_BENCH_IMPORT_MEMBERS
// sets the number of members; $VIPTILL_BENCH_DIR holds the stores and the
// PostgreSQL server's folder; $VIPTILL_BENCH_PG names a server to use
// instead of starting one).

#include "BenchPostgres.h"
#include "BigStore.h"
#include "core/Clock.h"
#include "core/Identity.h"
#include "services/MemberImportService.h"
#include "services/StaffService.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <memory>
#include <stdexcept>

using namespace viptill;

namespace {

const QByteArray AuditKey(32, '\x33');
const QDateTime ImportedAt(QDate(2026, 12, 1), QTime(8, 0));

QString benchDir()
{
    return qEnvironmentVariable("VIPTILL_BENCH_DIR", QDir::tempPath());
}

std::int64_t memberCount()
{
    bool ok = false;
    const std::int64_t n = qEnvironmentVariable("VIPTILL_BENCH_IMPORT_MEMBERS").toLongLong(&ok);
    return ok && n > 0 ? n : 1'000'000;
}

// The old system's export: member i (from 0) born on one of 18,000 days from
// 1950 with an ID number of sequence i / 18,000 (unique, with its check
// digit), mobile 13 and i in nine digits, card 20 and i in nine digits.
const QByteArray& oldSystemFile()
{
    static const QByteArray csv = [] {
        static const QStringList surnames{
            QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),  QStringLiteral("刘"),
            QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("欧阳")};
        static const QStringList given{QStringLiteral("秀英"), QStringLiteral("伟"),
                                       QStringLiteral("芳"),   QStringLiteral("娜"),
                                       QStringLiteral("静"),   QStringLiteral("强")};
        const std::int64_t n = memberCount();
        QByteArray out;
        out.reserve(n * 140);
        out += "card_number,name,gender,birthday,id_number,mobile,address,tier,points_balance,"
               "points_lifetime,joined_on\r\n";
        const QDate firstBirthday(1950, 1, 1);
        const QDate firstJoined(2008, 1, 1);
        for (std::int64_t i = 0; i < n; ++i) {
            const QDate birthday = firstBirthday.addDays(i % 18000);
            const QString first17 = QStringLiteral("310104") +
                                    birthday.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(i / 18000, 3, 10, QLatin1Char('0'));
            const std::int64_t lifetime = (i * 37) % 12000;
            const std::int64_t balance = lifetime - (i % 7 == 0 ? (i * 11) % 3000 : 0);
            const QDate joined = std::max(firstJoined.addDays(i % 6000), birthday.addYears(18));
            const QString line =
                QStringLiteral(
                    "20%1,%2%3,%4,%5,%6,13%7,上海市静安区南京西路%8号,%9,%10,%11,%12\r\n")
                    .arg(i, 9, 10, QLatin1Char('0'))
                    .arg(surnames.at(i % surnames.size()), given.at(i % given.size()),
                         i % 2 == 0 ? QStringLiteral("F") : QStringLiteral("M"),
                         formatDate(birthday), first17 + idNumberCheckDigit(first17))
                    .arg(i, 9, 10, QLatin1Char('0'))
                    .arg(i % 1000 + 1)
                    .arg(i % 10 == 0 ? QStringLiteral("diamond") : QStringLiteral("gold"))
                    .arg(balance)
                    .arg(lifetime)
                    .arg(formatDate(joined));
            out += line.toUtf8();
        }
        return out;
    }();
    return csv;
}

enum class Engine
{
    Sqlite,
    Postgres
};

std::unique_ptr<bench::BenchPostgres> postgresServer;

// An empty store of the engine, made anew for each run.
QString emptyStore(Engine engine)
{
    if (engine == Engine::Sqlite) {
        const QString path = benchDir() + QStringLiteral("/viptill-bench-import.db");
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return path;
    }
    if (!postgresServer)
        postgresServer =
            std::make_unique<bench::BenchPostgres>(benchDir(), QStringLiteral("import"));
    const QString uri = postgresServer->emptyDatabase(QStringLiteral("viptill_bench_import"));
    if (uri.isEmpty())
        throw std::runtime_error("no PostgreSQL server: " + postgresServer->error().toStdString());
    return uri;
}

struct ImportRun
{
    std::unique_ptr<Store> store;
    FixedClock clock{ImportedAt};
    std::unique_ptr<ServiceContext> context;
    StaffMember manager;
};

ImportRun openRun(Engine engine)
{
    ImportRun run;
    run.store = openStore(emptyStore(engine));
    run.store->setChainKey(AuditKey);
    run.store->setPersonalKey(bench::benchPersonalKey());
    run.context = std::make_unique<ServiceContext>(
        ServiceContext{*run.store, run.clock, QStringLiteral("T01")});
    const Result<StaffMember> manager =
        StaffService(*run.context)
            .addStaff(QStringLiteral("9001"), QStringLiteral("李经理"), StaffRole::Manager,
                      QStringLiteral("8642"));
    if (!manager)
        throw std::runtime_error(manager.error().message().toStdString());
    run.manager = manager.value();
    return run;
}

void MemberImport(benchmark::State& state, Engine engine)
{
    const QByteArray& csv = oldSystemFile();
    ImportRun run = openRun(engine);
    std::int64_t imported = 0;
    for (auto _ : state) {
        const Result<MemberImportReport> report =
            MemberImportService(*run.context).importCsv(csv, run.manager);
        if (!report) {
            state.SkipWithError(report.error().message().toStdString().c_str());
            return;
        }
        imported = report->imported;
    }
    state.counters["members"] = static_cast<double>(imported);
    state.counters["members_per_s"] =
        benchmark::Counter(static_cast<double>(imported), benchmark::Counter::kIsRate);
}

void MemberImportDryRun(benchmark::State& state, Engine engine)
{
    const QByteArray& csv = oldSystemFile();
    ImportRun run = openRun(engine);
    for (auto _ : state) {
        const Result<MemberImportReport> report = MemberImportService(*run.context).dryRunCsv(csv);
        if (!report || !report->faults.isEmpty()) {
            state.SkipWithError(report ? report->faults.first().message.toStdString().c_str()
                                       : report.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(report->members);
    }
}

void registerBenchmarks()
{
    for (Engine engine : {Engine::Sqlite, Engine::Postgres}) {
        const std::string e = engine == Engine::Sqlite ? "sqlite" : "postgresql";
        benchmark::RegisterBenchmark(("MemberImportDryRun/" + e).c_str(), MemberImportDryRun,
                                     engine)
            ->Unit(benchmark::kSecond)
            ->UseRealTime()
            ->Iterations(1);
        benchmark::RegisterBenchmark(("MemberImport/" + e).c_str(), MemberImport, engine)
            ->Unit(benchmark::kSecond)
            ->UseRealTime()
            ->Iterations(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    registerBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    postgresServer.reset(); // stops the server this run started
    return 0;
}
