// Joining stands on its receipts (domain.md, "Added 2026-12"): a return of a
// receipt a member joined with re-decides the tier from what the joining's
// receipts keep, by the thresholds of the joining's day; below gold the
// membership is cancelled, and the person may join again.

#include "services/AuditService.h"
#include "services/CardService.h"
#include "services/FollowUpService.h"
#include "services/MemberService.h"
#include "services/PerkService.h"
#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "storage/SqlConnection.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

// Walk-in prices carry no discount: 清仓 保温杯 100 (special price), 面霜 200,
// 眼霜 400, 西装 2000, 机械表 3000.
const QString Flask = QStringLiteral("6905000000013");
const QString Cream = QStringLiteral("6903000000015");
const QString EyeCream = QStringLiteral("6903000000022");
const QString Suit = QStringLiteral("6902000000023");
const QString Watch = QStringLiteral("6904000000014");
const QDate Birthday(1988, 4, 12);

class JoiningReceipts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        desk = t.addStaff("2001", QStringLiteral("陈静"), StaffRole::ServiceDesk, "2222");
        manager = t.addStaff("9001", QStringLiteral("李强"), StaffRole::Manager, "9999");
    }

    void at(QDate day, QTime time = QTime(10, 0)) { t.clock().set(QDateTime(day, time)); }

    QString walkIn(const QList<ItemRequest>& items)
    {
        const Result<Receipt> r = SaleService(t.context()).sell({std::nullopt, items, {}});
        EXPECT_TRUE(r.ok()) << (r ? QString() : r.error().message()).toStdString();
        return r ? r->sale.receiptNo : QString();
    }

    Application form(const QString& mobile = QStringLiteral("13911112222"), int seq = 123)
    {
        return {QStringLiteral("周芳"),
                QStringLiteral("F"),
                Birthday,
                idNumberFor(Birthday, seq),
                mobile,
                QStringLiteral("杭州市西湖区文三路1号"),
                QStringLiteral("美妆")};
    }

    Result<JoinOutcome> join(const QStringList& receipts, const Application& application,
                             const NewCard& card = {})
    {
        return MemberService(t.context()).join(application, receipts, card, desk.id);
    }

    Result<ReturnService::Outcome> giveBack(const QString& receipt,
                                            const QList<ItemRequest>& items = {})
    {
        return ReturnService(t.context()).returnItems(receipt, items, manager.id, manager.id);
    }

    Member memberNow(Id id) { return *t.store().member(id); }

    TestStore t{QDateTime(QDate(2026, 11, 18), QTime(10, 0))};
    StaffMember desk;
    StaffMember manager;
};

// ---- What a return of a joining receipt makes of the tier -------------------

struct JoiningCase
{
    const char* what;
    QList<QList<ItemRequest>> receipts; // the walk-in receipts joined with, in order
    int returned = 0;                   // which of them comes back …
    QList<ItemRequest> items;           // … wholly, or these items of it
    Tier joinedAs = Tier::Gold;
    std::optional<Tier> tierAfter; // none: the membership is cancelled
};

void PrintTo(const JoiningCase& c, std::ostream* os)
{
    *os << c.what;
}

class JoiningTiers : public JoiningReceipts, public ::testing::WithParamInterface<JoiningCase>
{
};

TEST_P(JoiningTiers, AreDecidedAgainFromWhatTheReceiptsKeep)
{
    const JoiningCase& c = GetParam();
    QStringList receipts;
    for (const QList<ItemRequest>& items : c.receipts)
        receipts << walkIn(items);
    const Result<JoinOutcome> joined = join(receipts, form());
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    const Id member = joined->view.member.id;
    ASSERT_EQ(joined->view.member.tier, c.joinedAs);

    at(QDate(2026, 11, 20)); // a return comes two days later
    const Result<ReturnService::Outcome> back = giveBack(receipts.at(c.returned), c.items);
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    const Member after = memberNow(member);
    if (!c.tierAfter) {
        EXPECT_TRUE(back->membershipCancelled);
        EXPECT_TRUE(after.membershipCancelledAt.has_value());
        EXPECT_EQ(after.tier, c.joinedAs) << "the tier it had stays on the file";
        for (const Card& card : t.store().cardsOfMember(member))
            EXPECT_EQ(card.status, CardStatus::Blocked);
        return;
    }
    EXPECT_FALSE(back->membershipCancelled);
    EXPECT_FALSE(after.membershipCancelledAt.has_value());
    EXPECT_EQ(after.tier, *c.tierAfter);
    const bool changed = *c.tierAfter != c.joinedAs;
    EXPECT_EQ(back->tierChangedTo.has_value(), changed);
    EXPECT_EQ(back->record.backToGold, changed);
    EXPECT_EQ(t.store().currentCard(member)->status, CardStatus::Active);
}

