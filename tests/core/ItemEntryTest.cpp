#include "core/ItemEntry.h"

#include <gtest/gtest.h>

using namespace viptill;

// The item-entry syntax, one row per example. `barcode` empty with a
// quantity: the entry sets the quantity of the next item.
struct EntryCase
{
    const char* text;
    bool taken;
    const char* barcode;
    std::int64_t quantity; // 0: the entry names none
};

class ItemEntrySyntax : public ::testing::TestWithParam<EntryCase>
{
};

TEST_P(ItemEntrySyntax, ReadsTheTillsAndTheCommandLinesEntries)
{
    const EntryCase& c = GetParam();
    const Result<ItemEntryText> e = parseItemEntry(QString::fromUtf8(c.text));
    ASSERT_EQ(e.ok(), c.taken) << c.text;
    if (!e) {
        EXPECT_EQ(e.error().code(), ErrorCode::InvalidQuantity) << c.text;
        EXPECT_TRUE(e.error().message().contains(QString::fromUtf8(c.text).trimmed()))
            << c.text << ": the message names what was typed";
        return;
    }
    EXPECT_EQ(e->barcode.toStdString(), c.barcode) << c.text;
    EXPECT_EQ(e->quantity.value_or(0), c.quantity) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Examples, ItemEntrySyntax,
    ::testing::Values(
        EntryCase{"6901000000017", true, "6901000000017", 0},
        EntryCase{"  6901000000017 ", true, "6901000000017", 0}, EntryCase{"3*", true, "", 3},
        EntryCase{"3×", true, "", 3}, EntryCase{"3x", true, "", 3}, EntryCase{"12X", true, "", 12},
        EntryCase{"999*", true, "", 999}, EntryCase{"007*", true, "", 7},
        EntryCase{"3*6901000000017", true, "6901000000017", 3},
        EntryCase{"6901000000017*3", true, "6901000000017", 3},
        EntryCase{"6901000000017×12", true, "6901000000017", 12},
        EntryCase{"25 * 6901000000017", true, "6901000000017", 25},
        EntryCase{"ABCD-7*2", true, "ABCD-7", 2}, EntryCase{"12*34", true, "12", 34},
        EntryCase{"6901000000017*999", true, "6901000000017", 999},
        EntryCase{"1000*", false, "", 0}, EntryCase{"9999x", false, "", 0},
        EntryCase{"6901000000017*1000", false, "", 0},
        EntryCase{"1000*6901000000017", false, "", 0}, EntryCase{"0*", false, "", 0},
        EntryCase{"-1*", false, "", 0}, EntryCase{"6901000000017*0", false, "", 0},
        EntryCase{"6901000000017*-3", false, "", 0}, EntryCase{"6901000000017*+5", false, "", 0},
        EntryCase{"+5", false, "", 0}, EntryCase{"-2", false, "", 0}, EntryCase{"a*", false, "", 0},
        EntryCase{"6901000000017*x", false, "", 0}, EntryCase{"6901000000017*", false, "", 0},
        EntryCase{"*3", false, "", 0}, EntryCase{"3**", false, "", 0},
        EntryCase{"2*6901000000017*3", false, "", 0}, EntryCase{"３*", false, "", 0}));

TEST(ItemEntry, AQuantityWaitsForTheNextItemOnly)
{
    ItemEntry entry;
    EXPECT_FALSE(entry.enter(QStringLiteral("3*")).value().has_value());
    EXPECT_EQ(entry.nextQuantity(), 3);
    // A refused entry leaves the quantity waiting.
    EXPECT_FALSE(entry.enter(QStringLiteral("0*")).ok());
    EXPECT_EQ(entry.nextQuantity(), 3);
    const std::optional<EnteredItem> item = entry.enter(QStringLiteral("6901000000017")).value();
    ASSERT_TRUE(item.has_value());
    EXPECT_EQ(item->quantity, 3);
    EXPECT_EQ(entry.enter(QStringLiteral("6901000000017")).value()->quantity, 1);
    // A quantity the entry names itself wins over the one waiting.
    (void)entry.enter(QStringLiteral("4*"));
    EXPECT_EQ(entry.enter(QStringLiteral("6901000000017*2")).value()->quantity, 2);
    EXPECT_EQ(entry.nextQuantity(), 1);
    (void)entry.enter(QStringLiteral("5*"));
    entry.clear();
    EXPECT_EQ(entry.nextQuantity(), 1);
}

TEST(ItemEntry, AListReadsAsTheCashierWouldTypeIt)
{
    const Result<QList<EnteredItem>> items = ItemEntry::enterAll(
        {QStringLiteral("6901000000017"), QStringLiteral("2*"), QStringLiteral("6903000000015"),
         QStringLiteral("6904000000014*5"), QStringLiteral("3*6905000000013")});
    ASSERT_TRUE(items.ok()) << items.error().message().toStdString();
    ASSERT_EQ(items->size(), 4);
    EXPECT_EQ(items->at(0).quantity, 1);
    EXPECT_EQ(items->at(1).barcode, QStringLiteral("6903000000015"));
    EXPECT_EQ(items->at(1).quantity, 2);
    EXPECT_EQ(items->at(2).quantity, 5);
    EXPECT_EQ(items->at(3).quantity, 3);
    const Result<QList<EnteredItem>> dangling =
        ItemEntry::enterAll({QStringLiteral("6901000000017"), QStringLiteral("2*")});
    ASSERT_FALSE(dangling.ok());
    EXPECT_EQ(dangling.error().code(), ErrorCode::InvalidQuantity);
    EXPECT_FALSE(ItemEntry::enterAll({QStringLiteral("+5")}).ok());
}
