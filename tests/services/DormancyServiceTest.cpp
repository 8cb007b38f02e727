// Dormant members and lapsing cards around their edges, what a lapsed card
// does at the till, and reviving it at the service desk.

#include "services/DormancyService.h"

#include "CareFixture.h"
#include "services/MemberService.h"

using namespace viptill;
using namespace viptill::test;

namespace {

class Dormancy : public CareFixture
{
protected:
    QList<Id> ids(const QList<MemberVisit>& visits)
    {
        QList<Id> found;
        for (const MemberVisit& v : visits)
            found << v.memberId;
        return found;
    }
    QList<Id> ids(const QList<LapsingCard>& lapsing)
    {
        QList<Id> found;
        for (const LapsingCard& c : lapsing)
            found << c.clock.memberId;
        return found;
    }
};

} // namespace

TEST_F(Dormancy, TheDormantListTakesExactlyNDaysAndNotADayLess)
{
    const QDate today(2026, 6, 30);
    const Id sixty = joinOn(QDate(2026, 1, 10), QDate(1980, 1, 1));
    const Id fiftyNine = joinOn(QDate(2026, 1, 10), QDate(1981, 1, 2));
    const Id sixtyOne = joinOn(QDate(2026, 1, 10), QDate(1982, 1, 3));
    const Id neverCameBack = joinOn(QDate(2026, 2, 1), QDate(1983, 1, 4));
    const Id returned = joinOn(QDate(2026, 1, 10), QDate(1984, 1, 5));
    ASSERT_TRUE(buyOn(sixty, today.addDays(-60)).ok());
    ASSERT_TRUE(buyOn(fiftyNine, today.addDays(-59)).ok());
    ASSERT_TRUE(buyOn(sixtyOne, today.addDays(-61)).ok());
    // A purchase wholly returned still was a visit.
    const Result<Receipt> r = buyOn(returned, today.addDays(-10));
    ASSERT_TRUE(r.ok());
    ASSERT_TRUE(ReturnService(t.context()).returnItems(r->sale.receiptNo, {}).ok());

    at(today);
    const Result<QList<MemberVisit>> dormant = DormancyService(t.context()).dormant(60);
    ASSERT_TRUE(dormant.ok());
    // Oldest visit first.
    EXPECT_EQ(ids(dormant.value()), (QList<Id>{neverCameBack, sixtyOne, sixty}));
    EXPECT_EQ(dormant->at(0).lastVisit, QDate(2026, 2, 1)); // the joining day
    EXPECT_EQ(dormant->at(1).lastVisit, today.addDays(-61));
    EXPECT_EQ(dormant->at(2).lastVisit, today.addDays(-60));
    EXPECT_FALSE(ids(dormant.value()).contains(fiftyNine));
    EXPECT_EQ(ids(DormancyService(t.context()).dormant(59).value()).size(), 4);
    EXPECT_EQ(DormancyService(t.context()).dormant(0).error().code(), ErrorCode::InvalidSetting);
}

TEST_F(Dormancy, TheLapsingListRunsFromTomorrowToNDaysAhead)
{
    // lapse_days 365 by default: lapses_on = last visit + 365.
    const QDate today(2027, 3, 1);
    const Id lapsesToday = joinOn(today.addDays(-365), QDate(1980, 2, 1));
    const Id tomorrow = joinOn(today.addDays(-364), QDate(1981, 2, 2));
    const Id inThirty = joinOn(today.addDays(-335), QDate(1982, 2, 3));
    const Id inThirtyOne = joinOn(today.addDays(-334), QDate(1983, 2, 4));
    at(today);
    DormancyService care(t.context());
    const Result<QList<LapsingCard>> lapsing = care.lapsing(30);
    ASSERT_TRUE(lapsing.ok());
    EXPECT_EQ(ids(lapsing.value()), (QList<Id>{tomorrow, inThirty}));
    EXPECT_EQ(lapsing->at(0).lapsesOn, today.addDays(1));
    EXPECT_EQ(lapsing->at(1).lapsesOn, today.addDays(30));
    EXPECT_EQ(lapsing->at(0).clock.cardNumber, cards.value(tomorrow));
    // A card whose day is today has lapsed already.
    EXPECT_EQ(ids(care.lapsed().value()), QList<Id>{lapsesToday});
    EXPECT_EQ(ids(care.lapsing(31).value()), (QList<Id>{tomorrow, inThirty, inThirtyOne}));

    // The period is the store's setting.
    t.setSetting(QStringLiteral("lapse_days"), QStringLiteral("400"));
    EXPECT_TRUE(care.lapsed().value().isEmpty());
    EXPECT_EQ(ids(care.lapsing(35).value()), QList<Id>{lapsesToday});
}

