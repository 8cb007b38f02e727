#include "services/CheckoutSession.h"

#include "services/MemberService.h"
#include "services/StaffService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class CheckoutSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
        StaffService staff(t.context());
        cashier = staff
                      .addStaff(QStringLiteral("1001"), QStringLiteral("小王"), StaffRole::Cashier,
                                QStringLiteral("2468"))
                      .value();
        manager = staff
                      .addStaff(QStringLiteral("9001"), QStringLiteral("李经理"),
                                StaffRole::Manager, QStringLiteral("8642"))
                      .value();
    }

    TestStore t;
    QString card;
    StaffMember cashier;
    StaffMember manager;
};

} // namespace

TEST_F(CheckoutSessionTest, ScanPresentACardAndPay)
{
    CheckoutSession s(t.context(), cashier);
    ASSERT_TRUE(s.scan(QStringLiteral("6901000000017")).ok());
    ASSERT_TRUE(s.scan(QStringLiteral("6903000000015"), 2).ok());
    EXPECT_EQ(s.total().fen(), 40000 + 40000);
    EXPECT_FALSE(s.pointsPreview().has_value());
    const Result<MemberView> m = s.presentCard(card);
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(s.total().fen(), 35200 + 35200); // re-priced at gold at once
    EXPECT_EQ(s.savings().fen(), 90000 - 70400);
    EXPECT_EQ(s.pointsPreview()->earned(), 70);
    const Result<Receipt> r = s.pay({Tender{TenderKind::Cash, Money::fromYuan(800)}});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->change.fen(), 80000 - 70400);
    EXPECT_EQ(r->sale.staffId, cashier.id);
    EXPECT_EQ(r->sale.points->award.earned(), 70);
    EXPECT_TRUE(s.isEmpty());
    EXPECT_FALSE(s.member().has_value());
}

TEST_F(CheckoutSessionTest, AnUnknownBarcodeIsRefusedAndTheSaleGoesOn)
{
    CheckoutSession s(t.context(), cashier);
    ASSERT_TRUE(s.scan(QStringLiteral("6901000000017")).ok());
    const Result<SaleLine> bad = s.scan(QStringLiteral("6999999999999"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code(), ErrorCode::UnknownBarcode);
    EXPECT_TRUE(bad.error().message().contains(u"6999999999999"));
    EXPECT_EQ(s.draft().lines.size(), 1);
    EXPECT_TRUE(s.scan(QStringLiteral("6903000000015")).ok());
}

TEST_F(CheckoutSessionTest, VoidsAndQuantityChangesNeedAManager)
{
    CheckoutSession s(t.context(), cashier);
    ASSERT_TRUE(s.scan(QStringLiteral("6901000000017")).ok());
    ASSERT_TRUE(s.scan(QStringLiteral("6903000000015")).ok());
    EXPECT_EQ(s.voidLine(0, cashier).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(s.draft().lines.size(), 2);
    ASSERT_TRUE(s.voidLine(0, manager).ok());
    ASSERT_EQ(s.draft().lines.size(), 1);
    EXPECT_EQ(s.draft().lines.first().barcode, QStringLiteral("6903000000015"));
    ASSERT_TRUE(s.changeQuantity(0, 3, manager).ok());
    EXPECT_EQ(s.total().fen(), 60000);
    EXPECT_EQ(s.changeQuantity(0, 0, manager).error().code(), ErrorCode::InvalidQuantity);
    ASSERT_TRUE(s.voidSale(manager).ok());
    EXPECT_TRUE(s.isEmpty());
}

TEST_F(CheckoutSessionTest, SuspendAndResumeKeepsLinesAndMember)
{
    CheckoutSession s(t.context(), cashier);
    ASSERT_TRUE(s.scan(QStringLiteral("6901000000017")).ok());
    ASSERT_TRUE(s.presentCard(card).ok());
    const Result<Id> held = s.suspend();
    ASSERT_TRUE(held.ok());
    EXPECT_TRUE(s.isEmpty());
    ASSERT_TRUE(s.scan(QStringLiteral("6903000000015")).ok());
    EXPECT_EQ(s.resume(held.value()).error().code(), ErrorCode::NothingSuspended); // busy
    ASSERT_TRUE(s.pay({}).ok());
    ASSERT_EQ(s.suspended()->size(), 1);
    ASSERT_TRUE(s.resume(held.value()).ok());
    EXPECT_EQ(s.total().fen(), 35200);
    EXPECT_TRUE(s.member().has_value());
    EXPECT_TRUE(s.suspended()->isEmpty());
}

TEST_F(CheckoutSessionTest, AResumedSaleRechecksItsCard)
{
    CheckoutSession s(t.context(), cashier);
    ASSERT_TRUE(s.scan(QStringLiteral("6901000000017")).ok());
    ASSERT_TRUE(s.presentCard(card).ok());
    const Id held = s.suspend().value();
    MemberService desk(t.context());
    ASSERT_TRUE(desk.replaceCard(t.memberIdOfCard(card), idNumberFor(QDate(1985, 5, 20)),
                                 ReplacementReason::Lost)
                    .ok());
    EXPECT_EQ(s.resume(held).error().code(), ErrorCode::CardBlocked);
    EXPECT_TRUE(s.isEmpty());
}
