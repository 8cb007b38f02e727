// Member chips written and read through the real libnfc against the PN532
// emulated on a pseudo-terminal, with the database deciding what a card is:
// what `card write` and `card read` do.

#include "services/ChipCardService.h"

#include "core/Identity.h"
#include "services/MemberService.h"
#include "services/SaleService.h"
#include "services/StoreKeys.h"
#include "support/IssuedCards.h"
#include "support/Pn532Emulator.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;
using namespace viptill::testsupport;
using namespace std::chrono_literals;

namespace {

// The keys testCardKeys() gives the emulated cards, as the store's key file.
StoreKeys testStoreKeys()
{
    return {QByteArray(StoreKeys::Size, '\x11'), QByteArray(StoreKeys::Size, '\x22'),
            QByteArray(StoreKeys::Size, '\x33'), QByteArray(StoreKeys::Size, '\x44')};
}

class ChipCards : public ::testing::TestWithParam<EmulatedTag::Kind>
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        t.context().keys = &keys;
    }

    EmulatedTag blank(std::uint8_t last = 0x01) const
    {
        return GetParam() == EmulatedTag::Kind::MifareClassic1k
                   ? EmulatedTag::mifareClassic1k({0xA1, 0xB2, 0xC3, last})
                   : EmulatedTag::ntag213({0x04, 0x11, 0x22, 0x33, 0x44, 0x55, last});
    }
    QString reader() const { return QString::fromStdString(pn532.connectionString()); }

    // A member who joined at the desk with a chip card still to write.
    Id joinWithChip(int seq = 401)
    {
        SaleService tills(t.context());
        const Result<Receipt> sold =
            tills.sell({std::nullopt, {{QStringLiteral("6903000000015"), 2}}, {}});
        EXPECT_TRUE(sold.ok());
        const QDate birthday(1990, 1, 1);
        MemberService desk(t.context());
        const Result<JoinOutcome> joined = desk.join(
            {QStringLiteral("周芳"), QStringLiteral("F"), birthday, idNumberFor(birthday, seq),
             QStringLiteral("1380000%1").arg(seq, 4, 10, QLatin1Char('0')),
             QStringLiteral("南京市鼓楼区中山路1号"), QStringLiteral("女装")},
            {sold->sale.receiptNo}, {NewCard::Kind::Chip});
        EXPECT_TRUE(joined.ok()) << joined.error().message().toStdString();
        return joined->view.member.id;
    }

    const Result<StoreKeys> keys = testStoreKeys();
    TestStore t;
    Pn532Emulator pn532;
};

std::string kindName(const ::testing::TestParamInfo<EmulatedTag::Kind>& info)
{
    return info.param == EmulatedTag::Kind::MifareClassic1k ? "MifareClassic1k" : "Ntag213";
}

} // namespace

TEST_P(ChipCards, AWrittenCardIsActiveAndReadsAsItsMember)
{
    const Id member = joinWithChip();
    pn532.place(blank());
    ChipCardService chips(t.context());
    const Result<Card> written = chips.writeMemberCard(member, reader(), 5s);
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    EXPECT_EQ(written->status, CardStatus::Active);
    EXPECT_FALSE(written->chipUid.isEmpty());

    const Result<ChipCardRead> read = chips.readCard(reader(), 5s);
    ASSERT_TRUE(read.ok()) << read.error().message().toStdString();
    EXPECT_EQ(read->card.memberId, member);
    EXPECT_EQ(read->card.status, CardStatus::Active);
    EXPECT_EQ(read->chip.chipUid, written->chipUid);
    // The till takes the chip as it reads it.
    MemberService till(t.context());
    EXPECT_TRUE(till.memberForCard(read->chip).ok());
}

