// Kill a till with SIGKILL at random moments, hundreds of times over, and
// check the store: every sale that printed a receipt is there whole, no sale
// or return is half there, no receipt number twice, every points figure
// matches its ledger, and the file is sound.

#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/DemoStore.h"
#include "services/StoreKeys.h"
#include "storage/SqliteConnection.h"
#include "support/TestStore.h"

#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>
#include <random>
#include <signal.h>

using namespace viptill;

namespace {

struct Printed
{
    QString receipt;
    std::int64_t amount = 0;
    std::int64_t points = 0;
};

std::int64_t count(SqliteConnection& db, std::string_view sql)
{
    return db.queryInteger(sql);
}

} // namespace

TEST(CrashTest, AKilledTillLosesNoPrintedSaleAndLeavesNoHalf)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.db"));
    {
        std::unique_ptr<Store> store = openStore(path);
        applyKeys(*store, *KeyFile::forStore(path));
        FixedClock clock(QDateTime::currentDateTime());
        ServiceContext context{*store, clock, QStringLiteral("T01")};
        ASSERT_TRUE(DemoStore(context).fill().ok());
    }

    std::mt19937 dice(20261123); // fixed: a failure can be run again as it was
    QList<Printed> sales;
    QList<Printed> returns;
    int killedMidWork = 0;
    constexpr int Rounds = 60;
    for (int round = 0; round < Rounds; ++round) {
        QProcess till;
        till.start(QStringLiteral(CRASH_DRIVER_PATH), {path, QString::number(round)});
        ASSERT_TRUE(till.waitForStarted());
        // From the first instructions of start-up to well into selling.
        QThread::msleep(dice() % 350);
        if (till.state() == QProcess::Running) {
            ::kill(static_cast<pid_t>(till.processId()), SIGKILL);
            ++killedMidWork;
        }
        till.waitForFinished();
        for (const QByteArray& line : till.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 4)
                continue; // the line being written when the till was killed
            Printed p{QString::fromLatin1(f.at(1)), f.at(2).toLongLong(), f.at(3).toLongLong()};
            (f.at(0) == "SALE" ? sales : returns) << p;
        }
    }
    std::printf("%lld sales and %lld returns printed; %d of %d tills killed at work\n",
                static_cast<long long>(sales.size()), static_cast<long long>(returns.size()),
                killedMidWork, Rounds);
    EXPECT_GT(killedMidWork, Rounds / 2);
    EXPECT_GT(sales.size(), 200) << "too few sales to mean anything";
    EXPECT_GT(returns.size(), 20);

    SqliteConnection db(path);
    EXPECT_EQ(db.quickCheck(), QStringLiteral("ok"));
    EXPECT_TRUE(db.query("PRAGMA foreign_key_check").empty());
    // Every printed receipt is there, as printed.
    for (const Printed& p : sales) {
        const std::optional<SqlRow> row = db.queryOne(
            "SELECT total_fen, COALESCE(points_earned, -1) FROM sales WHERE receipt_no = $1",
            {p.receipt});
        ASSERT_TRUE(row.has_value()) << p.receipt.toStdString();
        EXPECT_EQ(row->integer(0), p.amount) << p.receipt.toStdString();
        EXPECT_EQ(row->integer(1), p.points) << p.receipt.toStdString();
    }
    // A receipt may come back in parts, even two alike: count each kind.
    QMap<std::tuple<QString, std::int64_t, std::int64_t>, int> printedReturns;
    for (const Printed& p : returns)
        ++printedReturns[{p.receipt, p.amount, p.points}];
    for (auto it = printedReturns.cbegin(); it != printedReturns.cend(); ++it) {
        const auto& [receipt, refund, points] = it.key();
        EXPECT_GE(db.queryInteger("SELECT COUNT(*) FROM returns r JOIN sales s ON s.id = r.sale_id "
                                  "WHERE s.receipt_no = $1 AND r.refund_fen = $2 "
                                  "AND r.points_reversed = $3",
                                  {receipt, refund, points}),
                  it.value())
            << receipt.toStdString();
    }
    // Nothing is half there.
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM sales s WHERE NOT EXISTS "
                        "(SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)"),
              0);
    EXPECT_EQ(
        count(db, "SELECT COUNT(*) FROM sales s WHERE total_fen <> "
                  "(SELECT COALESCE(SUM(amount_fen), 0) FROM sale_lines l WHERE l.sale_id = s.id) "
                  "OR total_fen <> (SELECT COALESCE(SUM(amount_fen), 0) FROM sale_tenders t "
                  "WHERE t.sale_id = s.id)"),
        0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM sales s WHERE s.points_member_id IS NOT NULL AND "
                        "s.points_earned <> (SELECT COALESCE(SUM(points), 0) FROM points_ledger p "
                        "WHERE p.sale_id = s.id AND p.kind IN ('earn', 'bonus'))"),
              0);
    EXPECT_EQ(
        count(db,
              "SELECT COUNT(*) FROM returns r WHERE NOT EXISTS "
              "(SELECT 1 FROM return_lines l WHERE l.return_id = r.id) OR r.refund_fen <> "
              "(SELECT COALESCE(SUM(refund_fen), 0) FROM return_lines l WHERE l.return_id = r.id)"),
        0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM returns r JOIN sales s ON s.id = r.sale_id "
                        "WHERE s.points_member_id IS NOT NULL AND r.points_reversed <> "
                        "-(SELECT COALESCE(SUM(points), 0) FROM points_ledger p "
                        "WHERE p.return_id = r.id)"),
              0);
    // No receipt number twice, and the numbering carries on past every sale.
    EXPECT_EQ(count(db, "SELECT COUNT(*) - COUNT(DISTINCT receipt_no) FROM sales"), 0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM sales s JOIN receipt_sequences q ON "
                        "q.terminal = s.terminal AND q.day = s.day WHERE s.seq > q.last_seq"),
              0);
    // Each member's balance is their ledger's sum, and never drawn from
    // anything else: the points on record add up to the sales and returns.
    // The audit trail and every member's ledger chain check from end to end.
    {
        std::unique_ptr<Store> store = openStore(path);
        applyKeys(*store, *KeyFile::forStore(path));
        FixedClock clock(QDateTime::currentDateTime());
        ServiceContext context{*store, clock, QStringLiteral("T01")};
        const Result<AuditReport> audit = AuditService(context).verify();
        ASSERT_TRUE(audit.ok()) << audit.error().message().toStdString();
        EXPECT_TRUE(audit->ok()) << audit->firstBad->reason.toStdString();
        EXPECT_GT(audit->entries, sales.size());
    }
    EXPECT_EQ(count(db, "SELECT COALESCE(SUM(points), 0) FROM points_ledger "
                        "WHERE kind IN ('earn', 'bonus') AND sale_id IS NOT NULL") -
                  count(db, "SELECT COALESCE(SUM(points_earned), 0) FROM sales "
                            "WHERE points_member_id IS NOT NULL"),
              0);
}