ItemRequest one(const QString& barcode, std::int64_t qty = 1)
{
    return {barcode, qty};
}

INSTANTIATE_TEST_SUITE_P(
    Returns, JoiningTiers,
    ::testing::Values(JoiningCase{"gold, a receipt returned leaves 200: cancelled",
                                  {{one(Cream)}, {one(Flask)}},
                                  1,
                                  {},
                                  Tier::Gold,
                                  std::nullopt},
                      JoiningCase{"gold, part of a receipt returned leaves exactly 300: stands",
                                  {{one(Cream), one(Flask, 2)}},
                                  0,
                                  {one(Flask)},
                                  Tier::Gold,
                                  Tier::Gold},
                      JoiningCase{"gold, part of a receipt returned leaves 200: cancelled",
                                  {{one(Cream), one(Flask, 2)}},
                                  0,
                                  {one(Cream)},
                                  Tier::Gold,
                                  std::nullopt},
                      JoiningCase{"diamond, a receipt returned leaves 2000: gold",
                                  {{one(Suit)}, {one(Suit)}},
                                  0,
                                  {},
                                  Tier::Diamond,
                                  Tier::Gold},
                      JoiningCase{"diamond, a receipt returned leaves exactly 3000: stands",
                                  {{one(Watch)}, {one(EyeCream)}},
                                  1,
                                  {},
                                  Tier::Diamond,
                                  Tier::Diamond},
                      JoiningCase{"diamond, the watch returned leaves 100: cancelled at once",
                                  {{one(Watch), one(Flask)}},
                                  0,
                                  {one(Watch)},
                                  Tier::Diamond,
                                  std::nullopt},
                      JoiningCase{"diamond, everything returned: cancelled",
                                  {{one(Watch)}},
                                  0,
                                  {},
                                  Tier::Diamond,
                                  std::nullopt}));

// ---- The joining's day, free joining, upgrades ---------------------------------

TEST_F(JoiningReceipts, TheJoiningDaysThresholdsJudgeNotTodays)
{
    SettingChange raised; // from tomorrow gold takes 500 yuan
    raised.key = QStringLiteral("gold_join_fen");
    raised.value = QStringLiteral("50000");
    raised.from = QDate(2026, 11, 19);
    raised.setAt = t.clock().now();
    t.store().insertSettingChange(raised);
    const QString flasks = walkIn({one(Flask, 2)});
    const Result<JoinOutcome> joined = join({walkIn({one(Cream)}), flasks}, form());
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    // A week on, a flask comes back: 300 kept reaches the joining day's 300,
    // not today's 500.
    at(QDate(2026, 11, 25));
    const Result<ReturnService::Outcome> back = giveBack(flasks, {one(Flask)});
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->membershipCancelled);
    EXPECT_FALSE(back->tierChangedTo.has_value());
    EXPECT_EQ(memberNow(joined->view.member.id).tier, Tier::Gold);
    EXPECT_FALSE(memberNow(joined->view.member.id).membershipCancelledAt);
    // The other flask takes it to 200.
    const Result<ReturnService::Outcome> rest = giveBack(flasks);
    ASSERT_TRUE(rest.ok());
    EXPECT_TRUE(rest->membershipCancelled);
}

