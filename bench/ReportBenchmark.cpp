// The manager's figures on a year of a busy store (issue 5): 1,000,000
// members, 10,000,000 sale lines, every day closed. Targets: a day's figures
// < 100 ms, a month's < 2 s, from the same SQLite file the tills use, and a
// till's sale commits while a month is being added up (WAL: readers never
// block the writer). Run: build-bench/bench/report_benchmark
// ($VIPTILL_BENCH_DIR keeps the generated file; $VIPTILL_BENCH_LINES and
// $VIPTILL_BENCH_MEMBERS make a smaller year for a quick look).

#include "YearOfSales.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <atomic>
#include <benchmark/benchmark.h>
#include <thread>

using namespace viptill;

namespace {

constexpr int Year = 2025;

QString yearPath()
{
    const QString dir = qEnvironmentVariable("VIPTILL_BENCH_DIR", QDir::tempPath());
    bench::YearOfSalesSize size;
    size.year = Year;
    bool ok = false;
    const std::int64_t lines = qEnvironmentVariable("VIPTILL_BENCH_LINES").toLongLong(&ok);
    if (ok && lines > 0)
        size.saleLines = lines;
    const std::int64_t members = qEnvironmentVariable("VIPTILL_BENCH_MEMBERS").toLongLong(&ok);
    if (ok && members > 0)
        size.members = members;
    return bench::ensureYearOfSales(
        dir + QStringLiteral("/viptill-bench-year-%1-%2.db").arg(size.saleLines).arg(size.members),
        size);
}

// The manager's terminal, or a till: its own connection to the one file.
struct Terminal
{
    explicit Terminal(const QString& code)
        : services{*store, clock, code}
    {}
    std::unique_ptr<Store> store = openStore(yearPath());
    // The morning after the year: every day of it is closed.
    FixedClock clock{QDateTime(QDate(Year + 1, 1, 2), QTime(10, 0))};
    ServiceContext services;
};

void DayFigures(benchmark::State& state)
{
    Terminal office(QStringLiteral("M01"));
    ReportService reports(office.services);
    int i = 0;
    for (auto _ : state) {
        const QDate day = QDate(Year, 1, 1).addDays((i++ * 37) % 365);
        const Result<Figures> f = reports.figures(DayRange::day(day));
        if (!f) {
            state.SkipWithError(f.error().message().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(f->sales);
    }
}
BENCHMARK(DayFigures)->Unit(benchmark::kMillisecond)->Iterations(50);

void MonthFigures(benchmark::State& state)
{
    Terminal office(QStringLiteral("M01"));
    ReportService reports(office.services);
    int month = 0;
    std::int64_t lines = 0;
    for (auto _ : state) {
        const Result<Figures> f =
            reports.figures(DayRange::monthOf(QDate(Year, month++ % 12 + 1, 1)));
        if (!f) {
            state.SkipWithError(f.error().message().toStdString().c_str());
            return;
        }
        lines += f->totals.items;
        benchmark::DoNotOptimize(f->sales);
    }
    state.counters["items_per_month"] =
        benchmark::Counter(static_cast<double>(lines) / static_cast<double>(state.iterations()));
}
BENCHMARK(MonthFigures)->Unit(benchmark::kMillisecond)->Iterations(12);

// A month's figures run on the manager's terminal, again and again; a till
// rings up a sale meanwhile. The sale's time is what is measured: it must
// not wait for the report.
void SaleCommitsWhileAMonthIsAddedUp(benchmark::State& state)
{
    yearPath();
    std::atomic<bool> stop = false;
    std::atomic<int> reporting = 0;
    std::atomic<int> reportsDone = 0;
    std::thread manager([&] {
        Terminal office(QStringLiteral("M01"));
        ReportService reports(office.services);
        int month = 0;
        while (!stop) {
            reporting = 1;
            const Result<Figures> f =
                reports.figures(DayRange::monthOf(QDate(Year, month++ % 12 + 1, 1)));
            reporting = 0;
            if (f)
                ++reportsDone;
        }
    });
    Terminal till(QStringLiteral("B01"));
    SaleService tills(till.services);
    double overlapped = 0;
    for (auto _ : state) {
        // Start the sale while a month is being added up.
        while (reporting == 0)
            std::this_thread::yield();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        const bool during = reporting == 1;
        QElapsedTimer timer;
        timer.start();
        const Result<Receipt> sold = tills.sell(
            {std::nullopt, {{bench::barcodeFor(1), 1}, {bench::barcodeFor(2), 2}}, {}, {}});
        state.SetIterationTime(static_cast<double>(timer.nsecsElapsed()) / 1e9);
        if (!sold) {
            stop = true;
            manager.join();
            state.SkipWithError(sold.error().message().toStdString().c_str());
            return;
        }
        overlapped += (during && reporting == 1) ? 1 : 0;
    }
    stop = true;
    manager.join();
    // How many sales began and ended while the report was running.
    state.counters["sales_during_report"] = overlapped;
    state.counters["reports"] = static_cast<double>(reportsDone.load());
}
BENCHMARK(SaleCommitsWhileAMonthIsAddedUp)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(10);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
