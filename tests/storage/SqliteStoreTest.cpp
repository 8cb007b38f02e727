// What only the SQLite engine has: its pragmas, its file, its query plans.
// The rest of storage is tested on both engines in StoreTest.cpp.

#include "services/DayCloseService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "storage/SqlStore.h"
#include "storage/SqliteConnection.h"
#include "support/TestStore.h"
#include "support/TradingWeek.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace viptill;
using namespace viptill::test;

TEST(SqliteStore, OpensInWalWithFullSyncAndForeignKeys)
{
    QTemporaryDir dir;
    SqliteConnection db(dir.filePath(QStringLiteral("a.db")));
    EXPECT_EQ(db.queryOne("PRAGMA journal_mode")->text(0), QStringLiteral("wal"));
    EXPECT_EQ(db.queryInteger("PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ(db.queryInteger("PRAGMA foreign_keys"), 1);
}

TEST(SqliteStore, ACorruptFileIsRefusedWithAClearMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.db"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    try {
        openStore(path);
        FAIL() << "opened a file that is not a database";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Corrupt);
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(path));
    }
}

// Every statement a till runs for a member sale and a return is planned with
// an index: nothing on the sale path reads a whole table.
TEST(SqliteStore, TheSalePathNeverScansAWholeTable)
{
    TestStore seeded(QDateTime(QDate(2026, 11, 18), QTime(10, 0)), TestDatabase::Engine::Sqlite);
    seeded.seedCatalogue();
    const QString card = seeded.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    MultiplierRule early;
    early.name = QStringLiteral("前100名");
    early.multiplier = 2;
    early.firstMembersPerDay = 100;
    seeded.store().addRule(early, seeded.clock().now());

    auto connection = std::make_unique<SqliteConnection>(seeded.location());
    QStringList scans;
    connection->setPlanObserver([&](const QString& sql, const QStringList& plan) {
        for (const QString& step : plan) {
            const bool fullScan = step.startsWith(u"SCAN ") && !step.contains(u"USING") &&
                                  !step.contains(u"CONSTANT ROW");
            if (fullScan)
                scans << step + QStringLiteral("  ←  ") + sql;
        }
    });
    SqlStore store(std::move(connection));
    store.setChainKey(testAuditKey());
    store.setPersonalKey(testPersonalKey());
    FixedClock clock(QDateTime(QDate(2026, 11, 18), QTime(12, 0)));
    ServiceContext ctx{store, clock, QStringLiteral("T01")};
    SaleService tills(ctx);
    const Result<Receipt> r = tills.sell(
        {card, {{QStringLiteral("6901000000017"), 1}, {QStringLiteral("6905000000013"), 2}}, {}});
    ASSERT_TRUE(r.ok());
    ReturnService returns(ctx);
    ASSERT_TRUE(
        returns.returnItems(r->sale.receiptNo, {{QStringLiteral("6905000000013"), 1}}).ok());
    EXPECT_TRUE(scans.isEmpty()) << scans.join(u'\n').toStdString();
}

TEST(SqliteStore, TheFullCheckFindsADamagedPage)
{
    TestStore t(QDateTime(QDate(2026, 11, 18), QTime(10, 0)), TestDatabase::Engine::Sqlite);
    t.seedCatalogue();
    // The last two pages that are not the schema's: wherever the migrations
    // happened to put the schema's own pages, it still reads.
    QList<qint64> pages;
    {
        SqliteConnection db(t.location());
        EXPECT_EQ(db.quickCheck(), QStringLiteral("ok"));
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        for (const SqlRow& row : db.query("SELECT pageno FROM dbstat WHERE name <> 'sqlite_schema' "
                                          "ORDER BY pageno DESC LIMIT 2"))
            pages << row.integer(0);
    }
    ASSERT_EQ(pages.size(), 2);
    QFile file(t.location());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    ASSERT_GT(file.size(), pageSize * 4);
    // Scribble over the headers of those pages, as a failing disk might:
    // the schema still reads (the till starts), the full check does not pass.
    for (const qint64 page : pages) {
        file.seek((page - 1) * pageSize);
        file.write(QByteArray(8, '\x0d'));
    }
    file.close();
    SqliteConnection db(t.location());
    EXPECT_FALSE(db.integrityProblems().isEmpty());
}

