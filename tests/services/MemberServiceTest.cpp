#include "services/MemberService.h"

#include "services/SaleService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class JoiningTest : public ::testing::Test
{
protected:
    void SetUp() override { t.seedCatalogue(); }

    QString walkIn(QList<ItemRequest> items)
    {
        SaleService tills(t.context());
        Result<Receipt> r = tills.sell({std::nullopt, std::move(items), {}});
        EXPECT_TRUE(r.ok());
        return r->sale.receiptNo;
    }

    Application form(QDate birthday = QDate(1990, 3, 14), int seq = 201,
                     const QString& mobile = QStringLiteral("13912345678"))
    {
        return {QStringLiteral("李晓明"),
                QStringLiteral("M"),
                birthday,
                idNumberFor(birthday, seq),
                mobile,
                QStringLiteral("杭州市西湖区文三路8号"),
                QStringLiteral("男装")};
    }

    TestStore t;
};

ItemRequest item(const char* barcode, std::int64_t qty = 1)
{
    return {QString::fromLatin1(barcode), qty};
}

} // namespace

TEST_F(JoiningTest, ReceiptsOf300YuanGiveGoldAndAreCredited)
{
    const QString a = walkIn({item("6903000000015")}); // 200.00
    const QString b = walkIn({item("6905000000013")}); // 100.00
    MemberService desk(t.context());
    const Result<JoinOutcome> joined = desk.join(form(), {a, b});
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    EXPECT_EQ(joined->view.member.tier, Tier::Gold);
    EXPECT_EQ(joined->view.balance, 30); // 20 + 10, each receipt on its own
    EXPECT_EQ(joined->view.card->status, CardStatus::Active);
    EXPECT_EQ(joined->view.card->generation, 1);
    // The receipts now carry the member's points; no discount was given back.
    EXPECT_EQ(t.store().saleByReceipt(a)->points->memberId, joined->view.member.id);
    EXPECT_EQ(t.store().saleByReceipt(a)->total().fen(), 20000);
}

TEST_F(JoiningTest, ReceiptsOf3000YuanGiveDiamondDirectly)
{
    const QString a = walkIn({item("6904000000014")}); // 3000.00
    MemberService desk(t.context());
    const Result<JoinOutcome> joined = desk.join(form(), {a});
    ASSERT_TRUE(joined.ok());
    EXPECT_EQ(joined->view.member.tier, Tier::Diamond);
    EXPECT_EQ(joined->view.balance, 310); // 300 + 10 bonus
}

TEST_F(JoiningTest, CreditingFollowsTheRulesOfTheReceiptsDay)
{
    MultiplierRule birthday;
    birthday.name = QStringLiteral("生日双倍");
    birthday.multiplier = 2;
    birthday.birthdayOnly = true;
    t.store().addRule(birthday, t.clock().now());
    const QString a = walkIn({item("6903000000015", 2)}); // 400 → 40 × 2
    MemberService desk(t.context());
    const Result<JoinOutcome> joined = desk.join(form(QDate(1990, 11, 18)), {a});
    ASSERT_TRUE(joined.ok());
    EXPECT_EQ(joined->view.balance, 80);
}

struct JoinRefusal
{
    const char* what;
    ErrorCode code;
};

class JoinRefusals : public JoiningTest, public ::testing::WithParamInterface<JoinRefusal>
{
};

TEST_P(JoinRefusals, ChangeNothing)
{
    const QString used = walkIn({item("6903000000015", 2)});
    MemberService desk(t.context());
    ASSERT_TRUE(
        desk.join(form(QDate(1970, 1, 1), 301, QStringLiteral("13700000001")), {used}).ok());
    const QString memberCard = t.store().currentCard(1)->number;
    SaleService tills(t.context());
    const QString withCard =
        tills.sell({memberCard, {item("6903000000015", 2)}, {}})->sale.receiptNo;
    const QString small = walkIn({item("6903000000015")});
    const QString refunded = walkIn({item("6903000000015", 2)});
    ReturnService returns(t.context());
    ASSERT_TRUE(returns.returnItems(refunded, {}).ok());
    t.clock().set(QDateTime(QDate(2026, 11, 17), QTime(15, 0)));
    const QString yesterday = walkIn({item("6903000000015", 2)});
    t.clock().set(QDateTime(QDate(2026, 11, 18), QTime(16, 0)));
    const QString good = walkIn({item("6903000000015", 2)});

    Application f = form();
    QStringList receipts{good};
    switch (GetParam().code) {
    case ErrorCode::ReceiptAlreadyUsed:
        receipts = {used};
        break;
    case ErrorCode::ReceiptHasMember:
        receipts = {withCard};
        break;
    case ErrorCode::ReceiptRefunded:
        receipts = {refunded};
        break;
    case ErrorCode::ReceiptNotToday:
        receipts = {yesterday};
        break;
    case ErrorCode::ReceiptNotFound:
        receipts = {QStringLiteral("T01-20261118-0999")};
        break;
    case ErrorCode::ReceiptRepeated:
        receipts = {small, small};
        break;
    case ErrorCode::JoinAmountTooLow:
        receipts = {small};
        break;
    case ErrorCode::NoReceipts:
        receipts = {};
        break;
    case ErrorCode::DuplicateIdNumber:
        f.idNumber = idNumberFor(QDate(1970, 1, 1), 301);
        f.birthday = QDate(1970, 1, 1);
        break;
    case ErrorCode::DuplicateMobile:
        f.mobile = QStringLiteral("13700000001");
        break;
    case ErrorCode::InvalidIdNumber:
        f.idNumber[17] = f.idNumber[17] == u'1' ? u'2' : u'1';
        break;
    case ErrorCode::IdNumberBirthdayMismatch:
        f.birthday = QDate(1990, 3, 15);
        break;
    case ErrorCode::InvalidMobile:
        f.mobile = QStringLiteral("12912345678");
        break;
    default:
        FAIL();
    }
    const QStringList before = t.snapshot();
    const Result<JoinOutcome> r = desk.join(f, receipts);
    ASSERT_FALSE(r.ok()) << GetParam().what;
    EXPECT_EQ(r.error().code(), GetParam().code)
        << GetParam().what << ": " << r.error().message().toStdString();
    EXPECT_EQ(t.snapshot(), before);
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, JoinRefusals,
    ::testing::Values(JoinRefusal{"receipt already used to join", ErrorCode::ReceiptAlreadyUsed},
                      JoinRefusal{"receipt paid with a card", ErrorCode::ReceiptHasMember},
                      JoinRefusal{"refunded receipt", ErrorCode::ReceiptRefunded},
                      JoinRefusal{"receipt of another day", ErrorCode::ReceiptNotToday},
                      JoinRefusal{"no such receipt", ErrorCode::ReceiptNotFound},
                      JoinRefusal{"the same receipt twice", ErrorCode::ReceiptRepeated},
                      JoinRefusal{"under 300 yuan", ErrorCode::JoinAmountTooLow},
                      JoinRefusal{"no receipts", ErrorCode::NoReceipts},
                      JoinRefusal{"one member per ID number", ErrorCode::DuplicateIdNumber},
                      JoinRefusal{"mobile taken", ErrorCode::DuplicateMobile},
                      JoinRefusal{"bad check digit", ErrorCode::InvalidIdNumber},
                      JoinRefusal{"ID birth date differs", ErrorCode::IdNumberBirthdayMismatch},
                      JoinRefusal{"bad mobile", ErrorCode::InvalidMobile}));

