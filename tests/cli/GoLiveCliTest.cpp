// A real store switched on from the command line (shared/docs/cli.md,
// "Going live"): a live store (the system clock rules), its first manager,
// staff, the programme's settings, rules, and its first sale.

#include "CliFixture.h"
#include "core/Clock.h"
#include "services/StoreKeys.h"
#include "support/TestStore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>

using namespace viptill;
using namespace viptill::test;

namespace {

class GoLive : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(KeyFile::create(keyFile()).ok()); }

    // As `who` ($VIPTILL_STAFF/$VIPTILL_PIN); a live store: no $VIPTILL_NOW.
    CtlRun ctl(const QStringList& args, const std::optional<StaffLogIn>& who = Manager)
    {
        return runCtl(database.location(), keyFile(), args, {}, who);
    }
    CtlRun ctl(const char* line, const std::optional<StaffLogIn>& who = Manager)
    {
        return ctl(QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts), who);
    }

    QString keyFile() const { return database.filePath(QStringLiteral("store.keys")); }
    QString today() const { return formatDate(QDate::currentDate()); }

    QString file(const char* name, const QByteArray& text)
    {
        const QString path = database.filePath(QString::fromLatin1(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        return path;
    }

    TestDatabase database;
};

} // namespace

TEST_F(GoLive, AStoreFromNothingToItsFirstSale)
{
    const CtlRun init = ctl("init", std::nullopt);
    ASSERT_EQ(init.exit, 0) << init.out.toStdString();
    EXPECT_FALSE(init.json[QStringLiteral("training")].toBool());

    // The first member of staff: no one to approve, and it must be a manager.
    EXPECT_EQ(ctl("staff add --number 1001 --name 王丽 --role cashier --new-pin 1111", std::nullopt)
                  .code(),
              QStringLiteral("NOT_PERMITTED"));
    const CtlRun first =
        ctl("staff add --number 9001 --name 李经理 --role manager --new-pin 9999", std::nullopt);
    ASSERT_EQ(first.exit, 0) << first.out.toStdString();
    EXPECT_EQ(first.json[QStringLiteral("role")].toString(), QStringLiteral("manager"));
    // From now on a manager adds staff.
    EXPECT_EQ(ctl("staff add --number 1001 --name 王丽 --role cashier --new-pin 1111", std::nullopt)
                  .code(),
              QStringLiteral("STAFF_REQUIRED"));
    ASSERT_EQ(ctl("staff add --number 1001 --name 王丽 --role cashier --new-pin 1111").exit, 0);
    EXPECT_EQ(ctl("staff add --number 2001 --name 陈静 --role desk --new-pin 2222", Cashier).code(),
              QStringLiteral("NOT_PERMITTED"));
    ASSERT_EQ(ctl("staff add --number 2001 --name 陈静 --role desk --new-pin 2222").exit, 0);
    const QJsonArray staff = ctl("staff list").json[QStringLiteral("staff")].toArray();
    ASSERT_EQ(staff.size(), 3);
    EXPECT_EQ(staff.at(1).toObject()[QStringLiteral("role")].toString(), QStringLiteral("desk"));
    EXPECT_FALSE(ctl("staff list").out.contains("pin_hash"));

    // The programme's numbers, the store's name.
    const CtlRun defaults = ctl("settings show", std::nullopt);
    ASSERT_EQ(defaults.exit, 0);
    const QJsonObject values = defaults.json[QStringLiteral("settings")].toObject();
    EXPECT_EQ(values[QStringLiteral("gold_rate")].toString(), QStringLiteral("0.88"));
    EXPECT_EQ(values[QStringLiteral("gold_join_fen")].toInteger(), 30000);
    EXPECT_TRUE(values[QStringLiteral("return_days")].isNull());
    EXPECT_EQ(ctl("settings set gold_rate 0.90", Cashier).code(), QStringLiteral("NOT_PERMITTED"));
    const CtlRun rate = ctl("settings set gold_rate 0.90");
    ASSERT_EQ(rate.exit, 0) << rate.out.toStdString();
    EXPECT_EQ(rate.json[QStringLiteral("from")].toString(), today());
    ASSERT_EQ(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("store_name"),
                   QStringLiteral("东方百货")})
                  .exit,
              0);
    EXPECT_EQ(ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("gold_rate"),
                   QStringLiteral("0.85"), QStringLiteral("--from"),
                   formatDate(QDate::currentDate().addDays(-1))})
                  .code(),
              QStringLiteral("INVALID_DATE"));
    EXPECT_EQ(ctl("settings set gold_rate 2").code(), QStringLiteral("INVALID_SETTING"));
    EXPECT_EQ(ctl("settings show")
                  .json[QStringLiteral("settings")]
                  .toObject()[QStringLiteral("store_name")]
                  .toString(),
              QStringLiteral("东方百货"));

    // The catalogue, then the cashier's sale and the day's figures.
    ASSERT_EQ(ctl({QStringLiteral("product"), QStringLiteral("import"),
                   file("items.csv", "barcode,name,counter,price,special\n"
                                     "6902000000016,雅戈尔 商务衬衫,男装,559.00,0\n")})
                  .exit,
              0);
    const CtlRun sale = ctl("sale 6902000000016*2", Cashier);
    ASSERT_EQ(sale.exit, 0) << sale.out.toStdString();
    EXPECT_FALSE(sale.json[QStringLiteral("training")].toBool());
    EXPECT_EQ(sale.json[QStringLiteral("total_fen")].toInteger(), 111800);
    const CtlRun day = ctl("report day", std::nullopt);
    EXPECT_EQ(day.json[QStringLiteral("sales")].toInteger(), 1);
    EXPECT_EQ(day.json[QStringLiteral("sales_fen")].toInteger(), 111800);
    EXPECT_EQ(ctl("audit verify", std::nullopt).json[QStringLiteral("ok")].toBool(), true);
}

