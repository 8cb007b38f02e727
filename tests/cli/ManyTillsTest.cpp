// Many tills at once: 16 viptillctl processes, each with a terminal code of
// its own, ring up sales for a handful of shared members while others redeem
// their points, round after round, all started together. Then the books must
// add up exactly: every committed sale's points in the ledger once, no
// receipt number twice, no redemption spending points that were not there,
// and the members' sales in one serial order. TillRun against one SQLite file
// (writers queue on its lock) and against the PostgreSQL server
// (serializable transactions, run again on conflict).

#include "CliFixture.h"
#include "services/StoreKeys.h"
#include "support/TestDatabase.h"
#include "support/TestStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <sodium.h>
#include <vector>

using namespace viptill;
using namespace viptill::test;

namespace {

constexpr int Tills = 16;
constexpr int Redeemers = 4; // the last four tills redeem; the others sell
constexpr int Rounds = 6;
constexpr int Members = 3;
constexpr std::int64_t JoiningPoints = 40; // two 200-yuan creams
constexpr std::int64_t DiamondAt = 8000;

const QString Watch = QStringLiteral("6904000000014"); // 3000.00, 钟表
const QString Cream = QStringLiteral("6903000000015"); // 200.00, 美妆: the gift

struct TillRun
{
    QStringList args;
    int exit = -1;
    QJsonObject json;
    QByteArray out;
};

class ManyTills : public ::testing::Test
{
protected:
    // The store's key file, which every till holds a copy of; a training
    // store (its clock is set) with its staff.
    void SetUp() override
    {
        ASSERT_TRUE(KeyFile::create(keyFile()).ok());
        const TillRun training = one({QStringLiteral("init"), QStringLiteral("--training")});
        ASSERT_EQ(training.exit, 0) << training.out.toStdString();
        addStaff(database.location(), keyFile());
        cheapenPins();
    }

    // Here every command of sixteen tills logs in at once, where a real till
    // logs in once a shift. The log-in hashes the PIN inside its write
    // transaction, which on SQLite holds the store's lock for the hash's
    // tenth of a second: so that the race stays the sales', the PINs are
    // hashed at libsodium's lowest cost (a log-in checks any Argon2id hash).
    void cheapenPins() const
    {
        ASSERT_GE(sodium_init(), 0);
        const std::unique_ptr<SqlConnection> db = database.connect();
        for (const StaffLogIn& who : {Cashier, Desk, Manager}) {
            const QByteArray pin = who.pin.toUtf8();
            char hash[crypto_pwhash_STRBYTES];
            ASSERT_EQ(crypto_pwhash_str(hash, pin.constData(),
                                        static_cast<unsigned long long>(pin.size()),
                                        crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN),
                      0);
            db->execute("UPDATE staff SET pin_hash = $1 WHERE number = $2",
                        {QString::fromLatin1(hash), who.number});
        }
    }
    QString keyFile() const { return database.filePath(QStringLiteral("store.keys")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIPTILL_DB"), database.location());
        env.insert(QStringLiteral("VIPTILL_KEYS"), keyFile());
        env.insert(QStringLiteral("VIPTILL_NOW"), QStringLiteral("2026-11-18T10:00:00"));
        env.insert(QStringLiteral("VIPTILL_LANG"), QStringLiteral("en"));
        // The manager's session: imports, joining, redemptions. The tills'
        // sales name their cashier.
        env.insert(QStringLiteral("VIPTILL_STAFF"), Manager.number);
        env.insert(QStringLiteral("VIPTILL_PIN"), Manager.pin);
        return env;
    }

    // Starts every command at once, one process each, and waits for all.
    std::vector<TillRun> together(const std::vector<QStringList>& commands) const
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (const QStringList& args : commands) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(environment());
            p->start(QStringLiteral(VIPTILLCTL_PATH), args);
            processes.push_back(std::move(p));
        }
        std::vector<TillRun> runs;
        for (std::size_t i = 0; i < processes.size(); ++i) {
            QProcess& p = *processes[i];
            TillRun r;
            r.args = commands[i];
            EXPECT_TRUE(p.waitForFinished(120000)) << commands[i].join(u' ').toStdString();
            r.exit = p.exitCode();
            r.out = p.readAllStandardOutput();
            r.json = QJsonDocument::fromJson(r.out).object();
            runs.push_back(r);
        }
        return runs;
    }

    TillRun one(const QStringList& args) const { return together({args}).front(); }

    TestDatabase database;
};

std::int64_t integerOf(const QJsonObject& o, const char* key)
{
    return o[QString::fromLatin1(key)].toInteger();
}

// The points a sale of `totalFen` earns with no multiplier rule: one per 10
// yuan paid, and 10 more when that makes 200 or more.
std::int64_t expectedPoints(std::int64_t totalFen)
{
    const std::int64_t base = totalFen / 1000;
    return base + (base >= 200 ? 10 : 0);
}

struct MemberSale
{
    QString receiptNo;
    std::int64_t totalFen = 0;
    std::int64_t earned = 0;
    std::int64_t lifetime = 0;
    QString tier;
    bool upgraded = false;
};

} // namespace