TEST_F(Dormancy, ALapsedCardIsRefusedAtTheTillWithWhatToDoAndNothingChanges)
{
    const Id member = joinOn(QDate(2026, 1, 10), QDate(1980, 3, 1));
    ASSERT_TRUE(buyOn(member, QDate(2026, 2, 1)).ok());
    // The day before its lapse day the card still works.
    ASSERT_TRUE(buyOn(member, QDate(2027, 1, 31)).ok());
    // … which was a purchase, so the clock restarted: a year on it lapses.
    at(QDate(2028, 1, 31));
    const QStringList before = t.snapshot();
    const Result<Receipt> refused =
        SaleService(t.context()).sell({cards.value(member), {{Flask, 1}}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::CardLapsed);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("service desk")));
    EXPECT_EQ(t.snapshot(), before);
    // The card is refused wherever it is presented, not only in a sale.
    EXPECT_EQ(MemberService(t.context()).memberForCard(cards.value(member)).error().code(),
              ErrorCode::CardLapsed);
}

TEST_F(Dormancy, RevivingKeepsThePointsAndStartsTheClockAnew)
{
    const Id member = joinOn(QDate(2026, 1, 10), QDate(1980, 4, 1), 3000);
    const std::int64_t balance = t.store().pointsBalance(member);
    const std::int64_t lifetime = t.store().pointsLifetime(member);
    ASSERT_EQ(balance, 310);
    at(QDate(2027, 2, 1));
    DormancyService care(t.context());
    const Result<Card> revived = care.revive(member, desk1);
    ASSERT_TRUE(revived.ok()) << revived.error().message().toStdString();
    EXPECT_EQ(revived->status, CardStatus::Active);
    EXPECT_EQ(revived->number, cards.value(member));
    EXPECT_EQ(t.store().pointsBalance(member), balance);
    EXPECT_EQ(t.store().pointsLifetime(member), lifetime);
    EXPECT_EQ(t.store().member(member)->tier, Tier::Diamond);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("card_revive")), 1);
    EXPECT_EQ(care.lapseOf(member)->lapsesOn, QDate(2028, 2, 1));
    EXPECT_EQ(t.store().lastRevival(member), QDate(2027, 2, 1));
    // The card works again, at once.
    const Result<Receipt> sale = buyOn(member, QDate(2027, 2, 1));
    ASSERT_TRUE(sale.ok()) << sale.error().message().toStdString();
    EXPECT_EQ(sale->member->balance, balance + 10);
}

TEST_F(Dormancy, ACardThatHasNotLapsedIsNotRevivedAndACashierCannotRevive)
{
    const Id member = joinOn(QDate(2026, 1, 10), QDate(1980, 5, 1));
    at(QDate(2027, 1, 9)); // its last good day
    DormancyService care(t.context());
    QStringList before = t.snapshot();
    const Result<Card> early = care.revive(member, desk1);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code(), ErrorCode::CardNotLapsed);
    EXPECT_TRUE(early.error().message().contains(QStringLiteral("2027-01-10")));
    EXPECT_EQ(t.snapshot(), before);

    at(QDate(2027, 1, 10));
    before = t.snapshot();
    EXPECT_EQ(care.revive(member, cashier).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(care.revive(999, desk1).error().code(), ErrorCode::UnknownMember);
    EXPECT_EQ(t.snapshot(), before);
    EXPECT_TRUE(care.revive(member, manager).ok());
}

TEST_F(Dormancy, TheNightlyRunMarksLapsedCardsAndRevivalMakesThemActive)
{
    const Id lapsed = joinOn(QDate(2026, 1, 10), QDate(1980, 6, 1));
    const Id active = joinOn(QDate(2026, 6, 10), QDate(1981, 6, 2));
    at(QDate(2027, 1, 20));
    DormancyService care(t.context());
    const Result<int> marked = care.markLapsedCards();
    ASSERT_TRUE(marked.ok());
    EXPECT_EQ(marked.value(), 1);
    EXPECT_EQ(t.store().currentCard(lapsed)->status, CardStatus::Lapsed);
    EXPECT_EQ(t.store().currentCard(active)->status, CardStatus::Active);
    EXPECT_EQ(care.markLapsedCards().value(), 0) << "marked once";
    EXPECT_EQ(MemberService(t.context()).memberForCard(cards.value(lapsed)).error().code(),
              ErrorCode::CardLapsed);
    ASSERT_TRUE(care.revive(lapsed, desk2).ok());
    EXPECT_EQ(t.store().currentCard(lapsed)->status, CardStatus::Active);
    EXPECT_TRUE(MemberService(t.context()).memberForCard(cards.value(lapsed)).ok());
}