TEST_F(GoLive, AResetPinDoesNothingUntilItsOwnerChoosesTheirOwn)
{
    ASSERT_EQ(ctl("init", std::nullopt).exit, 0);
    ASSERT_EQ(
        ctl("staff add --number 9001 --name 李经理 --role manager --new-pin 9999", std::nullopt)
            .exit,
        0);
    ASSERT_EQ(ctl("staff add --number 1001 --name 王丽 --role cashier --new-pin 1111").exit, 0);
    const CtlRun reset = ctl("staff pin --number 1001 --new-pin 4321");
    ASSERT_EQ(reset.exit, 0) << reset.out.toStdString();
    EXPECT_TRUE(reset.json[QStringLiteral("must_change_pin")].toBool());
    const StaffLogIn given{QStringLiteral("1001"), QStringLiteral("4321")};
    EXPECT_EQ(ctl("sale 123", given).code(), QStringLiteral("PIN_CHANGE_REQUIRED"));
    // Another's PIN is a manager's business.
    EXPECT_EQ(ctl("staff pin --number 9001 --new-pin 1234", given).code(),
              QStringLiteral("NOT_PERMITTED"));
    const CtlRun own = ctl("staff pin --number 1001 --new-pin 2580", given);
    ASSERT_EQ(own.exit, 0) << own.out.toStdString();
    EXPECT_FALSE(own.json[QStringLiteral("must_change_pin")].toBool());
    EXPECT_EQ(ctl("sale 123", StaffLogIn{QStringLiteral("1001"), QStringLiteral("2580")}).code(),
              QStringLiteral("UNKNOWN_BARCODE"));

    // A leaver; the last manager stays.
    EXPECT_EQ(ctl("staff disable --number 9001").code(), QStringLiteral("LAST_MANAGER"));
    const CtlRun left = ctl("staff disable --number 1001");
    EXPECT_FALSE(left.json[QStringLiteral("active")].toBool());
    EXPECT_EQ(ctl("sale 123", StaffLogIn{QStringLiteral("1001"), QStringLiteral("2580")}).code(),
              QStringLiteral("STAFF_DISABLED"));
}

