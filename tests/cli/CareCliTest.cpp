// The customer-care commands, run as store IT would run them: the shapes of
// cli.md, refusals that change nothing, the member file's log.

#include "services/StaffService.h"
#include "services/StoreKeys.h"
#include "services/StoreMode.h"
#include "storage/SqliteConnection.h"
#include "support/TestDatabase.h"
#include "support/TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

struct CtlResult
{
    int exit = -1;
    QJsonObject json;
    QByteArray out;
    QString code() const
    {
        return json[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString();
    }
};

QStringList words(const char* line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

class CareCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Staff and the catalogue through the services, on the same file.
        const Result<StoreKeys> keys = KeyFile::create(keyFile());
        ASSERT_TRUE(keys.ok());
        std::unique_ptr<Store> store = openStore(db());
        applyKeys(*store, *keys);
        // A training store, so $VIPTILL_NOW sets its clock; made so before
        // it has staff.
        ASSERT_TRUE(StoreMode::makeTraining(*store).ok());
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
        ServiceContext ctx{*store, clock, QStringLiteral("T01")};
        StaffService staff(ctx);
        ASSERT_TRUE(staff
                        .addStaff(QStringLiteral("2001"), QStringLiteral("陈静"),
                                  StaffRole::ServiceDesk, QStringLiteral("2222"))
                        .ok());
        ASSERT_TRUE(staff
                        .addStaff(QStringLiteral("1001"), QStringLiteral("王丽"),
                                  StaffRole::Cashier, QStringLiteral("1111"))
                        .ok());
        ASSERT_TRUE(staff
                        .addStaff(QStringLiteral("9001"), QStringLiteral("李强"),
                                  StaffRole::Manager, QStringLiteral("9999"))
                        .ok());
        QFile csv(database.filePath(QStringLiteral("items.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write("barcode,name,counter,price,special\n"
                  "6903000000015,自然堂 保湿面霜,美妆,200.00,0\n"
                  "6905000000013,清仓 保温杯,特卖,100.00,1\n");
        csv.close();
        ASSERT_EQ(ctl({QStringLiteral("product"), QStringLiteral("import"),
                       database.filePath(QStringLiteral("items.csv"))})
                      .exit,
                  0);
    }

    CtlResult ctl(const QStringList& args,
                  const QString& now = QStringLiteral("2026-03-02T10:00:00"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIPTILL_DB"), db());
        env.insert(QStringLiteral("VIPTILL_KEYS"), keyFile());
        env.insert(QStringLiteral("VIPTILL_NOW"), now);
        env.insert(QStringLiteral("VIPTILL_LANG"), QStringLiteral("en"));
        // The runs are the manager's unless the command names its staff.
        env.remove(QStringLiteral("VIPTILL_STAFF"));
        env.remove(QStringLiteral("VIPTILL_PIN"));
        if (asManager) {
            env.insert(QStringLiteral("VIPTILL_STAFF"), QStringLiteral("9001"));
            env.insert(QStringLiteral("VIPTILL_PIN"), QStringLiteral("9999"));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VIPTILLCTL_PATH), args);
        EXPECT_TRUE(p.waitForFinished(60000));
        CtlResult r;
        r.exit = p.exitCode();
        r.out = p.readAllStandardOutput();
        QJsonParseError error{};
        r.json = QJsonDocument::fromJson(r.out, &error).object();
        EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
        EXPECT_EQ(r.out.count('\n'), 1) << "one JSON object on one line";
        return r;
    }

    CtlResult ctl(const char* line, const QString& now = QStringLiteral("2026-03-02T10:00:00"))
    {
        return ctl(words(line), now);
    }

    // Joins on 2 March 2026 with cream and a flask (300 yuan) or the items
    // given; the member's id.
    qint64 join(const QString& birthday, const QString& mobile,
                const char* items = "6903000000015 6905000000013")
    {
        const CtlResult sale = ctl(QStringLiteral("sale %1").arg(QLatin1String(items)).split(u' '));
        EXPECT_EQ(sale.exit, 0) << sale.out.toStdString();
        const QDate b = QDate::fromString(birthday, Qt::ISODate);
        const CtlResult r =
            ctl({QStringLiteral("member"), QStringLiteral("register"), QStringLiteral("--name"),
                 QStringLiteral("王秀英"), QStringLiteral("--gender"), QStringLiteral("F"),
                 QStringLiteral("--birthday"), birthday, QStringLiteral("--id-number"),
                 idNumberFor(b), QStringLiteral("--mobile"), mobile, QStringLiteral("--address"),
                 QStringLiteral("北京市朝阳区建国路1号"), QStringLiteral("--category"),
                 QStringLiteral("美妆"), QStringLiteral("--receipt"),
                 sale.json[QStringLiteral("receipt_no")].toString()});
        EXPECT_EQ(r.exit, 0) << r.out.toStdString();
        cards.insert(r.json[QStringLiteral("member_id")].toInteger(),
                     r.json[QStringLiteral("card_number")].toString());
        return r.json[QStringLiteral("member_id")].toInteger();
    }

    QString db() const { return database.location(); }
    QString keyFile() const { return database.filePath(QStringLiteral("store.keys")); }

    TestDatabase database;
    QHash<qint64, QString> cards;
    bool asManager = true; // $VIPTILL_STAFF/$VIPTILL_PIN name the manager
};

} // namespace

TEST_F(CareCli, DormantAndLapsingListsHaveTheShapesOfCliMd)
{
    const qint64 m = join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"));
    const CtlResult dormant = ctl("crm dormant --days 60", QStringLiteral("2026-05-01T09:00:00"));
    ASSERT_EQ(dormant.exit, 0) << dormant.out.toStdString();
    const QJsonArray members = dormant.json[QStringLiteral("members")].toArray();
    ASSERT_EQ(members.size(), 1);
    EXPECT_EQ(members.at(0).toObject()[QStringLiteral("member_id")].toInteger(), m);
    EXPECT_EQ(members.at(0).toObject()[QStringLiteral("last_visit")].toString(),
              QStringLiteral("2026-03-02"));
    EXPECT_TRUE(ctl("crm dormant --days 61", QStringLiteral("2026-05-01T09:00:00"))
                    .json[QStringLiteral("members")]
                    .toArray()
                    .isEmpty());

    const CtlResult lapsing =
        ctl("crm lapsing --within-days 30", QStringLiteral("2027-02-01T09:00:00"));
    ASSERT_EQ(lapsing.exit, 0);
    const QJsonObject row = lapsing.json[QStringLiteral("members")].toArray().at(0).toObject();
    EXPECT_EQ(row[QStringLiteral("member_id")].toInteger(), m);
    EXPECT_EQ(row[QStringLiteral("lapses_on")].toString(), QStringLiteral("2027-03-02"));
    EXPECT_EQ(row[QStringLiteral("card_number")].toString(), cards.value(m));
    EXPECT_TRUE(ctl("crm lapsing --within-days 28", QStringLiteral("2027-02-01T09:00:00"))
                    .json[QStringLiteral("members")]
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(ctl("crm dormant --days many").exit, 2);
    EXPECT_EQ(ctl("crm dormant --days 0").code(), QStringLiteral("INVALID_SETTING"));
}

TEST_F(CareCli, ALapsedCardIsRefusedUntilTheDeskRevivesIt)
{
    const qint64 m = join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"));
    const QString later = QStringLiteral("2027-03-02T10:00:00");
    const CtlResult refused = ctl({QStringLiteral("sale"), QStringLiteral("--card"), cards.value(m),
                                   QStringLiteral("6905000000013")},
                                  later);
    EXPECT_EQ(refused.exit, 1);
    EXPECT_EQ(refused.code(), QStringLiteral("CARD_LAPSED"));
    EXPECT_EQ(
        ctl(QStringLiteral("crm revive --member %1 --staff 1001 --pin 1111").arg(m).split(u' '),
            later)
            .code(),
        QStringLiteral("NOT_PERMITTED"));
    const CtlResult revived = ctl(
        QStringLiteral("crm revive --member %1 --staff 2001 --pin 2222").arg(m).split(u' '), later);
    ASSERT_EQ(revived.exit, 0) << revived.out.toStdString();
    EXPECT_EQ(revived.json[QStringLiteral("card_status")].toString(), QStringLiteral("active"));
    EXPECT_EQ(revived.json[QStringLiteral("lapses_on")].toString(), QStringLiteral("2028-03-01"));
    EXPECT_EQ(revived.json[QStringLiteral("points_balance")].toInteger(), 30);
    EXPECT_EQ(ctl({QStringLiteral("sale"), QStringLiteral("--card"), cards.value(m),
                   QStringLiteral("6905000000013")},
                  later)
                  .exit,
              0);
    EXPECT_EQ(
        ctl(QStringLiteral("crm revive --member %1 --staff 2001 --pin 2222").arg(m).split(u' '),
            later)
            .code(),
        QStringLiteral("CARD_NOT_LAPSED"));
}

TEST_F(CareCli, TheDaysCallsAreListedAndLogged)
{
    // 500 yuan: a product-use call follows a week later.
    const qint64 m = join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
                          "6903000000015*2 6905000000013");
    const QString week = QStringLiteral("2026-03-09T08:30:00");
    const CtlResult calls = ctl("crm calls", week);
    ASSERT_EQ(calls.exit, 0) << calls.out.toStdString();
    EXPECT_EQ(calls.json[QStringLiteral("date")].toString(), QStringLiteral("2026-03-09"));
    const QJsonArray list = calls.json[QStringLiteral("calls")].toArray();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject call = list.at(0).toObject();
    EXPECT_EQ(call[QStringLiteral("member_id")].toInteger(), m);
    EXPECT_EQ(call[QStringLiteral("kind")].toString(), QStringLiteral("product_use"));
    EXPECT_EQ(call[QStringLiteral("window")].toString(), QStringLiteral("10:00-17:00"));
    EXPECT_EQ(call[QStringLiteral("assigned_to")].toString(), QStringLiteral("2001"));
    EXPECT_EQ(ctl("crm calls --date 2026-03-09", week).json, calls.json) << "planned once";
    EXPECT_EQ(ctl("crm calls --date 2026-03-10", week).code(), QStringLiteral("INVALID_DATE"));

    const QString id = QString::number(call[QStringLiteral("call_id")].toInteger());
    const QStringList log{QStringLiteral("crm"),
                          QStringLiteral("call"),
                          QStringLiteral("log"),
                          QStringLiteral("--call"),
                          id,
                          QStringLiteral("--outcome"),
                          QStringLiteral("reached"),
                          QStringLiteral("--satisfaction"),
                          QStringLiteral("5"),
                          QStringLiteral("--suggestions"),
                          QStringLiteral("希望增加停车位"),
                          QStringLiteral("--staff"),
                          QStringLiteral("2001"),
                          QStringLiteral("--pin"),
                          QStringLiteral("2222")};
    const CtlResult logged = ctl(log, QStringLiteral("2026-03-09T14:00:00"));
    ASSERT_EQ(logged.exit, 0) << logged.out.toStdString();
    EXPECT_EQ(logged.json[QStringLiteral("outcome")].toString(), QStringLiteral("reached"));
    EXPECT_EQ(logged.json[QStringLiteral("satisfaction")].toInt(), 5);
    EXPECT_EQ(ctl(log, QStringLiteral("2026-03-09T14:05:00")).code(),
              QStringLiteral("CALL_ALREADY_LOGGED"));
    QStringList badOutcome = log;
    badOutcome[6] = QStringLiteral("maybe");
    EXPECT_EQ(ctl(badOutcome).exit, 2);

    const CtlResult feedback =
        ctl("crm feedback --season 2026-05", QStringLiteral("2026-05-02T09:00:00"));
    ASSERT_EQ(feedback.exit, 0);
    EXPECT_EQ(feedback.json[QStringLiteral("from")].toString(), QStringLiteral("2026-03-01"));
    EXPECT_EQ(feedback.json[QStringLiteral("made")].toInteger(), 1);
    EXPECT_EQ(feedback.json[QStringLiteral("average_satisfaction")].toString(),
              QStringLiteral("5.00"));
    EXPECT_EQ(feedback.json[QStringLiteral("suggestions")]
                  .toArray()
                  .at(0)
                  .toObject()[QStringLiteral("text")]
                  .toString(),
              QStringLiteral("希望增加停车位"));
    EXPECT_EQ(ctl("crm feedback --season 2026-04").code(), QStringLiteral("INVALID_SEASON"));
}

TEST_F(CareCli, GreetingsGoToTheOutboxAndOutAsCsv)
{
    join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"));
    const QString labourDay = QStringLiteral("2026-05-01T08:00:00");
    const CtlResult greetings = ctl("crm greetings", labourDay);
    ASSERT_EQ(greetings.exit, 0) << greetings.out.toStdString();
    const QJsonArray messages = greetings.json[QStringLiteral("messages")].toArray();
    ASSERT_EQ(messages.size(), 1);
    const QJsonObject msg = messages.at(0).toObject();
    EXPECT_EQ(msg[QStringLiteral("occasion")].toString(), QStringLiteral("labour_day"));
    EXPECT_TRUE(msg[QStringLiteral("text")].toString().contains(QStringLiteral("劳动节快乐")));
    EXPECT_FALSE(greetings.json[QStringLiteral("preview")].toBool());
    // A day to come is a preview.
    EXPECT_TRUE(
        ctl("crm greetings --date 2026-10-01", labourDay).json[QStringLiteral("preview")].toBool());

    const QString csv = database.filePath(QStringLiteral("out.csv"));
    const CtlResult exported = ctl(
        {QStringLiteral("crm"), QStringLiteral("outbox"), QStringLiteral("--csv"), csv}, labourDay);
    ASSERT_EQ(exported.exit, 0) << exported.out.toStdString();
    EXPECT_EQ(exported.json[QStringLiteral("exported")].toInteger(), 1);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("mobile,text\r\n13812345678,\""));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("王女士，劳动节快乐")));

    const CtlResult ad =
        ctl({QStringLiteral("crm"), QStringLiteral("template"), QStringLiteral("--occasion"),
             QStringLiteral("labour_day"), QStringLiteral("--text"),
             QStringLiteral("{name}劳动节快乐，全场5折")});
    EXPECT_EQ(ad.exit, 1);
    EXPECT_EQ(ad.code(), QStringLiteral("ADVERTISING_IN_GREETING"));
    const CtlResult shown = ctl("crm template --occasion labour_day");
    EXPECT_TRUE(shown.json[QStringLiteral("default")].toBool());
}