TEST_F(JoiningReceipts, AReturnIsJudgedByTheJoiningDaysThresholdEvenWhenItWasLower)
{
    // Joined under a VIP day's 200-yuan threshold; the standing 300 holds today.
    SettingChange vipDay;
    vipDay.key = QStringLiteral("gold_join_fen");
    vipDay.value = QStringLiteral("20000");
    vipDay.from = QDate(2026, 11, 18);
    vipDay.to = QDate(2026, 11, 18);
    vipDay.setAt = t.clock().now();
    t.store().insertSettingChange(vipDay);
    const QString receipt = walkIn({one(Cream), one(Flask)});
    const Result<JoinOutcome> joined = join({receipt}, form());
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    at(QDate(2026, 11, 20));
    const Result<ReturnService::Outcome> back = giveBack(receipt, {one(Flask)});
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->membershipCancelled) << "200 kept reaches the joining day's 200";
    const Result<ReturnService::Outcome> all = giveBack(receipt);
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->membershipCancelled);
}

TEST_F(JoiningReceipts, OnAFreeJoiningDayNothingFallsBelowGold)
{
    t.setSetting(QStringLiteral("gold_join_fen"), QStringLiteral("0"));
    const QString receipt = walkIn({one(Flask)});
    const Result<JoinOutcome> joined = join({receipt}, form());
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    const Result<ReturnService::Outcome> back = giveBack(receipt);
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->membershipCancelled);
    EXPECT_FALSE(back->tierChangedTo.has_value());
    EXPECT_EQ(t.store().currentCard(joined->view.member.id)->status, CardStatus::Active);
}

TEST_F(JoiningReceipts, AnUpgradeEarnedLaterWithTheCardIsNotTheJoiningsToUndo)
{
    t.setSetting(QStringLiteral("diamond_lifetime_points"), QStringLiteral("100"));
    const QString flask = walkIn({one(Flask)});
    const Result<JoinOutcome> joined = join({walkIn({one(Cream)}), flask}, form());
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    ASSERT_EQ(joined->view.member.tier, Tier::Gold); // 30 points
    // A suit with the card: 1760 paid, 176 points → diamond by lifetime.
    const Result<Receipt> suit =
        SaleService(t.context()).sell({joined->view.card->number, {one(Suit)}, {}});
    ASSERT_TRUE(suit.ok());
    ASSERT_EQ(suit->sale.upgradedTo, Tier::Diamond);
    const QStringList before = t.snapshot();

    // The joining receipts fall to 200, below gold: the diamond stands on
    // the card's lifetime points, and the membership with it.
    const Result<ReturnService::Outcome> back = giveBack(flask);
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->membershipCancelled);
    EXPECT_FALSE(back->tierChangedTo.has_value());
    const Member after = memberNow(joined->view.member.id);
    EXPECT_EQ(after.tier, Tier::Diamond);
    EXPECT_FALSE(after.membershipCancelledAt.has_value());
    EXPECT_TRUE(MemberService(t.context()).memberForCard(joined->view.card->number).ok());
    // Only the return rule takes it back: the suit returned, lifetime 20.
    const Result<ReturnService::Outcome> suitBack = giveBack(suit->sale.receiptNo);
    ASSERT_TRUE(suitBack.ok());
    EXPECT_EQ(suitBack->tierChangedTo, Tier::Gold);
    EXPECT_EQ(memberNow(joined->view.member.id).tier, Tier::Gold);
    EXPECT_NE(t.snapshot(), before);
}

TEST_F(JoiningReceipts, AnUpgradeTheJoiningReceiptsEarnedIsTheJoinings)
{
    // Four 100-yuan receipts credited in turn reach 40 points: diamond at the
    // fourth, recorded as upgraded by that joining receipt.
    t.setSetting(QStringLiteral("diamond_lifetime_points"), QStringLiteral("40"));
    QStringList receipts;
    for (int i = 0; i < 4; ++i)
        receipts << walkIn({one(Flask)});
    const Result<JoinOutcome> joined = join(receipts, form());
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    const Id member = joined->view.member.id;
    ASSERT_EQ(joined->view.member.tier, Tier::Diamond);
    ASSERT_TRUE(memberNow(member).upgradedBySaleId.has_value());

    // The first comes back: 300 kept is gold, 30 points do not reach diamond.
    const Result<ReturnService::Outcome> back = giveBack(receipts.first());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->tierChangedTo, Tier::Gold);
    EXPECT_TRUE(back->record.backToGold);
    EXPECT_FALSE(back->membershipCancelled);
    EXPECT_EQ(memberNow(member).tier, Tier::Gold);
    // The next takes the joining below gold.
    const Result<ReturnService::Outcome> again = giveBack(receipts.at(1));
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->membershipCancelled);
    EXPECT_FALSE(again->tierChangedTo.has_value());
}

