// Black-box tests: run the built viptillctl as store IT would, and read its
// JSON. The store is a training store (its clock is set by $VIPTILL_NOW) and
// the runs are its manager's unless a test says otherwise.

#include "CliFixture.h"
#include "services/StoreKeys.h"
#include "support/Pn532Emulator.h"
#include "support/TestDatabase.h"
#include "support/TestStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class Cli : public CliFixture
{
protected:
    QString writeCsv(const QByteArray& text)
    {
        // A file of its own each time: a table of cases writes them all first.
        const QString path = dir.filePath(QStringLiteral("items%1.csv").arg(++m_csvFiles));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

    int m_csvFiles = 0;

    void stock()
    {
        const CtlRun r = ctl({QStringLiteral("product"), QStringLiteral("import"),
                              writeCsv("barcode,name,counter,price,special\n"
                                       "6901000000017,歌莉娅 真丝连衣裙,女装,500.00,0\n"
                                       "6902000000016,雅戈尔 商务衬衫,男装,559.00,0\n"
                                       "6903000000022,自然堂 眼霜,美妆,400.00,0\n"
                                       "6903000000039,自然堂 面膜礼盒,美妆,400.01,0\n"
                                       "6904000000014,天王表 机械男表,钟表,3000.00,0\n"
                                       "6905000000013,清仓 保温杯,特卖,100.00,1\n")});
        ASSERT_EQ(r.exit, 0) << r.out.toStdString();
        EXPECT_EQ(r.json[QStringLiteral("imported")].toInteger(), 6);
        ASSERT_EQ(
            ctl({QStringLiteral("counter"), QStringLiteral("promo"), QStringLiteral("--counter"),
                 QStringLiteral("女装"), QStringLiteral("--rate"), QStringLiteral("0.80")})
                .exit,
            0);
    }

    // Joins a member with a walk-in receipt; returns the card number.
    QString join(const QString& id, const QString& birthday, const QString& mobile,
                 const QString& items)
    {
        const CtlRun sale = ctl({QStringLiteral("sale"), items});
        EXPECT_EQ(sale.exit, 0);
        const CtlRun r =
            ctl({QStringLiteral("member"), QStringLiteral("register"), QStringLiteral("--name"),
                 QStringLiteral("王秀英"), QStringLiteral("--gender"), QStringLiteral("F"),
                 QStringLiteral("--birthday"), birthday, QStringLiteral("--id-number"), id,
                 QStringLiteral("--mobile"), mobile, QStringLiteral("--address"),
                 QStringLiteral("北京市朝阳区建国路1号"), QStringLiteral("--category"),
                 QStringLiteral("女装"), QStringLiteral("--receipt"),
                 sale.json[QStringLiteral("receipt_no")].toString()});
        EXPECT_EQ(r.exit, 0) << r.out.toStdString();
        return r.json[QStringLiteral("card_number")].toString();
    }
};

const QString Id1 = idNumberFor(QDate(1985, 5, 20));

} // namespace

TEST_F(Cli, InitIsIdempotent)
{
    const CtlRun a = ctl({QStringLiteral("init")});
    EXPECT_EQ(a.exit, 0);
    EXPECT_GE(a.json[QStringLiteral("schema_version")].toInteger(), 1);
    EXPECT_TRUE(a.json[QStringLiteral("training")].toBool()); // the fixture's store
    EXPECT_EQ(ctl({QStringLiteral("init")}).json, a.json);
    EXPECT_EQ(ctl({QStringLiteral("init"), QStringLiteral("--training")}).json, a.json);
}

TEST_F(Cli, ASaleReceiptHasTheShapeOfCliMd)
{
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
                              QStringLiteral("6904000000014"));
    const CtlRun r = ctl({QStringLiteral("sale"), QStringLiteral("--card"), card,
                          QStringLiteral("6901000000017"), QStringLiteral("6905000000013*2")});
    ASSERT_EQ(r.exit, 0) << r.out.toStdString();
    const QJsonObject& j = r.json;
    EXPECT_EQ(j[QStringLiteral("receipt_no")].toString(), QStringLiteral("T01-20261118-0002"));
    EXPECT_EQ(j[QStringLiteral("at")].toString(), QStringLiteral("2026-11-18T10:00:00"));
    EXPECT_EQ(j[QStringLiteral("tier")].toString(), QStringLiteral("diamond"));
    const QJsonArray lines = j[QStringLiteral("lines")].toArray();
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject dress = lines.at(0).toObject();
    EXPECT_EQ(dress[QStringLiteral("counter")].toString(), QStringLiteral("女装"));
    EXPECT_EQ(dress[QStringLiteral("list_fen")].toInteger(), 50000);
    EXPECT_EQ(dress[QStringLiteral("promo_rate")].toString(), QStringLiteral("0.80"));
    EXPECT_EQ(dress[QStringLiteral("after_promo_fen")].toInteger(), 40000);
    EXPECT_EQ(dress[QStringLiteral("member_rate")].toString(), QStringLiteral("0.80"));
    EXPECT_EQ(dress[QStringLiteral("amount_fen")].toInteger(), 32000);
    EXPECT_FALSE(dress[QStringLiteral("special")].toBool());
    const QJsonObject cups = lines.at(1).toObject();
    EXPECT_EQ(cups[QStringLiteral("qty")].toInteger(), 2);
    EXPECT_EQ(cups[QStringLiteral("member_rate")].toString(), QStringLiteral("1.00"));
    EXPECT_TRUE(cups[QStringLiteral("special")].toBool());
    EXPECT_EQ(j[QStringLiteral("total_list_fen")].toInteger(), 70000);
    EXPECT_EQ(j[QStringLiteral("total_fen")].toInteger(), 52000);
    const QJsonObject points = j[QStringLiteral("points")].toObject();
    EXPECT_EQ(points[QStringLiteral("base")].toInteger(), 52);
    EXPECT_EQ(points[QStringLiteral("multiplier")].toString(), QStringLiteral("1"));
    EXPECT_EQ(points[QStringLiteral("earned")].toInteger(), 52);
    EXPECT_EQ(points[QStringLiteral("balance")].toInteger(), 310 + 52);
    EXPECT_EQ(points[QStringLiteral("lifetime")].toInteger(), 310 + 52);
    EXPECT_TRUE(j[QStringLiteral("upgraded_to")].isNull());
    EXPECT_TRUE(j.contains(QStringLiteral("lottery_eligible")));
    EXPECT_FALSE(j[QStringLiteral("birthday_gift")].toBool());
    // Money is never a float in the output.
    EXPECT_FALSE(r.out.contains("e+")) << r.out.toStdString();

    const CtlRun walkIn = ctl({QStringLiteral("sale"), QStringLiteral("6902000000016")});
    EXPECT_TRUE(walkIn.json[QStringLiteral("points")].isNull());
    EXPECT_TRUE(walkIn.json[QStringLiteral("member_id")].isNull());
}

