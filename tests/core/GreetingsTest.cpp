#include "core/Greetings.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

QStringList greetingOccasions()
{
    QStringList occasions = messageOccasions();
    occasions.removeAll(PointsReminderOccasion.toString());
    return occasions;
}

} // namespace

TEST(Greetings, NoGreetingTemplateAdvertises)
{
    // The words the store named, and the rest of the list.
    const QStringList named{QStringLiteral("折"), QStringLiteral("优惠"), QStringLiteral("促销"),
                            QStringLiteral("特价"), QStringLiteral("积分兑换")};
    const QStringList occasions = greetingOccasions();
    ASSERT_EQ(occasions.size(), 9); // seven festivals, the double festival, birthdays
    for (const QString& occasion : occasions) {
        const QString text = defaultMessageTemplate(occasion);
        ASSERT_FALSE(text.isEmpty()) << occasion.toStdString();
        for (const QString& word : named)
            EXPECT_FALSE(text.contains(word))
                << occasion.toStdString() << " has " << word.toStdString();
        EXPECT_TRUE(advertisingIn(text).isEmpty()) << occasion.toStdString();
        EXPECT_FALSE(templateFault(occasion, text).has_value()) << occasion.toStdString();
    }
}

TEST(Greetings, ThePointsReminderIsNotAGreetingAndMayNameThePoints)
{
    const QString text = defaultMessageTemplate(PointsReminderOccasion.toString());
    EXPECT_TRUE(text.contains(QStringLiteral("{points}")));
    EXPECT_FALSE(advertisingIn(text).isEmpty());
    EXPECT_FALSE(templateFault(PointsReminderOccasion.toString(), text).has_value());
}

TEST(Greetings, ATemplateThatAdvertisesOrCannotBeSentIsRefused)
{
    const QString spring = QStringLiteral("spring_festival");
    const std::optional<Error> ad = templateFault(
        spring, QStringLiteral("【{store}】{name}，新春快乐！全场8折优惠，欢迎光临。"));
    ASSERT_TRUE(ad.has_value());
    EXPECT_EQ(ad->code(), ErrorCode::AdvertisingInGreeting);
    EXPECT_TRUE(ad->message().contains(QStringLiteral("折")));
    EXPECT_TRUE(ad->message().contains(QStringLiteral("优惠")));
    EXPECT_EQ(templateFault(spring, QStringLiteral("新春快乐，积分{points}分"))->code(),
              ErrorCode::InvalidTemplate);
    EXPECT_EQ(templateFault(spring, QStringLiteral("{姓名}新春快乐"))->code(),
              ErrorCode::InvalidTemplate);
    EXPECT_EQ(templateFault(spring, QStringLiteral("  "))->code(), ErrorCode::InvalidTemplate);
    EXPECT_EQ(templateFault(spring, QString(141, QChar(u'福')))->code(),
              ErrorCode::InvalidTemplate);
    EXPECT_FALSE(templateFault(spring, QString(140, QChar(u'福'))).has_value());
    EXPECT_FALSE(templateFault(PointsReminderOccasion.toString(),
                               QStringLiteral("{name}，您有{points}积分可以积分兑换礼品"))
                     .has_value());
}

TEST(Greetings, EveryFestivalDayOf2020To2035HasItsGreeting)
{
    int days = 0;
    for (int year = 2020; year <= 2035; ++year) {
        for (Festival f : allFestivals) {
            const QDate day = festivalDate(f, year);
            ASSERT_TRUE(day.isValid());
            const QString occasion = festivalOccasion(festivalsOn(day));
            EXPECT_TRUE(isMessageOccasion(occasion)) << occasion.toStdString() << " " << year;
            EXPECT_FALSE(defaultMessageTemplate(occasion).isEmpty()) << occasion.toStdString();
            ++days;
        }
    }
    EXPECT_EQ(days, 16 * 7);
    // Mid-Autumn on National Day: one message for both.
    EXPECT_EQ(festivalOccasion(festivalsOn(QDate(2020, 10, 1))),
              QStringLiteral("mid_autumn+national_day"));
    EXPECT_EQ(festivalOccasion(festivalsOn(QDate(2031, 10, 1))),
              QStringLiteral("mid_autumn+national_day"));
    EXPECT_EQ(festivalOccasion({Festival::NationalDay, Festival::MidAutumn}),
              QStringLiteral("mid_autumn+national_day"));
    EXPECT_TRUE(festivalOccasion(festivalsOn(QDate(2026, 11, 18))).isEmpty());
}

TEST(Greetings, MembersAreAddressedBySurnameAndTitle)
{
    EXPECT_EQ(salutation(QStringLiteral("王秀英"), u'F'), QStringLiteral("王女士"));
    EXPECT_EQ(salutation(QStringLiteral("李建国"), u'M'), QStringLiteral("李先生"));
    EXPECT_EQ(salutation(QStringLiteral("欧阳娜娜"), u'F'), QStringLiteral("欧阳女士"));
    EXPECT_EQ(salutation(QStringLiteral("司马光"), u'M'), QStringLiteral("司马先生"));
    EXPECT_EQ(salutation(QStringLiteral(" "), u'M'), QStringLiteral("尊敬的会员"));
}

TEST(Greetings, TheTemplateIsFilledIn)
{
    EXPECT_EQ(renderMessage(QStringLiteral("【{store}】{name}，您有{points}分。"),
                            {QStringLiteral("王女士"), QStringLiteral("东方百货"), 1280}),
              QStringLiteral("【东方百货】王女士，您有1280分。"));
    const QString spring = renderMessage(defaultMessageTemplate(QStringLiteral("spring_festival")),
                                         {QStringLiteral("王女士"), QStringLiteral("东方百货"), 0});
    EXPECT_TRUE(spring.startsWith(QStringLiteral("【东方百货】王女士，新春快乐")));
    EXPECT_FALSE(spring.contains(u'{'));
    EXPECT_LE(spring.size(), MaxMessageLength);
}

TEST(Greetings, OccasionsHaveNamesAndCodesRoundTrip)
{
    EXPECT_EQ(occasionName(QStringLiteral("birthday")), QStringLiteral("Birthday"));
    EXPECT_EQ(occasionName(QStringLiteral("mid_autumn+national_day")),
              QStringLiteral("Mid-Autumn Festival · National Day"));
    EXPECT_FALSE(isMessageOccasion(QStringLiteral("singles_day")));
    for (MessageKind k : {MessageKind::Greeting, MessageKind::PointsReminder})
        EXPECT_EQ(messageKindFromCode(messageKindCode(k)), k);
    for (OutboxStatus s : {OutboxStatus::Pending, OutboxStatus::Exported, OutboxStatus::Withdrawn})
        EXPECT_EQ(outboxStatusFromCode(outboxStatusCode(s)), s);
}
