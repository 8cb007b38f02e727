#include "services/SaleService.h"

#include "services/MemberService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class SaleServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { t.seedCatalogue(); }

    Result<Receipt> sell(std::optional<QString> card, QList<ItemRequest> items)
    {
        SaleService tills(t.context());
        return tills.sell({std::move(card), std::move(items), {}});
    }

    ItemRequest item(const char* barcode, std::int64_t qty = 1)
    {
        return {QString::fromLatin1(barcode), qty};
    }

    TestStore t;
};

} // namespace

TEST_F(SaleServiceTest, AWalkInSaleHasNoPointsAndANumberedReceipt)
{
    Result<Receipt> r = sell(std::nullopt, {item("6901000000017")});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->sale.receiptNo, QStringLiteral("T01-20261118-0001"));
    EXPECT_EQ(r->sale.total().fen(), 40000); // 全柜8折, no card
    EXPECT_FALSE(r->sale.points.has_value());
    EXPECT_EQ(r->sale.tenders.size(), 1);
    EXPECT_EQ(r->sale.tenders.first().amount.fen(), 40000);
    Result<Receipt> second = sell(std::nullopt, {item("6903000000015")});
    EXPECT_EQ(second->sale.receiptNo, QStringLiteral("T01-20261118-0002"));
}

TEST_F(SaleServiceTest, ReceiptNumbersRunPerTerminalAndDay)
{
    ASSERT_TRUE(sell(std::nullopt, {item("6903000000015")}).ok());
    ServiceContext other{t.store(), t.clock(), QStringLiteral("T02")};
    SaleService tillTwo(other);
    EXPECT_EQ(tillTwo.sell({std::nullopt, {item("6903000000015")}, {}})->sale.receiptNo,
              QStringLiteral("T02-20261118-0001"));
    t.clock().set(QDateTime(QDate(2026, 11, 19), QTime(9, 30)));
    EXPECT_EQ(sell(std::nullopt, {item("6903000000015")})->sale.receiptNo,
              QStringLiteral("T01-20261119-0001"));
}

TEST_F(SaleServiceTest, AGoldMemberAtAn8ZheCounterPays352AndEarnsPoints)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    const Result<Receipt> r = sell(card, {item("6901000000017")});
    ASSERT_TRUE(r.ok());
    const SaleLine& line = r->sale.lines.first();
    EXPECT_EQ(line.price.promoRate.toString(), QStringLiteral("0.80"));
    EXPECT_EQ(line.price.afterPromo.fen(), 40000);
    EXPECT_EQ(line.price.memberRate.toString(), QStringLiteral("0.88"));
    EXPECT_EQ(line.price.amount.fen(), 35200);
    EXPECT_EQ(r->sale.points->award.base, 35);
    // 30 points from the joining receipt (300 yuan) and 35 now.
    EXPECT_EQ(r->member->balance, 65);
    EXPECT_EQ(t.store().pointsBalance(t.memberIdOfCard(card)), 65);
}

TEST_F(SaleServiceTest, SpecialPriceGoodsGetNoMemberDiscountButEarnPoints)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    const Result<Receipt> r = sell(card, {item("6905000000013", 2), item("6902000000016")});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->sale.lines.at(0).price.amount.fen(), 20000);
    EXPECT_EQ(r->sale.lines.at(0).price.memberRate.toString(), QStringLiteral("1.00"));
    EXPECT_EQ(r->sale.lines.at(1).price.amount.fen(), 49192); // 559 × 0.88
    EXPECT_EQ(r->sale.points->award.base, 69);                // floor(691.92 / 10)
}

TEST_F(SaleServiceTest, TheSameBarcodeScannedTwiceIsOneLine)
{
    const Result<Receipt> r = sell(std::nullopt, {item("6903000000015"), item("6903000000015", 2)});
    ASSERT_EQ(r->sale.lines.size(), 1);
    EXPECT_EQ(r->sale.lines.first().price.quantity, 3);
}

TEST_F(SaleServiceTest, ABigSaleEarnsTheBonusAndAnUpgrade)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    const Result<Receipt> r = sell(card, {item("6904000000021")}); // 80000 × 0.88 = 70400
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->sale.points->award.base, 7040);
    EXPECT_EQ(r->sale.points->award.bonus, 10);
    EXPECT_EQ(r->member->lifetime, 30 + 7050);
    EXPECT_FALSE(r->sale.upgradedTo.has_value());
    const Result<Receipt> more = sell(card, {item("6904000000021")});
    ASSERT_TRUE(more.ok());
    EXPECT_EQ(more->sale.upgradedTo, Tier::Diamond);
    EXPECT_EQ(more->sale.tier, Tier::Gold); // the upgrading sale itself is priced at gold
    EXPECT_EQ(more->member->member.tier, Tier::Diamond);
    EXPECT_EQ(more->member->lifetime, 30 + 7050 + 7050);
    const Result<Receipt> next = sell(card, {item("6901000000017")});
    EXPECT_EQ(next->sale.lines.first().price.amount.fen(), 32000); // diamond 8折 on the 8折 counter
    EXPECT_FALSE(next->sale.upgradedTo.has_value());
}