// A membership stands on its joining receipts: a return that takes them
// below gold cancels it, says so, and the person may join again.
TEST_F(Cli, AReturnOfTheJoiningReceiptCancelsTheMembershipAndThePersonJoinsAgain)
{
    stock();
    const CtlRun walkIn = ctl({QStringLiteral("sale"), QStringLiteral("6903000000022"),
                               QStringLiteral("6905000000013")}); // 400 + 100
    ASSERT_EQ(walkIn.exit, 0);
    const QString receipt = walkIn.json[QStringLiteral("receipt_no")].toString();
    auto registerWith = [&](const QString& joiningReceipt) {
        return ctl({QStringLiteral("member"), QStringLiteral("register"), QStringLiteral("--name"),
                    QStringLiteral("王秀英"), QStringLiteral("--gender"), QStringLiteral("F"),
                    QStringLiteral("--birthday"), QStringLiteral("1985-05-20"),
                    QStringLiteral("--id-number"), Id1, QStringLiteral("--mobile"),
                    QStringLiteral("13812345678"), QStringLiteral("--address"),
                    QStringLiteral("北京市朝阳区建国路1号"), QStringLiteral("--category"),
                    QStringLiteral("美妆"), QStringLiteral("--receipt"), joiningReceipt});
    };
    const CtlRun joined = registerWith(receipt);
    ASSERT_EQ(joined.exit, 0) << joined.out.toStdString();
    EXPECT_FALSE(joined.json[QStringLiteral("joined_again")].toBool());
    const QString card = joined.json[QStringLiteral("card_number")].toString();

    // The flask back: 400 kept, still gold.
    const CtlRun flask = ctl({QStringLiteral("return"), QStringLiteral("--receipt"), receipt,
                              QStringLiteral("6905000000013")});
    ASSERT_EQ(flask.exit, 0) << flask.out.toStdString();
    EXPECT_FALSE(flask.json[QStringLiteral("membership_cancelled")].toBool());
    EXPECT_FALSE(flask.json[QStringLiteral("back_to_gold")].toBool());
    EXPECT_EQ(flask.json[QStringLiteral("tier")].toString(), QStringLiteral("gold"));
    EXPECT_TRUE(flask.json[QStringLiteral("tier_changed_to")].isNull());
    // The eye cream back: nothing kept, the membership is cancelled.
    const CtlRun rest = ctl({QStringLiteral("return"), QStringLiteral("--receipt"), receipt});
    ASSERT_EQ(rest.exit, 0) << rest.out.toStdString();
    EXPECT_TRUE(rest.json[QStringLiteral("membership_cancelled")].toBool());
    EXPECT_TRUE(rest.json[QStringLiteral("tier_changed_to")].isNull());
    EXPECT_EQ(rest.json[QStringLiteral("points_balance")].toInteger(), 0);

    const CtlRun refused = ctl(
        {QStringLiteral("sale"), QStringLiteral("--card"), card, QStringLiteral("6902000000016")});
    EXPECT_EQ(refused.exit, 1);
    EXPECT_EQ(refused.code(), QStringLiteral("MEMBERSHIP_CANCELLED")) << refused.out.toStdString();
    const CtlRun shown =
        ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), card});
    EXPECT_TRUE(shown.json[QStringLiteral("membership_cancelled")].toBool());
    EXPECT_EQ(shown.json[QStringLiteral("card_status")].toString(), QStringLiteral("blocked"));

    const CtlRun watch = ctl({QStringLiteral("sale"), QStringLiteral("6904000000014")});
    const CtlRun again = registerWith(watch.json[QStringLiteral("receipt_no")].toString());
    ASSERT_EQ(again.exit, 0) << again.out.toStdString();
    EXPECT_TRUE(again.json[QStringLiteral("joined_again")].toBool());
    EXPECT_EQ(again.json[QStringLiteral("member_id")], joined.json[QStringLiteral("member_id")]);
    EXPECT_EQ(again.json[QStringLiteral("tier")].toString(), QStringLiteral("diamond"));
    EXPECT_NE(again.json[QStringLiteral("card_number")].toString(), card);
    EXPECT_TRUE(ctl({QStringLiteral("audit"), QStringLiteral("verify")})
                    .json[QStringLiteral("ok")]
                    .toBool());
}

