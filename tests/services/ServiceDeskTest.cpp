// The service desk's operations on a real SQLite file: issuing chip and
// magnetic cards, replacing them, finding members, the diamond gift.

#include "core/Identity.h"
#include "services/CardService.h"
#include "services/MemberService.h"
#include "services/PerkService.h"
#include "services/SaleService.h"
#include "services/StaffService.h"
#include "storage/SqlConnection.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

const QByteArray ChipA = QByteArray::fromHex("04A1B2C3D4E5F6");
const QByteArray ChipB = QByteArray::fromHex("04112233445566");

class ServiceDeskTest : public ::testing::Test
{
protected:
    void SetUp() override { t.seedCatalogue(); }

    QString walkIn(const char* barcode, std::int64_t qty = 1)
    {
        SaleService tills(t.context());
        Result<Receipt> r = tills.sell({std::nullopt, {{QString::fromLatin1(barcode), qty}}, {}});
        EXPECT_TRUE(r.ok());
        return r->sale.receiptNo;
    }

    Application form(int seq = 301, const QString& mobile = QStringLiteral("13800138000"))
    {
        const QDate birthday(1992, 8, 8);
        return {QStringLiteral("陈静"),
                QStringLiteral("F"),
                birthday,
                idNumberFor(birthday, seq),
                mobile,
                QStringLiteral("北京市朝阳区建国路88号"),
                QStringLiteral("美妆")};
    }

    PresentedCard chip(const Card& card, const QByteArray& uid)
    {
        return PresentedCard(card.number, PresentedCard::Medium::Chip, uid, card.generation);
    }

    TestStore t;
};

} // namespace

TEST_F(ServiceDeskTest, AChipCardIsRefusedUntilWrittenAndReadBack)
{
    MemberService desk(t.context());
    const Result<JoinOutcome> joined =
        desk.join(form(), {walkIn("6903000000015", 2)}, {NewCard::Kind::Chip});
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    const Card pending = *joined->view.card;
    EXPECT_EQ(pending.status, CardStatus::Pending);
    EXPECT_EQ(joined->view.balance, 40); // the receipts are credited at once
    const Result<MemberView> tooSoon = desk.memberForCard(pending.number);
    ASSERT_FALSE(tooSoon.ok());
    EXPECT_EQ(tooSoon.error().code(), ErrorCode::CardNotActive);

    CardService cards(t.context());
    const Result<Card> target = cards.cardToWrite(joined->view.member.id);
    ASSERT_TRUE(target.ok());
    EXPECT_EQ(target->id, pending.id);
    // The reader read back something else: nothing changes.
    const QStringList before = t.snapshot();
    Card wrongGeneration = pending;
    wrongGeneration.generation = 2;
    const Result<Card> wrong = cards.activateWritten(pending.id, chip(wrongGeneration, ChipA));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().codeName(), QStringLiteral("CARD_WRITE_FAILED"));
    EXPECT_EQ(t.snapshot(), before);

    const Result<Card> active = cards.activateWritten(pending.id, chip(pending, ChipA));
    ASSERT_TRUE(active.ok()) << active.error().message().toStdString();
    EXPECT_EQ(active->status, CardStatus::Active);
    EXPECT_TRUE(desk.memberForCard(chip(pending, ChipA)).ok());
    EXPECT_EQ(desk.memberForCard(chip(pending, ChipB)).error().code(), ErrorCode::CardCloned);
    // Once on a chip, the card is replaced, never written twice.
    const Result<Card> again = cards.cardToWrite(joined->view.member.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().codeName(), QStringLiteral("CARD_ALREADY_WRITTEN"));
}

TEST_F(ServiceDeskTest, AChipCarriesOneLiveCardAtATime)
{
    MemberService desk(t.context());
    CardService cards(t.context());
    const Result<JoinOutcome> first =
        desk.join(form(301), {walkIn("6903000000015", 2)}, {NewCard::Kind::Chip});
    const Result<JoinOutcome> second =
        desk.join(form(302, QStringLiteral("13800138001")), {walkIn("6903000000015", 2)},
                  {NewCard::Kind::Chip});
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(cards.activateWritten(first->view.card->id, chip(*first->view.card, ChipA)).ok());
    const Result<Card> reused =
        cards.activateWritten(second->view.card->id, chip(*second->view.card, ChipA));
    ASSERT_FALSE(reused.ok());
    EXPECT_EQ(reused.error().codeName(), QStringLiteral("CHIP_IN_USE"));
    // Once the first card is blocked, its chip may be written for another.
    ASSERT_TRUE(
        desk.replaceCard(first->view.member.id, form(301).idNumber, ReplacementReason::Lost).ok());
    EXPECT_TRUE(cards.activateWritten(second->view.card->id, chip(*second->view.card, ChipA)).ok());
}

