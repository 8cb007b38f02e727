#include "services/RedemptionService.h"

#include "services/SaleService.h"
#include "services/StaffService.h"
#include "storage/SqliteConnection.h"
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

// --- The manager's redemption screen: finding the member, steps, gifts,
// and cancelling the same day. ---

TEST_F(RedemptionServiceTest, TheMemberIsFoundByMobileAndTheLastFourOfTheIdNumber)
{
    RedemptionService desk(t.context());
    const Member m = *t.store().member(member);
    const Result<MemberView> found = desk.findMember(m.mobile, m.idNumber.right(4));
    ASSERT_TRUE(found.ok()) << found.error().message().toStdString();
    EXPECT_EQ(found->member.id, member);
    EXPECT_EQ(found->balance, 6720);
    const Result<MemberView> wrongId = desk.findMember(m.mobile, QStringLiteral("0000"));
    ASSERT_FALSE(wrongId.ok());
    EXPECT_EQ(wrongId.error().code(), ErrorCode::UnknownMember);
    // The same answer for a mobile nobody has: nothing is given away.
    EXPECT_EQ(desk.findMember(QStringLiteral("13900000000"), m.idNumber.right(4)).error().code(),
              ErrorCode::UnknownMember);
    EXPECT_EQ(desk.findMember(m.mobile, QStringLiteral("12")).error().code(),
              ErrorCode::IdNumberMismatch);
}

TEST_F(RedemptionServiceTest, AnXInTheIdNumberMatchesEitherCase)
{
    // 11010519491231002X has the check character X.
    const QString withX = QStringLiteral("11010519491231002X");
    ASSERT_EQ(idNumberFor(QDate(1949, 12, 31), 2), withX);
    const QString withXCard =
        t.seedMember(withX, QDate(1949, 12, 31), 300, QStringLiteral("13700001234"));
    RedemptionService desk(t.context());
    const Result<MemberView> found =
        desk.findMember(QStringLiteral("13700001234"), QStringLiteral("002x"));
    ASSERT_TRUE(found.ok()) << found.error().message().toStdString();
    EXPECT_EQ(found->member.id, t.memberIdOfCard(withXCard));
}

TEST_F(RedemptionServiceTest, TheStepsAreWhatTheBalanceAffords)
{
    RedemptionService desk(t.context());
    const Result<QList<RedemptionStep>> steps = desk.steps(member);
    ASSERT_TRUE(steps.ok());
    ASSERT_EQ(steps->size(), 12); // 1000 … 6500 of 6720
    EXPECT_EQ(steps->first().points, 1000);
    EXPECT_EQ(steps->first().cap.fen(), 20000);
    EXPECT_EQ(steps->last().points, 6500);
    EXPECT_EQ(steps->last().cap.fen(), 240000);
    EXPECT_EQ(desk.steps(999).error().code(), ErrorCode::UnknownMember);
}

TEST_F(RedemptionServiceTest, TheGiftsOfAStepAreWithinItsCapNotSpecialAndOnSale)
{
    RedemptionService desk(t.context());
    auto barcodes = [&](std::int64_t points, const QString& text) {
        QStringList found;
        const Result<QList<Product>> gifts = desk.gifts(points, text);
        EXPECT_TRUE(gifts.ok());
        for (const Product& p : gifts.value())
            found << p.barcode;
        return found;
    };
    // 1000 points: 200.00 at most; the special-price cup (100.00) and socks never.
    EXPECT_EQ(barcodes(1000, {}), QStringList{QStringLiteral("6903000000015")});
    // 1500: up to 400.00, dearest first; the 400.01 mask set is over.
    EXPECT_EQ(barcodes(1500, {}),
              (QStringList{QStringLiteral("6903000000022"), QStringLiteral("6901000000024"),
                           QStringLiteral("6903000000015")}));
    EXPECT_EQ(barcodes(1500, QStringLiteral("眼霜")), QStringList{QStringLiteral("6903000000022")});
    EXPECT_EQ(barcodes(1500, QStringLiteral("女装")), QStringList{QStringLiteral("6901000000024")});
    EXPECT_EQ(barcodes(1500, QStringLiteral("6903000000015")),
              QStringList{QStringLiteral("6903000000015")});
    EXPECT_TRUE(barcodes(1500, QStringLiteral("%")).isEmpty()); // taken literally
    // A withdrawn item is no gift.
    t.exec(QStringLiteral("UPDATE products SET on_sale = 0 WHERE barcode = '6903000000022'"));
    EXPECT_FALSE(barcodes(1500, {}).contains(QStringLiteral("6903000000022")));
    EXPECT_EQ(desk.gifts(1200, {}).error().code(), ErrorCode::InvalidPointsStep);
}