TEST_F(Cli, ReturnsRedemptionsReplacementAndTheDaysReport)
{
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
                              QStringLiteral("6904000000014*5"));
    // 15000 → diamond, 1500 + 10 points.
    const CtlRun show =
        ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), card});
    ASSERT_EQ(show.exit, 0);
    EXPECT_EQ(show.json[QStringLiteral("points_balance")].toInteger(), 1510);
    EXPECT_EQ(show.json[QStringLiteral("card_status")].toString(), QStringLiteral("active"));
    const qint64 member = show.json[QStringLiteral("member_id")].toInteger();
    EXPECT_EQ(ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--mobile"),
                   QStringLiteral("13812345678")})
                  .json,
              show.json);

    const CtlRun gift =
        ctl({QStringLiteral("redeem"), QStringLiteral("--card"), card, QStringLiteral("--points"),
             QStringLiteral("1500"), QStringLiteral("--barcode"), QStringLiteral("6903000000022")});
    ASSERT_EQ(gift.exit, 0) << gift.out.toStdString();
    EXPECT_EQ(gift.json[QStringLiteral("points_spent")].toInteger(), 1500);
    EXPECT_EQ(gift.json[QStringLiteral("points_balance")].toInteger(), 10);
    EXPECT_EQ(gift.json[QStringLiteral("cap_fen")].toInteger(), 40000);
    EXPECT_EQ(gift.json[QStringLiteral("list_fen")].toInteger(), 40000);

    const CtlRun sale = ctl({QStringLiteral("sale"), QStringLiteral("--card"), card,
                             QStringLiteral("6902000000016*2")});
    const QString receipt = sale.json[QStringLiteral("receipt_no")].toString();
    // 2 × 559 × 0.80 = 894.40 → 89 points → balance 99
    const CtlRun back = ctl({QStringLiteral("return"), QStringLiteral("--receipt"), receipt,
                             QStringLiteral("6902000000016")});
    ASSERT_EQ(back.exit, 0) << back.out.toStdString();
    EXPECT_EQ(back.json[QStringLiteral("refund_fen")].toInteger(), 44720);
    EXPECT_EQ(back.json[QStringLiteral("points_reversed")].toInteger(), 89 - 44);
    EXPECT_EQ(back.json[QStringLiteral("points_balance")].toInteger(), 99 - 45);
    EXPECT_EQ(back.json[QStringLiteral("tier")].toString(), QStringLiteral("diamond"));

    const CtlRun replaced =
        ctl({QStringLiteral("card"), QStringLiteral("replace"), QStringLiteral("--member"),
             QString::number(member), QStringLiteral("--id-number"), Id1,
             QStringLiteral("--reason"), QStringLiteral("lost")});
    ASSERT_EQ(replaced.exit, 0) << replaced.out.toStdString();
    EXPECT_EQ(replaced.json[QStringLiteral("blocked_card_number")].toString(), card);
    const QString newCard = replaced.json[QStringLiteral("card_number")].toString();
    const CtlRun blocked = ctl(
        {QStringLiteral("sale"), QStringLiteral("--card"), card, QStringLiteral("6902000000016")});
    EXPECT_EQ(blocked.exit, 1);
    EXPECT_EQ(blocked.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("CARD_BLOCKED"));
    EXPECT_EQ(
        ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), newCard})
            .json[QStringLiteral("points_balance")]
            .toInteger(),
        54);
    EXPECT_EQ(
        ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), card})
            .json[QStringLiteral("card_status")]
            .toString(),
        QStringLiteral("blocked"));

    const CtlRun day = ctl({QStringLiteral("report"), QStringLiteral("day"),
                            QStringLiteral("--date"), QStringLiteral("2026-11-18")});
    ASSERT_EQ(day.exit, 0);
    EXPECT_EQ(day.json[QStringLiteral("date")].toString(), QStringLiteral("2026-11-18"));
    EXPECT_EQ(day.json[QStringLiteral("sales")].toInteger(), 2);
    EXPECT_EQ(day.json[QStringLiteral("sales_fen")].toInteger(), 1500000 + 89440 - 44720);
    EXPECT_EQ(day.json[QStringLiteral("vip_sales_fen")].toInteger(), 1500000 + 89440 - 44720);
    EXPECT_EQ(day.json[QStringLiteral("avg_ticket_fen")].toInteger(), 794720);
    EXPECT_EQ(day.json[QStringLiteral("items_per_ticket")].toString(), QStringLiteral("3.50"));
    EXPECT_EQ(day.json[QStringLiteral("new_members")].toInteger(), 1);
    EXPECT_EQ(day.json[QStringLiteral("points_earned")].toInteger(), 1510 + 89);
    EXPECT_EQ(day.json[QStringLiteral("points_redeemed")].toInteger(), 1500);
}

TEST_F(Cli, RulesApplyToLaterSales)
{
    stock();
    const CtlRun rule =
        ctl({QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("淡季周三双倍积分"), QStringLiteral("--multiplier"),
             QStringLiteral("2"), QStringLiteral("--weekdays"), QStringLiteral("3"),
             QStringLiteral("--months"), QStringLiteral("2,3,4")});
    ASSERT_EQ(rule.exit, 0) << rule.out.toStdString();
    EXPECT_GE(rule.json[QStringLiteral("rule_id")].toInteger(), 1);
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
                              QStringLiteral("6904000000014"));
    const CtlRun wednesday = ctl(
        {QStringLiteral("sale"), QStringLiteral("--card"), card, QStringLiteral("6902000000016")},
        QStringLiteral("2027-02-03T11:00:00"));
    EXPECT_EQ(wednesday.json[QStringLiteral("points")]
                  .toObject()[QStringLiteral("multiplier")]
                  .toString(),
              QStringLiteral("2"));
    EXPECT_EQ(
        wednesday.json[QStringLiteral("points")].toObject()[QStringLiteral("earned")].toInteger(),
        44 * 2);
}

struct Refusal
{
    QStringList args;
    int exit;
    const char* code;
};

