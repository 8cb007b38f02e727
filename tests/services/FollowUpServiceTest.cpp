// Follow-up calls: when each kind falls due, one a day, ten a year, in the
// member's window, round-robin over the desk; logging them; the season's
// feedback.

#include "services/FollowUpService.h"

#include "CareFixture.h"
#include "services/MemberFileService.h"
#include "services/RedemptionService.h"

using namespace viptill;
using namespace viptill::test;

namespace {

class FollowUps : public CareFixture
{
protected:
    QList<FollowUpCall> planOn(QDate day)
    {
        at(day, QTime(8, 0));
        const Result<int> planned = FollowUpService(t.context()).planToday();
        EXPECT_TRUE(planned.ok()) << planned.error().message().toStdString();
        return t.store().callsDueBetween(day, day);
    }

    QList<FollowUpCall> callsOf(Id member) { return t.store().callsOfMember(member); }

    void prefer(Id member, CallWindow window)
    {
        MemberProfile profile{member};
        profile.callWindow = window;
        profile.updatedAt = t.clock().now();
        t.store().saveMemberProfile(profile);
    }

    FollowUpCall fakeCall(Id member, QDate due, const QString& subject,
                          CallKind kind = CallKind::ProductUse)
    {
        FollowUpCall call;
        call.memberId = member;
        call.kind = kind;
        call.subject = subject;
        call.dueOn = due;
        call.window = preferredWindow(CallWindow::Daytime);
        call.plannedAt = QDateTime(due, QTime(8, 0));
        call.id = t.store().insertCall(call);
        return call;
    }
};

} // namespace

TEST_F(FollowUps, AProductUseCallAWeekAfterAPurchaseOnceAndOnlyOnce)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500); // joining is a purchase
    EXPECT_TRUE(planOn(QDate(2026, 3, 8)).isEmpty()) << "six days is too early";
    const QList<FollowUpCall> calls = planOn(QDate(2026, 3, 9));
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().memberId, m);
    EXPECT_EQ(calls.first().kind, CallKind::ProductUse);
    EXPECT_EQ(calls.first().subject, QStringLiteral("purchase:2026-03-02"));
    EXPECT_EQ(calls.first().window.text(), QStringLiteral("10:00-17:00"));
    EXPECT_EQ(calls.first().assignedTo, desk1.id);
    // Planning again the same morning adds nothing; nor do the next days.
    EXPECT_EQ(FollowUpService(t.context()).planToday().value(), 0);
    EXPECT_EQ(planOn(QDate(2026, 3, 9)).size(), 1);
    EXPECT_TRUE(planOn(QDate(2026, 3, 10)).isEmpty());
    EXPECT_EQ(callsOf(m).size(), 1);
}

TEST_F(FollowUps, AProductUseCallIsStillMadeOnTheNinthDayButNotTheTenth)
{
    const Id ninth = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    const Id tenth = joinOn(QDate(2026, 3, 1), QDate(1981, 7, 16), 500);
    const QList<FollowUpCall> calls = planOn(QDate(2026, 3, 11));
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().memberId, ninth);
    EXPECT_TRUE(callsOf(tenth).isEmpty());
}

TEST_F(FollowUps, TheBirthdayCallIsInTheMorningAndWinsTheDay)
{
    const Id m = joinOn(QDate(2026, 1, 10), QDate(1990, 3, 12));
    prefer(m, CallWindow::Noon); // an office worker
    // 61 days without a purchase as well: the birthday call is the one made.
    const QList<FollowUpCall> birthday = planOn(QDate(2026, 3, 12));
    ASSERT_EQ(birthday.size(), 1);
    EXPECT_EQ(birthday.first().kind, CallKind::Birthday);
    EXPECT_EQ(birthday.first().subject, QStringLiteral("birthday:2026"));
    EXPECT_EQ(birthday.first().window.text(), QStringLiteral("09:00-11:00"));
    // The dormant call follows the next day, at the office worker's lunch.
    const QList<FollowUpCall> dormant = planOn(QDate(2026, 3, 13));
    ASSERT_EQ(dormant.size(), 1);
    EXPECT_EQ(dormant.first().kind, CallKind::Dormant);
    EXPECT_EQ(dormant.first().window.text(), QStringLiteral("12:30-13:00"));
}

