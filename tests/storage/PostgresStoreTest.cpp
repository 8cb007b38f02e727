// What only the PostgreSQL engine has: a server to lose, sessions that can
// conflict, SQLSTATEs. CTest runs these in the PostgreSQL half only, against
// the fixture's server ($VIPTILL_TEST_POSTGRES) or a private one of their
// own where the server must go away.

#include "services/CheckoutSession.h"
#include "services/MemberService.h"
#include "services/SaleService.h"
#include "services/StaffService.h"
#include "storage/PostgresConnection.h"
#include "support/PostgresServer.h"
#include "support/TestStore.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrl>
#include <gtest/gtest.h>
#include <optional>
#include <thread>

using namespace viptill;
using namespace viptill::test;

namespace {

class PostgresStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(testPostgresServer().isEmpty())
            << "VIPTILL_TEST_POSTGRES names no server: run these through CTest's "
               "PostgreSQL half (ctest -L postgresql)";
    }
};

} // namespace

TEST_F(PostgresStore, EveryTransactionIsSerializable)
{
    TestDatabase database;
    PostgresConnection db(database.location());
    EXPECT_EQ(db.queryOne("SHOW transaction_isolation")->text(0), QStringLiteral("serializable"));
    Transaction transaction(db);
    EXPECT_EQ(db.queryOne("SHOW transaction_isolation")->text(0), QStringLiteral("serializable"));
}

// Two tills each read what the other is about to write (write skew): the
// server gives one transaction up, as a Retry, and keeps nothing of it.
TEST_F(PostgresStore, AConflictBetweenTillsIsARetryAndKeepsNothing)
{
    TestDatabase database;
    openStore(database.location());
    PostgresConnection a(database.location());
    PostgresConnection b(database.location());
    std::optional<StorageError::Kind> failure;
    {
        Transaction first(a);
        Transaction second(b);
        a.queryOne("SELECT value FROM settings WHERE key = 'till_b'");
        b.queryOne("SELECT value FROM settings WHERE key = 'till_a'");
        a.execute("INSERT INTO settings (key, value) VALUES ('till_a', '1')");
        try {
            b.execute("INSERT INTO settings (key, value) VALUES ('till_b', '1')");
            first.commit();
            second.commit();
        } catch (const StorageError& e) {
            failure = e.kind();
        }
    }
    ASSERT_TRUE(failure.has_value()) << "both transactions of a write skew were committed";
    EXPECT_EQ(*failure, StorageError::Kind::Retry);
    EXPECT_EQ(a.queryInteger("SELECT COUNT(*) FROM settings WHERE key IN ('till_a', 'till_b')"), 1);
    // The connection that lost is usable again at once.
    EXPECT_EQ(b.queryInteger("SELECT COUNT(*) FROM settings WHERE key IN ('till_a', 'till_b')"), 1);
}

TEST_F(PostgresStore, AFailedTransactionIsNeverCommitted)
{
    TestDatabase database;
    openStore(database.location());
    PostgresConnection db(database.location());
    Transaction transaction(db);
    db.execute("INSERT INTO settings (key, value) VALUES ('a', '1')");
    EXPECT_THROW(db.execute("INSERT INTO settings (key, value) VALUES ('a', '2')"), StorageError);
    // Everything after the failure in the same transaction fails the same way.
    try {
        db.execute("INSERT INTO settings (key, value) VALUES ('b', '1')");
        ADD_FAILURE() << "a failed transaction went on";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint);
    }
    try {
        transaction.commit();
        ADD_FAILURE() << "a failed transaction was reported committed";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint);
    }
    EXPECT_EQ(db.queryInteger("SELECT COUNT(*) FROM settings WHERE key IN ('a', 'b')"), 0);
}

TEST_F(PostgresStore, TheLedgerCannotBeTruncated)
{
    TestStore t;
    t.seedCatalogue();
    t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    for (const char* table : {"points_ledger", "sale_lines", "sales"}) {
        try {
            t.exec(QStringLiteral("TRUNCATE %1 CASCADE").arg(QString::fromLatin1(table)));
            ADD_FAILURE() << table << " was truncated";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << table;
        }
    }
    EXPECT_EQ(t.store().pointsBalance(1), 30);
}