TEST_F(Cli, RefusalsHaveTheErrorShapeAndChangeNothing)
{
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
                              QStringLiteral("6904000000014"));
    const QString receipt = QStringLiteral("T01-20261118-0001");
    const QList<Refusal> cases{
        {{QStringLiteral("sale"), QStringLiteral("6999999999999")}, 1, "UNKNOWN_BARCODE"},
        {{QStringLiteral("sale"), QStringLiteral("--card"), QStringLiteral("8800000009999"),
          QStringLiteral("6902000000016")},
         1,
         "UNKNOWN_CARD"},
        {{QStringLiteral("sale"), QStringLiteral("6902000000016*0")}, 1, "INVALID_QUANTITY"},
        {{QStringLiteral("sale"), QStringLiteral("6902000000016*-3")}, 1, "INVALID_QUANTITY"},
        {{QStringLiteral("sale")}, 2, "USAGE"},
        {{QStringLiteral("sale"), QStringLiteral("--bogus"), QStringLiteral("6902000000016")},
         2,
         "USAGE"},
        {{QStringLiteral("frobnicate")}, 2, "USAGE"},
        {{QStringLiteral("return"), QStringLiteral("--receipt"),
          QStringLiteral("T09-20261118-0001")},
         1,
         "RECEIPT_NOT_FOUND"},
        {{QStringLiteral("member"), QStringLiteral("register"), QStringLiteral("--name"),
          QStringLiteral("张伟"), QStringLiteral("--gender"), QStringLiteral("M"),
          QStringLiteral("--birthday"), QStringLiteral("1985-05-20"), QStringLiteral("--id-number"),
          idNumberFor(QDate(1985, 5, 20), 555), QStringLiteral("--mobile"),
          QStringLiteral("13900000000"), QStringLiteral("--address"), QStringLiteral("上海"),
          QStringLiteral("--category"), QStringLiteral("男装"), QStringLiteral("--receipt"),
          receipt},
         1,
         "RECEIPT_ALREADY_USED"},
        {{QStringLiteral("redeem"), QStringLiteral("--card"), card, QStringLiteral("--points"),
          QStringLiteral("1000"), QStringLiteral("--barcode"), QStringLiteral("6903000000022")},
         1,
         "INSUFFICIENT_POINTS"},
        {{QStringLiteral("redeem"), QStringLiteral("--member"), QStringLiteral("1"),
          QStringLiteral("--card"), card, QStringLiteral("--points"), QStringLiteral("1000"),
          QStringLiteral("--barcode"), QStringLiteral("6903000000022")},
         2,
         "USAGE"},
        {{QStringLiteral("card"), QStringLiteral("replace"), QStringLiteral("--member"),
          QStringLiteral("1"), QStringLiteral("--id-number"), idNumberFor(QDate(1985, 5, 20), 7),
          QStringLiteral("--reason"), QStringLiteral("lost")},
         1,
         "ID_NUMBER_MISMATCH"},
        {{QStringLiteral("card"), QStringLiteral("replace"), QStringLiteral("--member"),
          QStringLiteral("1"), QStringLiteral("--id-number"), Id1, QStringLiteral("--reason"),
          QStringLiteral("stolen!")},
         2,
         "USAGE"},
        {{QStringLiteral("counter"), QStringLiteral("promo"), QStringLiteral("--counter"),
          QStringLiteral("女装"), QStringLiteral("--rate"), QStringLiteral("0.8.0")},
         1,
         "INVALID_RATE"},
        {{QStringLiteral("rule"), QStringLiteral("add"), QStringLiteral("--name"),
          QStringLiteral("x"), QStringLiteral("--multiplier"), QStringLiteral("1.5")},
         1,
         "INVALID_MULTIPLIER"},
        {{QStringLiteral("product"), QStringLiteral("import"),
          writeCsv("barcode,name,counter,price,special\n6906000000012,新品,女装,99.00,"
                   "0\n6906000000029,坏价,女装,9.9.9,0\n")},
         1,
         "INVALID_PRICE"},
        {{QStringLiteral("product"), QStringLiteral("import"),
          writeCsv("barcode,name,counter,price,special\n6906000000012,\"新品,女装,99.00,0\n")},
         1,
         "MALFORMED_CSV"},
        {{QStringLiteral("demo")}, 1, "DATABASE_NOT_EMPTY"},
    };
    const QStringList before = books();
    for (const Refusal& c : cases) {
        const CtlRun r = ctl(c.args);
        EXPECT_EQ(r.exit, c.exit) << c.args.join(u' ').toStdString() << " → "
                                  << r.out.toStdString();
        const QJsonObject error = r.json[QStringLiteral("error")].toObject();
        EXPECT_EQ(error[QStringLiteral("code")].toString(), QString::fromLatin1(c.code))
            << c.args.join(u' ').toStdString();
        EXPECT_FALSE(error[QStringLiteral("message")].toString().isEmpty());
        EXPECT_EQ(books(), before) << c.args.join(u' ').toStdString();
    }
}

// The ITEM arguments read as the till's barcode field does (core/ItemEntry.h).
TEST_F(Cli, ItemsAreEnteredAsAtTheTill)
{
    stock();
    const CtlRun r = ctl({QStringLiteral("sale"), QStringLiteral("2*"),
                          QStringLiteral("6902000000016"), QStringLiteral("3*6905000000013")});
    ASSERT_EQ(r.exit, 0) << r.out.toStdString();
    const QJsonArray lines = r.json[QStringLiteral("lines")].toArray();
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.at(0).toObject()[QStringLiteral("qty")].toInteger(), 2);
    EXPECT_EQ(lines.at(1).toObject()[QStringLiteral("qty")].toInteger(), 3);

    const QStringList before = books();
    const QList<QStringList> refused{
        {QStringLiteral("sale"), QStringLiteral("6902000000016*+5")},
        {QStringLiteral("sale"), QStringLiteral("6902000000016*1000")},
        {QStringLiteral("sale"), QStringLiteral("+5")},
        {QStringLiteral("sale"), QStringLiteral("6902000000016"), QStringLiteral("2*")}};
    for (const QStringList& args : refused) {
        const CtlRun bad = ctl(args);
        EXPECT_EQ(bad.exit, 1) << args.join(u' ').toStdString();
        EXPECT_EQ(bad.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
                  QStringLiteral("INVALID_QUANTITY"))
            << args.join(u' ').toStdString();
        EXPECT_EQ(books(), before) << args.join(u' ').toStdString();
    }
}

