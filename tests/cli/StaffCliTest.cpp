// Who does it, and training stores (shared/docs/cli.md): every command that
// changes the store runs in a logged-in staff member's name whose role allows
// it, and is refused otherwise with nothing changed; $VIPTILL_NOW sets the
// clock of a training store only; a PostgreSQL server lost under viptillctl
// is a DATABASE_ERROR, never a crash.

#include "CliFixture.h"
#include "cli/CommandTable.h"
#include "services/StoreKeys.h"
#include "storage/Store.h"
#include "support/PostgresServer.h"
#include "support/TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

QString t(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList words(const char* line)
{
    return t(line).split(u' ', Qt::SkipEmptyParts);
}

QStringList as(const StaffLogIn& who, const QString& pin)
{
    return {t("--staff"), who.number, t("--pin"), pin};
}

const QString Watch = t("6904000000014"); // 3000.00, 钟表
const QString Shirt = t("6902000000016"); // 559.00, 男装
const QString Cream = t("6903000000022"); // 400.00, 美妆
const QString Flask = t("6905000000013"); // 100.00, 特卖 (special price)
const QDate BirthdayA(1985, 5, 20);
const QDate BirthdayB(1990, 8, 8);

class WhoDoesIt : public CliFixture
{
protected:
    QString file(const char* name, const QByteArray& text = {})
    {
        const QString path = dir.filePath(t(name));
        if (!text.isEmpty()) {
            QFile f(path);
            EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        }
        return path;
    }

    void stock()
    {
        const CtlRun imported =
            ctl({t("product"), t("import"),
                 file("items.csv", "barcode,name,counter,price,special\n"
                                   "6901000000017,歌莉娅 真丝连衣裙,女装,500.00,0\n"
                                   "6902000000016,雅戈尔 商务衬衫,男装,559.00,0\n"
                                   "6903000000022,自然堂 眼霜,美妆,400.00,0\n"
                                   "6904000000014,天王表 机械男表,钟表,3000.00,0\n"
                                   "6905000000013,清仓 保温杯,特卖,100.00,1\n")});
        ASSERT_EQ(imported.exit, 0) << imported.out.toStdString();
    }

    QString sell(const QString& item)
    {
        const CtlRun sold = ctl({t("sale"), item});
        EXPECT_EQ(sold.exit, 0) << sold.out.toStdString();
        return sold.json[t("receipt_no")].toString();
    }

    QStringList registerArgs(const QString& name, QDate birthday, const QString& mobile,
                             const QString& receipt)
    {
        return {t("member"),      t("register"),
                t("--name"),      name,
                t("--gender"),    t("F"),
                t("--birthday"),  birthday.toString(Qt::ISODate),
                t("--id-number"), idNumberFor(birthday),
                t("--mobile"),    mobile,
                t("--address"),   t("北京市朝阳区建国路1号"),
                t("--category"),  t("钟表"),
                t("--receipt"),   receipt};
    }

    // What scripts can see of the store: the day, the first member, the trail.
    QList<QJsonObject> seen()
    {
        return {ctl({t("report"), t("day")}).json,
                ctl({t("member"), t("show"), t("--member"), t("1")}).json,
                QJsonObject{{t("ok"), ctl({t("audit"), t("verify")}).json[t("ok")]}}};
    }

    std::int64_t idOf(const StaffLogIn& who) const
    {
        return database.connect()->queryInteger("SELECT id FROM staff WHERE number = $1",
                                                {who.number});
    }
};

struct Writing
{
    QStringList args;
    std::optional<StaffLogIn> allowed; // the least role that may run it
    std::optional<StaffLogIn> tooLow;  // a role that may not; none: every role may
    // Run by `allowed`: exit 0 (empty), refused with this code for a business
    // reason (so the staff check came first), or not run at all (none).
    std::optional<QString> thenAllowed;
};

} // namespace

