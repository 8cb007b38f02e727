// Greetings and points reminders by text message: who gets what on which
// day, opting out, the outbox and its CSV for the SMS gateway.

#include "services/GreetingService.h"

#include "CareFixture.h"
#include "services/RedemptionService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace viptill;
using namespace viptill::test;

namespace {

class Greetings : public CareFixture
{
protected:
    void optOut(Id member, bool out = true)
    {
        MemberProfile profile = t.store().memberProfile(member).value_or(MemberProfile{member});
        profile.smsOptOut = out;
        profile.updatedAt = t.clock().now();
        t.store().saveMemberProfile(profile);
    }

    QMap<Id, OutboxMessage> byMember(const QList<OutboxMessage>& messages)
    {
        QMap<Id, OutboxMessage> map;
        for (const OutboxMessage& m : messages) {
            EXPECT_FALSE(map.contains(m.memberId)) << "one message per member";
            map.insert(m.memberId, m);
        }
        return map;
    }

    QList<OutboxMessage> prepareOn(QDate day)
    {
        at(day, QTime(7, 30));
        const Result<DayMessages> messages = GreetingService(t.context()).messagesFor(day);
        EXPECT_TRUE(messages.ok()) << messages.error().message().toStdString();
        EXPECT_FALSE(messages->preview);
        return messages->messages;
    }

    QString outboxPath(const QString& name = QStringLiteral("sms.csv"))
    {
        return t.database().filePath(name);
    }
};

} // namespace

TEST_F(Greetings, SpringFestivalGreetsEveryMemberExceptThoseWhoOptedOut)
{
    // Spring Festival 2027 is 6 February.
    const Id wang = joinOn(QDate(2027, 1, 5), QDate(1980, 6, 15));
    const Id out = joinOn(QDate(2027, 1, 5), QDate(1981, 7, 16));
    const Id birthday = joinOn(QDate(2027, 1, 5), QDate(1982, 2, 6));
    optOut(out);
    const QMap<Id, OutboxMessage> sent = byMember(prepareOn(QDate(2027, 2, 6)));
    ASSERT_EQ(sent.size(), 2);
    EXPECT_FALSE(sent.contains(out));
    const OutboxMessage& m = sent.value(wang);
    EXPECT_EQ(m.kind, MessageKind::Greeting);
    EXPECT_EQ(m.occasion, QStringLiteral("spring_festival"));
    EXPECT_EQ(m.mobile, t.store().member(wang)->mobile);
    EXPECT_TRUE(m.text.startsWith(QStringLiteral("【VipTill百货】测女士，新春快乐")))
        << m.text.toStdString();
    EXPECT_TRUE(advertisingIn(m.text).isEmpty());
    EXPECT_EQ(m.status, OutboxStatus::Pending);
    // A birthday on the festival: the personal greeting, and only that one.
    EXPECT_EQ(sent.value(birthday).occasion, QStringLiteral("birthday"));
    EXPECT_TRUE(sent.value(birthday).text.contains(QStringLiteral("生日快乐")));
    // An ordinary day: nothing.
    EXPECT_TRUE(prepareOn(QDate(2027, 2, 8)).isEmpty());
}

TEST_F(Greetings, PreparingTheDayTwiceWritesEachMessageOnce)
{
    joinOn(QDate(2026, 12, 1), QDate(1980, 6, 15));
    joinOn(QDate(2026, 12, 1), QDate(1981, 7, 16));
    ASSERT_EQ(prepareOn(QDate(2027, 1, 1)).size(), 2);
    EXPECT_EQ(GreetingService(t.context()).prepareToday().value(), 0);
    EXPECT_EQ(prepareOn(QDate(2027, 1, 1)).size(), 2);
    EXPECT_EQ(t.store().outboxOn(QDate(2027, 1, 1)).first().occasion, QStringLiteral("new_year"));
}

TEST_F(Greetings, A29FebruaryBirthdayIsGreetedOn28FebruaryInOtherYears)
{
    const Id leap = joinOn(QDate(2026, 12, 1), QDate(1992, 2, 29));
    t.setSetting(QStringLiteral("lapse_days"), QStringLiteral("3650"));
    EXPECT_EQ(byMember(prepareOn(QDate(2027, 2, 28))).value(leap).occasion,
              QStringLiteral("birthday"));
    EXPECT_TRUE(prepareOn(QDate(2028, 2, 28)).isEmpty());
    EXPECT_EQ(byMember(prepareOn(QDate(2028, 2, 29))).value(leap).occasion,
              QStringLiteral("birthday"));
    EXPECT_TRUE(prepareOn(QDate(2028, 3, 1)).isEmpty());
}

