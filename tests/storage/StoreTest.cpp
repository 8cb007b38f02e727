// Storage on the engine of the run: SQLite, or the PostgreSQL server
// $VIPTILL_TEST_POSTGRES names (CTest runs this file once for each).

#include "storage/Migrations.h"
#include "storage/SqlStore.h"
#include "support/TestStore.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace viptill;
using namespace viptill::test;

TEST(Store, MigrationsAreAppliedOnceInOrderAndRecorded)
{
    TestDatabase database;
    const std::unique_ptr<SqlConnection> probe = database.connect();
    const QList<Migration> migrations = migrationsFor(probe->engine());
    ASSERT_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        EXPECT_EQ(migrations.at(i).version, i + 1);
    {
        const std::unique_ptr<SqlConnection> db = database.connect();
        EXPECT_EQ(migrate(*db, migrations), migrations.size());
    }
    const std::unique_ptr<SqlConnection> db = database.connect();
    EXPECT_EQ(migrate(*db, migrations), migrations.size()); // idempotent
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM schema_migrations"), migrations.size());
}

TEST(Store, BothEnginesHaveTheSameMigrations)
{
    const QList<Migration> sqlite = migrationsFor(QStringLiteral("sqlite"));
    const QList<Migration> postgresql = migrationsFor(QStringLiteral("postgresql"));
    ASSERT_EQ(sqlite.size(), postgresql.size());
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(sqlite.at(i).version, postgresql.at(i).version);
        EXPECT_EQ(sqlite.at(i).name, postgresql.at(i).name);
    }
}

TEST(Store, AMissingMigrationStepIsRefused)
{
    TestDatabase database;
    const std::unique_ptr<SqlConnection> db = database.connect();
    EXPECT_THROW(
        migrate(*db, {{2, QStringLiteral("later"), QStringLiteral("CREATE TABLE x (a INTEGER);")}}),
        StorageError);
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM schema_migrations"), 0);
}

// Tills switched on together against a new database: each step is applied
// once, and every till opens.
TEST(Store, TillsOpeningANewDatabaseTogetherApplyEachStepOnce)
{
    TestDatabase database;
    constexpr int Tills = 8;
    std::vector<std::thread> tills;
    std::vector<QString> failures(Tills);
    std::vector<int> versions(Tills, 0);
    for (int i = 0; i < Tills; ++i) {
        tills.emplace_back([&, i] {
            try {
                versions[static_cast<std::size_t>(i)] =
                    openStore(database.location())->schemaVersion();
            } catch (const StorageError& e) {
                failures[static_cast<std::size_t>(i)] = QString::fromUtf8(e.what());
            }
        });
    }
    for (std::thread& till : tills)
        till.join();
    const int expected =
        static_cast<int>(migrationsFor(database.onPostgres() ? QStringLiteral("postgresql")
                                                             : QStringLiteral("sqlite"))
                             .size());
    for (int i = 0; i < Tills; ++i) {
        EXPECT_TRUE(failures[static_cast<std::size_t>(i)].isEmpty())
            << failures[static_cast<std::size_t>(i)].toStdString();
        EXPECT_EQ(versions[static_cast<std::size_t>(i)], expected);
    }
    EXPECT_EQ(database.connect()->queryInteger("SELECT COUNT(*) FROM schema_migrations"), expected);
}

TEST(Store, ThePointsLedgerIsAppendOnly)
{
    TestStore t;
    t.seedCatalogue();
    t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    for (const char* change :
         {"UPDATE points_ledger SET points = 9999", "DELETE FROM points_ledger",
          "DELETE FROM sales", "UPDATE sale_lines SET qty = 9", "DELETE FROM sale_lines"}) {
        try {
            t.exec(QString::fromLatin1(change));
            ADD_FAILURE() << change << " went through";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << change;
        }
    }
    EXPECT_EQ(t.store().pointsBalance(1), 30);
}