TEST_F(ServiceDeskTest, AMagneticCardFromTheStockIsBoundAtJoining)
{
    MemberService desk(t.context());
    const QString stock = cardNumberForSerial(700001);
    const QString receipt = walkIn("6903000000015", 2);
    const QStringList before = t.snapshot();
    const Result<JoinOutcome> malformed =
        desk.join(form(), {receipt}, {NewCard::Kind::Magnetic, QStringLiteral("8800000000001")});
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().codeName(), QStringLiteral("INVALID_CARD_NUMBER"));
    EXPECT_EQ(t.snapshot(), before); // no member, no card, the receipt still unused

    const Result<JoinOutcome> joined =
        desk.join(form(), {receipt}, {NewCard::Kind::Magnetic, stock});
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    EXPECT_EQ(joined->view.card->number, stock);
    EXPECT_EQ(joined->view.card->status, CardStatus::Active);
    EXPECT_TRUE(desk.memberForCard(PresentedCard(stock, PresentedCard::Medium::Magnetic)).ok());

    const Result<JoinOutcome> taken =
        desk.join(form(302, QStringLiteral("13800138001")), {walkIn("6903000000015", 2)},
                  {NewCard::Kind::Magnetic, stock});
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().codeName(), QStringLiteral("CARD_NUMBER_TAKEN"));
}

TEST_F(ServiceDeskTest, ADamagedCardWorksUntilItsChipReplacementIsWritten)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    const Id member = t.memberIdOfCard(card);
    MemberService desk(t.context());
    const Result<CardReplacement> r = desk.replaceCard(
        member, idNumberFor(QDate(1985, 5, 20)), ReplacementReason::Damaged, {NewCard::Kind::Chip});
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r->newCard.status, CardStatus::Pending);
    EXPECT_EQ(r->newCard.generation, 2);
    // The card pulled away mid-write: the member still has a working card.
    EXPECT_TRUE(desk.memberForCard(card).ok());
    EXPECT_FALSE(desk.memberForCard(r->newCard.number).ok());

    CardService cards(t.context());
    ASSERT_TRUE(cards.activateWritten(r->newCard.id, chip(r->newCard, ChipB)).ok());
    EXPECT_EQ(desk.memberForCard(card).error().code(), ErrorCode::CardBlocked);
    const Result<MemberView> now = desk.memberForCard(chip(r->newCard, ChipB));
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now->balance, 30);
    EXPECT_EQ(t.store().cardByNumber(card)->status, CardStatus::Replaced);
}

TEST_F(ServiceDeskTest, ALostCardStopsWorkingAtOnceEvenBeforeTheNewChipIsWritten)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    MemberService desk(t.context());
    const Result<CardReplacement> r =
        desk.replaceCard(t.memberIdOfCard(card), idNumberFor(QDate(1985, 5, 20)),
                         ReplacementReason::Lost, {NewCard::Kind::Chip});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->blockedCard.status, CardStatus::Blocked);
    EXPECT_EQ(desk.memberForCard(card).error().code(), ErrorCode::CardBlocked);
    // A second try (the first chip was spoilt) leaves one pending card.
    const Result<CardReplacement> again =
        desk.replaceCard(t.memberIdOfCard(card), idNumberFor(QDate(1985, 5, 20)),
                         ReplacementReason::Lost, {NewCard::Kind::Chip});
    ASSERT_TRUE(again.ok()) << again.error().message().toStdString();
    EXPECT_EQ(again->newCard.generation, 3);
    EXPECT_EQ(t.store().cardByNumber(r->newCard.number)->status, CardStatus::Blocked);
    CardService cards(t.context());
    EXPECT_EQ(cards.cardToWrite(t.memberIdOfCard(card))->id, again->newCard.id);
}