TEST_F(PostgresStore, AServerThatDoesNotAnswerIsNamedAtOnce)
{
    const int port = PostgresServer::freePort();
    ASSERT_NE(port, 0);
    QElapsedTimer timer;
    timer.start();
    try {
        openStore(QStringLiteral("postgresql://postgres:s3cret@127.0.0.1:%1/viptill").arg(port));
        FAIL() << "opened a store on a port nobody listens on";
    } catch (const StorageError& e) {
        const QString message = QString::fromUtf8(e.what());
        EXPECT_EQ(e.kind(), StorageError::Kind::Unavailable);
        EXPECT_TRUE(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)))
            << message.toStdString();
        EXPECT_FALSE(message.contains(u"s3cret")) << message.toStdString();
    }
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST_F(PostgresStore, AServerThatSaysNoIsNotAServerThatIsDown)
{
    QUrl url(testPostgresServer());
    url.setPath(QStringLiteral("/no_such_store"));
    try {
        openStore(url.toString());
        FAIL() << "opened a database that does not exist";
    } catch (const StorageError& e) {
        const QString message = QString::fromUtf8(e.what());
        EXPECT_EQ(e.kind(), StorageError::Kind::Failed);
        EXPECT_TRUE(message.contains(QStringLiteral("%1:%2").arg(url.host()).arg(url.port())))
            << message.toStdString();
        EXPECT_TRUE(message.contains(u"no_such_store")) << message.toStdString();
    }
}

TEST_F(PostgresStore, AMalformedUriIsRefusedClearly)
{
    try {
        openStore(QStringLiteral("postgresql://till@db.store.lan/viptill?sslmode=sometimes"));
        FAIL() << "a URI with an unknown sslmode was taken";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Failed) << e.what();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(u"sslmode")) << e.what();
    }
    try {
        openStore(QStringLiteral("postgresql://till@db.store.lan/viptill?colour=blue"));
        FAIL() << "a URI with an unknown option was taken";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Failed);
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(u"URI")) << e.what();
    }
}

namespace {

// A server of the test's own, which it may stop, crash and start again.
class LosingTheServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_NE(server.port(), 0);
        ASSERT_TRUE(server.create(&error)) << error.toStdString();
        ASSERT_TRUE(server.start(&error)) << error.toStdString();
        t.emplace(server.uri(), QDateTime(QDate(2026, 11, 18), QTime(10, 0)));
        t->seedCatalogue();
        card = t->seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    }

    void TearDown() override
    {
        QString error;
        t.reset();
        server.stop(PostgresServer::Stop::Fast, &error); // it may be stopped already
        EXPECT_TRUE(server.remove(&error)) << error.toStdString();
    }

    void start()
    {
        QString error;
        ASSERT_TRUE(server.start(&error)) << error.toStdString();
    }

    Result<Receipt> sell()
    {
        SaleService tills(t->context());
        return tills.sell({card, {{QStringLiteral("6901000000017"), 1}}, {}});
    }

    QString serverName() const { return QStringLiteral("127.0.0.1:%1").arg(server.port()); }

    PostgresServer server{PostgresServer::freePort()};
    std::optional<TestStore> t;
    QString card;
};

} // namespace

