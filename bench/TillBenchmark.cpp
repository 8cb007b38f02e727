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
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
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

struct Till
{
    std::unique_ptr<Store> store = openStore(storePath());
    store->setChainKey(QByteArray(32, '\x33'));
    store->setPersonalKey(QByteArray(32, '\x44'));
    SystemClock clock;
    ServiceContext services{*store, clock, QStringLiteral("B01"), Programme{}};
    PrinterSettings printer{PrinterSettings::Kind::None, {}, WideReceiptColumns};
    ReceiptOutput receipts{printer, QStringLiteral("Bench")};
    TillContext context{services, receipts, QStringLiteral("Bench")};
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

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
