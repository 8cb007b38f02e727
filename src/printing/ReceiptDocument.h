#pragma once

#include "services/RedemptionService.h"
#include "services/SaleService.h"

#include <QList>
#include <QString>
#include <QStringView>

// A receipt as rows of a fixed-width thermal printer, before any device is
// chosen: the ESC/POS encoder, the PDF writer and the on-screen preview all
// print the same rows, so what the customer gets is what the cashier sees.
namespace viptill {

// Receipt rolls the store uses: 58 mm paper prints 32 columns, 80 mm 48.
inline constexpr int NarrowReceiptColumns = 32;
inline constexpr int WideReceiptColumns = 48;
// Narrower than this and a receipt number with its label no longer fits.
inline constexpr int MinReceiptColumns = 24;

struct ReceiptLine
{
    enum Kind
    {
        Text,
        Rule,    // a dashed line across the paper
        Barcode, // `text` is the data, printed as CODE128 with the data below it
        Feed     // an empty row
    };
    enum Align
    {
        Left,
        Centre,
        Right
    };

    Kind kind = Text;
    QString text;
    Align align = Left;
    bool bold = false;
    bool large = false; // double width and height: a large row holds half the columns

    // Columns the row takes on paper (a barcode is sized in dots, not columns: 0).
    int width() const;
};

struct ReceiptDocument
{
    int columns = WideReceiptColumns;
    QList<ReceiptLine> lines;
};

// Who prints the receipt, and where.
struct ReceiptHeader
{
    QString storeName;
    QString terminal; // empty: the sale's own terminal
    QString staffNumber;
    bool reprint = false;
    // Under the name, when the store gave them.
    QString storeAddress;
    QString storePhone;
    // A training store's (培训): marked at the top and the bottom, so nobody
    // takes it for a real receipt.
    bool training = false;
};

// Columns a text takes on a Chinese receipt printer: East Asian Wide and
// Fullwidth characters (汉字, fullwidth punctuation, ￥) take two, the rest one.
int displayWidth(QStringView text);

// The till's receipt for a sale. `columns` is 32 (58 mm) or 48 (80 mm); any
// width from MinReceiptColumns up works, and no row is wider than it.
ReceiptDocument saleReceipt(const Receipt& receipt, const ReceiptHeader& header, int columns);

// The slip for a return (退货单) against `original`, the sale as it was rung up.
ReceiptDocument returnReceipt(const Sale& original, const ReturnService::Outcome& outcome,
                              const ReceiptHeader& header, int columns);

// The service desk's slips. They carry the card number and tier, never the
// member's ID number, and the mobile only masked.
// 入会凭条: the new member's card, tier, points and the receipts credited,
// and the day's joining gift (办卡有礼) when there is one.
ReceiptDocument welcomeSlip(const JoinOutcome& joined, const ReceiptHeader& header, int columns);
// 补卡凭条: the card replaced and the new one; points and tier carried over.
ReceiptDocument replacementSlip(const MemberView& member, const Card& oldCard, const Card& newCard,
                                ReplacementReason reason, const ReceiptHeader& header,
                                const QDateTime& at, int columns);
// 钻石卡季度礼品领取单, with a line for the member to sign.
ReceiptDocument diamondGiftSlip(const MemberView& member, const DiamondGift& gift,
                                const ReceiptHeader& header, int columns);

// 积分兑换: the slip the member takes with the gift, and the one the counter
// keeps to settle with the mall. `header.staffNumber` handed the gift over.
enum class SlipCopy
{
    Member,
    Counter
};
ReceiptDocument redemptionSlip(const RedemptionSlip& slip, const ReceiptHeader& header, int columns,
                               SlipCopy copy);
// A redemption cancelled the same day: the points back, the counter's copy void.
ReceiptDocument redemptionCancelSlip(const CancelledRedemption& cancelled,
                                     const ReceiptHeader& header, int columns);
// The data of a redemption's barcode ("R" and its number), scanned to cancel it.
QString redemptionBarcode(Id redemptionId);

} // namespace viptill