TEST_F(GoLive, RulesAreListedAndStoppedAndPromotionsListed)
{
    ASSERT_EQ(ctl("init", std::nullopt).exit, 0);
    ASSERT_EQ(
        ctl("staff add --number 9001 --name 李经理 --role manager --new-pin 9999", std::nullopt)
            .exit,
        0);
    const CtlRun added =
        ctl({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("周三双倍"), QStringLiteral("--multiplier"), QStringLiteral("2"),
             QStringLiteral("--weekdays"), QStringLiteral("3")});
    ASSERT_EQ(added.exit, 0) << added.out.toStdString();
    const QString id = QString::number(added.json[QStringLiteral("rule_id")].toInteger());
    QJsonArray rules = ctl("rule list", std::nullopt).json[QStringLiteral("rules")].toArray();
    ASSERT_EQ(rules.size(), 1);
    EXPECT_TRUE(rules.at(0).toObject()[QStringLiteral("active")].toBool());
    EXPECT_EQ(ctl({QStringLiteral("rule"), QStringLiteral("stop"), QStringLiteral("--rule-id"), id},
                  Cashier)
                  .code(),
              QStringLiteral("UNKNOWN_STAFF")); // this store has no 1001
    const CtlRun stopped =
        ctl({QStringLiteral("rule"), QStringLiteral("stop"), QStringLiteral("--rule-id"), id});
    ASSERT_EQ(stopped.exit, 0) << stopped.out.toStdString();
    EXPECT_FALSE(stopped.json[QStringLiteral("active")].toBool());
    rules = ctl("rule list", std::nullopt).json[QStringLiteral("rules")].toArray();
    EXPECT_FALSE(rules.at(0).toObject()[QStringLiteral("active")].toBool());
    EXPECT_EQ(ctl("rule stop --rule-id 99").code(), QStringLiteral("UNKNOWN_RULE"));

    ASSERT_EQ(ctl({QStringLiteral("product"), QStringLiteral("import"),
                   file("items.csv", "barcode,name,counter,price,special\n"
                                     "6901000000017,歌莉娅 真丝连衣裙,女装,500.00,0\n")})
                  .exit,
              0);
    ASSERT_EQ(ctl({QStringLiteral("counter"), QStringLiteral("promo"), QStringLiteral("--counter"),
                   QStringLiteral("女装"), QStringLiteral("--rate"), QStringLiteral("0.80")})
                  .exit,
              0);
    const QJsonArray promos =
        ctl("counter promos", std::nullopt).json[QStringLiteral("promotions")].toArray();
    ASSERT_EQ(promos.size(), 1);
    EXPECT_EQ(promos.at(0).toObject()[QStringLiteral("counter")].toString(),
              QStringLiteral("女装"));
    EXPECT_EQ(promos.at(0).toObject()[QStringLiteral("rate")].toString(), QStringLiteral("0.80"));
}

TEST_F(GoLive, MembersFromTheOldSystemAllOrNone)
{
    ASSERT_EQ(ctl("init", std::nullopt).exit, 0);
    ASSERT_EQ(
        ctl("staff add --number 9001 --name 李经理 --role manager --new-pin 9999", std::nullopt)
            .exit,
        0);
    ASSERT_EQ(ctl("staff add --number 1001 --name 王丽 --role cashier --new-pin 1111").exit, 0);
    const QByteArray header = "card_number,name,gender,birthday,id_number,mobile,address,tier,"
                              "points_balance,points_lifetime,joined_on\n";
    const QByteArray good = "6200123,王秀英,F,1985-05-20," +
                            idNumberFor(QDate(1985, 5, 20)).toLatin1() +
                            ",13812345678,北京市朝阳区,gold,1200,3000,2019-04-01\n";
    const QByteArray bad = "6200124,张伟,M,1980-01-02,110105198001021230,13812345679,北京,platinum,"
                           "5,5,2020-01-01\n";
    const QString faulty = file("faulty.csv", header + good + bad);

    const CtlRun dry = ctl(
        {QStringLiteral("member"), QStringLiteral("import"), faulty, QStringLiteral("--dry-run")});
    ASSERT_EQ(dry.exit, 0) << dry.out.toStdString();
    const QJsonArray faults = dry.json[QStringLiteral("faults")].toArray();
    ASSERT_FALSE(faults.isEmpty());
    EXPECT_EQ(faults.at(0).toObject()[QStringLiteral("line")].toInt(), 3);
    EXPECT_EQ(ctl({QStringLiteral("member"), QStringLiteral("import"), faulty}, Cashier).code(),
              QStringLiteral("NOT_PERMITTED"));
    const CtlRun refused = ctl({QStringLiteral("member"), QStringLiteral("import"), faulty});
    EXPECT_EQ(refused.exit, 1);
    EXPECT_EQ(refused.code(), QStringLiteral("IMPORT_FAULTS"));
    EXPECT_EQ(refused.json[QStringLiteral("error")].toObject()[QStringLiteral("faults")].toArray(),
              faults);
    EXPECT_EQ(ctl("member show --card 6200123", std::nullopt).code(),
              QStringLiteral("UNKNOWN_CARD"));

    const CtlRun imported =
        ctl({QStringLiteral("member"), QStringLiteral("import"), file("good.csv", header + good)});
    ASSERT_EQ(imported.exit, 0) << imported.out.toStdString();
    EXPECT_EQ(imported.json[QStringLiteral("imported")].toInt(), 1);
    const CtlRun shown = ctl("member show --card 6200123", std::nullopt);
    ASSERT_EQ(shown.exit, 0) << shown.out.toStdString();
    EXPECT_EQ(shown.json[QStringLiteral("points_balance")].toInteger(), 1200);
    EXPECT_EQ(shown.json[QStringLiteral("points_lifetime")].toInteger(), 3000);
    EXPECT_EQ(shown.json[QStringLiteral("tier")].toString(), QStringLiteral("gold"));
    EXPECT_TRUE(ctl("audit verify", std::nullopt).json[QStringLiteral("ok")].toBool());
}