// Issue 14: a sale over 99,999,999.99 yuan is refused, in JSON, before
// anything is written; a price over 9,999,999.99 yuan never gets in.
TEST_F(Cli, ASaleOverTheCeilingIsRefusedAndChangesNothing)
{
    stock();
    const CtlRun dearest = ctl({QStringLiteral("product"), QStringLiteral("import"),
                                writeCsv("barcode,name,counter,price,special\n"
                                         "6906000000016,天王表 珐琅孤品,钟表,9999999.99,0\n")});
    ASSERT_EQ(dearest.exit, 0) << dearest.out.toStdString();
    const CtlRun atTheEdge = ctl({QStringLiteral("sale"), QStringLiteral("10*6906000000016")});
    ASSERT_EQ(atTheEdge.exit, 0) << atTheEdge.out.toStdString();

    const QStringList before = books();
    const QList<QStringList> refused{{QStringLiteral("sale"), QStringLiteral("11*6906000000016")},
                                     {QStringLiteral("sale"), QStringLiteral("999*6906000000016")},
                                     {QStringLiteral("sale"), QStringLiteral("10*6906000000016"),
                                      QStringLiteral("6902000000016")}};
    for (const QStringList& args : refused) {
        const CtlRun over = ctl(args);
        EXPECT_EQ(over.exit, 1) << args.join(u' ').toStdString();
        const QJsonObject error = over.json[QStringLiteral("error")].toObject();
        EXPECT_EQ(error[QStringLiteral("code")].toString(), QStringLiteral("AMOUNT_TOO_LARGE"))
            << over.out.toStdString();
        EXPECT_TRUE(
            error[QStringLiteral("message")].toString().contains(QStringLiteral("99999999.99")))
            << over.out.toStdString();
        EXPECT_EQ(books(), before) << args.join(u' ').toStdString();
    }
}

TEST_F(Cli, MessagesAreInChineseByDefault)
{
    stock();
    const CtlRun r = ctl({QStringLiteral("sale"), QStringLiteral("6999999999999")},
                         QStringLiteral("2026-11-18T10:00:00"), QStringLiteral("zh_CN"));
    const QString message =
        r.json[QStringLiteral("error")].toObject()[QStringLiteral("message")].toString();
    EXPECT_TRUE(message.contains(QStringLiteral("6999999999999")));
    EXPECT_TRUE(message.contains(QStringLiteral("条码"))) << message.toStdString();
}

TEST_F(Cli, ABadClockIsBadUsage)
{
    const CtlRun r = ctl({QStringLiteral("init")}, QStringLiteral("yesterday"));
    EXPECT_EQ(r.exit, 2);
    EXPECT_EQ(r.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("USAGE"));
}

TEST_F(Cli, TheDemoFillsAnEmptyStoreThatSells)
{
    // An empty database of its own: the fixture's has staff already.
    const TestDatabase empty;
    auto onDemo = [&](const QStringList& args, const QString& now) {
        return ctl(QStringList{QStringLiteral("--db"), empty.location()} + args, now);
    };
    const CtlRun demo = onDemo({QStringLiteral("demo")}, QStringLiteral("2026-11-22T15:00:00"));
    ASSERT_EQ(demo.exit, 0) << demo.out.toStdString();
    EXPECT_GE(demo.json[QStringLiteral("products")].toInteger(), 200);
    EXPECT_GE(demo.json[QStringLiteral("members")].toInteger(), 24);
    // The demo is a training store: its clock is set, its receipts say so.
    EXPECT_TRUE(onDemo({QStringLiteral("init")}, QStringLiteral("2026-11-22T15:00:00"))
                    .json[QStringLiteral("training")]
                    .toBool());
    const CtlRun day = onDemo({QStringLiteral("report"), QStringLiteral("day")},
                              QStringLiteral("2026-11-21T20:00:00"));
    EXPECT_GT(day.json[QStringLiteral("sales")].toInteger(), 10);
    EXPECT_GT(day.json[QStringLiteral("vip_sales_fen")].toInteger(), 0);
    const CtlRun member = onDemo({QStringLiteral("member"), QStringLiteral("show"),
                                  QStringLiteral("--member"), QStringLiteral("1")},
                                 QStringLiteral("2026-11-22T15:00:00"));
    ASSERT_EQ(member.exit, 0);
    // The demo's manager is 9001/9999, as in every CLI test.
    const CtlRun sale = onDemo({QStringLiteral("sale"), QStringLiteral("--card"),
                                member.json[QStringLiteral("card_number")].toString(),
                                QStringLiteral("6900100001")},
                               QStringLiteral("2026-11-22T15:00:00"));
    EXPECT_EQ(sale.exit, 1); // not an item; the demo's barcodes are real EAN-13s
    EXPECT_EQ(sale.code(), QStringLiteral("UNKNOWN_BARCODE")) << sale.out.toStdString();
}

// SQLite's backup is a file of its own; a PostgreSQL store is backed up
// with pg_dump (README).
class SqliteCli : public Cli
{
};

class PostgresCli : public Cli
{
};

TEST_F(PostgresCli, BackupIsLeftToTheServersOwnTools)
{
    const CtlRun backup = ctl({QStringLiteral("backup"), QStringLiteral("--to"),
                               dir.filePath(QStringLiteral("copy.db"))});
    EXPECT_EQ(backup.exit, 1);
    EXPECT_EQ(backup.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("BACKUP_FAILED"));
    EXPECT_TRUE(backup.out.contains("postgresql")) << backup.out.toStdString();
}