// The server goes away in the middle of a sale: the till says so at once,
// naming the server; nothing of the sale is kept; the next customer's sale,
// rung up before, stays on screen while the server is away and goes
// through on the same store once it is back, with the receipt number the
// lost sale had drawn, which was never used up.
TEST_F(LosingTheServer, MidSaleNothingIsHalfWrittenAndTheNextSaleReconnects)
{
    StaffService staff(t->context());
    const Result<StaffMember> cashier = staff.addStaff(
        QStringLiteral("1001"), QStringLiteral("小王"), StaffRole::Cashier, QStringLiteral("2468"));
    ASSERT_TRUE(cashier.ok());
    CheckoutSession onScreen(t->context(), cashier.value());
    ASSERT_TRUE(onScreen.scan(QStringLiteral("6901000000017")).ok());
    ASSERT_TRUE(onScreen.presentCard(card).ok());
    const Money due = onScreen.total();

    // The ledger insert waits, so the server can be lost after the sale's
    // rows went in and before it commits.
    t->exec(QStringLiteral("CREATE FUNCTION slow_points() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           "BEGIN PERFORM pg_sleep(60); RETURN NEW; END $$; "
                           "CREATE TRIGGER slow_points BEFORE INSERT ON points_ledger FOR EACH ROW "
                           "EXECUTE FUNCTION slow_points();"));
    const QStringList before = t->snapshot();

    std::optional<Result<Receipt>> lost;
    std::thread till([&] { lost = sell(); });
    {
        const std::unique_ptr<SqlConnection> watcher = t->database().connect();
        QElapsedTimer waited;
        waited.start();
        while (watcher->queryInteger(
                   "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'") == 0 &&
               waited.elapsed() < 30000)
            QThread::msleep(20);
    }
    QString error;
    ASSERT_TRUE(server.stop(PostgresServer::Stop::Immediate, &error)) << error.toStdString();
    till.join();
    ASSERT_TRUE(lost.has_value());
    ASSERT_FALSE(lost->ok()) << "a sale committed on a server that crashed under it";
    EXPECT_EQ(lost->error().code(), ErrorCode::DatabaseError);
    EXPECT_TRUE(lost->error().message().contains(serverName()))
        << lost->error().message().toStdString();

    // While the server is away, paying is refused at once, saying why, and
    // the sale stays as it was.
    QElapsedTimer timer;
    timer.start();
    const Result<Receipt> refused = onScreen.pay({});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::DatabaseError);
    EXPECT_TRUE(refused.error().message().contains(serverName()))
        << refused.error().message().toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_FALSE(onScreen.isEmpty());
    EXPECT_EQ(onScreen.total(), due);

    start();
    t->exec(
        QStringLiteral("DROP TRIGGER slow_points ON points_ledger; DROP FUNCTION slow_points();"));
    EXPECT_EQ(t->snapshot(), before) << "the lost sale left something behind";

    const Result<Receipt> paid = onScreen.pay({});
    ASSERT_TRUE(paid.ok()) << paid.error().message().toStdString();
    EXPECT_EQ(paid->sale.receiptNo, QStringLiteral("T01-20261118-0002"));
    EXPECT_EQ(paid->sale.total(), due);
    EXPECT_EQ(paid->member->balance, 30 + 35);
    EXPECT_TRUE(onScreen.isEmpty());
}

// The server restarts between two operations (maintenance, a failover): the
// till's connection is dead, but nothing was in flight, so the next
// operation connects again by itself and nobody notices.
TEST_F(LosingTheServer, ARestartBetweenSalesGoesUnnoticed)
{
    ASSERT_TRUE(sell().ok());
    QString error;
    ASSERT_TRUE(server.stop(PostgresServer::Stop::Fast, &error)) << error.toStdString();
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    MemberService members(t->context());
    const Result<MemberView> shown = members.memberForCard(card);
    ASSERT_TRUE(shown.ok()) << shown.error().message().toStdString();
    ASSERT_TRUE(server.stop(PostgresServer::Stop::Fast, &error)) << error.toStdString();
    ASSERT_TRUE(server.start(&error)) << error.toStdString();
    const Result<Receipt> second = sell();
    ASSERT_TRUE(second.ok()) << second.error().message().toStdString();
    EXPECT_EQ(second->sale.receiptNo, QStringLiteral("T01-20261118-0003"));
}