TEST_F(ServiceDeskTest, TheDiamondCardSwapIsForDiamondMembersHoldingAGoldCard)
{
    const QDate birthday(1980, 1, 2);
    const QString gold = t.seedMember(idNumberFor(birthday), birthday);
    const Id member = t.memberIdOfCard(gold);
    MemberService desk(t.context());
    const Result<CardReplacement> notYet =
        desk.replaceCard(member, idNumberFor(birthday), ReplacementReason::Upgrade);
    ASSERT_FALSE(notYet.ok());
    EXPECT_EQ(notYet.error().codeName(), QStringLiteral("NOT_DIAMOND"));

    // Two 80,000-yuan watches at 8.8折 take the member past 8000 points.
    SaleService tills(t.context());
    ASSERT_TRUE(tills.sell({gold, {{QStringLiteral("6904000000021"), 2}}, {}}).ok());
    ASSERT_EQ(desk.memberById(member)->member.tier, Tier::Diamond);
    const Result<CardReplacement> swap = desk.replaceCard(
        member, idNumberFor(birthday), ReplacementReason::Upgrade, {NewCard::Kind::Number});
    ASSERT_TRUE(swap.ok()) << swap.error().message().toStdString();
    EXPECT_EQ(swap->newCard.tier, Tier::Diamond);
    EXPECT_EQ(swap->blockedCard.status, CardStatus::Replaced);
    const Result<CardReplacement> twice =
        desk.replaceCard(member, idNumberFor(birthday), ReplacementReason::Upgrade);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().codeName(), QStringLiteral("CARD_SWAP_NOT_DUE"));
}

TEST_F(ServiceDeskTest, MembersAreFoundByCardMobileIdNumberOrName)
{
    const QDate birthday(1990, 3, 14);
    const QString card =
        t.seedMember(idNumberFor(birthday), birthday, 300, QStringLiteral("13712345678"));
    const Id member = t.memberIdOfCard(card);
    MemberService desk(t.context());
    for (const QString& query : {card, QStringLiteral("13712345678"), idNumberFor(birthday),
                                 QStringLiteral(" 测试 "), QStringLiteral("测试会员")}) {
        const Result<QList<MemberView>> found = desk.find(query);
        ASSERT_TRUE(found.ok());
        ASSERT_EQ(found->size(), 1) << query.toStdString();
        EXPECT_EQ(found->first().member.id, member);
    }
    EXPECT_TRUE(desk.find(QStringLiteral("王"))->isEmpty());
    EXPECT_TRUE(desk.find(QStringLiteral("13799999999"))->isEmpty());
    EXPECT_TRUE(desk.find(QString())->isEmpty());
    // A blocked card still finds its member, and shows as blocked.
    ASSERT_TRUE(desk.replaceCard(member, idNumberFor(birthday), ReplacementReason::Lost).ok());
    const Result<QList<MemberView>> byOld = desk.find(card);
    ASSERT_EQ(byOld->size(), 1);
    EXPECT_EQ(byOld->first().card->status, CardStatus::Blocked);
}

TEST_F(ServiceDeskTest, ADiamondMemberHasOneFreeGiftAQuarter)
{
    const QString diamond = t.seedMember(idNumberFor(QDate(1975, 2, 3)), QDate(1975, 2, 3), 3000);
    const QString gold = t.seedMember(idNumberFor(QDate(1976, 2, 3)), QDate(1976, 2, 3), 300,
                                      QStringLiteral("13600000001"));
    PerkService perks(t.context());
    const Result<DiamondGift> goldGift =
        perks.claimQuarterlyGift(t.memberIdOfCard(gold), QStringLiteral("丝巾"), std::nullopt);
    ASSERT_FALSE(goldGift.ok());
    EXPECT_EQ(goldGift.error().codeName(), QStringLiteral("NOT_DIAMOND"));
    EXPECT_EQ(perks.claimQuarterlyGift(t.memberIdOfCard(diamond), QStringLiteral("  "), {})
                  .error()
                  .codeName(),
              QStringLiteral("INVALID_GIFT"));

    const Id member = t.memberIdOfCard(diamond);
    EXPECT_FALSE(perks.giftThisQuarter(member)->has_value());
    const Result<DiamondGift> gift =
        perks.claimQuarterlyGift(member, QStringLiteral("真丝丝巾"), {});
    ASSERT_TRUE(gift.ok());
    EXPECT_EQ(gift->quarter, 4); // 18 November
    EXPECT_TRUE(perks.giftThisQuarter(member)->has_value());
    const QStringList before = t.snapshot();
    const Result<DiamondGift> twice = perks.claimQuarterlyGift(member, QStringLiteral("香薰"), {});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().codeName(), QStringLiteral("GIFT_ALREADY_CLAIMED"));
    EXPECT_TRUE(twice.error().message().contains(QStringLiteral("真丝丝巾")));
    EXPECT_EQ(t.snapshot(), before);
    t.clock().set(QDateTime(QDate(2027, 1, 2), QTime(10, 0))); // a new quarter
    EXPECT_TRUE(perks.claimQuarterlyGift(member, QStringLiteral("香薰"), {}).ok());
}