TEST_F(SqliteCli, ABackupIsRestoredAndABadOneIsRefusedChangingNothing)
{
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13912345678"),
                              QStringLiteral("6903000000022"));
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    const CtlRun backup = ctl({QStringLiteral("backup"), QStringLiteral("--to"), copy});
    ASSERT_EQ(backup.exit, 0) << backup.out.toStdString();
    EXPECT_EQ(backup.json[QStringLiteral("bytes")].toInteger(), QFileInfo(copy).size());
    EXPECT_GT(QFileInfo(copy).size(), 0);

    // After the backup the member buys again; restoring goes back to before.
    ASSERT_EQ(ctl({QStringLiteral("sale"), QStringLiteral("--card"), card,
                   QStringLiteral("6904000000014")})
                  .exit,
              0);
    const QStringList sold = books();

    // A file that is not a store, and a damaged copy: refused, nothing changes.
    const QString junk = writeCsv("barcode,name\n");
    QFile damaged(dir.filePath(QStringLiteral("damaged.db")));
    ASSERT_TRUE(QFile::copy(copy, damaged.fileName()));
    ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
    damaged.seek(damaged.size() / 2);
    damaged.write(QByteArray(4096, '\x5A'));
    damaged.close();
    for (const QString& bad : {junk, damaged.fileName(), dir.filePath(QStringLiteral("none.db"))}) {
        const CtlRun refused = ctl({QStringLiteral("restore"), QStringLiteral("--from"), bad});
        EXPECT_EQ(refused.exit, 1) << bad.toStdString();
        EXPECT_EQ(
            refused.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
            QStringLiteral("RESTORE_REFUSED"));
        EXPECT_EQ(books(), sold) << bad.toStdString();
    }

    const CtlRun restored = ctl({QStringLiteral("restore"), QStringLiteral("--from"), copy});
    ASSERT_EQ(restored.exit, 0) << restored.out.toStdString();
    const CtlRun member =
        ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), card});
    ASSERT_EQ(member.exit, 0);
    EXPECT_EQ(member.json[QStringLiteral("points_balance")].toInteger(), 40); // before the watch
    // The page-by-page check: sound here, damaged in the spoilt copy.
    const CtlRun check = ctl({QStringLiteral("check")});
    EXPECT_EQ(check.exit, 0);
    EXPECT_TRUE(check.json[QStringLiteral("ok")].toBool());
    const CtlRun spoilt =
        ctl({QStringLiteral("--db"), damaged.fileName(), QStringLiteral("check")});
    EXPECT_EQ(spoilt.exit, 1) << spoilt.out.toStdString();
    EXPECT_EQ(spoilt.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("STORE_DAMAGED"));
    const CtlRun overItself = ctl({QStringLiteral("backup"), QStringLiteral("--to"), db()});
    EXPECT_EQ(overItself.exit, 1);
    EXPECT_EQ(ctl({QStringLiteral("backup")}).exit, 2);
}

// card write / card read through the real libnfc against the emulated PN532.
TEST_F(Cli, AChipCardIsWrittenReadAndBlocked)
{
    const QString spare = database.filePath(QStringLiteral("spare.keys"));
    const CtlRun keys =
        ctl({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--to"), spare});
    ASSERT_EQ(keys.exit, 0) << keys.out.toStdString();
    EXPECT_EQ(keys.json[QStringLiteral("key_file")].toString(), spare);
    EXPECT_TRUE(KeyFile::load(spare).ok());
    // The store's own file is there already: keys are never replaced.
    EXPECT_EQ(ctl({QStringLiteral("keys"), QStringLiteral("create")}).exit, 1);
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13912345678"),
                              QStringLiteral("6903000000022"));
    const QString member = QString::number(
        ctl({QStringLiteral("member"), QStringLiteral("show"), QStringLiteral("--card"), card})
            .json[QStringLiteral("member_id")]
            .toInteger());
    viptill::testsupport::Pn532Emulator pn532;
    const QString reader = QString::fromStdString(pn532.connectionString());
    pn532.place(viptill::testsupport::EmulatedTag::ntag213({0x04, 1, 2, 3, 4, 5, 6}));

    const CtlRun written =
        ctl({QStringLiteral("card"), QStringLiteral("write"), QStringLiteral("--member"), member,
             QStringLiteral("--reader"), reader});
    ASSERT_EQ(written.exit, 0) << written.out.toStdString();
    EXPECT_EQ(written.json[QStringLiteral("card_number")].toString(), card);
    EXPECT_EQ(written.json[QStringLiteral("uid")].toString(), QStringLiteral("04010203040506"));
    const CtlRun twice =
        ctl({QStringLiteral("card"), QStringLiteral("write"), QStringLiteral("--member"), member,
             QStringLiteral("--reader"), reader});
    EXPECT_EQ(twice.exit, 1);
    EXPECT_EQ(twice.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("CARD_ALREADY_WRITTEN"));

    const CtlRun read =
        ctl({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), reader});
    ASSERT_EQ(read.exit, 0) << read.out.toStdString();
    EXPECT_EQ(read.json[QStringLiteral("card_number")].toString(), card);
    EXPECT_EQ(read.json[QStringLiteral("member_id")].toInteger(), member.toLongLong());
    EXPECT_EQ(read.json[QStringLiteral("status")].toString(), QStringLiteral("active"));

    ASSERT_EQ(ctl({QStringLiteral("card"), QStringLiteral("replace"), QStringLiteral("--member"),
                   member, QStringLiteral("--id-number"), Id1, QStringLiteral("--reason"),
                   QStringLiteral("lost")})
                  .exit,
              0);
    const CtlRun blocked =
        ctl({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), reader});
    EXPECT_EQ(blocked.json[QStringLiteral("status")].toString(), QStringLiteral("blocked"));

    pn532.takeAway();
    const CtlRun empty =
        ctl({QStringLiteral("card"), QStringLiteral("read"), QStringLiteral("--reader"), reader,
             QStringLiteral("--wait"), QStringLiteral("1")});
    EXPECT_EQ(empty.exit, 1);
    EXPECT_EQ(empty.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
              QStringLiteral("CARD_READ_ERROR"));
}

TEST_F(Cli, AuditVerifyNamesTheFirstBadEntry)
{
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13912345678"),
                              QStringLiteral("6903000000022"));
    ASSERT_EQ(ctl({QStringLiteral("sale"), QStringLiteral("--card"), card,
                   QStringLiteral("6904000000014")})
                  .exit,
              0);
    const CtlRun clean = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    ASSERT_EQ(clean.exit, 0) << clean.out.toStdString();
    EXPECT_TRUE(clean.json[QStringLiteral("ok")].toBool());
    EXPECT_GT(clean.json[QStringLiteral("entries")].toInteger(), 5);
    EXPECT_TRUE(clean.json[QStringLiteral("first_bad")].isNull());

    // Someone at the database shell gives the member 5000 points.
    database.exec(
        QStringLiteral("INSERT INTO points_ledger (member_id, kind, points, at, day) "
                       "VALUES (1, 'adjust', 5000, '2026-11-18T11:00:00', '2026-11-18')"));
    const CtlRun tampered = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
    ASSERT_EQ(tampered.exit, 0);
    EXPECT_FALSE(tampered.json[QStringLiteral("ok")].toBool());
    const QJsonObject bad = tampered.json[QStringLiteral("first_bad")].toObject();
    EXPECT_EQ(bad[QStringLiteral("table")].toString(), QStringLiteral("points_ledger"));
    EXPECT_FALSE(bad[QStringLiteral("reason")].toString().isEmpty());
}

