#include "core/CustomerCare.h"

#include <gtest/gtest.h>

using namespace viptill;

TEST(Dormancy, ExactlyTheDormantPeriodIsDormant)
{
    const QDate today(2026, 11, 18);
    EXPECT_FALSE(isDormant(today.addDays(-59), today, 60));
    EXPECT_TRUE(isDormant(today.addDays(-60), today, 60));
    EXPECT_TRUE(isDormant(today.addDays(-61), today, 60));
    EXPECT_FALSE(isDormant(today, today, 60));
    EXPECT_FALSE(isDormant(QDate(), today, 60));
}

TEST(Lapse, ACardLapsesOnItsDayAndNotBefore)
{
    const QDate lastVisit(2025, 11, 18);
    EXPECT_EQ(lapsesOn(lastVisit, 365), QDate(2026, 11, 18));
    EXPECT_FALSE(hasLapsed(lastVisit, QDate(2026, 11, 17), 365));
    EXPECT_TRUE(hasLapsed(lastVisit, QDate(2026, 11, 18), 365));
    EXPECT_TRUE(hasLapsed(lastVisit, QDate(2027, 1, 1), 365));
    EXPECT_FALSE(hasLapsed(QDate(), QDate(2027, 1, 1), 365));
}

TEST(Lapse, ARevivalLaterThanTheLastVisitStartsTheClockAnew)
{
    const QDate visit(2025, 1, 10);
    EXPECT_EQ(lapseAnchor(visit, std::nullopt), visit);
    EXPECT_EQ(lapseAnchor(visit, QDate(2026, 3, 1)), QDate(2026, 3, 1));
    EXPECT_EQ(lapseAnchor(visit, QDate(2024, 3, 1)), visit); // an older revival changes nothing
}

namespace {

struct ClassRow
{
    const char* why;
    std::int64_t days;
    std::int64_t visits;
    std::int64_t spendFen;
    MemberClass expected;
};

class RfmClasses : public ::testing::TestWithParam<ClassRow>
{
};

} // namespace

// Defaults: A = seen within 90 days, 6 visits, 5000 yuan; B = seen within
// 180 days and 2 visits or 1000 yuan; C the rest.
TEST_P(RfmClasses, FollowTheThresholds)
{
    const ClassRow& row = GetParam();
    EXPECT_EQ(classify({row.days, row.visits, Money::fromFen(row.spendFen)}, RfmThresholds{}),
              row.expected)
        << row.why;
}

INSTANTIATE_TEST_SUITE_P(
    Table, RfmClasses,
    ::testing::Values(ClassRow{"all three A marks, exactly", 90, 6, 500000, MemberClass::A},
                      ClassRow{"a day too long ago for A", 91, 6, 500000, MemberClass::B},
                      ClassRow{"one visit short of A", 90, 5, 500000, MemberClass::B},
                      ClassRow{"a fen short of A", 90, 6, 499999, MemberClass::B},
                      ClassRow{"B by visits", 180, 2, 0, MemberClass::B},
                      ClassRow{"B by spend after one big visit", 30, 1, 100000, MemberClass::B},
                      ClassRow{"too little for B", 30, 1, 99999, MemberClass::C},
                      ClassRow{"a day too long ago for B", 181, 20, 9000000, MemberClass::C},
                      ClassRow{"never bought", 400, 0, 0, MemberClass::C}));

TEST(RfmClasses, ThresholdsAreTheStoresToSet)
{
    RfmThresholds strict;
    strict.aSpend = Money::fromYuan(20000);
    EXPECT_EQ(classify({10, 12, Money::fromYuan(10000)}, RfmThresholds{}), MemberClass::A);
    EXPECT_EQ(classify({10, 12, Money::fromYuan(10000)}, strict), MemberClass::B);
}

TEST(CallWindows, OfficeWorkersAtLunchOrInTheEveningBirthdaysInTheMorning)
{
    EXPECT_EQ(callWindowFor(CallKind::ProductUse, CallWindow::Noon).text(),
              QStringLiteral("12:30-13:00"));
    EXPECT_EQ(callWindowFor(CallKind::Dormant, CallWindow::Evening).text(),
              QStringLiteral("19:30-20:30"));
    EXPECT_EQ(callWindowFor(CallKind::AfterSales, CallWindow::Daytime).text(),
              QStringLiteral("10:00-17:00"));
    for (CallWindow w : {CallWindow::Daytime, CallWindow::Noon, CallWindow::Evening}) {
        const TimeWindow birthday = callWindowFor(CallKind::Birthday, w);
        EXPECT_EQ(birthday.text(), QStringLiteral("09:00-11:00"));
        EXPECT_LT(birthday.to, QTime(12, 0)) << "a birthday call is made in the morning";
    }
}

