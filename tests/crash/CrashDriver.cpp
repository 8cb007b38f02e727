// A till that sells and takes returns as fast as it can on a store's file,
// printing each receipt after its sale committed — the moment a real till
// would print it. The crash test kills it at random moments.
//
//   crash_driver DB SEED
// prints   SALE <receipt> <total_fen> <points_earned or -1>
//          RETURN <receipt> <refund_fen> <points_reversed>

#include "core/Clock.h"
#include "services/SaleService.h"
#include "services/StoreKeys.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <cstdio>
#include <random>

using namespace viptill;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    std::unique_ptr<Store> store = openStore(path);
    const Result<StoreKeys> keys = KeyFile::forStore(path); // the test made it beside the file
    if (!keys)
        return 4;
    applyKeys(*store, *keys);
    SystemClock clock;
    ServiceContext context{*store, clock, QStringLiteral("T%1").arg(std::atoi(argv[2]) % 7 + 1)};
    std::mt19937 dice(static_cast<unsigned>(std::atoi(argv[2])));
    auto pick = [&](int n) {
        return static_cast<int>(dice() % static_cast<unsigned>(n));
    };

    // What the demo store sells, and its members' cards.
    QStringList barcodes;
    for (int id = 1; id <= 400; ++id) {
        if (const std::optional<Product> p = store->product(id); p && p->onSale)
            barcodes << p->barcode;
    }
    QStringList cards;
    for (int id = 1; id <= 40; ++id) {
        if (const std::optional<Card> c = store->currentCard(id);
            c && c->status == CardStatus::Active)
            cards << c->number;
    }
    if (barcodes.isEmpty() || cards.isEmpty())
        return 3;
    // Every sale in the demo cashier's name, every return the demo manager's,
    // as a till they are logged in at (no PIN hashed here: the test kills
    // the till within a third of a second of its start).
    const std::optional<StaffMember> cashier = store->staffByNumber(QStringLiteral("1001"));
    const std::optional<StaffMember> manager = store->staffByNumber(QStringLiteral("9001"));
    if (!cashier || !manager)
        return 5;

    SaleService tills(context);
    ReturnService returns(context);
    QStringList sold;
    for (;;) {
        if (!sold.isEmpty() && pick(10) < 3) {
            const QString receipt = sold.at(pick(static_cast<int>(sold.size())));
            const Result<Sale> sale = returns.receipt(receipt);
            if (!sale || sale->fullyReturned())
                continue;
            QList<ItemRequest> items;
            if (pick(2) == 0)
                items << ItemRequest{sale->lines.first().barcode, 1};
            const Result<ReturnService::Outcome> back =
                returns.returnItems(receipt, items, manager->id, manager->id);
            if (back)
                std::printf("RETURN %s %lld %lld\n", qPrintable(receipt),
                            static_cast<long long>(back->record.refundTotal().fen()),
                            static_cast<long long>(back->record.pointsReversed));
        } else {
            SaleRequest request;
            request.staffId = cashier->id;
            if (pick(10) < 6)
                request.card = cards.at(pick(static_cast<int>(cards.size())));
            const int lines = 1 + pick(5);
            for (int i = 0; i < lines; ++i)
                request.items << ItemRequest{barcodes.at(pick(static_cast<int>(barcodes.size()))),
                                             1 + pick(3)};
            const Result<Receipt> receipt = tills.sell(request);
            if (!receipt)
                continue;
            sold << receipt->sale.receiptNo;
            std::printf("SALE %s %lld %lld\n", qPrintable(receipt->sale.receiptNo),
                        static_cast<long long>(receipt->sale.total().fen()),
                        static_cast<long long>(
                            receipt->sale.points ? receipt->sale.points->award.earned() : -1));
        }
        std::fflush(stdout);
    }
}
