#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class ReturnServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20)); // 30 points
        member = t.memberIdOfCard(card);
    }

    Receipt sell(std::optional<QString> c, QList<ItemRequest> items, QList<Tender> tenders = {})
    {
        SaleService tills(t.context());
        Result<Receipt> r = tills.sell({std::move(c), std::move(items), std::move(tenders)});
        EXPECT_TRUE(r.ok());
        return r.value();
    }

    Result<ReturnService::Outcome> giveBack(const QString& receipt, QList<ItemRequest> items = {})
    {
        ReturnService returns(t.context());
        return returns.returnItems(receipt, items);
    }

    TestStore t;
    QString card;
    Id member = 0;
};

ItemRequest item(const char* barcode, std::int64_t qty = 1)
{
    return {QString::fromLatin1(barcode), qty};
}

} // namespace

TEST_F(ReturnServiceTest, AWholeReturnRefundsAllAndReversesAllPoints)
{
    const Receipt r = sell(card, {item("6902000000016"), item("6903000000015")}); // 491.92 + 176.00
    EXPECT_EQ(r.sale.points->award.earned(), 66);
    const Result<ReturnService::Outcome> back = giveBack(r.sale.receiptNo);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->record.refundTotal().fen(), 66792);
    EXPECT_EQ(back->record.pointsReversed, 66);
    EXPECT_EQ(back->member->balance, 30);
    EXPECT_EQ(back->record.refunds.first().kind, TenderKind::Cash);
}

TEST_F(ReturnServiceTest, ALineReturnReversesEarnedBeforeLessEarnedOnWhatIsKept)
{
    // 2 × 2000 suits: 3520 paid → 352 + 10 bonus = 362.
    const Receipt r =
        sell(card, {item("6902000000023", 2), item("6903000000015")}); // + 176 → 3696 → 369+10
    EXPECT_EQ(r.sale.points->award.earned(), 379);
    const Result<ReturnService::Outcome> one = giveBack(r.sale.receiptNo, {item("6902000000023")});
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->record.refundTotal().fen(), 176000);
    // Kept 1936 → 193, under 200: the bonus goes too. 379 − 193 = 186.
    EXPECT_EQ(one->record.pointsReversed, 186);
    const Result<ReturnService::Outcome> rest = giveBack(r.sale.receiptNo);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->record.pointsReversed, 193);
    EXPECT_EQ(rest->member->balance, 30);
    const Result<ReturnService::Outcome> again = giveBack(r.sale.receiptNo);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code(), ErrorCode::AlreadyReturned);
}

TEST_F(ReturnServiceTest, ReturnsUseTheOriginalSalesMultiplier)
{
    MultiplierRule rule;
    rule.name = QStringLiteral("双倍");
    rule.multiplier = 2;
    rule.to = QDate(2026, 11, 18);
    t.store().addRule(rule, t.clock().now());
    const Receipt r = sell(card, {item("6903000000015", 2)}); // 352 → 35 × 2 = 70
    EXPECT_EQ(r.sale.points->award.earned(), 70);
    t.clock().set(QDateTime(QDate(2026, 11, 25), QTime(10, 0))); // the rule has ended
    const Result<ReturnService::Outcome> back = giveBack(r.sale.receiptNo, {item("6903000000015")});
    EXPECT_EQ(back->record.pointsReversed, 70 - 17 * 2);
}

TEST_F(ReturnServiceTest, ReturningTheUpgradingSaleGoesBackToGold)
{
    sell(card, {item("6904000000021")});                    // 7050 → lifetime 7080
    const Receipt up = sell(card, {item("6904000000021")}); // → 14130, diamond
    ASSERT_EQ(up.sale.upgradedTo, Tier::Diamond);
    const Result<ReturnService::Outcome> back = giveBack(up.sale.receiptNo);
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->record.backToGold);
    EXPECT_EQ(back->member->member.tier, Tier::Gold);
}