TEST_F(FollowUps, ABirthdayOn29FebruaryIsCalledOn28FebruaryInOtherYears)
{
    const Id m = joinOn(QDate(2027, 1, 5), QDate(1992, 2, 29));
    prefer(m, CallWindow::Evening);
    EXPECT_TRUE(planOn(QDate(2027, 2, 27)).isEmpty());
    const QList<FollowUpCall> calls = planOn(QDate(2027, 2, 28));
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().kind, CallKind::Birthday);
    EXPECT_EQ(calls.first().window.text(), QStringLiteral("09:00-11:00"));
}

TEST_F(FollowUps, AnAfterSalesCallTwoDaysAfterAReturnAndNoProductUseCallForWhatCameBack)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    const Result<Receipt> bought = buyOn(m, QDate(2026, 3, 20));
    ASSERT_TRUE(bought.ok());
    ASSERT_TRUE(ReturnService(t.context()).returnItems(bought->sale.receiptNo, {}).ok());
    EXPECT_TRUE(planOn(QDate(2026, 3, 21)).isEmpty());
    const QList<FollowUpCall> calls = planOn(QDate(2026, 3, 22));
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().kind, CallKind::AfterSales);
    EXPECT_TRUE(calls.first().subject.startsWith(QStringLiteral("return:")));
    EXPECT_TRUE(planOn(QDate(2026, 3, 27)).isEmpty()) << "the purchase was wholly returned";
}

TEST_F(FollowUps, APointsReminderAfterNinetyQuietDays)
{
    t.setSetting(QStringLiteral("dormant_days"), QStringLiteral("3650"));
    const Id m = joinOn(QDate(2026, 1, 5), QDate(1980, 6, 15), 20000); // 2010 points
    ASSERT_EQ(t.store().pointsBalance(m), 2010);
    EXPECT_TRUE(planOn(QDate(2026, 4, 4)).isEmpty());
    const QList<FollowUpCall> calls = planOn(QDate(2026, 4, 5));
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first().kind, CallKind::PointsReminder);
    at(QDate(2026, 4, 10));
    ASSERT_TRUE(RedemptionService(t.context()).redeem(m, 1000, Cream).ok()); // 1010 left
    EXPECT_TRUE(planOn(QDate(2026, 7, 8)).isEmpty()) << "89 days after the redemption";
    ASSERT_EQ(planOn(QDate(2026, 7, 9)).size(), 1);
    // Below the balance worth a gift, no reminder however long it has been.
    t.setSetting(QStringLiteral("points_reminder_balance"), QStringLiteral("1500"));
    EXPECT_TRUE(planOn(QDate(2026, 12, 1)).isEmpty());
}

TEST_F(FollowUps, ADormantCallOncePerDormantSpell)
{
    const Id m = joinOn(QDate(2026, 1, 5), QDate(1980, 6, 15));
    EXPECT_TRUE(planOn(QDate(2026, 3, 5)).isEmpty());
    const QList<FollowUpCall> first = planOn(QDate(2026, 3, 6));
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first.first().kind, CallKind::Dormant);
    EXPECT_EQ(first.first().subject, QStringLiteral("dormant:2026-01-05"));
    EXPECT_TRUE(planOn(QDate(2026, 3, 7)).isEmpty());
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 10)).ok());
    EXPECT_TRUE(planOn(QDate(2026, 5, 8)).isEmpty());
    const QList<FollowUpCall> second = planOn(QDate(2026, 5, 9));
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second.first().subject, QStringLiteral("dormant:2026-03-10"));
}