// --- The manager's office ---

namespace {

QString errorCode(const CtlRun& r)
{
    return r.json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString text(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

TEST_F(Cli, TheManagersFiguresSettlementAndExports)
{
    stock();
    const QString card = join(Id1, QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
                              QStringLiteral("6904000000014*5")); // diamond, 1510 points
    auto redeem = [&] {
        return ctl({text("redeem"), text("--card"), card, text("--points"), text("1500"),
                    text("--barcode"), text("6903000000022")});
    };
    const CtlRun first = redeem();
    ASSERT_EQ(first.exit, 0) << first.out.toStdString();
    const QString firstId = QString::number(first.json[text("redemption_id")].toInteger());
    const CtlRun cancelled = ctl({text("redeem"), text("cancel"), text("--redemption"), firstId},
                                 text("2026-11-18T10:05:00"));
    ASSERT_EQ(cancelled.exit, 0) << cancelled.out.toStdString();
    EXPECT_EQ(cancelled.json[text("points_restored")].toInteger(), 1500);
    EXPECT_EQ(cancelled.json[text("points_balance")].toInteger(), 1510);
    EXPECT_EQ(cancelled.json[text("cancelled_at")].toString(), text("2026-11-18T10:05:00"));
    const QStringList before = books();
    const CtlRun again = ctl({text("redeem"), text("cancel"), text("--redemption"), firstId});
    EXPECT_EQ(again.exit, 1);
    EXPECT_EQ(errorCode(again), text("REDEMPTION_CANCELLED"));
    EXPECT_EQ(books(), before);
    ASSERT_EQ(redeem().exit, 0);                                   // kept this time
    ASSERT_EQ(ctl({text("sale"), text("6901000000017")}).exit, 0); // walk-in 500 × 0.80

    const CtlRun range = ctl({text("report"), text("range"), text("--from"), text("2026-11-18"),
                              text("--to"), text("2026-11-18")});
    ASSERT_EQ(range.exit, 0) << range.out.toStdString();
    const QJsonObject& f = range.json;
    EXPECT_EQ(f[text("from")].toString(), text("2026-11-18"));
    EXPECT_EQ(f[text("tickets")].toInteger(), 2);
    EXPECT_EQ(f[text("sales_fen")].toInteger(), 1540000);
    EXPECT_EQ(f[text("vip_sales_fen")].toInteger(), 1500000);
    EXPECT_EQ(f[text("vip_share")].toString(), text("97.4"));
    EXPECT_EQ(f[text("avg_ticket_fen")].toInteger(), 770000);
    EXPECT_EQ(f[text("items_per_ticket")].toString(), text("3.00"));
    EXPECT_EQ(f[text("points_redeemed")].toInteger(), 1500);
    EXPECT_EQ(f[text("redemptions")].toInteger(), 1);
    EXPECT_EQ(f[text("redemption_cost_fen")].toInteger(), 40000);
    EXPECT_EQ(f[text("points_outstanding")].toInteger(), 10);
    EXPECT_EQ(f[text("buying_members")].toInteger(), 1);
    EXPECT_TRUE(f[text("vip_year_growth")].isNull()); // no member spend last year
    EXPECT_EQ(f[text("tiers")].toObject()[text("diamond_fen")].toInteger(), 1500000);
    EXPECT_EQ(f[text("hours")].toArray().size(), 24);
    EXPECT_EQ(f[text("hours")].toArray().at(10).toObject()[text("tickets")].toInteger(), 2);
    const QJsonArray counters = f[text("counters")].toArray();
    ASSERT_EQ(counters.size(), 3);
    EXPECT_EQ(counters.at(0).toObject()[text("counter")].toString(), text("钟表"));
    EXPECT_EQ(counters.at(0).toObject()[text("sales_fen")].toInteger(), 1500000);
    EXPECT_EQ(counters.at(2).toObject()[text("counter")].toString(), text("美妆"));
    EXPECT_EQ(counters.at(2).toObject()[text("redemption_cost_fen")].toInteger(), 40000);

    const QString countersCsv = dir.filePath(text("counters.csv"));
    const CtlRun byCounter = ctl({text("report"), text("counters"), text("--month"),
                                  text("2026-11"), text("--csv"), countersCsv});
    ASSERT_EQ(byCounter.exit, 0) << byCounter.out.toStdString();
    EXPECT_EQ(byCounter.json[text("counters")].toArray(), counters);
    const QByteArray bytes = readFile(countersCsv);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 as Excel on Chinese Windows reads it
    const QString csv = QString::fromUtf8(bytes);
    EXPECT_TRUE(csv.contains(text("钟表,15000.00,0.00,15000.00,5,0,0.00\r\n")))
        << csv.toStdString();

    const QString settlementCsv = dir.filePath(text("settlement.csv"));
    const CtlRun settlement =
        ctl({text("report"), text("settlement"), text("--month"), text("2026-11"),
             text("--counter"), text("美妆"), text("--csv"), settlementCsv});
    ASSERT_EQ(settlement.exit, 0) << settlement.out.toStdString();
    EXPECT_EQ(settlement.json[text("total_fen")].toInteger(), 40000);
    const QJsonArray owed = settlement.json[text("counters")].toArray();
    ASSERT_EQ(owed.size(), 1);
    ASSERT_EQ(owed.at(0).toObject()[text("redemptions")].toArray().size(), 1);
    const QString settled = QString::fromUtf8(readFile(settlementCsv));
    EXPECT_TRUE(settled.contains(text("自然堂 眼霜,400.00,1500,")));
    EXPECT_FALSE(settled.contains(firstId + text(",6903000000022"))); // the cancelled one

    const CtlRun diamonds =
        ctl({text("report"), text("diamond-event"), text("--year"), text("2026")});
    ASSERT_EQ(diamonds.exit, 0);
    const QJsonArray invited = diamonds.json[text("members")].toArray();
    ASSERT_EQ(invited.size(), 1);
    EXPECT_EQ(invited.at(0).toObject()[text("spend_fen")].toInteger(), 1500000);
    EXPECT_EQ(invited.at(0).toObject()[text("mobile_masked")].toString(), text("138****5678"));

    EXPECT_EQ(ctl({text("report"), text("range"), text("--from"), text("2026-11-18")}).exit, 2);
    const CtlRun backwards = ctl({text("report"), text("range"), text("--from"), text("2026-11-20"),
                                  text("--to"), text("2026-11-18")});
    EXPECT_EQ(backwards.exit, 1);
    EXPECT_EQ(errorCode(backwards), text("INVALID_RANGE"));
}

TEST_F(Cli, ADayClosedFromTheCliRefusesItsSalesAndTheNextDayTrades)
{
    stock();
    const CtlRun sold = ctl({text("sale"), text("6902000000016")}, text("2026-11-18T10:00:00"));
    ASSERT_EQ(sold.exit, 0);
    const CtlRun closed = ctl({text("day"), text("close")}, text("2026-11-18T22:00:00"));
    ASSERT_EQ(closed.exit, 0) << closed.out.toStdString();
    EXPECT_EQ(closed.json[text("date")].toString(), text("2026-11-18"));
    EXPECT_EQ(closed.json[text("closed_by")].toString(), text("9001")); // the manager, not "cli"
    EXPECT_EQ(closed.json[text("tickets")].toInteger(), 1);
    EXPECT_EQ(closed.json[text("sales_fen")].toInteger(), 55900);
    const QJsonArray tenders = closed.json[text("tenders")].toArray();
    ASSERT_EQ(tenders.size(), 1);
    EXPECT_EQ(tenders.at(0).toObject()[text("kind")].toString(), text("cash"));
    EXPECT_EQ(tenders.at(0).toObject()[text("net_fen")].toInteger(), 55900);

    const QStringList before = books();
    const CtlRun late = ctl({text("sale"), text("6902000000016")}, text("2026-11-18T22:30:00"));
    EXPECT_EQ(late.exit, 1);
    EXPECT_EQ(errorCode(late), text("DAY_CLOSED"));
    const CtlRun twice = ctl({text("day"), text("close"), text("--date"), text("2026-11-18")},
                             text("2026-11-19T08:00:00"));
    EXPECT_EQ(twice.exit, 1);
    EXPECT_EQ(errorCode(twice), text("DAY_CLOSED"));
    EXPECT_EQ(books(), before);

    const CtlRun day = ctl({text("report"), text("day"), text("--date"), text("2026-11-18")});
    EXPECT_TRUE(day.json[text("closed")].toBool());
    EXPECT_EQ(day.json[text("closed_by")].toString(), text("9001"));
    EXPECT_EQ(day.json[text("closed_at")].toString(), text("2026-11-18T22:00:00"));
    // The next morning: sales again, and the closed day's receipt comes back today.
    EXPECT_EQ(ctl({text("sale"), text("6902000000016")}, text("2026-11-19T09:00:00")).exit, 0);
    const CtlRun back =
        ctl({text("return"), text("--receipt"), sold.json[text("receipt_no")].toString()},
            text("2026-11-19T09:10:00"));
    EXPECT_EQ(back.exit, 0) << back.out.toStdString();
}

TEST_F(Cli, TheImportsDryRunAndPricesSetFromTheCli)
{
    stock();
    const QString path = writeCsv("barcode,name,counter,price,special\n"
                                  "6903000000022,自然堂 眼霜,美妆,368.00,0\n"
                                  "6906000000012,李宁 跑步鞋,运动,499.00,0\n");
    const QStringList before = books();
    const CtlRun dry = ctl({text("product"), text("import"), text("--dry-run"), path});
    ASSERT_EQ(dry.exit, 0) << dry.out.toStdString();
    EXPECT_TRUE(dry.json[text("dry_run")].toBool());
    EXPECT_EQ(dry.json[text("imported")].toInteger(), 1);
    EXPECT_EQ(dry.json[text("updated")].toInteger(), 1);
    const QJsonObject change = dry.json[text("changes")].toArray().at(0).toObject();
    EXPECT_EQ(change[text("change")].toString(), text("changed"));
    EXPECT_EQ(change[text("list_fen")].toInteger(), 36800);
    EXPECT_EQ(change[text("before")].toObject()[text("list_fen")].toInteger(), 40000);
    EXPECT_TRUE(dry.json[text("changes")].toArray().at(1).toObject()[text("before")].isNull());
    EXPECT_EQ(books(), before);

    const CtlRun price = ctl({text("product"), text("price"), text("--barcode"),
                              text("6903000000022"), text("--price"), text("368.00")});
    ASSERT_EQ(price.exit, 0) << price.out.toStdString();
    EXPECT_EQ(price.json[text("previous_fen")].toInteger(), 40000);
    EXPECT_EQ(price.json[text("list_fen")].toInteger(), 36800);
    EXPECT_TRUE(price.json[text("changed")].toBool());
    const CtlRun history =
        ctl({text("product"), text("history"), text("--barcode"), text("6903000000022")});
    const QJsonArray prices = history.json[text("prices")].toArray();
    ASSERT_EQ(prices.size(), 2);
    // In the manager's name, as in the office (no longer "cli" and nobody).
    EXPECT_EQ(prices.at(1).toObject()[text("source")].toString(), text("manager"));
    EXPECT_EQ(prices.at(1).toObject()[text("staff")].toString(), Manager.number);

    const CtlRun special = ctl({text("product"), text("special"), text("--counter"), text("美妆"),
                                text("--set"), text("1")});
    ASSERT_EQ(special.exit, 0) << special.out.toStdString();
    EXPECT_EQ(special.json[text("changed")].toInteger(), 2);
    const CtlRun bad = ctl({text("product"), text("price"), text("--barcode"),
                            text("6903000000022"), text("--price"), text("abc")});
    EXPECT_EQ(bad.exit, 1);
    EXPECT_EQ(errorCode(bad), text("INVALID_PRICE"));
    EXPECT_EQ(ctl({text("product"), text("special"), text("--counter"), text("美妆"),
                   text("--barcode"), text("6903000000022"), text("--set"), text("1")})
                  .exit,
              2);
}
