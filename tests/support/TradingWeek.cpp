#include "TradingWeek.h"

#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "services/StaffService.h"

#include <gtest/gtest.h>

namespace viptill::test {

namespace {

QDateTime at(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute));
}

Money yuan(std::int64_t fen)
{
    return Money::fromFen(fen);
}

} // namespace

TradingWeek::TradingWeek(TestStore& store)
    : t(store)
{
    t.clock().set(at(LastYear, 9, 0));
    t.seedCatalogue();
    StaffService staff(t.context());
    const Result<StaffMember> m = staff.addStaff(QStringLiteral("9001"), QStringLiteral("李强"),
                                                 StaffRole::Manager, QStringLiteral("9999"));
    const Result<StaffMember> c = staff.addStaff(QStringLiteral("1001"), QStringLiteral("王丽"),
                                                 StaffRole::Cashier, QStringLiteral("1111"));
    EXPECT_TRUE(m.ok() && c.ok());
    manager = m.value();
    cashier = c.value();
    // Last year: a gold member joins with 300.00 (30 points).
    t.clock().set(at(LastYear, 10, 0));
    lastYearMember =
        t.memberIdOfCard(t.seedMember(idNumberFor(QDate(1970, 1, 2)), QDate(1970, 1, 2), 300));
}

void TradingWeek::tradeDayA()
{
    SaleService tills(t.context());
    // #1 10:00 gold joins with cream 200.00 + special cup 100.00 = 300.00, 30 points.
    t.clock().set(at(DayA, 10, 0));
    goldCard = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20), 300);
    gold = t.memberIdOfCard(goldCard);
    // #2 11:00 diamond joins with suit 2000.00 + 5 creams 1000.00 = 3000.00, 300 + 10 points.
    t.clock().set(at(DayA, 11, 0));
    diamondCard = t.seedMember(idNumberFor(QDate(1979, 3, 8)), QDate(1979, 3, 8), 3000);
    diamond = t.memberIdOfCard(diamondCard);
    // #3 14:30 gold: dress 500 × 0.80 × 0.88 = 352.00 + special cup 100.00 = 452.00,
    // 45 points, paid by WeChat Pay.
    t.clock().set(at(DayA, 14, 30));
    const Result<Receipt> s3 =
        tills.sell({goldCard,
                    {{QStringLiteral("6901000000017"), 1}, {QStringLiteral("6905000000013"), 1}},
                    {{TenderKind::WeChatPay, yuan(45200)}},
                    cashier.id});
    ASSERT_TRUE(s3.ok()) << s3.error().message().toStdString();
    goldSaleA = s3->sale.receiptNo;
    // #4 15:10 walk-in eye cream 400.00, cash.
    t.clock().set(at(DayA, 15, 10));
    const Result<Receipt> s4 =
        tills.sell({std::nullopt, {{QStringLiteral("6903000000022"), 1}}, {}, cashier.id});
    ASSERT_TRUE(s4.ok());
    walkInSaleA = s4->sale.receiptNo;
    // #5 20:15 diamond: tourbillon 80000 × 0.80 = 64000.00 (no promotion at 钟表,
    // member 0.80), 6400 + 10 points, by bank card.
    t.clock().set(at(DayA, 20, 15));
    const Result<Receipt> s5 = tills.sell({diamondCard,
                                           {{QStringLiteral("6904000000021"), 1}},
                                           {{TenderKind::BankCard, yuan(6400000)}},
                                           cashier.id});
    ASSERT_TRUE(s5.ok());
    // 21:00 the cup of #3 comes back: 100.00 to WeChat Pay, 45 − 35 = 10 points reversed.
    t.clock().set(at(DayA, 21, 0));
    ReturnService returns(t.context());
    ASSERT_TRUE(
        returns
            .returnItems(goldSaleA, {{QStringLiteral("6905000000013"), 1}}, cashier.id, manager.id)
            .ok());
    // 21:30 the diamond member takes the eye cream (400.00, 美妆) for 1500 points.
    RedemptionService desk(t.context());
    t.clock().set(at(DayA, 21, 30));
    const Result<RedemptionOutcome> r1 =
        desk.redeem(diamond, 1500, QStringLiteral("6903000000022"), manager.id, manager.id);
    ASSERT_TRUE(r1.ok()) << r1.error().message().toStdString();
    keptRedemption = r1->record.id;
    // 21:40 a cream for 1000 points, cancelled at 21:45: the points come back.
    t.clock().set(at(DayA, 21, 40));
    const Result<RedemptionOutcome> r2 =
        desk.redeem(diamond, 1000, QStringLiteral("6903000000015"), manager.id, manager.id);
    ASSERT_TRUE(r2.ok());
    cancelledRedemption = r2->record.id;
    t.clock().set(at(DayA, 21, 45));
    ASSERT_TRUE(desk.cancel(cancelledRedemption, manager.id, manager.id).ok());
    // #6 23:50 walk-in shirt 559.00, cash.
    t.clock().set(at(DayA, 23, 50));
    ASSERT_TRUE(
        tills.sell({std::nullopt, {{QStringLiteral("6902000000016"), 1}}, {}, cashier.id}).ok());
}

void TradingWeek::tradeDayB()
{
    SaleService tills(t.context());
    // #7 00:10, after midnight: day B. Cardigan 333.33 × 0.80 = 266.66 (266.664), cash.
    t.clock().set(at(DayB, 0, 10));
    const Result<Receipt> s7 =
        tills.sell({std::nullopt, {{QStringLiteral("6901000000024"), 1}}, {}, cashier.id});
    ASSERT_TRUE(s7.ok()) << s7.error().message().toStdString();
    // 10:00 day A's walk-in eye cream comes back: 400.00 cash, recorded on day B.
    t.clock().set(at(DayB, 10, 0));
    ReturnService returns(t.context());
    const Result<ReturnService::Outcome> back =
        returns.returnItems(walkInSaleA, {}, cashier.id, manager.id);
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();
    // #8 11:00 gold: 2 special-price socks 99.90 = 199.80 (no member discount), 19 points.
    t.clock().set(at(DayB, 11, 0));
    ASSERT_TRUE(
        tills.sell({goldCard, {{QStringLiteral("6905000000020"), 2}}, {}, cashier.id}).ok());
    // #9 15:00 walk-in watch 3000.00, cash.
    t.clock().set(at(DayB, 15, 0));
    ASSERT_TRUE(
        tills.sell({std::nullopt, {{QStringLiteral("6904000000014"), 1}}, {}, cashier.id}).ok());
}

} // namespace viptill::test