TEST(Store, ATransactionRollsBackUnlessCommitted)
{
    TestStore t;
    {
        Transaction outer = t.store().transaction();
        t.store().setSetting(QStringLiteral("a"), QStringLiteral("1"));
        {
            Transaction inner = t.store().transaction();
            t.store().setSetting(QStringLiteral("b"), QStringLiteral("2"));
        } // inner rolled back to its savepoint
        outer.commit();
    }
    EXPECT_EQ(t.store().setting(QStringLiteral("a")), QStringLiteral("1"));
    EXPECT_FALSE(t.store().setting(QStringLiteral("b")).has_value());
    {
        Transaction dropped = t.store().transaction();
        t.store().setSetting(QStringLiteral("c"), QStringLiteral("3"));
    }
    EXPECT_FALSE(t.store().setting(QStringLiteral("c")).has_value());
    EXPECT_FALSE(t.store().inTransaction());
}

// A savepoint rolled back after a failed statement leaves the outer
// transaction usable (PostgreSQL would otherwise refuse all that follows).
TEST(Store, AFailedStepInsideASavepointDoesNotSpoilTheOuterTransaction)
{
    TestStore t;
    {
        Transaction outer = t.store().transaction();
        t.store().ensureCounter(QStringLiteral("女装"));
        try {
            Transaction inner = t.store().transaction();
            t.store().ensureCounter(QString(41, u'长')); // longer than a counter name may be
            inner.commit();
            ADD_FAILURE() << "a 41-character counter name went in";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Constraint);
        }
        t.store().ensureCounter(QStringLiteral("男装"));
        outer.commit();
    }
    EXPECT_TRUE(t.store().counterByName(QStringLiteral("女装")).has_value());
    EXPECT_TRUE(t.store().counterByName(QStringLiteral("男装")).has_value());
}

TEST(Store, ADuplicateOrAMissingReferenceIsAConstraintViolation)
{
    TestStore t;
    t.seedCatalogue();
    t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    Member twin = *t.store().member(1);
    twin.mobile = QStringLiteral("13900000000");
    try {
        t.store().insertMember(twin); // the same ID number
        ADD_FAILURE() << "a second member with the same ID number went in";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << e.what();
    }
    Card card;
    card.number = QStringLiteral("8800000000997");
    card.memberId = 99;
    card.generation = 1;
    card.status = CardStatus::Pending;
    try {
        t.store().insertCard(card, t.clock().now()); // no member 99
        ADD_FAILURE() << "a card for no member went in";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << e.what();
    }
}

TEST(Store, TheLocationChoosesTheEngine)
{
    EXPECT_TRUE(isServerLocation(QStringLiteral("postgresql://till@db.store.lan/viptill")));
    EXPECT_TRUE(isServerLocation(QStringLiteral("postgres://db.store.lan:5433/viptill")));
    EXPECT_TRUE(isServerLocation(QStringLiteral("PostgreSQL://db/viptill")));
    EXPECT_FALSE(isServerLocation(QStringLiteral("/var/lib/viptill/viptill.db")));
    EXPECT_FALSE(isServerLocation(QStringLiteral("postgresql.db")));
    EXPECT_FALSE(isServerLocation(QStringLiteral("backups/postgresql://x.db")));
}

TEST(Store, APasswordIsNeverShown)
{
    EXPECT_EQ(displayLocation(QStringLiteral("postgresql://till:s3cret@db.store.lan:5432/viptill")),
              QStringLiteral("postgresql://till:***@db.store.lan:5432/viptill"));
    EXPECT_EQ(displayLocation(
                  QStringLiteral("postgres://db.store.lan/viptill?user=till&password=s3cret")),
              QStringLiteral("postgres://db.store.lan/viptill?user=till&password=***"));
    EXPECT_EQ(displayLocation(QStringLiteral("postgresql://till@db.store.lan/viptill")),
              QStringLiteral("postgresql://till@db.store.lan/viptill"));
    EXPECT_EQ(displayLocation(QStringLiteral("/var/lib/viptill/a:b@c.db")),
              QStringLiteral("/var/lib/viptill/a:b@c.db"));
}