namespace {

// Full reads of the big tables (or of a whole index of one) by the figures
// of day B of the trading week, with or without day A closed first.
QStringList fullReadsOfDayBFigures(bool closeDayA)
{
    TestStore seeded(QDateTime(QDate(2026, 11, 18), QTime(10, 0)), TestDatabase::Engine::Sqlite);
    TradingWeek week(seeded);
    week.tradeDayA();
    seeded.clock().set(QDateTime(TradingWeek::DayA, QTime(23, 55)));
    if (closeDayA) {
        EXPECT_TRUE(DayCloseService(seeded.context()).close(TradingWeek::DayA, week.manager).ok());
    }
    week.tradeDayB();

    auto connection = std::make_unique<SqliteConnection>(seeded.location());
    QStringList scans;
    const QStringList big{QStringLiteral("sales"),         QStringLiteral("sale_lines"),
                          QStringLiteral("sale_tenders"),  QStringLiteral("returns"),
                          QStringLiteral("return_lines"),  QStringLiteral("return_tenders"),
                          QStringLiteral("points_ledger"), QStringLiteral("members"),
                          QStringLiteral("products"),      QStringLiteral("redemptions")};
    connection->setPlanObserver([&](const QString& sql, const QStringList& plan) {
        // A scan, or a search bounded above only ("(day<?)"): both read from
        // the table's first row.
        static const QRegularExpression scan(
            QStringLiteral("^(?:SCAN (\\w+)|SEARCH (\\w+) .*\\(\\w+<\\?\\)$)"));
        for (const QString& step : plan) {
            const QRegularExpressionMatch m = scan.match(step);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            // "SCAN points_ledger …", or "SCAN s …" for a table named with an alias.
            for (const QString& table : big) {
                if (name == table || sql.contains(table + u' ' + name + u' '))
                    scans << step + QStringLiteral("  <-  ") + sql;
            }
        }
    });
    SqlStore store(std::move(connection));
    store.setChainKey(testAuditKey());
    store.setPersonalKey(testPersonalKey());
    FixedClock clock(QDateTime(TradingWeek::DayB, QTime(16, 0)));
    ServiceContext ctx{store, clock, QStringLiteral("T01")};
    const Result<Figures> f = ReportService(ctx).figures(DayRange::day(TradingWeek::DayB));
    EXPECT_TRUE(f.ok());
    EXPECT_EQ(f->pointsOutstanding, 5334);
    EXPECT_TRUE(DayCloseService(ctx).preview(TradingWeek::DayB).ok());
    scans.removeDuplicates();
    return scans;
}

} // namespace

// A day's figures are added up from indexes over that day only: once an
// earlier day is closed, the points outstanding start from its close and
// no statement reads the whole of a big table, not even a whole index.
TEST(SqliteStore, ADaysFiguresReadOnlyThatDay)
{
    const QStringList scans = fullReadsOfDayBFigures(true);
    EXPECT_TRUE(scans.isEmpty()) << scans.join(u'\n').toStdString();
}

// Without any close the points outstanding are the whole ledger's sum; the
// check above sees that read (so it would see any other).
TEST(SqliteStore, WithoutACloseTheWholeLedgerIsRead)
{
    const QStringList scans = fullReadsOfDayBFigures(false);
    ASSERT_EQ(scans.size(), 1) << scans.join(u'\n').toStdString();
    EXPECT_TRUE(scans.first().startsWith(QStringLiteral("SEARCH points_ledger")))
        << scans.first().toStdString();
}