TEST_F(CareCli, TheMemberFileIsReadByStaffOnlyAndEachReadingIsLogged)
{
    const qint64 m = join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"));
    const QStringList read =
        QStringLiteral("member file --member %1 --staff 2001 --pin 2222").arg(m).split(u' ');
    const CtlResult file = ctl(read, QStringLiteral("2026-03-03T11:00:00"));
    ASSERT_EQ(file.exit, 0) << file.out.toStdString();
    EXPECT_EQ(file.json[QStringLiteral("mobile_masked")].toString(), QStringLiteral("138****5678"));
    EXPECT_FALSE(file.out.contains("13812345678")) << "the mobile is masked";
    EXPECT_FALSE(file.out.contains(idNumberFor(QDate(1985, 5, 20)).toUtf8()));
    EXPECT_EQ(file.json[QStringLiteral("visits")].toObject()[QStringLiteral("week")].toInteger(),
              1);
    EXPECT_EQ(file.json[QStringLiteral("purchases")].toArray().size(), 1);

    // Without anyone's name it is refused (it was bad usage before staff
    // were asked of every command that needs them).
    asManager = false;
    EXPECT_EQ(ctl(QStringLiteral("member file --member %1").arg(m).split(u' ')).code(),
              QStringLiteral("STAFF_REQUIRED"));
    asManager = true;
    EXPECT_EQ(
        ctl(QStringLiteral("member file --member %1 --staff 1001 --pin 1111").arg(m).split(u' '))
            .code(),
        QStringLiteral("NOT_PERMITTED"));
    EXPECT_EQ(
        ctl(QStringLiteral("member file --member %1 --staff 2001 --pin 0000").arg(m).split(u' '))
            .code(),
        QStringLiteral("WRONG_PIN"));

    const CtlResult edited = ctl(QStringLiteral("member edit --member %1 --staff 2001 --pin 2222 "
                                                "--sizes M/37 --call-window noon --sms-opt-out yes")
                                     .arg(m)
                                     .split(u' '));
    ASSERT_EQ(edited.exit, 0) << edited.out.toStdString();
    EXPECT_EQ(edited.json[QStringLiteral("sizes")].toString(), QStringLiteral("M/37"));
    const QJsonObject profile = edited.json[QStringLiteral("profile")].toObject();
    EXPECT_EQ(profile[QStringLiteral("call_window")].toString(), QStringLiteral("noon"));
    EXPECT_TRUE(profile[QStringLiteral("sms_opt_out")].toBool());
    EXPECT_EQ(ctl(QStringLiteral("member edit --member %1 --staff 2001 --pin 2222 --call-window "
                                 "night")
                      .arg(m)
                      .split(u' '))
                  .exit,
              2);

    const std::unique_ptr<SqlConnection> connection = database.connect();
    const std::vector<SqlRow> events = connection->query(
        "SELECT s.number, e.action, e.detail, e.at FROM staff_events e JOIN staff s "
        "ON s.id = e.staff_id WHERE e.action LIKE 'member_file_%' ORDER BY e.id");
    ASSERT_EQ(events.size(), 3u); // read, read before the edit, the edit
    EXPECT_EQ(events.at(0).text(0), QStringLiteral("2001"));
    EXPECT_EQ(events.at(0).text(2), QStringLiteral("member %1").arg(m));
    EXPECT_EQ(events.at(0).text(3), QStringLiteral("2026-03-03T11:00:00"));
    EXPECT_EQ(events.at(2).text(1), QStringLiteral("member_file_edit"));
    EXPECT_EQ(events.at(2).text(2),
              QStringLiteral("member %1: sizes, call_window, sms_opt_out").arg(m));
}