TEST(CallChoice, OneCallPerMemberAndDayTheMostUrgent)
{
    const QList<CallCandidate> candidates{
        {7, CallKind::Dormant, QStringLiteral("dormant:2026-09-01")},
        {7, CallKind::ProductUse, QStringLiteral("purchase:2026-11-11")},
        {7, CallKind::AfterSales, QStringLiteral("return:3")},
        {3, CallKind::PointsReminder, QStringLiteral("points:2026-11-18")},
        {3, CallKind::Birthday, QStringLiteral("birthday:2026")},
        // The birthday is due today only; the after-sales call waits a day.
        {3, CallKind::AfterSales, QStringLiteral("return:9")},
    };
    const QList<CallCandidate> chosen = chooseCalls(candidates, {}, 10);
    ASSERT_EQ(chosen.size(), 2);
    EXPECT_EQ(chosen.at(0).memberId, 3);
    EXPECT_EQ(chosen.at(0).kind, CallKind::Birthday);
    EXPECT_EQ(chosen.at(1).memberId, 7);
    EXPECT_EQ(chosen.at(1).kind, CallKind::AfterSales);
    EXPECT_EQ(chosen.at(1).subject, QStringLiteral("return:3"));
}

TEST(CallChoice, TheYearlyCapAndTodaysCallStopFurtherCalls)
{
    const QList<CallCandidate> candidates{{1, CallKind::ProductUse, QStringLiteral("a")},
                                          {2, CallKind::ProductUse, QStringLiteral("b")},
                                          {3, CallKind::ProductUse, QStringLiteral("c")}};
    QHash<Id, CallHistory> history;
    history.insert(1, {8, false}); // the ninth call of the year may be made
    history.insert(2, {9, false}); // the tenth is kept for an after-sales call
    history.insert(3, {1, true});  // already one today
    const QList<CallCandidate> chosen = chooseCalls(candidates, history, 10);
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen.first().memberId, 1);
    EXPECT_TRUE(chooseCalls(candidates, {}, 0).isEmpty()) << "a cap of 0 stops all calls";
}

// Calls keep their priorities (domain.md, "Added 2026-12"): the yearly cap
// keeps room for the birthday call still ahead and for one after-sales call.
namespace {

struct CallCapCase
{
    CallKind kind;
    int callsThisYear;
    bool birthdayAhead;
    int cap;
    bool planned;
};

class CallCap : public ::testing::TestWithParam<CallCapCase>
{
};

} // namespace

TEST_P(CallCap, KeepsRoomForTheCallsThatMatter)
{
    const CallCapCase& c = GetParam();
    QHash<Id, CallHistory> history;
    history.insert(5, {c.callsThisYear, false, c.birthdayAhead});
    const QList<CallCandidate> chosen =
        chooseCalls({{5, c.kind, QStringLiteral("x")}}, history, c.cap);
    EXPECT_EQ(chosen.size(), c.planned ? 1 : 0)
        << callKindCode(c.kind).toStdString() << " after " << c.callsThisYear << " calls";
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, CallCap,
    ::testing::Values(CallCapCase{CallKind::Birthday, 9, true, 10, true},
                      CallCapCase{CallKind::Birthday, 10, true, 10, false},
                      CallCapCase{CallKind::AfterSales, 8, true, 10, true},
                      CallCapCase{CallKind::AfterSales, 9, true, 10, false},
                      CallCapCase{CallKind::AfterSales, 9, false, 10, true},
                      CallCapCase{CallKind::AfterSales, 10, false, 10, false},
                      CallCapCase{CallKind::ProductUse, 7, true, 10, true},
                      CallCapCase{CallKind::ProductUse, 8, true, 10, false},
                      CallCapCase{CallKind::ProductUse, 8, false, 10, true},
                      CallCapCase{CallKind::ProductUse, 9, false, 10, false},
                      CallCapCase{CallKind::PointsReminder, 8, true, 10, false},
                      CallCapCase{CallKind::PointsReminder, 8, false, 10, true},
                      CallCapCase{CallKind::Dormant, 7, true, 10, true},
                      CallCapCase{CallKind::Dormant, 9, false, 10, false},
                      CallCapCase{CallKind::Birthday, 0, true, 1, true},
                      CallCapCase{CallKind::AfterSales, 0, true, 1, false},
                      CallCapCase{CallKind::ProductUse, 0, false, 1, false},
                      CallCapCase{CallKind::Birthday, 0, true, 0, false}));