// ---- A cancelled membership ------------------------------------------------------

TEST_F(JoiningReceipts, ACancelledMembershipIsRefusedEverywhereAndItsHistoryStays)
{
    const QString cream = walkIn({one(Cream)});
    const QString flask = walkIn({one(Flask)});
    const Result<JoinOutcome> joined = join({cream, flask}, form(), {NewCard::Kind::Chip});
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    const Id member = joined->view.member.id;
    const Card pending = *joined->view.card;
    ASSERT_EQ(pending.status, CardStatus::Pending);
    CardService cards(t.context());
    ASSERT_TRUE(cards
                    .activateWritten(pending.id,
                                     PresentedCard(pending.number, PresentedCard::Medium::Chip,
                                                   QByteArray::fromHex("04A1B2C3D4E5F6"),
                                                   pending.generation),
                                     desk.id)
                    .ok());
    // A replacement waiting to be written is a live card too.
    const Result<CardReplacement> damaged =
        MemberService(t.context())
            .replaceCard(member, form().idNumber, ReplacementReason::Damaged, {NewCard::Kind::Chip},
                         desk.id);
    ASSERT_TRUE(damaged.ok());

    at(QDate(2026, 11, 19));
    const Result<ReturnService::Outcome> back = giveBack(flask);
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    ASSERT_TRUE(back->membershipCancelled);
    for (const Card& card : t.store().cardsOfMember(member))
        EXPECT_EQ(card.status, CardStatus::Blocked) << card.number.toStdString();

    // Refused at every till, with what it is, and nothing changes.
    at(QDate(2026, 11, 19), QTime(15, 0));
    const QStringList before = t.snapshot();
    const Result<Receipt> sale = SaleService(t.context()).sell({pending.number, {one(Flask)}, {}});
    ASSERT_FALSE(sale.ok());
    EXPECT_EQ(sale.error().code(), ErrorCode::MembershipCancelled);
    EXPECT_TRUE(sale.error().message().contains(QStringLiteral("join again")))
        << sale.error().message().toStdString();
    MemberService members(t.context());
    EXPECT_EQ(members.memberForCard(damaged->newCard.number).error().code(),
              ErrorCode::MembershipCancelled);
    EXPECT_EQ(members.replaceCard(member, form().idNumber, ReplacementReason::Lost, {}, desk.id)
                  .error()
                  .code(),
              ErrorCode::MembershipCancelled);
    EXPECT_EQ(cards.cardToWrite(member).error().code(), ErrorCode::MembershipCancelled);
    EXPECT_EQ(RedemptionService(t.context()).redeem(member, 1000, Flask).error().code(),
              ErrorCode::MembershipCancelled);
    EXPECT_EQ(RedemptionService(t.context())
                  .findMember(form().mobile, form().idNumber.right(4))
                  .error()
                  .code(),
              ErrorCode::MembershipCancelled);
    EXPECT_EQ(PerkService(t.context())
                  .claimQuarterlyGift(member, QStringLiteral("丝巾"), desk.id)
                  .error()
                  .code(),
              ErrorCode::MembershipCancelled);
    EXPECT_EQ(t.snapshot(), before);

    // The file, the sales and the points stay: the cream's 20 points wait.
    EXPECT_EQ(members.memberById(member)->balance, 20);
    EXPECT_EQ(t.store().saleByReceipt(cream)->points->memberId, member);
    EXPECT_EQ(t.store().ledgerOfMember(member).size(), 3); // two earned, one reversed
    // Customer care calls nobody whose membership was cancelled, even after
    // the return.
    at(QDate(2026, 11, 21), QTime(8, 0));
    ASSERT_TRUE(FollowUpService(t.context()).planToday().ok());
    EXPECT_TRUE(t.store().callsOfMember(member).isEmpty());

    // The trail names the manager on each card blocked and on the
    // cancellation, and still checks.
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    const std::optional<SqlRow> event = db->queryOne(
        "SELECT staff_id, approver_id, detail FROM staff_events WHERE action = 'membership'");
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(event->integer(0), manager.id);
    EXPECT_EQ(event->integer(1), manager.id);
    EXPECT_TRUE(event->text(2).startsWith(QStringLiteral("cancelled")));
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM staff_events WHERE action = 'card' AND "
                               "detail LIKE 'blocked|%' AND staff_id = $1",
                               {manager.id}),
              2);
    const Result<AuditReport> audit = AuditService(t.context()).verify();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok()) << audit->firstBad->reason.toStdString();
}