TEST_F(RedemptionServiceTest, CancellingTheSameDayGivesThePointsBack)
{
    StaffService staff(t.context());
    const StaffMember desk1 = staff
                                  .addStaff(QStringLiteral("2001"), QStringLiteral("陈静"),
                                            StaffRole::ServiceDesk, QStringLiteral("2222"))
                                  .value();
    const StaffMember manager = staff
                                    .addStaff(QStringLiteral("9001"), QStringLiteral("李强"),
                                              StaffRole::Manager, QStringLiteral("9999"))
                                    .value();
    RedemptionService desk(t.context());
    const Result<RedemptionOutcome> r =
        desk.redeem(member, 1500, QStringLiteral("6903000000022"), desk1.id, manager.id);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    const RedemptionLine kept = *t.store().redemption(r->record.id);
    EXPECT_EQ(kept.staffNumber, QStringLiteral("2001"));
    EXPECT_EQ(kept.approverNumber, QStringLiteral("9001"));
    t.clock().advanceSeconds(600);
    const Result<CancelledRedemption> c = desk.cancel(r->record.id);
    ASSERT_TRUE(c.ok()) << c.error().message().toStdString();
    EXPECT_EQ(c->pointsRestored, 1500);
    EXPECT_EQ(c->balance, 6720);
    EXPECT_EQ(t.store().pointsBalance(member), 6720);
    EXPECT_EQ(t.store().pointsLifetime(member), 6720);
    EXPECT_TRUE(t.store().redemption(r->record.id)->record.cancelledAt.has_value());
    // The ledger keeps both rows: the redemption and the adjustment naming it.
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    EXPECT_EQ(db->queryInteger("SELECT COUNT(*) FROM points_ledger WHERE redemption_id = $1",
                               {r->record.id}),
              2);
    EXPECT_EQ(db->queryInteger("SELECT points FROM points_ledger WHERE kind = 'adjust' AND "
                               "redemption_id = $1",
                               {r->record.id}),
              1500);
    const Result<QList<RedemptionLine>> today = desk.today();
    ASSERT_TRUE(today.ok());
    ASSERT_EQ(today->size(), 1);
    EXPECT_TRUE(today->first().record.cancelledAt.has_value());
}

TEST_F(RedemptionServiceTest, CancellingIsRefusedTwiceTheNextDayAndForNoSuchRedemption)
{
    RedemptionService desk(t.context());
    const Result<RedemptionOutcome> first =
        desk.redeem(member, 1000, QStringLiteral("6903000000015"));
    const Result<RedemptionOutcome> second =
        desk.redeem(member, 1000, QStringLiteral("6903000000015"));
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_TRUE(desk.cancel(first->record.id).ok());
    const QStringList before = t.snapshot();
    EXPECT_EQ(desk.cancel(first->record.id).error().code(), ErrorCode::RedemptionCancelled);
    EXPECT_EQ(desk.cancel(999).error().code(), ErrorCode::RedemptionNotFound);
    t.clock().set(QDateTime(t.clock().today().addDays(1), QTime(9, 0)));
    EXPECT_EQ(desk.cancel(second->record.id).error().code(), ErrorCode::RedemptionNotToday);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(RedemptionServiceTest, TheSlipHasTheNamesAndTheBalanceAfter)
{
    RedemptionService desk(t.context());
    const Result<RedemptionOutcome> r = desk.redeem(member, 1500, QStringLiteral("6903000000022"));
    ASSERT_TRUE(r.ok());
    const Result<RedemptionSlip> slip = desk.slip(r->record.id);
    ASSERT_TRUE(slip.ok());
    EXPECT_EQ(slip->line.productName, QStringLiteral("自然堂 眼霜"));
    EXPECT_EQ(slip->line.counter, QStringLiteral("美妆"));
    EXPECT_EQ(slip->member.balance, 6720 - 1500);
}