// A store set up before version 9 kept its programme's numbers as plain
// settings: they become standing setting changes, and hold as before.
TEST(Store, SettingsOfAStoreBeforeVersion9KeepTheirValues)
{
    TestDatabase database;
    const std::unique_ptr<SqlConnection> db = database.connect();
    const QList<Migration> all = migrationsFor(db->engine());
    migrate(*db, all.mid(0, 8));
    db->execute("INSERT INTO settings (key, value) VALUES ('gold_rate', '0.90'), "
                "('calls_per_member_per_year', '6'), ('terminal', 'T05')");
    migrate(*db, all);
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM settings WHERE key IN ('gold_rate', "
                               "'calls_per_member_per_year')"),
              0);
    EXPECT_EQ(db->queryOne("SELECT value FROM settings WHERE key = 'terminal'")->text(0),
              QStringLiteral("T05"));
    const std::unique_ptr<Store> store = openStore(database.location());
    QStringList held;
    for (const SettingChange& c : store->settingChangesHolding(QDate(2026, 11, 18)))
        held << c.key + u'=' + c.value;
    held.sort();
    EXPECT_EQ(held,
              (QStringList{QStringLiteral("calls_per_year=6"), QStringLiteral("gold_rate=0.90")}));
}

namespace {

// The ledger's indexes and triggers, each with its definition where the
// engine keeps it as text (SQLite).
QStringList ledgerIndexesAndTriggers(SqlConnection& db)
{
    QStringList found;
    const std::vector<SqlRow> rows =
        db.engine() == u"sqlite"
            ? db.query("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master "
                       "WHERE tbl_name = 'points_ledger' AND type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL")
            : db.query("SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes "
                       "WHERE tablename = 'points_ledger' UNION ALL "
                       "SELECT 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) "
                       "FROM pg_trigger WHERE tgrelid = 'points_ledger'::regclass "
                       "AND NOT tgisinternal");
    for (const SqlRow& row : rows)
        found << row.text(0);
    found.sort();
    return found;
}

QStringList ledgerRows(SqlConnection& db)
{
    QStringList rows;
    for (const SqlRow& row :
         db.query("SELECT id, member_id, kind, points, at, day, note, chain_seq, mac "
                  "FROM points_ledger ORDER BY id")) {
        QStringList cells;
        for (std::size_t c = 0; c < row.size(); ++c)
            cells << row.text(c);
        rows << cells.join(u'|');
    }
    return rows;
}

} // namespace