TEST_F(FollowUps, NeverMoreThanTenCallsAMemberInACalendarYear)
{
    const Id capped = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    const Id seven = joinOn(QDate(2026, 3, 2), QDate(1981, 7, 16), 500);
    const Id eight = joinOn(QDate(2026, 3, 2), QDate(1982, 8, 17), 500);
    const Id lastYear = joinOn(QDate(2026, 3, 2), QDate(1983, 9, 18), 500);
    for (int i = 0; i < 10; ++i) {
        fakeCall(capped, QDate(2026, 1, 1).addDays(i), QStringLiteral("old:%1").arg(i));
        if (i < 7)
            fakeCall(seven, QDate(2026, 1, 1).addDays(i), QStringLiteral("old:%1").arg(i));
        if (i < 8)
            fakeCall(eight, QDate(2026, 1, 1).addDays(i), QStringLiteral("old:%1").arg(i));
        fakeCall(lastYear, QDate(2025, 12, 1).addDays(i), QStringLiteral("old:%1").arg(i));
    }
    // A product-use call leaves room for the birthday call still ahead and
    // an after-sales call: the eighth is the last before the birthday.
    QList<Id> called;
    for (const FollowUpCall& c : planOn(QDate(2026, 3, 9)))
        called << c.memberId;
    EXPECT_EQ(called, (QList<Id>{seven, lastYear}));
    EXPECT_EQ(t.store().callsDueInYear(capped, 2026), 10);
    EXPECT_EQ(t.store().callsDueInYear(seven, 2026), 8);
    EXPECT_EQ(t.store().callsDueInYear(eight, 2026), 8);
    // The cap is a store setting.
    t.setSetting(QStringLiteral("calls_per_year"), QStringLiteral("13"));
    ASSERT_EQ(planOn(QDate(2026, 3, 10)).size(), 2);
    EXPECT_EQ(callsOf(capped).first().dueOn, QDate(2026, 3, 10));
    EXPECT_EQ(callsOf(eight).first().dueOn, QDate(2026, 3, 10));
}

TEST_F(FollowUps, CallsGoRoundTheDeskInTheOrderOfTheirWindows)
{
    const Id a = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    const Id b = joinOn(QDate(2026, 3, 2), QDate(1981, 7, 16), 500);
    const Id c = joinOn(QDate(2026, 3, 2), QDate(1982, 8, 17), 500);
    const Id d = joinOn(QDate(2026, 3, 2), QDate(1983, 9, 18), 500);
    const Id late = joinOn(QDate(2026, 1, 20), QDate(1984, 10, 19));
    const Id nextDay = joinOn(QDate(2026, 3, 3), QDate(1985, 11, 20), 500);
    prefer(a, CallWindow::Evening);
    prefer(b, CallWindow::Noon);
    const QList<FollowUpCall> calls = planOn(QDate(2026, 3, 9));
    ASSERT_EQ(calls.size(), 4);
    // Listed by window: c and d in the day, b at lunch, a in the evening.
    QList<std::pair<Id, QString>> order;
    for (const FollowUpCall& call : calls)
        order.append({call.memberId, call.window.text()});
    EXPECT_EQ(order, (QList<std::pair<Id, QString>>{{c, QStringLiteral("10:00-17:00")},
                                                    {d, QStringLiteral("10:00-17:00")},
                                                    {b, QStringLiteral("12:30-13:00")},
                                                    {a, QStringLiteral("19:30-20:30")}}));
    QMap<Id, std::optional<Id>> assigned;
    for (const FollowUpCall& call : calls)
        assigned.insert(call.memberId, call.assignedTo);
    EXPECT_EQ(assigned.value(c), desk1.id);
    EXPECT_EQ(assigned.value(d), desk2.id);
    EXPECT_EQ(assigned.value(b), desk1.id);
    EXPECT_EQ(assigned.value(a), desk2.id);
    // A call that falls due later that morning carries on the round.
    t.setSetting(QStringLiteral("dormant_days"), QStringLiteral("45"));
    const QList<FollowUpCall> more = planOn(QDate(2026, 3, 9));
    ASSERT_EQ(more.size(), 5);
    EXPECT_EQ(callsOf(late).first().assignedTo, desk1.id);
    // Without service-desk staff, the managers take the calls.
    t.exec(QStringLiteral("UPDATE staff SET active = 0 WHERE role = 'service_desk'"));
    const QList<FollowUpCall> managers = planOn(QDate(2026, 3, 10));
    ASSERT_EQ(managers.size(), 1);
    EXPECT_EQ(managers.first().memberId, nextDay);
    for (const FollowUpCall& call : managers)
        EXPECT_EQ(call.assignedTo, manager.id);
}