TEST_F(ServiceDeskTest, TheDeskSeesWhatTheReceiptsAddUpToBeforeJoining)
{
    MemberService desk(t.context());
    const QString a = walkIn("6903000000015"); // 200.00
    const QStringList before = t.snapshot();
    const Result<JoinPreview> one = desk.previewJoin({a});
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->paid.fen(), 20000);
    EXPECT_FALSE(one->tier.has_value());
    const Result<JoinPreview> two = desk.previewJoin({a, walkIn("6905000000013")});
    ASSERT_TRUE(two.ok());
    EXPECT_EQ(two->tier, Tier::Gold);
    EXPECT_EQ(two->receipts.size(), 2);
    EXPECT_EQ(desk.previewJoin({a, QStringLiteral(" ") + a}).error().code(),
              ErrorCode::ReceiptRepeated);
    EXPECT_EQ(desk.previewJoin({QStringLiteral("T09-20261118-0001")}).error().code(),
              ErrorCode::ReceiptNotFound);
    t.clock().advanceSeconds(24 * 3600);
    EXPECT_EQ(desk.previewJoin({a}).error().code(), ErrorCode::ReceiptNotToday);
    t.clock().advanceSeconds(-24 * 3600);
    // Previews change nothing (the walk-in for the second preview aside).
    const QStringList after = t.snapshot();
    EXPECT_EQ(after.filter(QStringLiteral("members|")), before.filter(QStringLiteral("members|")));
}

// The audit trail names who joined a customer, who replaced a card and who
// wrote one: each card and tier entry carries the desk clerk's number.
TEST_F(ServiceDeskTest, TheAuditTrailNamesWhoJoinedReplacedAndWrote)
{
    const StaffMember clerk = StaffService(t.context())
                                  .addStaff(QStringLiteral("2001"), QStringLiteral("陈静"),
                                            StaffRole::ServiceDesk, QStringLiteral("2222"))
                                  .value();
    const StaffMember other = StaffService(t.context())
                                  .addStaff(QStringLiteral("2002"), QStringLiteral("刘洋"),
                                            StaffRole::ServiceDesk, QStringLiteral("2222"))
                                  .value();
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    auto staffOfEntries = [&](const char* action, const QString& subject) {
        QList<std::optional<Id>> staff;
        for (const SqlRow& row : db->query("SELECT staff_id FROM staff_events WHERE action = $1 "
                                           "AND subject = $2 ORDER BY id",
                                           {QString::fromLatin1(action), subject}))
            staff << row.optionalInteger(0);
        return staff;
    };
    using Named = QList<std::optional<Id>>;

    MemberService desk(t.context());
    const Result<JoinOutcome> joined =
        desk.join(form(), {walkIn("6903000000015", 2)}, {NewCard::Kind::Chip}, clerk.id);
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    const Id member = joined->view.member.id;
    const Card first = *joined->view.card;
    EXPECT_EQ(staffOfEntries("tier", QString::number(member)), Named{clerk.id});
    EXPECT_EQ(staffOfEntries("card", first.number), Named{clerk.id});

    // Another clerk writes the card; then the first replaces it as lost.
    CardService cards(t.context());
    ASSERT_TRUE(cards.activateWritten(first.id, chip(first, ChipA), other.id).ok());
    EXPECT_EQ(staffOfEntries("card", first.number), (Named{clerk.id, other.id}));
    const Result<CardReplacement> replaced =
        desk.replaceCard(member, form().idNumber, ReplacementReason::Lost, {}, clerk.id);
    ASSERT_TRUE(replaced.ok()) << replaced.error().message().toStdString();
    EXPECT_EQ(staffOfEntries("card", first.number), (Named{clerk.id, other.id, clerk.id}));
    EXPECT_EQ(staffOfEntries("card", replaced->newCard.number), Named{clerk.id});

    // A diamond joining names the clerk on both tier entries it makes.
    const Result<JoinOutcome> diamond =
        desk.join(form(302, QStringLiteral("13800138001")),
                  {walkIn("6902000000023"), walkIn("6902000000023")}, {}, other.id);
    ASSERT_TRUE(diamond.ok()) << diamond.error().message().toStdString();
    EXPECT_EQ(diamond->view.member.tier, Tier::Diamond);
    EXPECT_EQ(staffOfEntries("tier", QString::number(diamond->view.member.id)), Named{other.id});
    // Without a staff member (an old caller), the entries name nobody, as before.
    const Result<JoinOutcome> unnamed =
        desk.join(form(303, QStringLiteral("13800138002")), {walkIn("6903000000015", 2)});
    ASSERT_TRUE(unnamed.ok());
    EXPECT_EQ(staffOfEntries("tier", QString::number(unnamed->view.member.id)),
              Named{std::nullopt});
}
