#include "ItemEntry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace viptill {

namespace {

class ItemEntryMessages
{
    Q_DECLARE_TR_FUNCTIONS(ItemEntryMessages)
public:
    static Error notAQuantity(const QString& entry)
    {
        return {ErrorCode::InvalidQuantity,
                tr("\"%1\" has no quantity a till can take: type a whole number from 1 to %2, "
                   "as 3* before the item or BARCODE*3 after it.")
                    .arg(entry)
                    .arg(MaxEntryQuantity)};
    }
    static Error tooMany(const QString& entry)
    {
        return {ErrorCode::InvalidQuantity,
                tr("\"%1\": more than %2 of an item is not taken in one entry; check the "
                   "quantity.")
                    .arg(entry)
                    .arg(MaxEntryQuantity)};
    }
    static Error notAnEntry(const QString& entry)
    {
        return {ErrorCode::InvalidQuantity,
                tr("\"%1\" is not a barcode: scan the item, with 3* before it or BARCODE*3 after "
                   "it for a quantity.")
                    .arg(entry)};
    }
    static Error noItemAfter(const QString& entry)
    {
        return {
            ErrorCode::InvalidQuantity,
            tr("\"%1\" sets the quantity of the next item, but no item follows it.").arg(entry)};
    }
};

bool isSeparator(QChar c)
{
    return c == u'*' || c == u'×' || c == u'＊';
}

// A quantity in plain digits, 1 to MaxEntryQuantity.
Result<std::int64_t> quantityIn(const QString& digits, const QString& entry)
{
    static const QRegularExpression plain(QStringLiteral("^[0-9]+$"));
    if (!plain.match(digits).hasMatch())
        return ItemEntryMessages::notAQuantity(entry);
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == u'0')
        ++first;
    const QString significant = digits.mid(first);
    if (significant.size() > 3)
        return ItemEntryMessages::tooMany(entry);
    const std::int64_t n = significant.toLongLong();
    if (n < 1)
        return ItemEntryMessages::notAQuantity(entry);
    if (n > MaxEntryQuantity)
        return ItemEntryMessages::tooMany(entry);
    return n;
}

} // namespace

Result<ItemEntryText> parseItemEntry(const QString& text)
{
    const QString entry = text.trimmed();
    // "3x" as well as "3*": the letter only after the digits alone.
    static const QRegularExpression letterForm(QStringLiteral("^([0-9]{1,4})[xX]$"));
    if (const QRegularExpressionMatch m = letterForm.match(entry); m.hasMatch()) {
        Result<std::int64_t> n = quantityIn(m.captured(1), entry);
        if (!n)
            return n.error();
        return ItemEntryText{{}, n.value()};
    }
    qsizetype separators = 0;
    qsizetype at = -1;
    for (qsizetype i = 0; i < entry.size(); ++i) {
        if (isSeparator(entry.at(i))) {
            ++separators;
            at = i;
        }
    }
    if (separators == 0) {
        // A signed number is a quantity typed the wrong way, not a barcode.
        static const QRegularExpression signedNumber(QStringLiteral("^[+-][0-9]*$"));
        if (entry.isEmpty() || signedNumber.match(entry).hasMatch())
            return ItemEntryMessages::notAnEntry(entry);
        return ItemEntryText{entry, std::nullopt};
    }
    if (separators > 1)
        return ItemEntryMessages::notAnEntry(entry);
    const QString left = entry.left(at).trimmed();
    const QString right = entry.mid(at + 1).trimmed();
    if (left.isEmpty())
        return ItemEntryMessages::notAnEntry(entry);
    if (right.isEmpty()) {
        Result<std::int64_t> n = quantityIn(left, entry);
        if (!n)
            return n.error();
        return ItemEntryText{{}, n.value()};
    }
    const bool quantityFirst = left.size() < right.size();
    const QString& barcode = quantityFirst ? right : left;
    Result<std::int64_t> n = quantityIn(quantityFirst ? left : right, entry);
    if (!n)
        return n.error();
    if (barcode.contains(QRegularExpression(QStringLiteral("\\s"))))
        return ItemEntryMessages::notAnEntry(entry);
    return ItemEntryText{barcode, n.value()};
}

Result<std::optional<EnteredItem>> ItemEntry::enter(const QString& text)
{
    Result<ItemEntryText> parsed = parseItemEntry(text);
    if (!parsed)
        return parsed.error();
    if (parsed->barcode.isEmpty()) {
        m_next = *parsed->quantity;
        return std::optional<EnteredItem>();
    }
    const EnteredItem item{parsed->barcode, parsed->quantity.value_or(m_next)};
    m_next = 1;
    return std::optional(item);
}

Result<QList<EnteredItem>> ItemEntry::enterAll(const QStringList& texts)
{
    ItemEntry entry;
    QList<EnteredItem> items;
    QString waiting;
    for (const QString& text : texts) {
        Result<std::optional<EnteredItem>> item = entry.enter(text);
        if (!item)
            return item.error();
        if (!item.value()) {
            waiting = text;
            continue;
        }
        waiting.clear();
        items << *item.value();
    }
    if (!waiting.isEmpty())
        return ItemEntryMessages::noItemAfter(waiting);
    return items;
}

} // namespace viptill