TEST_F(Greetings, MidAutumnOnNationalDayIsOneMessageForBoth)
{
    const Id m = joinOn(QDate(2031, 9, 1), QDate(1980, 6, 15));
    const QMap<Id, OutboxMessage> sent = byMember(prepareOn(QDate(2031, 10, 1)));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sent.value(m).occasion, QStringLiteral("mid_autumn+national_day"));
    EXPECT_TRUE(sent.value(m).text.contains(QStringLiteral("中秋国庆")));
}

TEST_F(Greetings, APointsReminderGoesOnAQuietDayAndNotAgainForNinetyDays)
{
    const Id rich = joinOn(QDate(2026, 1, 5), QDate(1980, 6, 15), 20000); // 2010 points
    const Id poor = joinOn(QDate(2026, 1, 5), QDate(1981, 7, 16));
    EXPECT_TRUE(prepareOn(QDate(2026, 4, 4)).isEmpty()) << "89 days after joining";
    // 5 April 2026 is no festival: the reminder goes.
    const QMap<Id, OutboxMessage> sent = byMember(prepareOn(QDate(2026, 4, 5)));
    ASSERT_EQ(sent.size(), 1);
    EXPECT_FALSE(sent.contains(poor));
    EXPECT_EQ(sent.value(rich).kind, MessageKind::PointsReminder);
    EXPECT_TRUE(sent.value(rich).text.contains(QStringLiteral("2010分")))
        << sent.value(rich).text.toStdString();
    EXPECT_TRUE(prepareOn(QDate(2026, 4, 6)).isEmpty());
    // Labour Day falls 86 days later: the greeting, and no reminder.
    EXPECT_EQ(byMember(prepareOn(QDate(2026, 5, 1))).value(rich).kind, MessageKind::Greeting);
    EXPECT_TRUE(prepareOn(QDate(2026, 7, 3)).isEmpty()) << "89 days after the reminder";
    EXPECT_EQ(byMember(prepareOn(QDate(2026, 7, 4))).value(rich).kind, MessageKind::PointsReminder);
}

TEST_F(Greetings, TheOutboxGoesToTheGatewayAsCsvWithoutWhoeverOptedOutSince)
{
    const Id stays = joinOn(QDate(2026, 12, 1), QDate(1980, 6, 15));
    const Id leaves = joinOn(QDate(2026, 12, 1), QDate(1981, 7, 16));
    ASSERT_EQ(prepareOn(QDate(2027, 1, 1)).size(), 2);
    optOut(leaves); // after the message was written, before it went
    at(QDate(2027, 1, 1), QTime(9, 0));
    const QString path = outboxPath(QStringLiteral("sms-2027-01-01.csv"));
    CsvOutboxFile file(path);
    const Result<OutboxExport> done =
        GreetingService(t.context()).exportOutbox(QDate(2027, 1, 1), file);
    ASSERT_TRUE(done.ok()) << done.error().message().toStdString();
    EXPECT_EQ(done->exported, 1);
    EXPECT_EQ(done->withdrawn, 1);
    EXPECT_EQ(done->batch, QStringLiteral("sms-2027-01-01.csv"));

    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    const QString text = t.store().outboxOn(QDate(2027, 1, 1)).first().text;
    const QByteArray expected = "mobile,text\r\n" + t.store().member(stays)->mobile.toUtf8() +
                                ",\"" + text.toUtf8() + "\"\r\n";
    EXPECT_EQ(bytes, expected);
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF")) << "no byte-order mark";
    EXPECT_FALSE(bytes.contains(t.store().member(leaves)->mobile.toUtf8()));

    const QMap<Id, OutboxMessage> rows = byMember(t.store().outboxOn(QDate(2027, 1, 1)));
    EXPECT_EQ(rows.value(stays).status, OutboxStatus::Exported);
    EXPECT_EQ(rows.value(stays).batch, QStringLiteral("sms-2027-01-01.csv"));
    EXPECT_EQ(rows.value(leaves).status, OutboxStatus::Withdrawn);
    // Exporting again sends nothing twice.
    CsvOutboxFile again(outboxPath(QStringLiteral("again.csv")));
    EXPECT_EQ(GreetingService(t.context()).exportOutbox(QDate(2027, 1, 1), again)->exported, 0);
    EXPECT_FALSE(QFile::exists(outboxPath(QStringLiteral("again.csv"))));
}