TEST_F(FollowUps, TheClerkSeesWhoWhenAndWhatAbout)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    at(QDate(2026, 3, 9), QTime(8, 30));
    const Result<QList<CallView>> calls = FollowUpService(t.context()).callsFor(QDate(2026, 3, 9));
    ASSERT_TRUE(calls.ok());
    ASSERT_EQ(calls->size(), 1);
    const CallView& v = calls->first();
    EXPECT_EQ(v.member.id, m);
    EXPECT_EQ(v.assignee, QStringLiteral("陈静"));
    EXPECT_TRUE(v.about.contains(QStringLiteral("2026-03-02"))) << v.about.toStdString();
    EXPECT_TRUE(v.about.contains(QStringLiteral("自然堂 保湿面霜"))) << v.about.toStdString();
    const QString script = FollowUpService::script(v, QStringLiteral("东方百货"));
    EXPECT_TRUE(script.contains(QStringLiteral("东方百货")));
    EXPECT_TRUE(script.contains(v.member.name));
    EXPECT_TRUE(script.contains(QStringLiteral("1 to 5")));
}

TEST_F(FollowUps, ADayToComeIsRefusedAndAPastDayIsShownAsItWas)
{
    joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    planOn(QDate(2026, 3, 9));
    at(QDate(2026, 3, 20));
    FollowUpService calls(t.context());
    const QStringList before = t.snapshot();
    EXPECT_EQ(calls.callsFor(QDate(2026, 3, 21)).error().code(), ErrorCode::InvalidDate);
    const Result<QList<CallView>> past = calls.callsFor(QDate(2026, 3, 9));
    ASSERT_TRUE(past.ok());
    EXPECT_EQ(past->size(), 1);
    EXPECT_EQ(t.snapshot(), before) << "a past day is read, not planned";
}

TEST_F(FollowUps, ACallIsLoggedOnceWithSatisfactionWhenTheMemberWasReached)
{
    joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    const FollowUpCall call = planOn(QDate(2026, 3, 9)).first();
    at(QDate(2026, 3, 9), QTime(14, 5));
    FollowUpService service(t.context());

    const QStringList before = t.snapshot();
    EXPECT_EQ(service.logCall(call.id, CallOutcome::Reached, 4, {}, cashier).error().code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(
        service.logCall(call.id, CallOutcome::Reached, std::nullopt, {}, desk1).error().code(),
        ErrorCode::InvalidSatisfaction);
    EXPECT_EQ(service.logCall(call.id, CallOutcome::Reached, 6, {}, desk1).error().code(),
              ErrorCode::InvalidSatisfaction);
    EXPECT_EQ(service.logCall(call.id, CallOutcome::NoAnswer, 3, {}, desk1).error().code(),
              ErrorCode::InvalidSatisfaction);
    EXPECT_EQ(service.logCall(call.id, CallOutcome::Reached, 4, QString(501, u'好'), desk1)
                  .error()
                  .code(),
              ErrorCode::InvalidCallOutcome);
    EXPECT_EQ(service.logCall(9999, CallOutcome::Reached, 4, {}, desk1).error().code(),
              ErrorCode::UnknownCall);
    EXPECT_EQ(t.snapshot(), before);
    const FollowUpCall tomorrow = fakeCall(call.memberId, QDate(2026, 3, 10), QStringLiteral("x"));
    const QStringList withTomorrow = t.snapshot();
    EXPECT_EQ(service.logCall(tomorrow.id, CallOutcome::Reached, 4, {}, desk1).error().code(),
              ErrorCode::CallNotDue);
    EXPECT_EQ(t.snapshot(), withTomorrow);

    const Result<FollowUpCall> logged = service.logCall(
        call.id, CallOutcome::Reached, 4, QStringLiteral("  试衣间再多几间就好了  "), desk2);
    ASSERT_TRUE(logged.ok()) << logged.error().message().toStdString();
    const std::optional<FollowUpCall> stored = t.store().call(call.id);
    EXPECT_EQ(stored->outcome, CallOutcome::Reached);
    EXPECT_EQ(stored->satisfaction, 4);
    EXPECT_EQ(stored->suggestions, QStringLiteral("试衣间再多几间就好了"));
    EXPECT_EQ(stored->calledBy, desk2.id);
    EXPECT_EQ(stored->calledAt, QDateTime(QDate(2026, 3, 9), QTime(14, 5)));
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("call_log")), 1);

    const QStringList afterLog = t.snapshot();
    EXPECT_EQ(
        service.logCall(call.id, CallOutcome::NoAnswer, std::nullopt, {}, desk1).error().code(),
        ErrorCode::CallAlreadyLogged);
    EXPECT_EQ(t.snapshot(), afterLog);
}