TEST_F(JoiningReceipts, ThePersonJoinsAgainAsTheSameMemberWithANewCard)
{
    const QString cream = walkIn({one(Cream)});
    const QString flask = walkIn({one(Flask)});
    const Result<JoinOutcome> first = join({cream, flask}, form());
    ASSERT_TRUE(first.ok());
    const Id member = first->view.member.id;
    const QString oldCard = first->view.card->number;
    // While the membership stands the ID number cannot join again.
    const QString early = walkIn({one(EyeCream)});
    EXPECT_EQ(join({early}, form(QStringLiteral("13911113333"))).error().code(),
              ErrorCode::DuplicateIdNumber);
    ASSERT_TRUE(giveBack(flask).ok()); // cancelled; 20 points kept
    ASSERT_TRUE(memberNow(member).membershipCancelledAt.has_value());

    // Another member's mobile is still refused.
    const QString other = t.seedMember(idNumberFor(QDate(1970, 1, 1)), QDate(1970, 1, 1), 300,
                                       QStringLiteral("13700000000"));
    at(QDate(2026, 11, 18), QTime(16, 0));
    const QString watch = walkIn({one(Watch)});
    EXPECT_EQ(join({watch}, form(QStringLiteral("13700000000"))).error().code(),
              ErrorCode::DuplicateMobile);

    // With new receipts and a new mobile: the same member, diamond now.
    const Result<JoinOutcome> again = join({watch}, form(QStringLiteral("13911114444")));
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_TRUE(again->joinedAgain);
    EXPECT_EQ(again->view.member.id, member);
    EXPECT_EQ(again->view.member.tier, Tier::Diamond);
    EXPECT_FALSE(memberNow(member).membershipCancelledAt.has_value());
    EXPECT_EQ(memberNow(member).mobile, QStringLiteral("13911114444"));
    EXPECT_EQ(again->view.card->generation, 2);
    EXPECT_EQ(again->view.card->status, CardStatus::Active);
    EXPECT_EQ(again->view.balance, 20 + 310) << "the points kept wait for the person";
    MemberService members(t.context());
    EXPECT_TRUE(members.memberForCard(again->view.card->number).ok());
    EXPECT_EQ(members.memberForCard(oldCard).error().code(), ErrorCode::CardBlocked);
    EXPECT_EQ(members.memberByMobile(QStringLiteral("13911114444"))->member.id, member);

    // The old joining's last receipt coming back changes only its points.
    const Result<ReturnService::Outcome> old = giveBack(cream);
    ASSERT_TRUE(old.ok());
    EXPECT_FALSE(old->membershipCancelled);
    EXPECT_FALSE(old->tierChangedTo.has_value());
    EXPECT_EQ(memberNow(member).tier, Tier::Diamond);
    EXPECT_EQ(members.memberById(member)->balance, 310);
    // The new joining's does.
    const Result<ReturnService::Outcome> back = giveBack(watch);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->membershipCancelled);
    EXPECT_NE(other, QString());

    const std::unique_ptr<SqlConnection> db = t.database().connect();
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM joinings WHERE member_id = $1", {member}), 2);
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM members"), 2);
    const Result<AuditReport> audit = AuditService(t.context()).verify();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok()) << audit->firstBad->reason.toStdString();
}

} // namespace