TEST_F(JoiningTest, AReplacedCardIsBlockedAtOnceAndNothingIsLost)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    const Id member = t.memberIdOfCard(card);
    MemberService desk(t.context());
    const Result<CardReplacement> wrongId =
        desk.replaceCard(member, idNumberFor(QDate(1985, 5, 20), 999), ReplacementReason::Lost);
    ASSERT_FALSE(wrongId.ok());
    EXPECT_EQ(wrongId.error().code(), ErrorCode::IdNumberMismatch);

    const Result<CardReplacement> r = desk.replaceCard(
        member, idNumberFor(QDate(1985, 5, 20)).toLower(), ReplacementReason::Demagnetized);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->blockedCard.number, card);
    EXPECT_EQ(r->newCard.generation, 2);
    const Result<MemberView> old = desk.memberForCard(card);
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code(), ErrorCode::CardBlocked);
    const Result<MemberView> now = desk.memberForCard(r->newCard.number);
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now->member.id, member);
    EXPECT_EQ(now->balance, 30);
    EXPECT_EQ(now->member.tier, Tier::Gold);
}

TEST_F(JoiningTest, MembersAreFoundByMobile)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20), 300,
                                      QStringLiteral("13611112222"));
    MemberService desk(t.context());
    EXPECT_EQ(desk.memberByMobile(QStringLiteral("13611112222"))->card->number, card);
    EXPECT_EQ(desk.memberByMobile(QStringLiteral("13611112223")).error().code(),
              ErrorCode::UnknownMember);
}

TEST(CardAtTheTill, AChipMustBeTheOneTheStoreWroteForTheNumber)
{
    TestStore t;
    t.seedCatalogue();
    const QString number = t.seedMember(idNumberFor(QDate(1985, 6, 1)), QDate(1985, 6, 1));
    MemberService desk(t.context());
    const Card card = *t.store().cardByNumber(number);
    const QByteArray uid = QByteArray::fromHex("04A1B2C3D4E5F6");
    using Medium = PresentedCard::Medium;

    // Not yet bound to a chip (a card issued by number): the chip is taken.
    EXPECT_TRUE(desk.memberForCard(PresentedCard(number, Medium::Chip, uid, 1)).ok());

    t.store().bindCardChip(card.id, uid);
    EXPECT_EQ(t.store().cardByNumber(number)->chipUid, uid);
    EXPECT_TRUE(desk.memberForCard(PresentedCard(number, Medium::Chip, uid, 1)).ok());

    // The same number and a good MAC on another chip, or of another
    // generation: a copy made by someone holding the key.
    const Result<MemberView> otherChip = desk.memberForCard(
        PresentedCard(number, Medium::Chip, QByteArray::fromHex("04000000000001"), 1));
    ASSERT_FALSE(otherChip.ok());
    EXPECT_EQ(otherChip.error().codeName(), QStringLiteral("CARD_CLONED"));
    const Result<MemberView> otherGeneration =
        desk.memberForCard(PresentedCard(number, Medium::Chip, uid, 2));
    ASSERT_FALSE(otherGeneration.ok());
    EXPECT_EQ(otherGeneration.error().code(), ErrorCode::CardCloned);

    // Typed or swiped, the number alone is checked against the database.
    EXPECT_TRUE(desk.memberForCard(PresentedCard(number, Medium::Keyed)).ok());
    EXPECT_TRUE(desk.memberForCard(PresentedCard(number, Medium::Magnetic)).ok());
}