TEST_F(FollowUps, TheSeasonsFeedbackSumsUpItsCallsOnly)
{
    const Id a = joinOn(QDate(2026, 1, 5), QDate(1980, 6, 15));
    const Id b = joinOn(QDate(2026, 1, 5), QDate(1981, 7, 16));
    // The May report covers calls due 1 March to 30 April.
    const FollowUpCall c1 = fakeCall(a, QDate(2026, 3, 1), QStringLiteral("s1"));
    const FollowUpCall c2 =
        fakeCall(b, QDate(2026, 3, 15), QStringLiteral("s2"), CallKind::Dormant);
    const FollowUpCall c3 =
        fakeCall(a, QDate(2026, 4, 30), QStringLiteral("s3"), CallKind::PointsReminder);
    const FollowUpCall c4 = fakeCall(b, QDate(2026, 4, 20), QStringLiteral("s4"));
    const FollowUpCall before = fakeCall(a, QDate(2026, 2, 28), QStringLiteral("s0"));
    const FollowUpCall after = fakeCall(b, QDate(2026, 5, 1), QStringLiteral("s5"));
    at(QDate(2026, 5, 2));
    FollowUpService service(t.context());
    ASSERT_TRUE(
        service.logCall(c1.id, CallOutcome::Reached, 5, QStringLiteral("停车难"), desk1).ok());
    ASSERT_TRUE(service.logCall(c2.id, CallOutcome::Reached, 4, {}, desk1).ok());
    ASSERT_TRUE(
        service.logCall(c3.id, CallOutcome::Reached, 4, QStringLiteral("想要更多礼品"), desk2)
            .ok());
    ASSERT_TRUE(service.logCall(c4.id, CallOutcome::NoAnswer, std::nullopt, {}, desk2).ok());
    ASSERT_TRUE(
        service.logCall(before.id, CallOutcome::Reached, 1, QStringLiteral("不算"), desk1).ok());
    ASSERT_TRUE(
        service.logCall(after.id, CallOutcome::Reached, 1, QStringLiteral("也不算"), desk1).ok());

    const Result<FeedbackReport> report = service.feedback(*feedbackSeason(2026, 5));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->planned, 4);
    EXPECT_EQ(report->made, 4);
    EXPECT_EQ(report->reached, 3);
    EXPECT_EQ(report->averageSatisfaction, QStringLiteral("4.33")); // 13 / 3
    EXPECT_EQ(report->satisfactionCounts, (std::array<std::int64_t, 5>{0, 0, 0, 2, 1}));
    const FeedbackByKind& productUse = report->byKind.at(static_cast<int>(CallKind::ProductUse));
    EXPECT_EQ(productUse.planned, 2);
    EXPECT_EQ(productUse.made, 2);
    EXPECT_EQ(productUse.reached, 1);
    EXPECT_EQ(productUse.averageSatisfaction, QStringLiteral("5.00"));
    EXPECT_EQ(report->byKind.at(static_cast<int>(CallKind::Birthday)).averageSatisfaction,
              QStringLiteral("0.00"));
    ASSERT_EQ(report->suggestions.size(), 2);
    EXPECT_EQ(report->suggestions.at(0).text, QStringLiteral("停车难"));
    EXPECT_EQ(report->suggestions.at(0).memberId, a);
    EXPECT_EQ(report->suggestions.at(0).satisfaction, 5);
    EXPECT_EQ(report->suggestions.at(1).text, QStringLiteral("想要更多礼品"));
    EXPECT_EQ(report->suggestions.at(1).kind, CallKind::PointsReminder);
    // Unlogged calls count as planned, not made.
    fakeCall(a, QDate(2026, 4, 1), QStringLiteral("s6"), CallKind::Birthday);
    const FeedbackReport again = service.feedback(*feedbackSeason(2026, 5)).value();
    EXPECT_EQ(again.planned, 5);
    EXPECT_EQ(again.made, 4);
}