TEST_F(ManyTills, SalesAndRedemptionsForSharedMembersAddUp)
{
    QFile csv(database.filePath(QStringLiteral("items.csv")));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("barcode,name,counter,price,special\n"
              "6904000000014,天王表 机械男表,钟表,3000.00,0\n"
              "6903000000015,自然堂 保湿面霜,美妆,200.00,0\n");
    csv.close();
    const TillRun stocked =
        one({QStringLiteral("product"), QStringLiteral("import"), csv.fileName()});
    ASSERT_EQ(stocked.exit, 0) << stocked.out.toStdString();

    QStringList cards;
    for (int m = 0; m < Members; ++m) {
        const TillRun walkIn = one({QStringLiteral("sale"), Cream + QStringLiteral("*2")});
        ASSERT_EQ(walkIn.exit, 0) << walkIn.out.toStdString();
        const QDate birthday(1980 + m, 3, 10);
        const TillRun joined =
            one({QStringLiteral("member"), QStringLiteral("register"), QStringLiteral("--name"),
                 QStringLiteral("会员%1").arg(m), QStringLiteral("--gender"), QStringLiteral("F"),
                 QStringLiteral("--birthday"), birthday.toString(Qt::ISODate),
                 QStringLiteral("--id-number"), idNumberFor(birthday, 100 + m),
                 QStringLiteral("--mobile"), QStringLiteral("1380000000%1").arg(m),
                 QStringLiteral("--address"), QStringLiteral("上海市黄浦区南京东路1号"),
                 QStringLiteral("--category"), QStringLiteral("钟表"), QStringLiteral("--receipt"),
                 walkIn.json[QStringLiteral("receipt_no")].toString()});
        ASSERT_EQ(joined.exit, 0) << joined.out.toStdString();
        ASSERT_EQ(integerOf(joined.json, "points_balance"), JoiningPoints);
        cards << joined.json[QStringLiteral("card_number")].toString();
    }

    // Round r: till t sells two watches to member (t + r) % 3, or, for the
    // last four tills, redeems 1000 points of member r % 3 for a cream: four
    // redemptions of one member racing each other and four of its sales.
    std::vector<TillRun> sales;
    std::vector<TillRun> redemptions;
    for (int round = 0; round < Rounds; ++round) {
        std::vector<QStringList> commands;
        for (int till = 0; till < Tills; ++till) {
            const QString terminal = QStringLiteral("K%1").arg(till + 1, 2, 10, QLatin1Char('0'));
            if (till < Tills - Redeemers)
                commands.push_back({QStringLiteral("--terminal"), terminal, QStringLiteral("sale"),
                                    QStringLiteral("--card"), cards.at((till + round) % Members),
                                    Watch + QStringLiteral("*2"), QStringLiteral("--staff"),
                                    Cashier.number, QStringLiteral("--pin"), Cashier.pin});
            else
                commands.push_back({QStringLiteral("--terminal"), terminal,
                                    QStringLiteral("redeem"), QStringLiteral("--card"),
                                    cards.at(round % Members), QStringLiteral("--points"),
                                    QStringLiteral("1000"), QStringLiteral("--barcode"), Cream});
        }
        for (TillRun& r : together(commands))
            (r.args.at(2) == u"sale" ? sales : redemptions).push_back(r);
    }

    // Every sale went through; a redemption went through or was refused for
    // want of points, never for the database's sake.
    std::map<QString, std::vector<MemberSale>> salesOf; // by card
    QSet<QString> receiptNumbers;
    std::map<QString, QStringList> receiptsOfTerminal;
    for (const TillRun& r : sales) {
        ASSERT_EQ(r.exit, 0) << r.args.join(u' ').toStdString() << " → " << r.out.toStdString();
        const QString receiptNo = r.json[QStringLiteral("receipt_no")].toString();
        EXPECT_FALSE(receiptNumbers.contains(receiptNo))
            << "receipt " << receiptNo.toStdString() << " given twice";
        receiptNumbers << receiptNo;
        receiptsOfTerminal[r.args.at(1)] << receiptNo;
        const QJsonObject points = r.json[QStringLiteral("points")].toObject();
        MemberSale s{receiptNo,
                     integerOf(r.json, "total_fen"),
                     integerOf(points, "earned"),
                     integerOf(points, "lifetime"),
                     r.json[QStringLiteral("tier")].toString(),
                     r.json[QStringLiteral("upgraded_to")].toString() == u"diamond"};
        EXPECT_EQ(s.earned, expectedPoints(s.totalFen)) << receiptNo.toStdString();
        EXPECT_EQ(s.totalFen, s.tier == u"gold" ? 528000 : 480000) << receiptNo.toStdString();
        salesOf[r.args.at(4)].push_back(s);
    }
    std::map<QString, int> redeemedBy; // card → redemptions that went through
    for (const TillRun& r : redemptions) {
        if (r.exit == 0) {
            ++redeemedBy[r.args.at(4)];
            EXPECT_GE(integerOf(r.json, "points_balance"), 0) << r.out.toStdString();
            continue;
        }
        EXPECT_EQ(r.exit, 1) << r.out.toStdString();
        EXPECT_EQ(r.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
                  QStringLiteral("INSUFFICIENT_POINTS"))
            << r.out.toStdString();
    }
    int redeemed = 0;
    for (const auto& [card, count] : redeemedBy)
        redeemed += count;
    EXPECT_GT(redeemed, 0) << "no redemption went through: the race was never run";

    // Each till's receipts run 0001, 0002, … without a gap or a repeat.
    for (const auto& [terminal, numbers] : receiptsOfTerminal) {
        for (int i = 0; i < numbers.size(); ++i)
            EXPECT_EQ(
                numbers.at(i),
                QStringLiteral("%1-20261118-%2").arg(terminal).arg(i + 1, 4, 10, QLatin1Char('0')));
    }

    const std::unique_ptr<SqlConnection> db = database.connect();
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM sales"),
              static_cast<std::int64_t>(Members + sales.size()));
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM redemptions"), redeemed);
    for (const TillRun& r : sales) {
        const QString receiptNo = r.json[QStringLiteral("receipt_no")].toString();
        const std::optional<SqlRow> row = db->queryOne(
            "SELECT s.total_fen, s.points_earned, (SELECT COALESCE(SUM(l.points), 0) FROM "
            "points_ledger l WHERE l.sale_id = s.id) FROM sales s WHERE s.receipt_no = $1",
            {receiptNo});
        ASSERT_TRUE(row.has_value()) << receiptNo.toStdString() << " reported but not kept";
        EXPECT_EQ(row->integer(0), integerOf(r.json, "total_fen"));
        const std::int64_t earned =
            integerOf(r.json[QStringLiteral("points")].toObject(), "earned");
        EXPECT_EQ(row->integer(1), earned);
        EXPECT_EQ(row->integer(2), earned) << receiptNo.toStdString() << ": ledger disagrees";
    }

    for (int m = 0; m < Members; ++m) {
        const QString& card = cards.at(m);
        const Id memberId =
            db->queryInteger("SELECT member_id FROM cards WHERE number = $1", {card});
        const TillRun shown =
            one({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), card});
        ASSERT_EQ(shown.exit, 0) << shown.out.toStdString();
        std::vector<MemberSale> chain = salesOf[card];
        std::int64_t earned = 0;
        for (const MemberSale& s : chain)
            earned += s.earned;

        // The ledger holds what the committed sales earned and the
        // redemptions spent, nothing more and nothing less.
        const std::int64_t ledgerEarned = db->queryInteger(
            "SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = $1 AND kind IN "
            "('earn', 'bonus')",
            {memberId});
        const std::int64_t ledgerSpent = db->queryInteger(
            "SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = $1 AND kind = "
            "'redeem'",
            {memberId});
        const std::int64_t ledgerSum = db->queryInteger(
            "SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = $1", {memberId});
        EXPECT_EQ(ledgerEarned, JoiningPoints + earned) << "member " << m;
        EXPECT_EQ(ledgerSpent, -1000 * redeemedBy[card]) << "member " << m;
        EXPECT_EQ(integerOf(shown.json, "points_balance"), ledgerSum) << "member " << m;
        EXPECT_GE(ledgerSum, 0) << "member " << m << " overspent";
        EXPECT_EQ(
            db->queryInteger("SELECT COUNT(*) FROM redemptions WHERE member_id = $1", {memberId}),
            redeemedBy[card]);

        // One serial order: each sale saw exactly the lifetime the one before
        // it left, so no sale was lost, doubled or priced on stale points.
        std::sort(chain.begin(), chain.end(),
                  [](const MemberSale& a, const MemberSale& b) { return a.lifetime < b.lifetime; });
        std::int64_t lifetime = JoiningPoints;
        int upgrades = 0;
        for (const MemberSale& s : chain) {
            EXPECT_EQ(s.lifetime - s.earned, lifetime)
                << "member " << m << ", " << s.receiptNo.toStdString();
            // Gold until the sale that took lifetime to 8000, diamond after.
            EXPECT_EQ(s.tier,
                      lifetime >= DiamondAt ? QStringLiteral("diamond") : QStringLiteral("gold"))
                << s.receiptNo.toStdString();
            EXPECT_EQ(s.upgraded, lifetime < DiamondAt && s.lifetime >= DiamondAt)
                << s.receiptNo.toStdString();
            upgrades += s.upgraded ? 1 : 0;
            lifetime = s.lifetime;
        }
        EXPECT_EQ(integerOf(shown.json, "points_lifetime"), lifetime) << "member " << m;
        EXPECT_EQ(shown.json[QStringLiteral("tier")].toString(),
                  lifetime >= DiamondAt ? QStringLiteral("diamond") : QStringLiteral("gold"));
        EXPECT_EQ(upgrades, lifetime >= DiamondAt ? 1 : 0) << "member " << m;
        EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM sales WHERE points_member_id = $1 AND "
                                   "upgraded_to = 'diamond'",
                                   {memberId}),
                  upgrades);
    }
}