// Each command that changes the store, refused without a staff member, with
// a wrong PIN and with a role that may not run it: exit 1, the code named in
// cli.md, and nothing changed but the log-in itself; then the role that may
// runs it.
TEST_F(WhoDoesIt, EveryWritingCommandNeedsStaffWhoseRoleAllowsIt)
{
    stock();
    const QString joining = sell(Watch + t("*5")); // 15000 yuan: diamond, 1510 points
    ASSERT_EQ(ctl(registerArgs(t("王秀英"), BirthdayA, t("13812345678"), joining)).exit, 0);
    const QString walkIn = sell(Shirt);
    const QString returned = sell(Shirt);
    const CtlRun redeemed = ctl(words("redeem --member 1 --points 1500 --barcode 6903000000022"));
    ASSERT_EQ(redeemed.exit, 0) << redeemed.out.toStdString();
    const QString redemption = QString::number(redeemed.json[t("redemption_id")].toInteger());
    const QString catalogue = file("more.csv", "barcode,name,counter,price,special\n"
                                               "6906000000012,李宁 跑步鞋,运动,499.00,0\n");

    const std::vector<Writing> writes{
        {{t("sale"), Shirt}, Cashier, std::nullopt, t("")},
        {{t("return"), t("--receipt"), returned}, Manager, Desk, t("")},
        {registerArgs(t("张敏"), BirthdayB, t("13912345678"), walkIn), Desk, Cashier, t("")},
        {{t("card"), t("replace"), t("--member"), t("2"), t("--id-number"), idNumberFor(BirthdayB),
          t("--reason"), t("lost")},
         Desk,
         Cashier,
         t("")},
        {words("card write --member 2 --reader pn532_uart:/dev/null --wait 1"), Desk, Cashier,
         std::nullopt},
        {words("redeem --member 1 --points 1500 --barcode 6903000000022"), Manager, Desk,
         t("INSUFFICIENT_POINTS")},
        {{t("redeem"), t("cancel"), t("--redemption"), redemption}, Manager, Desk, t("")},
        {{t("product"), t("import"), catalogue}, Manager, Desk, t("")},
        {{t("product"), t("import"), t("--dry-run"), catalogue}, Manager, Desk, t("")},
        {words("product price --barcode 6903000000022 --price 388.00"), Manager, Desk, t("")},
        {words("product special --barcode 6905000000013 --set 0"), Manager, Desk, t("")},
        {{t("counter"), t("promo"), t("--counter"), t("男装"), t("--rate"), t("0.90")},
         Manager,
         Desk,
         t("")},
        {{t("rule"), t("add"), t("--name"), t("周三双倍"), t("--multiplier"), t("2"),
          t("--weekdays"), t("3")},
         Manager,
         Desk,
         t("")},
        {words("crm revive --member 1"), Desk, Cashier, t("CARD_NOT_LAPSED")},
        {words("crm call log --call 1 --outcome no_answer"), Desk, Cashier, t("UNKNOWN_CALL")},
        {{t("crm"), t("outbox"), t("--csv"), file("outbox.csv")}, Desk, Cashier, t("")},
        {{t("crm"), t("template"), t("--occasion"), t("labour_day"), t("--text"),
          t("{name}劳动节快乐")},
         Manager,
         Desk,
         t("")},
        {words("crm classify"), Desk, Cashier, t("")},
        {words("crm daily"), Desk, Cashier, t("")},
        {words("crm settings --set lapse_days=400"), Manager, Desk, t("")},
        {words("member file --member 1"), Desk, Cashier, t("")},
        {words("member edit --member 1 --sizes M/37"), Desk, Cashier, t("")},
        {words("member export --member 1"), Desk, Cashier, t("")},
        {{t("points"), t("adjust"), t("--member"), t("1"), t("--points"), t("10"), t("--reason"),
          t("补登小票"), t("--approver"), Manager.number, t("--approver-pin"), Manager.pin},
         Desk,
         Cashier,
         t("")},
        {{t("report"), t("diamond-event"), t("--csv"), file("diamonds.csv")}, Manager, Desk, t("")},
        {{t("member"), t("erase"), t("--member"), t("2"), t("--approver"), Manager.number,
          t("--approver-pin"), Manager.pin},
         Desk,
         Cashier,
         t("")},
        {{t("restore"), t("--from"), file("no-such-copy.db")}, Manager, Desk, t("RESTORE_REFUSED")},
        {words("day close"), Manager, Desk, t("")},
    };

    staff.reset(); // nobody in the environment: each run names its staff
    for (const Writing& w : writes) {
        const std::string command = w.args.join(u' ').toStdString();
        const QStringList before = books();
        const QList<QJsonObject> shown = seen();
        auto refusedWith = [&](const QStringList& args, const char* code) {
            const CtlRun r = ctl(args);
            EXPECT_EQ(r.exit, 1) << command << " → " << r.out.toStdString();
            EXPECT_EQ(r.code(), t(code)) << command << " → " << r.out.toStdString();
            EXPECT_FALSE(r.json[t("error")].toObject()[t("message")].toString().isEmpty());
            EXPECT_EQ(books(), before) << command << " as " << code;
        };
        refusedWith(w.args, "STAFF_REQUIRED");
        refusedWith(w.args + as(*w.allowed, t("0000")), "WRONG_PIN");
        if (w.tooLow)
            refusedWith(w.args + as(*w.tooLow, w.tooLow->pin), "NOT_PERMITTED");
        EXPECT_EQ(seen(), shown) << command;
        if (!w.thenAllowed)
            continue;
        const CtlRun r = ctl(w.args + as(*w.allowed, w.allowed->pin));
        if (w.thenAllowed->isEmpty()) {
            EXPECT_EQ(r.exit, 0) << command << " → " << r.out.toStdString();
        } else {
            EXPECT_EQ(r.exit, 1) << command << " → " << r.out.toStdString();
            EXPECT_EQ(r.code(), *w.thenAllowed) << command << " → " << r.out.toStdString();
        }
    }
    // The trail holds every attempt and still checks.
    EXPECT_TRUE(ctl({t("audit"), t("verify")}).json[t("ok")].toBool());
}