TEST_F(FollowUps, TheScreensPlanTheDayOnceTheDailyRunAsOftenAsItIsRun)
{
    joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    const Id late = joinOn(QDate(2026, 1, 20), QDate(1981, 7, 16));
    at(QDate(2026, 3, 9), QTime(8, 0));
    FollowUpService calls(t.context());
    ASSERT_EQ(calls.callsFor(QDate(2026, 3, 9))->size(), 1);
    // A manager shortens the dormant period during the morning: looking at
    // the list again does not plan again …
    t.setSetting(QStringLiteral("dormant_days"), QStringLiteral("45"));
    const QStringList before = t.snapshot();
    EXPECT_EQ(calls.callsFor(QDate(2026, 3, 9))->size(), 1);
    EXPECT_EQ(t.snapshot(), before);
    // … planning does, adding only what became due.
    EXPECT_EQ(calls.planToday().value(), 1);
    EXPECT_EQ(callsOf(late).size(), 1);
    EXPECT_EQ(calls.callsFor(QDate(2026, 3, 9))->size(), 2);
}

// ---- Calls keep their priorities (domain.md, "Added 2026-12") ---------------

namespace {

struct ProductUseCase
{
    const char* what;
    std::int64_t flasks = 1;                // bought with the card on 10 March, 100 yuan each
    std::int64_t returned = 0;              // of them brought back the same day
    std::optional<std::int64_t> minimumFen; // product_use_call_min_fen; none: the default
    bool called = false;
};

void PrintTo(const ProductUseCase& c, std::ostream* os)
{
    *os << c.what;
}

class ProductUseCalls : public FollowUps, public ::testing::WithParamInterface<ProductUseCase>
{
};

} // namespace

TEST_P(ProductUseCalls, FollowAPurchaseOfAtLeastTheSetAmount)
{
    const ProductUseCase& c = GetParam();
    if (c.minimumFen)
        t.setSetting(QStringLiteral("product_use_call_min_fen"), QString::number(*c.minimumFen));
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15)); // 300 yuan
    const Result<Receipt> bought = buyOn(m, QDate(2026, 3, 10), c.flasks);
    ASSERT_TRUE(bought.ok()) << bought.error().message().toStdString();
    if (c.returned > 0) {
        ASSERT_TRUE(ReturnService(t.context())
                        .returnItems(bought->sale.receiptNo, {{Flask, c.returned}})
                        .ok());
    }
    const QList<FollowUpCall> calls = planOn(QDate(2026, 3, 17));
    EXPECT_EQ(calls.size(), c.called ? 1 : 0);
    if (c.called) {
        EXPECT_EQ(calls.first().kind, CallKind::ProductUse);
        EXPECT_EQ(calls.first().subject, QStringLiteral("purchase:2026-03-10"));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Purchases, ProductUseCalls,
    ::testing::Values(ProductUseCase{"400 yuan: below the 500 of the default", 4, 0, {}, false},
                      ProductUseCase{"exactly 500 yuan", 5, 0, {}, true},
                      ProductUseCase{"700 bought, 300 back: 400 kept", 7, 3, {}, false},
                      ProductUseCase{"600 bought, 100 back: 500 kept", 6, 1, {}, true},
                      ProductUseCase{"300 yuan with the setting at 300", 3, 0, 30000, true},
                      ProductUseCase{"100 yuan with the setting at 0", 1, 0, 0, true},
                      ProductUseCase{"wholly returned with the setting at 0", 1, 1, 0, false}));

