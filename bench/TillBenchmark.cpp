// The till's speed targets (issue 3), on a store of 200,000 items and
// 1,000,000 members: scanner Enter → line on screen < 16 ms; swipe → member
// panel < 50 ms; launch → ready to scan < 1.5 s. Run: build/bench/till_benchmark

#include "BigStore.h"
#include "CheckoutPage.h"
#include "ReceiptOutput.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "core/Identity.h"
#include "services/StaffService.h"
#include "storage/Store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTextStream>
#include <benchmark/benchmark.h>

using namespace viptill;

namespace {

QString storePath()
{
    const QString dir = qEnvironmentVariable("VIPTILL_BENCH_DIR", QDir::tempPath());
    return bench::ensureBigStore(dir + QStringLiteral("/viptill-bench-200k-1m.db"), {});
}

void typeLine(QWidget* field, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &enter);
}

// The till's store with the audit key its key file gives it: a sale appends
// to the audit trail and the ledger.
std::unique_ptr<Store> openTillStore()
{
    std::unique_ptr<Store> store = openStore(storePath());
    store->setChainKey(QByteArray(32, '\x33'));
    store->setPersonalKey(bench::benchPersonalKey());
    return store;
}

struct Till
{
    std::unique_ptr<Store> store = openTillStore();
    SystemClock clock;
    ServiceContext services{*store, clock, QStringLiteral("B01")};
    PrinterSettings printer{PrinterSettings::Kind::None, {}, WideReceiptColumns};
    ReceiptOutput receipts{printer, services, QStringLiteral("Bench")};
    TillContext context{services, receipts};
    StaffMember cashier{1, QStringLiteral("1001"), QStringLiteral("Bench"), StaffRole::Cashier};
};

void ScanToLineOnScreen(benchmark::State& state)
{
    Till till;
    CheckoutPage page(till.context);
    page.show();
    page.start(till.cashier);
    QLineEdit* field = page.findChild<QLineEdit*>(QStringLiteral("barcode"));
    std::int64_t i = 0;
    for (auto _ : state) {
        if (page.session()->draft().lines.size() >= 20) {
            state.PauseTiming();
            page.start(till.cashier);
            state.ResumeTiming();
        }
        typeLine(field, bench::barcodeFor((i++ * 7919) % 200'000));
        benchmark::DoNotOptimize(page.session()->total());
    }
}
BENCHMARK(ScanToLineOnScreen)->Unit(benchmark::kMillisecond);

void SwipeToMemberPanel(benchmark::State& state)
{
    Till till;
    CheckoutPage page(till.context);
    page.show();
    page.start(till.cashier);
    std::int64_t i = 0;
    for (auto _ : state) {
        page.presentCard(cardNumberForSerial((i++ * 104729) % 1'000'000 + 1));
        benchmark::DoNotOptimize(page.session()->member());
    }
}
BENCHMARK(SwipeToMemberPanel)->Unit(benchmark::kMillisecond);

void LaunchToReadyToScan(benchmark::State& state)
{
    storePath(); // generated once, outside the timing
    for (auto _ : state) {
        Till till;
        EmulatedCardReader reader;
        TillWindow window(till.context, {&reader});
        window.show();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(window.isVisible());
    }
}
BENCHMARK(LaunchToReadyToScan)->Unit(benchmark::kMillisecond)->Iterations(5);

// kB of this process's resident set now and at its peak (/proc/self/status).
std::pair<qint64, qint64> residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 rss = 0;
    qint64 peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && words.at(0) == "VmRSS:")
                rss = words.at(1).toLongLong();
            else if (words.size() >= 2 && words.at(0) == "VmHWM:")
                peak = words.at(1).toLongLong();
        }
    }
    return {rss, peak};
}

// The till with a big store, in a process of its own so nothing else counts
// (store_benchmark runs this for its TillMemory figure): the store opened
// through the real objects, the till's window up, a checkout with a member's
// card and twenty items scanned. Prints "rss_kB peak_kB".
int tillMemory(const QString& store, std::int64_t members, std::int64_t items)
{
    std::unique_ptr<Store> opened = openStore(store);
    opened->setChainKey(QByteArray(32, '\x33'));
    opened->setPersonalKey(bench::benchPersonalKey());
    // The morning after the benchmark's year, when every day of it is closed.
    FixedClock clock(QDateTime(QDate(2026, 1, 2), QTime(10, 0)));
    ServiceContext services{*opened, clock, QStringLiteral("B01")};
    PrinterSettings printer{PrinterSettings::Kind::None, {}, WideReceiptColumns};
    ReceiptOutput receipts{printer, services, QStringLiteral("Bench")};
    TillContext context{services, receipts};
    const StaffMember cashier{1, QStringLiteral("1001"), QStringLiteral("Bench"),
                              StaffRole::Cashier};
    EmulatedCardReader reader;
    TillWindow window(context, {&reader});
    window.show();
    CheckoutPage page(context);
    page.show();
    page.start(cashier);
    page.presentCard(cardNumberForSerial(members));
    QLineEdit* field = page.findChild<QLineEdit*>(QStringLiteral("barcode"));
    for (std::int64_t i = 0; i < 20; ++i)
        typeLine(field, bench::barcodeFor((i * 7919) % items));
    QCoreApplication::processEvents();
    const auto [rss, peak] = residentKilobytes();
    QTextStream(stdout) << rss << ' ' << peak << '\n';
    return page.session()->draft().lines.isEmpty() ? 1 : 0;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--till-memory") == 0)
        return tillMemory(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                          QByteArray(argv[4]).toLongLong());
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
