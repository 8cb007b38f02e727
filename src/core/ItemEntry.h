#pragma once

#include "Error.h"

#include <QStringList>
#include <optional>

namespace viptill {

// The most of one item a single entry takes; more is refused as a slip of
// the finger (a line may still reach MaxLineQuantity by entries added up).
inline constexpr std::int64_t MaxEntryQuantity = 999;

// One entry as written: a barcode with the quantity it names, if any, or
// (no barcode) the quantity of the next item.
struct ItemEntryText
{
    QString barcode;
    std::optional<std::int64_t> quantity;
};

// The item-entry syntax of the till's barcode field and of viptillctl's ITEM
// arguments: "BARCODE"; "3*" (or 3×, 3x) for the next item; "3*BARCODE" and
// "BARCODE*3" as one entry. In "A*B" the shorter side is the quantity (a
// barcode has 4 characters or more), the right one when they are as long.
// A quantity is 1 to MaxEntryQuantity in plain digits: "+5", "0*", "-1*"
// and "BARCODE*x" are refused (INVALID_QUANTITY), never read as a barcode.
Result<ItemEntryText> parseItemEntry(const QString& text);

// An item to ring up.
struct EnteredItem
{
    QString barcode;
    std::int64_t quantity = 1;
};

// Entries one after another, as the cashier types and scans them: "3*"
// waits for the next item. The till keeps one for its barcode field; the
// CLI reads its ITEM arguments through one.
class ItemEntry
{
public:
    // The item an entry names (with the quantity waiting for it, if it names
    // none), or none when the entry only set the next quantity. A refused
    // entry leaves the quantity waiting as it was.
    Result<std::optional<EnteredItem>> enter(const QString& text);
    // Every entry of a list; a quantity left with no item after it is refused.
    static Result<QList<EnteredItem>> enterAll(const QStringList& texts);

    std::int64_t nextQuantity() const { return m_next; }
    void clear() { m_next = 1; }

private:
    std::int64_t m_next = 1;
};

} // namespace viptill