TEST_F(SaleServiceTest, LotteryWhenTheBalanceEndsInEight)
{
    const QString card =
        t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20)); // balance 30
    const Result<Receipt> r = sell(card, {item("6905000000013")});
    EXPECT_EQ(r->member->balance, 40);
    EXPECT_FALSE(r->lotteryEligible);
    const Result<Receipt> s = sell(card, {item("6905000000020")}); // 99.90 → 9 points → 49
    EXPECT_EQ(s->member->balance, 49);
    const Result<Receipt> u =
        sell(card, {item("6905000000020"), item("6905000000020"), item("6905000000020")});
    // 299.70 → 29 → 78
    EXPECT_EQ(u->member->balance, 78);
    EXPECT_TRUE(u->lotteryEligible);
}

TEST_F(SaleServiceTest, BirthdayGiftOncePerYearAndDoublePoints)
{
    const QDate birthday(1992, 2, 29);
    t.clock().set(QDateTime(QDate(2026, 2, 27), QTime(10, 0)));
    const QString card = t.seedMember(idNumberFor(birthday), birthday);
    MultiplierRule rule;
    rule.name = QStringLiteral("会员生日双倍积分");
    rule.multiplier = 2;
    rule.birthdayOnly = true;
    t.store().addRule(rule, t.clock().now());

    t.clock().set(QDateTime(QDate(2026, 2, 28), QTime(11, 0))); // 29 Feb falls on 28 Feb in 2026
    const Result<Receipt> first = sell(card, {item("6903000000015")});
    EXPECT_TRUE(first->sale.birthdayGift);
    EXPECT_EQ(first->sale.points->award.multiplier, 2);
    const Result<Receipt> second = sell(card, {item("6903000000015")});
    EXPECT_FALSE(second->sale.birthdayGift);
    EXPECT_EQ(second->sale.points->award.multiplier, 2);
    t.clock().set(QDateTime(QDate(2026, 3, 1), QTime(11, 0)));
    EXPECT_FALSE(sell(card, {item("6903000000015")})->sale.birthdayGift);
    // Two years without a purchase: keep the card from lapsing meanwhile.
    t.setSetting(QStringLiteral("lapse_days"), QStringLiteral("1000"));
    t.clock().set(QDateTime(QDate(2028, 2, 29), QTime(11, 0)));
    EXPECT_TRUE(sell(card, {item("6903000000015")})->sale.birthdayGift);
}

TEST_F(SaleServiceTest, FirstMembersOfTheDayRankByTheirFirstPurchase)
{
    const QString a = t.seedMember(idNumberFor(QDate(1980, 1, 1), 101), QDate(1980, 1, 1));
    const QString b = t.seedMember(idNumberFor(QDate(1981, 1, 1), 102), QDate(1981, 1, 1));
    MultiplierRule rule;
    rule.name = QStringLiteral("每日前1名会员双倍积分");
    rule.multiplier = 2;
    rule.firstMembersPerDay = 1;
    t.store().addRule(rule, t.clock().now());
    t.clock().set(QDateTime(QDate(2026, 11, 19), QTime(10, 0)));
    EXPECT_EQ(sell(a, {item("6903000000015")})->sale.points->award.multiplier, 2);
    t.clock().advanceSeconds(60);
    EXPECT_EQ(sell(b, {item("6903000000015")})->sale.points->award.multiplier, 1);
    t.clock().advanceSeconds(60);
    EXPECT_EQ(sell(a, {item("6903000000015")})->sale.points->award.multiplier, 1);
}