TEST_F(ReturnServiceTest, ReturningAnotherSaleKeepsDiamond)
{
    const Receipt first = sell(card, {item("6904000000021")});
    sell(card, {item("6904000000021")}); // the upgrade
    const Result<ReturnService::Outcome> back = giveBack(first.sale.receiptNo);
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->record.backToGold);
    EXPECT_EQ(back->member->member.tier, Tier::Diamond);
}

TEST_F(ReturnServiceTest, ABalanceMayGoNegativeAndThenBlocksRedemption)
{
    const Receipt r = sell(card, {item("6904000000014")}); // 2640 → 264 + 10 → 304
    sell(card, {item("6904000000014"), item("6904000000014"),
                item("6904000000014")}); // 7920 → 792 + 10 → 1106
    RedemptionService desk(t.context());
    ASSERT_TRUE(desk.redeem(member, 1000, QStringLiteral("6903000000015")).ok());
    const Result<ReturnService::Outcome> back = giveBack(QStringLiteral("T01-20261118-0003"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->member->balance, 30 + 274 + 802 - 1000 - 802);
    EXPECT_LT(back->member->balance, 0);
    const Result<RedemptionOutcome> refused =
        desk.redeem(member, 1000, QStringLiteral("6903000000015"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::NegativeBalance);
    (void)r;
}

TEST_F(ReturnServiceTest, PartOfALinesQuantityRefundsWhatTheKeptPartNoLongerCosts)
{
    const Receipt r = sell(std::nullopt, {item("6901000000024", 3)}); // 3 × 333.33 × 0.80 = 799.99
    EXPECT_EQ(r.sale.total().fen(), 79999);
    const Result<ReturnService::Outcome> one = giveBack(r.sale.receiptNo, {item("6901000000024")});
    // Kept 2 cost 533.33: the refund is 266.66, and 533.33 + 266.66 = 799.99.
    EXPECT_EQ(one->record.refundTotal().fen(), 26666);
    EXPECT_FALSE(one->member.has_value());
}

TEST_F(ReturnServiceTest, RefundsGoBackByTheOriginalTender)
{
    const Receipt r = sell(std::nullopt, {item("6902000000016")},
                           {Tender{TenderKind::WeChatPay, Money::fromYuan(300)},
                            Tender{TenderKind::Cash, Money::fromYuan(300)}});
    const Result<ReturnService::Outcome> back = giveBack(r.sale.receiptNo);
    ASSERT_EQ(back->record.refunds.size(), 2);
    EXPECT_EQ(back->record.refunds.at(0).kind, TenderKind::WeChatPay);
    EXPECT_EQ(back->record.refunds.at(0).amount.fen(), 30000);
    EXPECT_EQ(back->record.refunds.at(1).kind, TenderKind::Cash);
    EXPECT_EQ(back->record.refunds.at(1).amount.fen(), 25900);
}

TEST_F(ReturnServiceTest, RefusalsChangeNothing)
{
    const Receipt r = sell(card, {item("6902000000016", 2)});
    const QStringList before = t.snapshot();
    struct Case
    {
        QString receipt;
        QList<ItemRequest> items;
        ErrorCode code;
    };
    for (const Case& c :
         {Case{QStringLiteral("T01-20261118-9999"), {}, ErrorCode::ReceiptNotFound},
          Case{r.sale.receiptNo, {item("6903000000015")}, ErrorCode::ItemNotOnReceipt},
          Case{r.sale.receiptNo, {item("6902000000016", 3)}, ErrorCode::ReturnQuantityTooLarge},
          Case{r.sale.receiptNo, {item("6902000000016", 0)}, ErrorCode::InvalidQuantity}}) {
        const Result<ReturnService::Outcome> back = giveBack(c.receipt, c.items);
        ASSERT_FALSE(back.ok());
        EXPECT_EQ(back.error().code(), c.code);
        EXPECT_EQ(t.snapshot(), before);
    }
}