// What reads needs nobody's PIN, whoever the environment names.
TEST_F(WhoDoesIt, ReadingCommandsNeedNoStaff)
{
    stock();
    staff.reset();
    for (const char* line :
         {"init", "member show --mobile 13800000000", "report day", "report range --month 2026-11",
          "report counters --month 2026-11", "report settlement --month 2026-11",
          "report diamond-event", "crm dormant", "crm lapsing", "crm lapsed", "crm calls",
          "crm feedback", "crm greetings", "crm classes", "crm template --occasion labour_day",
          "crm settings", "audit verify", "product history --barcode 6903000000022"}) {
        const CtlRun r = ctl(words(line));
        EXPECT_NE(r.code(), t("STAFF_REQUIRED")) << line << " → " << r.out.toStdString();
        EXPECT_TRUE(r.exit == 0 || r.code() == t("UNKNOWN_MEMBER"))
            << line << " → " << r.out.toStdString();
    }
}

// --staff/--pin before the command's words, after them, or the environment's;
// after the words wins, and number and PIN always go together.
TEST_F(WhoDoesIt, StaffComeBeforeOrAfterTheWordsOrFromTheEnvironment)
{
    stock();
    staff = Cashier;
    EXPECT_EQ(ctl(words("counter promo --counter 男装 --rate 0.90")).code(), t("NOT_PERMITTED"));
    EXPECT_EQ(ctl(words("counter promo --counter 男装 --rate 0.90 --staff 9001 --pin 9999")).exit,
              0);
    EXPECT_EQ(ctl(words("--staff 9001 --pin 9999 counter promo --counter 男装 --rate 0.85")).exit,
              0);
    // A PIN alone on the command line does not borrow the environment's number.
    EXPECT_EQ(ctl(words("counter promo --counter 男装 --rate 0.85 --pin 9999")).code(),
              t("STAFF_REQUIRED"));
    staff = Manager;
    EXPECT_EQ(ctl(words("counter promo --counter 男装 --rate 0.80")).exit, 0);
    EXPECT_EQ(ctl(words("counter promo --counter 男装 --rate 0.80 --staff 2001 --pin 2222")).code(),
              t("NOT_PERMITTED"));
    EXPECT_EQ(ctl(words("counter promo --counter 男装 --rate 0.80 --staff 8888 --pin 8888")).code(),
              t("UNKNOWN_STAFF"));
}