TEST_F(Greetings, AFailedExportLeavesTheMessagesWaiting)
{
    joinOn(QDate(2026, 12, 1), QDate(1980, 6, 15));
    prepareOn(QDate(2027, 1, 1));
    const QStringList before = t.snapshot();
    CsvOutboxFile nowhere(outboxPath(QStringLiteral("no/such/folder/sms.csv")));
    const Result<OutboxExport> failed =
        GreetingService(t.context()).exportOutbox(QDate(2027, 1, 1), nowhere);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), ErrorCode::FileError);
    EXPECT_EQ(t.snapshot(), before);
    EXPECT_EQ(t.store().outboxOn(QDate(2027, 1, 1)).first().status, OutboxStatus::Pending);
}

TEST_F(Greetings, ADayToComeIsAPreviewThatWritesNothingAndCannotBeExported)
{
    joinOn(QDate(2026, 12, 1), QDate(1980, 6, 15));
    at(QDate(2026, 12, 20));
    const QStringList before = t.snapshot();
    GreetingService greetings(t.context());
    const Result<DayMessages> preview = greetings.messagesFor(QDate(2027, 1, 1));
    ASSERT_TRUE(preview.ok());
    EXPECT_TRUE(preview->preview);
    ASSERT_EQ(preview->messages.size(), 1);
    EXPECT_EQ(preview->messages.first().occasion, QStringLiteral("new_year"));
    CsvOutboxFile file(outboxPath());
    EXPECT_EQ(greetings.exportOutbox(QDate(2027, 1, 1), file).error().code(),
              ErrorCode::InvalidDate);
    EXPECT_EQ(t.snapshot(), before);
    EXPECT_FALSE(QFile::exists(outboxPath()));
}

TEST_F(Greetings, TheStoreMayRewordAGreetingButNeverMakeItAnAdvertisement)
{
    const Id m = joinOn(QDate(2026, 12, 1), QDate(1980, 6, 15));
    GreetingService greetings(t.context());
    const QStringList before = t.snapshot();
    const Status ad = greetings.setTemplate(
        QStringLiteral("new_year"), QStringLiteral("{name}元旦快乐！全场满减促销，欢迎光临"));
    ASSERT_FALSE(ad.ok());
    EXPECT_EQ(ad.error().code(), ErrorCode::AdvertisingInGreeting);
    EXPECT_EQ(greetings.setTemplate(QStringLiteral("black_friday"), QStringLiteral("{name}你好"))
                  .error()
                  .code(),
              ErrorCode::UnknownOccasion);
    EXPECT_EQ(
        greetings.setTemplate(QStringLiteral("new_year"), QStringLiteral("{name}有{points}分"))
            .error()
            .code(),
        ErrorCode::InvalidTemplate);
    EXPECT_EQ(t.snapshot(), before);

    ASSERT_TRUE(greetings
                    .setTemplate(QStringLiteral("new_year"),
                                 QStringLiteral("【{store}】{name}，新年好！愿您平安喜乐。"))
                    .ok());
    t.setSetting(QStringLiteral("sms_signature"), QStringLiteral("东方百货"));
    EXPECT_EQ(byMember(prepareOn(QDate(2027, 1, 1))).value(m).text,
              QStringLiteral("【东方百货】测女士，新年好！愿您平安喜乐。"));
    EXPECT_EQ(greetings.messageTemplate(QStringLiteral("lantern_festival")).value(),
              defaultMessageTemplate(QStringLiteral("lantern_festival")));
}

TEST(CsvOutboxFile, QuotesTheTextAsRfc4180Says)
{
    OutboxMessage m;
    m.mobile = QStringLiteral("13912345678");
    m.text = QStringLiteral("王女士，\"中秋\"快乐,\n团圆");
    EXPECT_EQ(CsvOutboxFile::csv({m}),
              QByteArray("mobile,text\r\n13912345678,\"") +
                  QStringLiteral("王女士，\"\"中秋\"\"快乐,\n团圆").toUtf8() + "\"\r\n");
}
