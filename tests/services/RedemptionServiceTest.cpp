#include "services/RedemptionService.h"

#include "services/SaleService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class RedemptionServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        // 3000 yuan of receipts: diamond, 310 points; then a 2000 suit at 8折 → 160 → 470;
        // a 80000 watch at 8折 → 6400 + 10.
        card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20), 3000);
        member = t.memberIdOfCard(card);
        SaleService tills(t.context());
        ASSERT_TRUE(tills.sell({card, {{QStringLiteral("6904000000021"), 1}}, {}}).ok());
        ASSERT_EQ(t.store().pointsBalance(member), 310 + 6410);
    }

    TestStore t;
    QString card;
    Id member = 0;
};

} // namespace

TEST_F(RedemptionServiceTest, AGiftWithinTheCapIsChargedToItsCounterAtListPrice)
{
    RedemptionService desk(t.context());
    const Result<RedemptionOutcome> r =
        desk.redeem(member, 1500, QStringLiteral("6903000000022")); // 400.00
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->record.cap.fen(), 40000);
    EXPECT_EQ(r->record.listPrice.fen(), 40000);
    EXPECT_EQ(r->record.counterId,
              t.store().productByBarcode(QStringLiteral("6903000000022"))->counterId);
    EXPECT_EQ(r->balance, 6720 - 1500);
    EXPECT_EQ(t.store().pointsBalance(member), 6720 - 1500);
    EXPECT_EQ(t.store().pointsLifetime(member), 6720); // spending does not undo earning
}

TEST_F(RedemptionServiceTest, RefusalsChangeNothing)
{
    RedemptionService desk(t.context());
    const QStringList before = t.snapshot();
    struct Case
    {
        Id member;
        std::int64_t points;
        const char* barcode;
        ErrorCode code;
    };
    for (const Case& c : {Case{member, 1500, "6903000000039", ErrorCode::GiftOverCap}, // 400.01
                          Case{member, 1000, "6905000000013", ErrorCode::SpecialPriceGift},
                          Case{member, 1200, "6903000000015", ErrorCode::InvalidPointsStep},
                          Case{member, 7000, "6903000000015", ErrorCode::InsufficientPoints},
                          Case{member, 1000, "6999999999999", ErrorCode::UnknownBarcode},
                          Case{999, 1000, "6903000000015", ErrorCode::UnknownMember}}) {
        const Result<RedemptionOutcome> r =
            desk.redeem(c.member, c.points, QString::fromLatin1(c.barcode));
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code(), c.code) << r.error().message().toStdString();
        EXPECT_EQ(t.snapshot(), before);
    }
}