// Five wrong PINs lock the number as at a till: the right PIN is then
// refused too, and each attempt is in the audit trail.
TEST_F(WhoDoesIt, FiveWrongPinsLockTheNumberAsAtATill)
{
    stock();
    staff.reset();
    const QStringList sale{t("sale"), Shirt, t("--staff"), Cashier.number, t("--pin")};
    const QStringList before = books();
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(ctl(sale + QStringList{t("1234")}).code(), t("WRONG_PIN")) << i;
    const CtlRun locked = ctl(sale + QStringList{Cashier.pin});
    EXPECT_EQ(locked.exit, 1);
    EXPECT_EQ(locked.code(), t("STAFF_LOCKED")) << locked.out.toStdString();
    EXPECT_EQ(books(), before);
    EXPECT_EQ(database.connect()->queryInteger(
                  "SELECT COUNT(*) FROM staff_events WHERE action = 'wrong_pin'"),
              5);
    // 15 minutes on, the right PIN works again.
    EXPECT_EQ(ctl(sale + QStringList{Cashier.pin}, t("2026-11-18T10:16:00")).exit, 0);
}

// The books name who did it, where they used to say "cli" or nobody.
TEST_F(WhoDoesIt, TheBooksNameWhoDidIt)
{
    stock();
    const CtlRun sold =
        ctl({t("sale"), Watch, t("--staff"), Cashier.number, t("--pin"), Cashier.pin});
    ASSERT_EQ(sold.exit, 0) << sold.out.toStdString();
    const QString receipt = sold.json[t("receipt_no")].toString();
    ASSERT_EQ(ctl(registerArgs(t("王秀英"), BirthdayA, t("13812345678"), receipt)).exit, 0);
    ASSERT_EQ(ctl({t("return"), t("--receipt"), sell(Shirt)}).exit, 0);
    ASSERT_EQ(
        ctl({t("counter"), t("promo"), t("--counter"), t("男装"), t("--rate"), t("0.90")}).exit, 0);
    ASSERT_EQ(ctl({t("rule"), t("add"), t("--name"), t("生日双倍"), t("--multiplier"), t("2"),
                   t("--birthday")})
                  .exit,
              0);
    ASSERT_EQ(ctl(words("product price --barcode 6903000000022 --price 388.00")).exit, 0);
    const CtlRun closed = ctl(words("day close"), t("2026-11-18T21:00:00"));
    ASSERT_EQ(closed.exit, 0) << closed.out.toStdString();
    EXPECT_EQ(closed.json[t("closed_by")].toString(), Manager.number);

    const std::unique_ptr<SqlConnection> db = database.connect();
    EXPECT_EQ(db->queryInteger("SELECT staff_id FROM sales WHERE receipt_no = $1", {receipt}),
              idOf(Cashier));
    const std::optional<SqlRow> back = db->queryOne("SELECT staff_id, approver_id FROM returns");
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->integer(0), idOf(Manager));
    EXPECT_EQ(back->integer(1), idOf(Manager));
    for (const char* action : {"promotion", "rule_add", "price_change"}) {
        EXPECT_EQ(
            db->queryInteger("SELECT staff_id FROM staff_events WHERE action = $1", {t(action)}),
            idOf(Manager))
            << action;
    }
    // Every run that changed something began with its staff member's log-in.
    EXPECT_GE(db->queryInteger("SELECT COUNT(*) FROM staff_events WHERE action = 'login' AND "
                               "staff_id = $1",
                               {idOf(Cashier)}),
              1);
    EXPECT_TRUE(ctl({t("audit"), t("verify")}).json[t("ok")].toBool());
}

// Joining and card replacement name the desk clerk who ran them in the
// audit trail's tier and card entries, not only in the log-in before them.
TEST_F(WhoDoesIt, JoiningAndReplacementNameTheClerkInTheTrail)
{
    stock();
    const QString receipt = sell(Watch);
    staff = Desk;
    const CtlRun joined = ctl(registerArgs(t("王秀英"), BirthdayA, t("13812345678"), receipt));
    ASSERT_EQ(joined.exit, 0) << joined.out.toStdString();
    const QString member = QString::number(joined.json[t("member_id")].toInteger());
    const QString firstCard = joined.json[t("card_number")].toString();
    const CtlRun replaced = ctl({t("card"), t("replace"), t("--member"), member, t("--id-number"),
                                 idNumberFor(BirthdayA), t("--reason"), t("lost")});
    ASSERT_EQ(replaced.exit, 0) << replaced.out.toStdString();
    const std::unique_ptr<SqlConnection> db = database.connect();
    auto named = [&](const char* action, const QString& subject) {
        QList<std::int64_t> staffIds;
        for (const SqlRow& row : db->query("SELECT COALESCE(staff_id, 0) FROM staff_events WHERE "
                                           "action = $1 AND subject = $2 ORDER BY id",
                                           {t(action), subject}))
            staffIds << row.integer(0);
        return staffIds;
    };
    const std::int64_t clerk = idOf(Desk);
    EXPECT_EQ(named("tier", member), QList<std::int64_t>{clerk}) << "joined diamond";
    EXPECT_EQ(named("card", firstCard), (QList<std::int64_t>{clerk, clerk}))
        << "issued, then blocked as lost";
    EXPECT_EQ(named("card", replaced.json[t("card_number")].toString()),
              QList<std::int64_t>{clerk});
    EXPECT_TRUE(ctl({t("audit"), t("verify")}).json[t("ok")].toBool());
}