TEST_F(FollowUps, AtMostOneProductUseCallAMonth)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15), 500);
    ASSERT_EQ(planOn(QDate(2026, 3, 9)).size(), 1);
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 20), 5).ok());
    ASSERT_TRUE(buyOn(m, QDate(2026, 4, 1), 5).ok());
    EXPECT_TRUE(planOn(QDate(2026, 3, 27)).isEmpty()) << "18 days after the last call";
    EXPECT_TRUE(planOn(QDate(2026, 4, 8)).isEmpty()) << "a day short of a month";
    const QList<FollowUpCall> april = planOn(QDate(2026, 4, 9));
    ASSERT_EQ(april.size(), 1) << "a month on, the eighth day after 1 April";
    EXPECT_EQ(april.first().subject, QStringLiteral("purchase:2026-04-01"));
    EXPECT_EQ(callsOf(m).size(), 2);
}

// A member who buys 500 yuan every week, with a return in May, and a cap of
// four calls a year: the product-use calls stop early enough that the
// after-sales call and the birthday call are still made.
TEST_F(FollowUps, AWeeklyShopperStillGetsTheAfterSalesAndTheBirthdayCall)
{
    t.setSetting(QStringLiteral("calls_per_year"), QStringLiteral("4"));
    const Id m = joinOn(QDate(2026, 1, 5), QDate(1985, 6, 20), 500);
    QString mayReceipt;
    for (QDate day(2026, 1, 6); day <= QDate(2026, 6, 20); day = day.addDays(1)) {
        planOn(day); // in the morning, before the day's shopping
        if (day.dayOfWeek() == Qt::Saturday) {
            const Result<Receipt> bought = buyOn(m, day, 5);
            ASSERT_TRUE(bought.ok()) << bought.error().message().toStdString();
            if (day.month() == 5 && mayReceipt.isEmpty()) {
                mayReceipt = bought->sale.receiptNo;
                ASSERT_TRUE(ReturnService(t.context()).returnItems(mayReceipt, {{Flask, 1}}).ok());
            }
        }
    }
    QList<CallKind> kinds;
    for (const FollowUpCall& c : callsOf(m))
        kinds << c.kind;
    std::sort(kinds.begin(), kinds.end(),
              [](CallKind a, CallKind b) { return callUrgency(a) < callUrgency(b); });
    EXPECT_EQ(kinds, (QList<CallKind>{CallKind::Birthday, CallKind::AfterSales,
                                      CallKind::ProductUse, CallKind::ProductUse}));
    EXPECT_EQ(t.store().callsDueInYear(m, 2026), 4);
    // Nothing more this year, whatever they buy.
    ASSERT_TRUE(buyOn(m, QDate(2026, 7, 4), 5).ok());
    EXPECT_TRUE(planOn(QDate(2026, 7, 11)).isEmpty());
}

TEST_F(FollowUps, OnTheBirthdayTheBirthdayCallComesBeforeAnAfterSalesCallThatCanWait)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 3, 22));
    const Result<Receipt> bought = buyOn(m, QDate(2026, 3, 20));
    ASSERT_TRUE(bought.ok());
    ASSERT_TRUE(ReturnService(t.context()).returnItems(bought->sale.receiptNo, {}).ok());
    const QList<FollowUpCall> birthday = planOn(QDate(2026, 3, 22));
    ASSERT_EQ(birthday.size(), 1);
    EXPECT_EQ(birthday.first().kind, CallKind::Birthday);
    const QList<FollowUpCall> afterSales = planOn(QDate(2026, 3, 23));
    ASSERT_EQ(afterSales.size(), 1);
    EXPECT_EQ(afterSales.first().kind, CallKind::AfterSales);
    EXPECT_EQ(callsOf(m).size(), 2);
}