// 备份 while a till sells: each copy is a whole, sound store of whole sales.
TEST(CrashTest, BackupsTakenWhileATillSellsAreWholeAndSound)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.db"));
    std::unique_ptr<Store> store = openStore(path);
    applyKeys(*store, *KeyFile::forStore(path));
    FixedClock clock(QDateTime::currentDateTime());
    ServiceContext context{*store, clock, QStringLiteral("T01")};
    ASSERT_TRUE(DemoStore(context).fill().ok());

    QProcess till;
    till.start(QStringLiteral(CRASH_DRIVER_PATH), {path, QStringLiteral("3")});
    ASSERT_TRUE(till.waitForStarted());
    std::int64_t lastSales = 0;
    std::int64_t firstSales = -1;
    for (int i = 0; i < 5; ++i) {
        QThread::msleep(150);
        const QString copy = dir.filePath(QStringLiteral("copy%1.db").arg(i));
        const Result<std::int64_t> bytes = BackupService(context).backup(copy);
        ASSERT_TRUE(bytes.ok()) << bytes.error().message().toStdString();
        SqliteConnection db(copy);
        EXPECT_EQ(db.quickCheck(), QStringLiteral("ok"));
        EXPECT_EQ(count(db, "SELECT COUNT(*) FROM sales s WHERE total_fen <> "
                            "(SELECT COALESCE(SUM(amount_fen), 0) FROM sale_lines l "
                            "WHERE l.sale_id = s.id)"),
                  0);
        const std::int64_t sales = count(db, "SELECT COUNT(*) FROM sales");
        EXPECT_GE(sales, lastSales);
        lastSales = sales;
        if (firstSales < 0)
            firstSales = sales;
    }
    ::kill(static_cast<pid_t>(till.processId()), SIGKILL);
    till.waitForFinished();
    // The till kept selling while the copies were taken.
    EXPECT_GT(lastSales, firstSales);
}