// `--help` lists every command of the published interface and VipTill's own.
TEST(CliHelp, NamesEveryCommandOfTheTable)
{
    const QStringList expected{t("init"),
                               t("product import"),
                               t("counter promo"),
                               t("rule add"),
                               t("sale"),
                               t("return"),
                               t("member register"),
                               t("member show"),
                               t("card replace"),
                               t("redeem"),
                               t("report day"),
                               t("demo"),
                               t("card write"),
                               t("card read"),
                               t("crm dormant"),
                               t("crm lapsing"),
                               t("crm lapsed"),
                               t("crm revive"),
                               t("crm calls"),
                               t("crm call log"),
                               t("crm feedback"),
                               t("crm greetings"),
                               t("crm outbox"),
                               t("crm template"),
                               t("crm classify"),
                               t("crm classes"),
                               t("crm daily"),
                               t("crm settings"),
                               t("member file"),
                               t("member edit"),
                               t("member export"),
                               t("member erase"),
                               t("points adjust"),
                               t("audit verify"),
                               t("backup"),
                               t("restore"),
                               t("check"),
                               t("keys create"),
                               t("report range"),
                               t("report counters"),
                               t("report settlement"),
                               t("report diamond-event"),
                               t("day close"),
                               t("redeem cancel"),
                               t("product price"),
                               t("product special"),
                               t("product history")};
    QProcess p;
    p.start(QStringLiteral(VIPTILLCTL_PATH), {t("--help")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    QStringList listed;
    static const QRegularExpression commandLine(t("^  ([a-z][a-z -]*?)(?: \\[?--| [A-Z\\[]|$)"),
                                                QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch& m : commandLine.globalMatch(help))
        listed << m.captured(1);
    for (const QString& command : expected)
        EXPECT_TRUE(listed.contains(command)) << command.toStdString() << " missing:\n"
                                              << help.toStdString();
    // And the table has nothing the help leaves out.
    for (const cli::Command& c : cli::commandTable())
        EXPECT_TRUE(listed.contains(c.words)) << c.words.toStdString();
    EXPECT_EQ(listed.size(), cli::commandTable().size());
    EXPECT_GE(listed.size(), expected.size());
}

namespace {

// A store as it is before anyone made it a training store: a live one.
class LiveStore : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(KeyFile::create(keyFile()).ok()); }

    CtlRun ctl(const QStringList& args, const QString& now,
               const std::optional<StaffLogIn>& who = Manager)
    {
        return runCtl(database.location(), keyFile(), args, now, who);
    }
    QString keyFile() const { return database.filePath(QStringLiteral("store.keys")); }
    void stock()
    {
        const QString csv = database.filePath(t("items.csv"));
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(
            "barcode,name,counter,price,special\n6902000000016,雅戈尔 商务衬衫,男装,559.00,0\n");
        f.close();
        const CtlRun imported = ctl({t("product"), t("import"), csv}, Yesterday);
        ASSERT_EQ(imported.exit, 0) << imported.out.toStdString();
    }

    const QString Yesterday = t("2020-01-01T10:00:00");
    TestDatabase database;
};

} // namespace