// Migration 10 lets the ledger take the member import's kinds: on SQLite by
// making the table anew. The rows, their chains, every index and trigger it
// had (append-only, the closed day) are as they were.
TEST(Store, TheLedgerTakesTheImportKindsAndKeepsItsRowsChainsIndexesAndTriggers)
{
    TestDatabase database;
    std::unique_ptr<SqlConnection> probe = database.connect();
    const QList<Migration> all = migrationsFor(probe->engine());
    ASSERT_GE(all.size(), 10);
    const QList<Migration> beforeImports = all.first(9);
    const QDateTime at(QDate(2026, 11, 10), QTime(10, 0));
    Id member = 0;
    {
        std::unique_ptr<SqlConnection> db = database.connect();
        ASSERT_EQ(migrate(*db, beforeImports), 9);
        SqlStore store(std::move(db));
        store.setChainKey(testAuditKey());
        store.setPersonalKey(testPersonalKey());
        Member m;
        m.name = QStringLiteral("陈静");
        m.gender = u'F';
        m.birthday = QDate(1980, 4, 12);
        m.idNumber = idNumberFor(m.birthday);
        m.mobile = QStringLiteral("13600000001");
        m.address = QStringLiteral("上海市");
        m.category = QStringLiteral("女装");
        m.joinedAt = at;
        member = store.insertMember(m);
        store.appendPoints({member, PointsKind::Earn, 300, {}, {}, {}, at, QStringLiteral("a")});
        store.appendPoints({member, PointsKind::Bonus, 10, {}, {}, {}, at, QStringLiteral("b")});
        store.appendPoints({member, PointsKind::Adjust, -50, {}, {}, {}, at.addDays(1), {}});
    }
    const QStringList schemaBefore = ledgerIndexesAndTriggers(*probe);
    const QStringList rowsBefore = ledgerRows(*probe);
    ASSERT_EQ(rowsBefore.size(), 3);
    probe->execute("INSERT INTO day_closes (day, closed_at, closed_by, tickets, tickets_fen, "
                   "vip_tickets_fen, items, returns, refunded_fen, vip_refunded_fen, new_members, "
                   "points_earned, points_reversed, points_redeemed, redemptions, "
                   "redemption_cost_fen, points_outstanding) VALUES ('2026-11-12', "
                   "'2026-11-12T22:00:00', 'cli', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 260)");

    std::unique_ptr<Store> store = openStore(database.location()); // migration 10
    EXPECT_EQ(store->schemaVersion(), all.last().version);
    store->setChainKey(testAuditKey());
    store->setPersonalKey(testPersonalKey());
    EXPECT_EQ(ledgerRows(*probe).join(u'\n').toStdString(), rowsBefore.join(u'\n').toStdString());
    EXPECT_EQ(ledgerIndexesAndTriggers(*probe).join(u'\n').toStdString(),
              schemaBefore.join(u'\n').toStdString());
    const ChainReport chains = store->verifyChains();
    EXPECT_FALSE(chains.firstBad.has_value()) << chains.firstBad->reason.toStdString();
    EXPECT_EQ(chains.entries, 3);

    const QDateTime today(QDate(2026, 11, 18), QTime(9, 0));
    store->appendPoints({member, PointsKind::Import, 100, {}, {}, {}, today, {}});
    store->appendPoints({member, PointsKind::ImportUsed, -40, {}, {}, {}, today, {}});
    EXPECT_EQ(store->pointsBalance(member), 260 + 100 - 40);
    EXPECT_EQ(store->pointsLifetime(member), 310 + 100);
    EXPECT_FALSE(store->verifyChains().firstBad.has_value());
    for (const char* change :
         {"UPDATE points_ledger SET points = 9999", "DELETE FROM points_ledger",
          "INSERT INTO points_ledger (member_id, "
          "kind, points, at, day) VALUES (1, "
          "'gift', 1, 'x', '2026-11-18')"}) {
        try {
            probe->execute(change);
            ADD_FAILURE() << change << " went through";
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Constraint) << change;
        }
    }
    try {
        store->appendPoints({member, PointsKind::Adjust, 5, {}, {}, {}, at.addDays(2), {}});
        ADD_FAILURE() << "a row dated a closed day went in";
    } catch (const StorageError& e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("the day is closed")));
    }
}

TEST(Store, TwoMigrationsOfOneNumberAreRefused)
{
    // Two branches that each took the same number: the runner would apply only the
    // first file of it, silently.
    TestDatabase database;
    for (const char* name : {"0001_first.sql", "0002_ours.sql", "0002_theirs.sql"}) {
        QFile file(database.filePath(QStringLiteral("migrations/") + QString::fromLatin1(name)));
        QDir().mkpath(database.filePath(QStringLiteral("migrations")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("SELECT 1;");
    }
    try {
        migrationsIn(database.filePath(QStringLiteral("migrations")));
        ADD_FAILURE() << "two migrations numbered 2 were read";
    } catch (const StorageError& e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("numbered 2"))) << e.what();
    }
}