TEST_F(CareCli, ClassesSettingsAndTheDailyRun)
{
    // 500 yuan: the daily run a week later plans a product-use call.
    join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"),
         "6903000000015*2 6905000000013");
    const CtlResult settings =
        ctl("crm settings --set rfm_b_visits=1 --set lapse_days=400 --staff 9001 --pin 9999");
    ASSERT_EQ(settings.exit, 0) << settings.out.toStdString();
    const QJsonObject values = settings.json[QStringLiteral("settings")].toObject();
    EXPECT_EQ(values[QStringLiteral("lapse_days")].toInteger(), 400);
    EXPECT_EQ(values[QStringLiteral("dormant_days")].toInteger(), 60);
    EXPECT_EQ(values[QStringLiteral("sms_signature")].toString(), QStringLiteral("VipTill百货"));
    EXPECT_EQ(ctl("crm settings --set lapse_days=5 --staff 9001 --pin 9999").code(),
              QStringLiteral("INVALID_SETTING"));
    EXPECT_EQ(ctl("crm settings --set colour=red --staff 9001 --pin 9999").code(),
              QStringLiteral("INVALID_SETTING"));
    EXPECT_EQ(ctl("crm settings --set lapse_days --staff 9001 --pin 9999").exit, 2);

    const CtlResult daily = ctl("crm daily", QStringLiteral("2026-03-09T06:00:00"));
    ASSERT_EQ(daily.exit, 0) << daily.out.toStdString();
    EXPECT_EQ(daily.json[QStringLiteral("calls_planned")].toInt(), 1);
    EXPECT_EQ(daily.json[QStringLiteral("classes")].toObject()[QStringLiteral("B")].toInt(), 1);
    EXPECT_EQ(ctl("crm daily", QStringLiteral("2026-03-09T06:05:00"))
                  .json[QStringLiteral("calls_planned")]
                  .toInt(),
              0);
    const CtlResult classes =
        ctl("crm classes --class B --tier gold", QStringLiteral("2026-03-09T09:00:00"));
    ASSERT_EQ(classes.exit, 0);
    EXPECT_EQ(classes.json[QStringLiteral("members")].toArray().size(), 1);
    EXPECT_EQ(ctl("crm classes --class D").exit, 2);
    EXPECT_EQ(ctl("crm classes --counter 古董").code(), QStringLiteral("UNKNOWN_COUNTER"));
}