namespace {

// The shape a store's schema has on an engine: each table with its columns,
// each index with its table, columns and uniqueness, each trigger's table.
// Types are left out (SQLite's INTEGER is PostgreSQL's BIGINT by design),
// and so is what PostgreSQL makes for itself (its primary keys' and UNIQUE
// constraints' indexes, which SQLite names sqlite_autoindex_*).
QStringList schemaShape(SqlConnection& db)
{
    QStringList shape;
    if (db.engine() == u"sqlite") {
        for (const SqlRow& t :
             db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                      "'sqlite_%' ORDER BY name")) {
            QStringList columns;
            for (const SqlRow& c :
                 db.query("SELECT name FROM pragma_table_info($1) ORDER BY name", {t.text(0)}))
                columns << c.text(0);
            shape << QStringLiteral("table %1(%2)").arg(t.text(0), columns.join(u','));
        }
        for (const SqlRow& i :
             db.query("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT "
                      "LIKE 'sqlite_autoindex_%' ORDER BY name")) {
            QStringList columns;
            for (const SqlRow& c :
                 db.query("SELECT name FROM pragma_index_info($1) ORDER BY seqno", {i.text(0)}))
                columns << c.text(0);
            const bool unique =
                db.queryInteger("SELECT \"unique\" FROM pragma_index_list($1) WHERE name = $2",
                                {i.text(1), i.text(0)}) != 0;
            shape << QStringLiteral("index %1 on %2(%3)%4")
                         .arg(i.text(0), i.text(1), columns.join(u','),
                              unique ? QStringLiteral(" unique") : QString());
        }
        for (const SqlRow& r : db.query("SELECT name, tbl_name FROM sqlite_master WHERE type = "
                                        "'trigger' ORDER BY name"))
            shape << QStringLiteral("trigger %1 on %2").arg(r.text(0), r.text(1));
    } else {
        for (const SqlRow& t : db.query("SELECT table_name FROM information_schema.tables WHERE "
                                        "table_schema = current_schema() ORDER BY table_name")) {
            QStringList columns;
            for (const SqlRow& c :
                 db.query("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                          "current_schema() AND table_name = $1 ORDER BY column_name",
                          {t.text(0)}))
                columns << c.text(0);
            shape << QStringLiteral("table %1(%2)").arg(t.text(0), columns.join(u','));
        }
        for (const SqlRow& i : db.query(
                 "SELECT ic.relname, tc.relname, ix.indisunique, "
                 "  (SELECT string_agg(a.attname, ',' ORDER BY k.n) "
                 "     FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n) "
                 "     JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = k.attnum) "
                 "FROM pg_index ix JOIN pg_class ic ON ic.oid = ix.indexrelid "
                 "JOIN pg_class tc ON tc.oid = ix.indrelid "
                 "JOIN pg_namespace ns ON ns.oid = tc.relnamespace "
                 "WHERE ns.nspname = current_schema() AND NOT ix.indisprimary "
                 "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid) "
                 "ORDER BY ic.relname"))
            shape << QStringLiteral("index %1 on %2(%3)%4")
                         .arg(i.text(0), i.text(1), i.text(3),
                              i.text(2) == u"t" || i.text(2) == u"1" || i.text(2) == u"true"
                                  ? QStringLiteral(" unique")
                                  : QString());
        for (const SqlRow& r :
             db.query("SELECT DISTINCT trigger_name, event_object_table FROM "
                      "information_schema.triggers WHERE trigger_schema = current_schema() "
                      "ORDER BY trigger_name"))
            shape << QStringLiteral("trigger %1 on %2").arg(r.text(0), r.text(1));
    }
    shape.sort();
    return shape;
}

} // namespace

// The migrations of both engines, step for step, give the same tables with
// the same columns, the same indexes on the same columns, and the same
// triggers: SqlStore's one SQL can count on either.
TEST_F(PostgresStore, BothEnginesMigrateToTheSameTablesColumnsIndexesAndTriggers)
{
    TestDatabase postgres;
    TestDatabase sqlite(TestDatabase::Engine::Sqlite);
    openStore(postgres.location());
    openStore(sqlite.location());
    const QStringList onPostgres = schemaShape(*postgres.connect());
    const QStringList onSqlite = schemaShape(*sqlite.connect());
    QStringList onlyPostgres;
    QStringList onlySqlite;
    for (const QString& s : onPostgres)
        if (!onSqlite.contains(s))
            onlyPostgres << s;
    for (const QString& s : onSqlite)
        if (!onPostgres.contains(s))
            onlySqlite << s;
    EXPECT_TRUE(onlyPostgres.isEmpty() && onlySqlite.isEmpty())
        << "only on PostgreSQL:\n  " << onlyPostgres.join(QStringLiteral("\n  ")).toStdString()
        << "\nonly on SQLite:\n  " << onlySqlite.join(QStringLiteral("\n  ")).toStdString();
    EXPECT_GT(onSqlite.size(), 50);
    // The comparison sees an index that one engine lacks.
    sqlite.connect()->execute("DROP INDEX sales_card");
    EXPECT_NE(schemaShape(*sqlite.connect()), onPostgres);
}