TEST_F(SaleServiceTest, SplitTenderWithChange)
{
    SaleService tills(t.context());
    const Result<Receipt> r = tills.sell({std::nullopt,
                                          {item("6902000000016")},
                                          {Tender{TenderKind::BankCard, Money::fromYuan(300)},
                                           Tender{TenderKind::Cash, Money::fromYuan(300)}}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->change.fen(), 4100);
    ASSERT_EQ(r->sale.tenders.size(), 2);
    EXPECT_EQ(r->sale.tenders.at(1).amount.fen(), 25900);
    const Result<Receipt> short_ =
        tills.sell({std::nullopt,
                    {item("6902000000016")},
                    {Tender{TenderKind::WeChatPay, Money::fromYuan(100)}}});
    ASSERT_FALSE(short_.ok());
    EXPECT_EQ(short_.error().code(), ErrorCode::InvalidTender);
}

struct Refusal
{
    const char* what;
    std::function<Result<Receipt>(SaleService&, const QString& card, const QString& blockedCard)>
        attempt;
    ErrorCode code;
};

class SaleRefusals : public ::testing::TestWithParam<Refusal>
{
};

TEST_P(SaleRefusals, ChangeNothing)
{
    TestStore t;
    t.seedCatalogue();
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    const QString old = t.seedMember(idNumberFor(QDate(1986, 6, 21)), QDate(1986, 6, 21));
    MemberService members(t.context());
    ASSERT_TRUE(members
                    .replaceCard(t.memberIdOfCard(old), idNumberFor(QDate(1986, 6, 21)),
                                 ReplacementReason::Lost)
                    .ok());
    const QStringList before = t.snapshot();
    SaleService tills(t.context());
    const Result<Receipt> r = GetParam().attempt(tills, card, old);
    ASSERT_FALSE(r.ok()) << GetParam().what;
    EXPECT_EQ(r.error().code(), GetParam().code) << GetParam().what;
    EXPECT_FALSE(r.error().message().isEmpty());
    EXPECT_EQ(t.snapshot(), before) << GetParam().what;
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, SaleRefusals,
    ::testing::Values(
        Refusal{"unknown barcode",
                [](SaleService& s, const QString& card, const QString&) {
                    return s.sell({card,
                                   {{QStringLiteral("6901000000017"), 1},
                                    {QStringLiteral("6999999999999"), 1}},
                                   {}});
                },
                ErrorCode::UnknownBarcode},
        Refusal{"unknown card",
                [](SaleService& s, const QString&, const QString&) {
                    return s.sell({QStringLiteral("8899999999999"),
                                   {{QStringLiteral("6901000000017"), 1}},
                                   {}});
                },
                ErrorCode::UnknownCard},
        Refusal{"blocked card",
                [](SaleService& s, const QString&, const QString& blocked) {
                    return s.sell({blocked, {{QStringLiteral("6901000000017"), 1}}, {}});
                },
                ErrorCode::CardBlocked},
        Refusal{"zero quantity",
                [](SaleService& s, const QString& card, const QString&) {
                    return s.sell({card, {{QStringLiteral("6901000000017"), 0}}, {}});
                },
                ErrorCode::InvalidQuantity},
        Refusal{"negative quantity",
                [](SaleService& s, const QString&, const QString&) {
                    return s.sell({std::nullopt, {{QStringLiteral("6901000000017"), -2}}, {}});
                },
                ErrorCode::InvalidQuantity},
        Refusal{"quantities adding past the line limit",
                [](SaleService& s, const QString&, const QString&) {
                    return s.sell({std::nullopt,
                                   {{QStringLiteral("6903000000015"), 9999},
                                    {QStringLiteral("6903000000015"), 1}},
                                   {}});
                },
                ErrorCode::InvalidQuantity},
        Refusal{"no items",
                [](SaleService& s, const QString&, const QString&) {
                    return s.sell({std::nullopt, {}, {}});
                },
                ErrorCode::EmptySale}));

TEST_F(SaleServiceTest, AFailureMidSaleLeavesNoHalf)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    // The disk "fails" as the points are written, after the sale rows went in.
    t.database().failInserts(QStringLiteral("points_ledger"));
    const QStringList before = t.snapshot();
    const Result<Receipt> r = sell(card, {item("6901000000017")});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::DatabaseError);
    EXPECT_EQ(t.snapshot(), before);
    t.database().stopFailingInserts(QStringLiteral("points_ledger"));
    // The till goes on, and the receipt number was not used up.
    EXPECT_EQ(sell(card, {item("6901000000017")})->sale.receiptNo,
              QStringLiteral("T01-20261118-0002"));
}

TEST_F(SaleServiceTest, PricingAQuoteChangesNothing)
{
    const QStringList before = t.snapshot();
    SaleService tills(t.context());
    const Result<Sale> quote = tills.price({item("6901000000017")}, Tier::Diamond);
    ASSERT_TRUE(quote.ok());
    EXPECT_EQ(quote->total().fen(), 32000);
    EXPECT_EQ(t.snapshot(), before);
}