TEST_F(CareCli, MemberExportEraseAndPointsAdjustTakeStaffAndAManagersApproval)
{
    const qint64 m = join(QStringLiteral("1985-05-20"), QStringLiteral("13812345678"));
    const QString id = QString::number(m);

    // The member's own copy: whole, on stdout or into a file.
    const CtlResult copy =
        ctl({QStringLiteral("member"), QStringLiteral("export"), QStringLiteral("--member"), id,
             QStringLiteral("--staff"), QStringLiteral("2001"), QStringLiteral("--pin"),
             QStringLiteral("2222")});
    ASSERT_EQ(copy.exit, 0) << copy.out.toStdString();
    EXPECT_EQ(copy.json[QStringLiteral("member")].toObject()[QStringLiteral("mobile")].toString(),
              QStringLiteral("13812345678"));
    EXPECT_EQ(copy.json[QStringLiteral("cards")].toArray().size(), 1);
    const QString file = database.filePath(QStringLiteral("export.json"));
    const CtlResult written =
        ctl({QStringLiteral("member"), QStringLiteral("export"), QStringLiteral("--member"), id,
             QStringLiteral("--staff"), QStringLiteral("2001"), QStringLiteral("--pin"),
             QStringLiteral("2222"), QStringLiteral("--to"), file});
    ASSERT_EQ(written.exit, 0) << written.out.toStdString();
    EXPECT_TRUE(QFile::exists(file));
    EXPECT_EQ(ctl({QStringLiteral("member"), QStringLiteral("export"), QStringLiteral("--member"),
                   id, QStringLiteral("--staff"), QStringLiteral("1001"), QStringLiteral("--pin"),
                   QStringLiteral("1111")})
                  .code(),
              QStringLiteral("NOT_PERMITTED"));

    // Points: without the manager it is bad usage; with a wrong PIN refused.
    const QStringList adjust{QStringLiteral("points"),   QStringLiteral("adjust"),
                             QStringLiteral("--member"), id,
                             QStringLiteral("--points"), QStringLiteral("120"),
                             QStringLiteral("--reason"), QStringLiteral("补登小票"),
                             QStringLiteral("--staff"),  QStringLiteral("2001"),
                             QStringLiteral("--pin"),    QStringLiteral("2222")};
    EXPECT_EQ(ctl(adjust).exit, 2);
    const CtlResult wrong =
        ctl(adjust + QStringList{QStringLiteral("--approver"), QStringLiteral("9001"),
                                 QStringLiteral("--approver-pin"), QStringLiteral("0000")});
    EXPECT_EQ(wrong.exit, 1);
    EXPECT_EQ(wrong.code(), QStringLiteral("WRONG_PIN"));
    const CtlResult added =
        ctl(adjust + QStringList{QStringLiteral("--approver"), QStringLiteral("9001"),
                                 QStringLiteral("--approver-pin"), QStringLiteral("9999")});
    ASSERT_EQ(added.exit, 0) << added.out.toStdString();
    EXPECT_EQ(added.json[QStringLiteral("points")].toInteger(), 120);
    EXPECT_EQ(added.json[QStringLiteral("points_balance")].toInteger(), 30 + 120);
    EXPECT_EQ(added.json[QStringLiteral("approver")].toString(), QStringLiteral("9001"));

    // Erasure: the person goes, the points are written off, the card blocked.
    const CtlResult erased =
        ctl({QStringLiteral("member"), QStringLiteral("erase"), QStringLiteral("--member"), id,
             QStringLiteral("--staff"), QStringLiteral("2001"), QStringLiteral("--pin"),
             QStringLiteral("2222"), QStringLiteral("--approver"), QStringLiteral("9001"),
             QStringLiteral("--approver-pin"), QStringLiteral("9999")});
    ASSERT_EQ(erased.exit, 0) << erased.out.toStdString();
    EXPECT_EQ(erased.json[QStringLiteral("points_forfeited")].toInteger(), 150);
    EXPECT_EQ(erased.json[QStringLiteral("cards_blocked")].toInteger(), 1);
    const CtlResult shown = ctl({QStringLiteral("member"), QStringLiteral("show"),
                                 QStringLiteral("--mobile"), QStringLiteral("13812345678")});
    EXPECT_EQ(shown.code(), QStringLiteral("UNKNOWN_MEMBER")) << shown.out.toStdString();
    EXPECT_EQ(ctl("audit verify").json[QStringLiteral("ok")].toBool(), true);
}
