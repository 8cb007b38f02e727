#include "core/Tender.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

Tender cash(std::int64_t fen)
{
    return {TenderKind::Cash, Money::fromFen(fen)};
}
Tender bankCard(std::int64_t fen)
{
    return {TenderKind::BankCard, Money::fromFen(fen)};
}
Tender weChat(std::int64_t fen)
{
    return {TenderKind::WeChatPay, Money::fromFen(fen)};
}
Tender alipay(std::int64_t fen)
{
    return {TenderKind::Alipay, Money::fromFen(fen)};
}

// "kind:fen" for each tender, so a row's expectation reads as the receipt.
QString shown(const QList<Tender>& tenders)
{
    QStringList parts;
    for (const Tender& t : tenders)
        parts << tenderKindCode(t.kind) + u':' + QString::number(t.amount.fen());
    return parts.join(u' ');
}

} // namespace

// domain.md and issue 13: change comes only from cash handed over; one row
// per example, an empty `recorded` with a refusal.
struct SettleCase
{
    const char* what;
    std::int64_t totalFen;
    QList<Tender> offered;
    bool settles;
    const char* recorded; // the tenders as the sale keeps them
    std::int64_t changeFen;
};

class Settling : public ::testing::TestWithParam<SettleCase>
{
};

TEST_P(Settling, ChangeComesOnlyFromCashHandedOver)
{
    const SettleCase& c = GetParam();
    const Result<Payment> p = settle(Money::fromFen(c.totalFen), c.offered);
    ASSERT_EQ(p.ok(), c.settles) << c.what;
    if (!p) {
        EXPECT_EQ(p.error().code(), ErrorCode::InvalidTender) << c.what;
        EXPECT_FALSE(p.error().message().isEmpty()) << c.what;
        return;
    }
    EXPECT_EQ(shown(p->tenders).toStdString(), c.recorded) << c.what;
    EXPECT_EQ(p->change.fen(), c.changeFen) << c.what;
    Money kept;
    for (const Tender& t : p->tenders)
        kept += t.amount;
    EXPECT_EQ(kept.fen(), c.totalFen) << c.what << ": the tenders kept add up to the total";
}

INSTANTIATE_TEST_SUITE_P(
    Examples, Settling,
    ::testing::Values(
        SettleCase{"nothing offered: the total in cash", 70400, {}, true, "cash:70400", 0},
        SettleCase{"cash exact", 70400, {cash(70400)}, true, "cash:70400", 0},
        SettleCase{
            "cash over: the excess is change", 70400, {cash(80000)}, true, "cash:70400", 9600},
        SettleCase{"WeChat Pay for the total", 70400, {weChat(70400)}, true, "wechat_pay:70400", 0},
        SettleCase{"bank card for the total", 70400, {bankCard(70400)}, true, "bank_card:70400", 0},
        SettleCase{"Alipay for the total", 1, {alipay(1)}, true, "alipay:1", 0},
        SettleCase{"card and cash exactly",
                   70400,
                   {bankCard(50000), cash(20400)},
                   true,
                   "bank_card:50000 cash:20400",
                   0},
        SettleCase{"split: 300 by card, 300 cash for 559",
                   55900,
                   {bankCard(30000), cash(30000)},
                   true,
                   "bank_card:30000 cash:25900",
                   4100},
        SettleCase{"split exactly",
                   70400,
                   {weChat(40000), cash(30400)},
                   true,
                   "wechat_pay:40000 cash:30400",
                   0},
        SettleCase{"three non-cash kinds",
                   70400,
                   {bankCard(10000), weChat(20000), alipay(40400)},
                   true,
                   "bank_card:10000 wechat_pay:20000 alipay:40400",
                   0},
        SettleCase{"cash listed first is still recorded after the cards",
                   70400,
                   {cash(50000), alipay(30400)},
                   true,
                   "alipay:30400 cash:40000",
                   10000},
        SettleCase{"WeChat for the total and cash handed over too: the cash comes back",
                   70400,
                   {weChat(70400), cash(70400)},
                   true,
                   "wechat_pay:70400",
                   70400},
        SettleCase{"non-cash over the total is refused", 70400, {weChat(70401)}, false, "", 0},
        SettleCase{"non-cash adding past the total is refused",
                   70400,
                   {bankCard(40000), weChat(40000), cash(10000)},
                   false,
                   "",
                   0},
        SettleCase{"too little cash is refused", 70400, {cash(70399)}, false, "", 0},
        SettleCase{"too little by card and cash is refused",
                   70400,
                   {bankCard(30000), cash(100)},
                   false,
                   "",
                   0},
        SettleCase{"a zero tender is refused", 70400, {cash(80000), weChat(0)}, false, "", 0},
        SettleCase{"a negative tender is refused", 70400, {cash(80000), cash(-100)}, false, "", 0},
        SettleCase{"zero total, nothing offered: nothing recorded", 0, {}, true, "", 0},
        SettleCase{"zero total, cash handed over comes back", 0, {cash(1000)}, true, "", 1000},
        SettleCase{"zero total, any non-cash is over", 0, {weChat(1)}, false, "", 0}));

// What the payment dialog shows while the cashier types.
TEST(TenderTally, SaysWhatIsLeftWhatIsOverAndTheChange)
{
    const Money total = Money::fromFen(70400);
    const TenderTally under = tally(total, {bankCard(30000)});
    EXPECT_EQ(under.stillToPay.fen(), 40400);
    EXPECT_FALSE(under.settles());
    const TenderTally over = tally(total, {weChat(80000), cash(100)});
    EXPECT_EQ(over.nonCashOver.fen(), 9600);
    EXPECT_TRUE(over.change.isZero());
    EXPECT_FALSE(over.settles());
    const TenderTally change = tally(total, {bankCard(30000), cash(50000)});
    EXPECT_TRUE(change.settles());
    EXPECT_EQ(change.change.fen(), 9600);
    EXPECT_EQ(change.cash.fen(), 50000);
    EXPECT_EQ(change.nonCash.fen(), 30000);
}