// On a live store $VIPTILL_NOW is ignored, the system clock rules and the
// receipt is not a training one; on a training store the clock is set.
TEST_F(LiveStore, TheClockIsSetOnlyInATrainingStore)
{
    const CtlRun init = ctl({t("init")}, Yesterday);
    ASSERT_EQ(init.exit, 0);
    EXPECT_FALSE(init.json[t("training")].toBool());
    addStaff(database.location(), keyFile());
    stock();
    const QDateTime before = QDateTime::currentDateTime().addSecs(-2);
    const CtlRun live = ctl({t("sale"), t("6902000000016")}, Yesterday);
    ASSERT_EQ(live.exit, 0) << live.out.toStdString();
    const QDateTime at = parseLocalTime(live.json[t("at")].toString());
    EXPECT_GE(at, before) << "a live store's sale dated by hand";
    EXPECT_LE(at, QDateTime::currentDateTime().addSecs(2));
    EXPECT_FALSE(live.json[t("training")].toBool());
    // A malformed clock is ignored too: it is not read at all.
    EXPECT_EQ(ctl({t("report"), t("day")}, t("yesterday")).exit, 0);
}

// The training store's side of it (WhoDoesIt's store is one).
TEST_F(WhoDoesIt, ATrainingStoresClockIsSetAndItsReceiptsSaySo)
{
    stock();
    const CtlRun sold = ctl({t("sale"), Shirt}, t("2027-02-03T11:00:00"));
    ASSERT_EQ(sold.exit, 0) << sold.out.toStdString();
    EXPECT_EQ(sold.json[t("at")].toString(), t("2027-02-03T11:00:00"));
    EXPECT_TRUE(sold.json[t("training")].toBool());
    const CtlRun bad = ctl({t("report"), t("day")}, t("yesterday"));
    EXPECT_EQ(bad.exit, 2);
    EXPECT_EQ(bad.code(), t("USAGE"));
}

// A store that has traded, or has staff or members, never becomes a training
// store; a training store stays one.
TEST_F(LiveStore, InitTrainingIsRefusedOnceTheStoreHasTraded)
{
    ASSERT_EQ(ctl({t("init")}, Yesterday).exit, 0);
    addStaff(database.location(), keyFile());
    const QStringList staffOnly = database.snapshot();
    const CtlRun withStaff = ctl({t("init"), t("--training")}, Yesterday);
    EXPECT_EQ(withStaff.exit, 1);
    EXPECT_EQ(withStaff.code(), t("DATABASE_NOT_EMPTY")) << withStaff.out.toStdString();
    EXPECT_EQ(database.snapshot(), staffOnly);

    stock();
    ASSERT_EQ(ctl({t("sale"), t("6902000000016")}, Yesterday).exit, 0);
    const QStringList sold = database.snapshot();
    const CtlRun withSales = ctl({t("init"), t("--training")}, Yesterday);
    EXPECT_EQ(withSales.exit, 1);
    EXPECT_EQ(withSales.code(), t("DATABASE_NOT_EMPTY"));
    EXPECT_EQ(database.snapshot(), sold);
    const CtlRun still = ctl({t("init")}, Yesterday);
    EXPECT_FALSE(still.json[t("training")].toBool());
    // The demo, too, fills only an empty store.
    EXPECT_EQ(ctl({t("demo")}, Yesterday).code(), t("DATABASE_NOT_EMPTY"));
}

// A training store is made in an empty database, and stays one.
TEST_F(LiveStore, ATrainingStoreIsMadeEmptyAndStaysOne)
{
    const CtlRun made = ctl({t("init"), t("--training")}, Yesterday, std::nullopt);
    ASSERT_EQ(made.exit, 0) << made.out.toStdString();
    EXPECT_TRUE(made.json[t("training")].toBool());
    EXPECT_GE(made.json[t("schema_version")].toInteger(), 8);
    addStaff(database.location(), keyFile());
    stock();
    ASSERT_EQ(ctl({t("sale"), t("6902000000016")}, Yesterday).json[t("at")].toString(), Yesterday);
    EXPECT_TRUE(ctl({t("init")}, Yesterday).json[t("training")].toBool());
    EXPECT_TRUE(ctl({t("init"), t("--training")}, Yesterday).json[t("training")].toBool());
}