TEST_P(ChipCards, ACardTakenAwayMidWriteChangesNothingAndIsRefused)
{
    const Id member = joinWithChip();
    pn532.place(blank());
    pn532.takeAwayAfterWrites(2);
    const QStringList before = t.snapshot();
    ChipCardService chips(t.context());
    const Result<Card> written = chips.writeMemberCard(member, reader(), 3s);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().codeName(), QStringLiteral("CARD_WRITE_FAILED"));
    EXPECT_EQ(t.snapshot(), before);
    // Put back, the half-written card is not a member card.
    pn532.putBack();
    EXPECT_FALSE(chips.readCard(reader(), 3s).ok());
    // Written again, it is.
    EXPECT_TRUE(chips.writeMemberCard(member, reader(), 5s).ok());
}

TEST_P(ChipCards, ACopyOnAnotherChipIsRefused)
{
    const Id member = joinWithChip();
    pn532.place(blank(0x01));
    ChipCardService chips(t.context());
    ASSERT_TRUE(chips.writeMemberCard(member, reader(), 5s).ok());
    const EmulatedTag original = *pn532.tag();
    std::vector<std::uint8_t> otherUid =
        uidOf(original).size() == 4
            ? std::vector<std::uint8_t>{0xA1, 0xB2, 0xC3, 0x99}
            : std::vector<std::uint8_t>{0x04, 0x11, 0x22, 0x33, 0x44, 0x55, 0x99};
    pn532.place(original.copiedOnto(otherUid));
    // On an NTAG the MAC, bound to the original UID, fails; on a MIFARE card
    // even the copied sector keys, derived from the original UID, do not open.
    const Result<ChipCardRead> copy = chips.readCard(reader(), 3s);
    ASSERT_FALSE(copy.ok());
    EXPECT_TRUE(copy.error().code() == ErrorCode::CardCloned ||
                copy.error().code() == ErrorCode::CardReadError)
        << copy.error().codeName().toStdString();
}

TEST_P(ChipCards, AReplacedCardReadsAsBlockedAndAForeignOneIsRefused)
{
    const Id member = joinWithChip();
    pn532.place(blank());
    ChipCardService chips(t.context());
    ASSERT_TRUE(chips.writeMemberCard(member, reader(), 5s).ok());
    MemberService desk(t.context());
    ASSERT_TRUE(
        desk.replaceCard(member, idNumberFor(QDate(1990, 1, 1), 401), ReplacementReason::Lost)
            .ok());
    const Result<ChipCardRead> old = chips.readCard(reader(), 3s);
    ASSERT_TRUE(old.ok()) << old.error().message().toStdString();
    EXPECT_EQ(old->card.status, CardStatus::Blocked);
    EXPECT_EQ(desk.memberForCard(old->chip).error().code(), ErrorCode::CardBlocked);

    // A card another store issued with its own keys.
    pn532.place(
        issued(blank(0x07), CardImage{cardNumberForSerial(55), 1}, testCardKeys('\x55', '\x66')));
    EXPECT_FALSE(chips.readCard(reader(), 3s).ok());
}

TEST_P(ChipCards, NoCardOnTheReaderOrNoReaderIsAClearRefusal)
{
    const Id member = joinWithChip();
    ChipCardService chips(t.context());
    const QStringList before = t.snapshot();
    const Result<Card> nothing = chips.writeMemberCard(member, reader(), 300ms);
    ASSERT_FALSE(nothing.ok());
    EXPECT_FALSE(nothing.error().message().isEmpty());
    const Result<Card> noReader =
        chips.writeMemberCard(member, QStringLiteral("pn532_uart:/dev/null-reader"), 300ms);
    ASSERT_FALSE(noReader.ok());
    EXPECT_EQ(t.snapshot(), before);
    // Without the store's key file nothing is read at all.
    t.context().keys = nullptr;
    EXPECT_EQ(chips.readCard(reader(), 300ms).error().codeName(), QStringLiteral("KEY_FILE"));
}

INSTANTIATE_TEST_SUITE_P(BothChips, ChipCards,
                         ::testing::Values(EmulatedTag::Kind::MifareClassic1k,
                                           EmulatedTag::Kind::Ntag213),
                         kindName);