TEST(CallKinds, CodesRoundTripAndUrgencyIsATotalOrder)
{
    QList<int> urgencies;
    for (CallKind k : allCallKinds) {
        EXPECT_EQ(callKindFromCode(callKindCode(k)), k);
        EXPECT_FALSE(callKindName(k).isEmpty());
        urgencies << callUrgency(k);
    }
    std::sort(urgencies.begin(), urgencies.end());
    EXPECT_EQ(urgencies, (QList<int>{0, 1, 2, 3, 4}));
    for (CallOutcome o : allCallOutcomes)
        EXPECT_EQ(callOutcomeFromCode(callOutcomeCode(o)), o);
    EXPECT_FALSE(callKindFromCode(QStringLiteral("sales_pitch")).has_value());
    EXPECT_EQ(memberClassFromCode(QStringLiteral("b")), MemberClass::B);
    EXPECT_FALSE(memberClassFromCode(QStringLiteral("D")).has_value());
    EXPECT_EQ(callWindowFromCode(QStringLiteral("noon")), CallWindow::Noon);
    EXPECT_EQ(contactChannelFromCode(QStringLiteral("wechat")), ContactChannel::WeChat);
    EXPECT_EQ(promotionResponseFromCode(QStringLiteral("keen")), PromotionResponse::Keen);
}

TEST(FeedbackSeasons, FourReportsCoverTheYearWithoutGapOrOverlap)
{
    const auto march = feedbackSeason(2026, 3);
    ASSERT_TRUE(march.has_value());
    EXPECT_EQ(march->from, QDate(2025, 12, 1));
    EXPECT_EQ(march->to, QDate(2026, 2, 28));
    EXPECT_EQ(feedbackSeason(2028, 3)->to, QDate(2028, 2, 29));
    EXPECT_EQ(feedbackSeason(2026, 5)->from, QDate(2026, 3, 1));
    EXPECT_EQ(feedbackSeason(2026, 5)->to, QDate(2026, 4, 30));
    EXPECT_EQ(feedbackSeason(2026, 9)->from, QDate(2026, 5, 1));
    EXPECT_EQ(feedbackSeason(2026, 9)->to, QDate(2026, 8, 31));
    EXPECT_EQ(feedbackSeason(2026, 12)->from, QDate(2026, 9, 1));
    EXPECT_EQ(feedbackSeason(2026, 12)->to, QDate(2026, 11, 30));
    EXPECT_FALSE(feedbackSeason(2026, 4).has_value());
    // Walk three years of reports: each starts the day after the last ended.
    FeedbackSeason s = *march;
    for (int i = 0; i < 12; ++i) {
        const FeedbackSeason next = nextFeedbackSeason(s);
        EXPECT_EQ(next.from, s.to.addDays(1)) << next.code().toStdString();
        EXPECT_EQ(previousFeedbackSeason(next).code(), s.code());
        s = next;
    }
    EXPECT_EQ(s.code(), QStringLiteral("2029-03"));
}

TEST(FeedbackSeasons, TheLatestReportDueAndTheirCodes)
{
    EXPECT_EQ(latestFeedbackSeason(QDate(2026, 11, 18)).code(), QStringLiteral("2026-09"));
    EXPECT_EQ(latestFeedbackSeason(QDate(2026, 12, 1)).code(), QStringLiteral("2026-12"));
    EXPECT_EQ(latestFeedbackSeason(QDate(2026, 2, 28)).code(), QStringLiteral("2025-12"));
    EXPECT_EQ(latestFeedbackSeason(QDate(2026, 3, 1)).code(), QStringLiteral("2026-03"));
    EXPECT_EQ(parseFeedbackSeason(QStringLiteral("2026-05"))->from, QDate(2026, 3, 1));
    EXPECT_FALSE(parseFeedbackSeason(QStringLiteral("2026-5")).has_value());
    EXPECT_FALSE(parseFeedbackSeason(QStringLiteral("2026-06")).has_value());
    EXPECT_FALSE(parseFeedbackSeason(QStringLiteral("spring")).has_value());
}

TEST(MemberProfile, EmailIsOptionalButPlausible)
{
    EXPECT_TRUE(isPlausibleEmail(QString()));
    EXPECT_TRUE(isPlausibleEmail(QStringLiteral("wang.li@example.com.cn")));
    EXPECT_FALSE(isPlausibleEmail(QStringLiteral("wang.li")));
    EXPECT_FALSE(isPlausibleEmail(QStringLiteral("wang@li")));
    EXPECT_FALSE(isPlausibleEmail(QStringLiteral("a b@example.com")));
}