namespace {

// A PostgreSQL server of the test's own, lost while viptillctl has it.
class LosingTheServerCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(server.create(&error)) << error.toStdString();
        ASSERT_TRUE(server.start(&error)) << error.toStdString();
        location = createDatabase(server.uri(), t("viptill_lost"));
        ASSERT_TRUE(KeyFile::create(keyFile()).ok());
        ASSERT_EQ(ctl({t("init"), t("--training")}).exit, 0);
        addStaff(location, keyFile());
    }

    void TearDown() override
    {
        QString error;
        server.stop(PostgresServer::Stop::Fast, &error); // stopped already, as a rule
        EXPECT_TRUE(server.remove(&error)) << error.toStdString();
    }

    CtlRun ctl(const QStringList& args)
    {
        return runCtl(location, keyFile(), args, t("2026-11-18T10:00:00"), Manager);
    }
    QString keyFile() const { return folder.filePath(t("store.keys")); }

    PostgresServer server{PostgresServer::freePort()};
    QTemporaryDir folder;
    QString location;
};

} // namespace

// The server is gone before the command: viptillctl says so, naming it.
TEST_F(LosingTheServerCli, AServerLostBeforeACommandIsADatabaseError)
{
    ASSERT_EQ(ctl(words("crm settings")).exit, 0);
    QString error;
    ASSERT_TRUE(server.stop(PostgresServer::Stop::Immediate, &error)) << error.toStdString();
    for (const char* line : {"member show --member 1", "sale 6902000000016", "report day"}) {
        const CtlRun r = ctl(words(line));
        EXPECT_EQ(r.exit, 1) << line;
        EXPECT_EQ(r.code(), t("DATABASE_ERROR")) << line << " → " << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("127.0.0.1:%1").arg(server.port()).toUtf8()))
            << r.out.toStdString();
    }
}

// The server goes after the store was opened: every command of the table,
// reading or writing, answers with an error and never throws.
TEST_F(LosingTheServerCli, EveryCommandAnswersWhenTheServerGoesUnderIt)
{
    std::unique_ptr<Store> store = openStore(location);
    const Result<StoreKeys> keys = KeyFile::load(keyFile());
    ASSERT_TRUE(keys.ok());
    applyKeys(*store, *keys);
    FixedClock clock(QDateTime(QDate(2026, 11, 18), QTime(10, 0)));
    ServiceContext ctx{*store, clock, t("T01"), &keys};
    QString error;
    ASSERT_TRUE(server.stop(PostgresServer::Stop::Immediate, &error)) << error.toStdString();

    cli::Session session;
    session.location = location;
    session.staff = cli::Credentials{Manager.number, Manager.pin};
    for (const char* line :
         {"init",
          "init --training",
          "demo",
          "sale 6902000000016",
          "return --receipt T01-1",
          "member show --member 1",
          "member show --card 8800000000013",
          "member show --mobile 13812345678",
          "card replace --member 1 --id-number X --reason lost",
          "redeem --member 1 --points 1000 --barcode 1",
          "redeem cancel --redemption 1",
          "report day",
          "report range --month 2026-11",
          "report counters --month 2026-11",
          "report settlement --month 2026-11",
          "report diamond-event",
          "day close",
          "product price --barcode 1 --price 1.00",
          "product special --counter A --set 1",
          "product history --barcode 1",
          "counter promo --counter A --rate 0.9",
          "rule add --name x --multiplier 2",
          "crm dormant",
          "crm lapsing",
          "crm lapsed",
          "crm revive --member 1",
          "crm calls",
          "crm call log --call 1 --outcome reached",
          "crm feedback",
          "crm greetings",
          "crm template --occasion labour_day",
          "crm classify",
          "crm classes",
          "crm daily",
          "crm settings",
          "member file --member 1",
          "member edit --member 1 --sizes M",
          "member export --member 1",
          "member erase --member 1 --approver 9001 --approver-pin 9999",
          "points adjust --member 1 --points 5 --reason x --approver 9001 --approver-pin 9999",
          "audit verify"}) {
        std::optional<cli::Outcome> outcome;
        EXPECT_NO_THROW(outcome = cli::run(ctx, words(line), session)) << line;
        ASSERT_TRUE(outcome.has_value()) << line;
        EXPECT_EQ(outcome->exit, cli::Refused) << line;
        EXPECT_EQ(outcome->json[t("error")].toObject()[t("code")].toString(), t("DATABASE_ERROR"))
            << line;
    }
}
