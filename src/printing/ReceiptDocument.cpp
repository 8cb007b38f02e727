#include "ReceiptDocument.h"

#include "core/Identity.h"

#include <QCoreApplication>
#include <algorithm>

namespace viptill {

namespace {

// Every word a receipt prints, in English; the store's Chinese comes from the
// translation like every other message.
class ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptText)
public:
    static QString saleTitle() { return tr("Sales receipt"); }
    static QString returnTitle() { return tr("Return receipt"); }
    static QString reprint() { return tr("*** REPRINT ***"); }
    static QString receiptNo() { return tr("Receipt No."); }
    static QString time() { return tr("Time"); }
    static QString sold() { return tr("Sold"); }
    static QString returned() { return tr("Returned"); }
    static QString terminal(const QString& code) { return tr("Terminal %1").arg(code); }
    static QString cashier(const QString& number) { return tr("Cashier %1").arg(number); }
    // Rates as the till's screen and the store say them: 全柜 8折, 会员 8.8折.
    static QString counterRate(const Rate& rate)
    {
        return tr("Counter %1 zhe", "the counter's own promotion in tenths, 全柜 8折")
            .arg(rate.tenths());
    }
    static QString memberRate(const Rate& rate)
    {
        return tr("Member %1 zhe", "the member discount in tenths, 会员 8.8折").arg(rate.tenths());
    }
    static QString specialPrice() { return tr("Special price", "no member discount"); }
    static QString listTotal() { return tr("List total"); }
    static QString saved() { return tr("You saved"); }
    static QString toPay() { return tr("To pay"); }
    static QString change() { return tr("Change"); }
    static QString refundTotal() { return tr("Refund total"); }
    static QString member() { return tr("Member"); }
    static QString tier() { return tr("Tier"); }
    static QString pointsEarned() { return tr("Points earned"); }
    static QString pointsReversed() { return tr("Points reversed"); }
    static QString pointsBalance() { return tr("Points balance"); }
    static QString lottery()
    {
        return tr("Your points end in 8: show this receipt at the service desk for the lottery.");
    }
    static QString birthdayGift()
    {
        return tr("Happy birthday! Collect your birthday gift at the service desk.");
    }
    static QString upgraded(const QString& tierName)
    {
        return tr("Congratulations! You are now a %1 member.").arg(tierName);
    }
    static QString backToGold(const QString& tierName)
    {
        return tr("With this return the card goes back to %1.").arg(tierName);
    }
    static QString membershipCancelled()
    {
        return tr("With this return the receipts the membership was opened with no longer reach "
                  "the joining amount: the membership is cancelled and the card no longer works. "
                  "You are welcome to join again with new receipts.");
    }
    static QString thanks() { return tr("Thank you for shopping with us."); }
    static QString keepForReturns() { return tr("Keep this receipt for returns."); }
    static QString signature() { return tr("Customer signature:"); }
    static QString welcomeTitle() { return tr("Welcome to our VIP programme"); }
    static QString replacementTitle() { return tr("Card replacement"); }
    static QString giftTitle() { return tr("Diamond member's quarterly gift"); }
    static QString cardNo() { return tr("Card No."); }
    static QString oldCard() { return tr("Old card"); }
    static QString newCard() { return tr("New card"); }
    static QString reason() { return tr("Reason"); }
    static QString reasonName(ReplacementReason r)
    {
        switch (r) {
        case ReplacementReason::Lost:
            return tr("lost (blocked at once)");
        case ReplacementReason::Damaged:
            return tr("damaged");
        case ReplacementReason::Demagnetized:
            return tr("demagnetised");
        case ReplacementReason::Upgrade:
            return tr("diamond card swap");
        }
        return {};
    }
    static QString receiptsCredited() { return tr("Receipts credited"); }
    static QString joinedOn() { return tr("Joined"); }
    static QString carriedOver()
    {
        return tr("Your tier, points and history carry over to the new card; the old card no "
                  "longer works.");
    }
    static QString personal()
    {
        return tr("The card is personal: please do not lend it. Show it before paying for your "
                  "member price and points.");
    }
    static QString quarter(int year, int q) { return tr("%1, quarter %2").arg(year).arg(q); }
    static QString gift() { return tr("Gift"); }
    static QString period() { return tr("Quarter"); }
    static QString redemptionTitle() { return tr("Points redemption (积分兑换)"); }
    static QString memberCopy() { return tr("Member's copy"); }
    static QString counterCopy() { return tr("Counter's copy, for settlement"); }
    static QString cancelTitle() { return tr("Redemption cancelled"); }
    static QString redemptionNo() { return tr("Redemption No."); }
    static QString cancelledAt() { return tr("Cancelled"); }
    static QString counter() { return tr("Counter"); }
    static QString listPrice() { return tr("List price"); }
    static QString pointsSpent() { return tr("Points spent"); }
    static QString pointsBack() { return tr("Points returned"); }
    static QString cap(const QString& cap) { return tr("Cap %1").arg(cap); }
    static QString handedOver(const QString& staff) { return tr("Handed over by %1").arg(staff); }
    static QString approvedBy(const QString& manager) { return tr("Approved by %1").arg(manager); }
    static QString paidByMall()
    {
        return tr("The mall pays the counter this gift at its list price.");
    }
    static QString counterSignature() { return tr("Counter staff signature:"); }
    static QString counterVoid() { return tr("The counter's copy of this redemption is void."); }
    static QString enjoy() { return tr("Thank you for being our member."); }
    static QString telephone(const QString& phone) { return tr("Tel. %1").arg(phone); }
    // Both words whatever the till's language: whoever picks the paper up
    // must see at once that it is not a real receipt.
    static QString trainingMark() { return QStringLiteral("*** 培训 TRAINING ***"); }
    static QString trainingNote() { return tr("Practice only: not a real receipt."); }
    static QString joiningGift(const QString& gift)
    {
        return tr("Joining gift (办卡有礼): %1. Collect it at the service desk.").arg(gift);
    }
};

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// One character as printed: where it starts in the string, how many UTF-16
// units it takes (a character beyond U+FFFF takes two), how many columns.
struct Glyph
{
    qsizetype at = 0;
    qsizetype units = 1;
    int columns = 1;
};

Glyph glyphAt(QStringView text, qsizetype at)
{
    const QChar c = text[at];
    if (c.isHighSurrogate() && at + 1 < text.size() && text[at + 1].isLowSurrogate()) {
        const char32_t code = QChar::surrogateToUcs4(c, text[at + 1]);
        return {at, 2, isWide(code) ? 2 : 1};
    }
    return {at, 1, isWide(c.unicode()) ? 2 : 1};
}

QString spaces(int count)
{
    return QString(std::max(count, 0), u' ');
}

// A product name or a message can be longer than the paper is wide: it goes
// on as many rows as it needs, breaking at a space when one is in the second
// half of the row (English) and anywhere otherwise (Chinese has no spaces).
QStringList wrap(QStringView text, int width)
{
    QStringList rows;
    QString row;
    int rowWidth = 0;
    qsizetype lastSpace = -1;
    int widthBeforeSpace = 0;
    for (qsizetype at = 0; at < text.size();) {
        const Glyph g = glyphAt(text, at);
        at += g.units;
        const bool space = text[g.at] == u' ';
        if (!space && !row.isEmpty() && rowWidth + g.columns > width) {
            if (lastSpace > 0 && widthBeforeSpace * 2 >= width) {
                QString done = row.left(lastSpace);
                while (done.endsWith(u' '))
                    done.chop(1);
                rows << done;
                row = row.mid(lastSpace + 1);
                rowWidth = displayWidth(row);
            } else {
                rows << row;
                row.clear();
                rowWidth = 0;
            }
            lastSpace = -1;
        }
        if (space) {
            // A continued row starts with its first word.
            if (row.isEmpty() && !rows.isEmpty())
                continue;
            // A space at the edge ends the row.
            if (rowWidth + 1 > width) {
                rows << row;
                row.clear();
                rowWidth = 0;
                lastSpace = -1;
                continue;
            }
            lastSpace = row.size();
            widthBeforeSpace = rowWidth;
        }
        row += text.mid(g.at, g.units);
        rowWidth += g.columns;
    }
    if (!row.isEmpty() || rows.isEmpty())
        rows << row;
    return rows;
}

QString dateTime(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString quantityAtPrice(std::int64_t quantity, Money unitList)
{
    return QStringLiteral("  %1 x %2").arg(quantity).arg(unitList.toYuanString());
}

// 55 × 2 + 10 = 120: the member can check the multiplier and the bonus.
QString pointsSum(const PointsAward& award)
{
    QString sum = QString::number(award.base);
    if (award.multiplier != 1)
        sum += QStringLiteral(" x %1").arg(award.multiplier);
    if (award.bonus != 0)
        sum += QStringLiteral(" + %1").arg(award.bonus);
    if (award.multiplier != 1 || award.bonus != 0)
        sum += QStringLiteral(" = %1").arg(award.earned());
    return sum;
}

class ReceiptBuilder
{
public:
    explicit ReceiptBuilder(int columns)
    {
        m_document.columns = std::max(columns, MinReceiptColumns);
    }

    int columns() const { return m_document.columns; }

    // Text wrapped to the paper; a large row holds half the columns.
    void text(const QString& text, ReceiptLine::Align align = ReceiptLine::Left, bool bold = false,
              bool large = false)
    {
        const QString clean = printable(text);
        for (const QString& row : wrap(clean, large ? columns() / 2 : columns()))
            m_document.lines << ReceiptLine{ReceiptLine::Text, row, align, bold, large};
    }

    // A label on the left and its value flush right, on one row when both fit
    // and on two otherwise: the value is never cut.
    void pair(const QString& label, const QString& value, bool bold = false)
    {
        const QString left = printable(label);
        const QString right = printable(value);
        const int gap = columns() - displayWidth(left) - displayWidth(right);
        if (gap >= 1) {
            m_document.lines << ReceiptLine{ReceiptLine::Text, left + spaces(gap) + right,
                                            ReceiptLine::Left, bold, false};
            return;
        }
        text(left, ReceiptLine::Left, bold);
        for (const QString& row : wrap(right, columns()))
            m_document.lines << ReceiptLine{ReceiptLine::Text,
                                            spaces(columns() - displayWidth(row)) + row,
                                            ReceiptLine::Left, bold, false};
    }

    void rule() { m_document.lines << ReceiptLine{ReceiptLine::Rule, QString(columns(), u'-')}; }
    void feed() { m_document.lines << ReceiptLine{ReceiptLine::Feed}; }
    void barcode(const QString& data)
    {
        m_document.lines << ReceiptLine{ReceiptLine::Barcode, data, ReceiptLine::Centre};
    }

    void heading(const ReceiptHeader& header, const QString& title)
    {
        m_training = header.training;
        if (m_training)
            trainingMark();
        if (!header.storeName.isEmpty())
            text(header.storeName, ReceiptLine::Centre, true, true);
        if (!header.storeAddress.isEmpty())
            text(header.storeAddress, ReceiptLine::Centre);
        if (!header.storePhone.isEmpty())
            text(ReceiptText::telephone(header.storePhone), ReceiptLine::Centre);
        if (header.reprint)
            text(ReceiptText::reprint(), ReceiptLine::Centre, true);
        text(title, ReceiptLine::Centre, true);
    }

    void terminalAndCashier(const QString& terminal, const QString& staffNumber)
    {
        if (staffNumber.isEmpty())
            text(ReceiptText::terminal(terminal));
        else
            pair(ReceiptText::terminal(terminal), ReceiptText::cashier(staffNumber));
    }

    // Promotions shown under the line so the customer sees how the amount came
    // about; on one row when they fit, one a row otherwise.
    void rates(const SaleLine& line)
    {
        QStringList parts;
        if (!line.price.promoRate.isOne())
            parts << ReceiptText::counterRate(line.price.promoRate);
        if (!line.price.memberRate.isOne())
            parts << ReceiptText::memberRate(line.price.memberRate);
        if (line.specialPrice)
            parts << ReceiptText::specialPrice();
        if (parts.isEmpty())
            return;
        const QString together = QStringLiteral("  ") + parts.join(u' ');
        if (displayWidth(together) <= columns()) {
            text(together);
            return;
        }
        for (const QString& part : parts)
            text(QStringLiteral("  ") + part);
    }

    // The document, closed by the training mark when it is a training store's.
    ReceiptDocument take()
    {
        if (m_training) {
            feed();
            trainingMark();
        }
        return std::move(m_document);
    }

private:
    // Names come from the catalogue: a control character in one must not
    // reach the printer as a command.
    static QString printable(QString text)
    {
        for (QChar& c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                c = u' ';
        }
        return text;
    }

    void trainingMark()
    {
        text(ReceiptText::trainingMark(), ReceiptLine::Centre, true);
        text(ReceiptText::trainingNote(), ReceiptLine::Centre);
    }

    ReceiptDocument m_document;
    bool m_training = false;
};

} // namespace

int ReceiptLine::width() const
{
    switch (kind) {
    case Text:
    case Rule:
        return displayWidth(text) * (large ? 2 : 1);
    case Barcode:
    case Feed:
        return 0;
    }
    return 0;
}

int displayWidth(QStringView text)
{
    int columns = 0;
    for (qsizetype at = 0; at < text.size();) {
        const Glyph g = glyphAt(text, at);
        columns += g.columns;
        at += g.units;
    }
    return columns;
}

ReceiptDocument saleReceipt(const Receipt& receipt, const ReceiptHeader& header, int columns)
{
    const Sale& sale = receipt.sale;
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::saleTitle());
    b.pair(ReceiptText::receiptNo(), sale.receiptNo);
    b.pair(ReceiptText::time(), dateTime(sale.at));
    b.terminalAndCashier(header.terminal.isEmpty() ? sale.terminal : header.terminal,
                         header.staffNumber);
    b.rule();

    for (const SaleLine& line : sale.lines) {
        b.text(line.name);
        b.pair(quantityAtPrice(line.price.quantity, line.price.unitList),
               line.price.amount.toYuanString());
        b.rates(line);
    }
    b.rule();

    const Money saved = sale.totalList() - sale.total();
    b.pair(ReceiptText::listTotal(), sale.totalList().toYuanString());
    if (saved > Money())
        b.pair(ReceiptText::saved(), saved.toYuanString());
    b.pair(ReceiptText::toPay(), sale.total().toYuanString(), true);

    // The sale records the cash it kept; the customer handed over that plus
    // the change, and that is what the receipt shows as received.
    qsizetype lastCash = -1;
    for (qsizetype i = 0; i < sale.tenders.size(); ++i) {
        if (sale.tenders.at(i).kind == TenderKind::Cash)
            lastCash = i;
    }
    for (qsizetype i = 0; i < sale.tenders.size(); ++i) {
        const Tender& tender = sale.tenders.at(i);
        const Money handed = tender.amount + (i == lastCash ? receipt.change : Money());
        b.pair(tenderKindName(tender.kind), handed.toYuanString());
    }
    if (lastCash >= 0 || !receipt.change.isZero())
        b.pair(ReceiptText::change(), receipt.change.toYuanString());

    if (receipt.member) {
        const MemberView& member = *receipt.member;
        b.rule();
        b.pair(ReceiptText::member(), maskMobile(member.member.mobile));
        b.pair(ReceiptText::tier(), tierName(member.member.tier));
        if (sale.points)
            b.pair(ReceiptText::pointsEarned(), pointsSum(sale.points->award));
        b.pair(ReceiptText::pointsBalance(), QString::number(member.balance));
    }
    if (receipt.lotteryEligible)
        b.text(ReceiptText::lottery());
    if (sale.birthdayGift)
        b.text(ReceiptText::birthdayGift());
    if (sale.upgradedTo)
        b.text(ReceiptText::upgraded(tierName(*sale.upgradedTo)), ReceiptLine::Left, true);

    b.rule();
    b.text(ReceiptText::thanks(), ReceiptLine::Centre);
    b.text(ReceiptText::keepForReturns(), ReceiptLine::Centre);
    // Scanned at the service desk to find the sale for a return.
    b.barcode(sale.receiptNo);
    return b.take();
}

ReceiptDocument returnReceipt(const Sale& original, const ReturnService::Outcome& outcome,
                              const ReceiptHeader& header, int columns)
{
    const ReturnRecord& record = outcome.record;
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::returnTitle());
    b.pair(ReceiptText::receiptNo(), original.receiptNo);
    b.pair(ReceiptText::sold(), dateTime(original.at));
    b.pair(ReceiptText::returned(), dateTime(record.at));
    b.terminalAndCashier(header.terminal.isEmpty() ? original.terminal : header.terminal,
                         header.staffNumber);
    b.rule();

    for (const ReturnLine& returned : record.lines) {
        const auto line =
            std::find_if(original.lines.cbegin(), original.lines.cend(),
                         [&](const SaleLine& l) { return l.id == returned.saleLineId; });
        if (line != original.lines.cend()) {
            b.text(line->name);
            b.pair(quantityAtPrice(returned.quantity, line->price.unitList),
                   returned.refund.toYuanString());
        } else {
            // Not a line of this sale: still print the refund, never hide money.
            b.pair(QStringLiteral("#%1 x %2").arg(returned.saleLineId).arg(returned.quantity),
                   returned.refund.toYuanString());
        }
    }
    b.rule();

    b.pair(ReceiptText::refundTotal(), record.refundTotal().toYuanString(), true);
    for (const Tender& refund : record.refunds)
        b.pair(tenderKindName(refund.kind), refund.amount.toYuanString());

    if (outcome.member) {
        const MemberView& member = *outcome.member;
        b.rule();
        b.pair(ReceiptText::member(), maskMobile(member.member.mobile));
        if (record.pointsReversed != 0)
            b.pair(ReceiptText::pointsReversed(), QString::number(-record.pointsReversed));
        b.pair(ReceiptText::pointsBalance(), QString::number(member.balance));
        if (!outcome.membershipCancelled)
            b.pair(ReceiptText::tier(), tierName(member.member.tier));
    }
    if (outcome.membershipCancelled)
        b.text(ReceiptText::membershipCancelled());
    else if (record.backToGold)
        b.text(ReceiptText::backToGold(tierName(Tier::Gold)));

    b.rule();
    // The store keeps the signed slip as proof the customer took the refund.
    const QString label = ReceiptText::signature();
    b.text(label + u' ' + QString(std::max(b.columns() - displayWidth(label) - 1, 0), u'_'));
    b.feed();
    b.barcode(original.receiptNo);
    return b.take();
}

namespace {

// The member on a desk slip: the masked mobile identifies them to
// themselves; the name is theirs to read.
void memberRows(ReceiptBuilder& b, const MemberView& member)
{
    b.pair(ReceiptText::member(), member.member.name);
    b.pair(QString(), maskMobile(member.member.mobile));
    b.pair(ReceiptText::tier(), tierName(member.member.tier));
}

} // namespace

ReceiptDocument welcomeSlip(const JoinOutcome& joined, const ReceiptHeader& header, int columns)
{
    const MemberView& view = joined.view;
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::welcomeTitle());
    b.pair(ReceiptText::joinedOn(), dateTime(view.member.joinedAt));
    b.terminalAndCashier(header.terminal, header.staffNumber);
    b.rule();
    memberRows(b, view);
    if (view.card)
        b.pair(ReceiptText::cardNo(), view.card->number);
    b.rule();
    b.text(ReceiptText::receiptsCredited());
    for (const Sale& sale : joined.creditedReceipts) {
        b.pair(QStringLiteral("  ") + sale.receiptNo, sale.keptTotal().toYuanString());
        if (sale.points)
            b.pair(QStringLiteral("  ") + ReceiptText::pointsEarned(),
                   pointsSum(sale.points->award));
    }
    b.pair(ReceiptText::pointsBalance(), QString::number(view.balance), true);
    if (!joined.joiningGift.isEmpty()) {
        b.rule();
        b.text(ReceiptText::joiningGift(joined.joiningGift), ReceiptLine::Left, true);
    }
    b.rule();
    b.text(ReceiptText::personal());
    b.text(ReceiptText::thanks(), ReceiptLine::Centre);
    return b.take();
}

ReceiptDocument replacementSlip(const MemberView& member, const Card& oldCard, const Card& newCard,
                                ReplacementReason reason, const ReceiptHeader& header,
                                const QDateTime& at, int columns)
{
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::replacementTitle());
    b.pair(ReceiptText::time(), dateTime(at));
    b.terminalAndCashier(header.terminal, header.staffNumber);
    b.rule();
    memberRows(b, member);
    b.pair(ReceiptText::reason(), ReceiptText::reasonName(reason));
    b.pair(ReceiptText::oldCard(), oldCard.number);
    b.pair(ReceiptText::newCard(), newCard.number, true);
    b.pair(ReceiptText::pointsBalance(), QString::number(member.balance));
    b.rule();
    b.text(ReceiptText::carriedOver());
    b.feed();
    b.text(ReceiptText::signature());
    b.feed();
    return b.take();
}

ReceiptDocument diamondGiftSlip(const MemberView& member, const DiamondGift& gift,
                                const ReceiptHeader& header, int columns)
{
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::giftTitle());
    b.pair(ReceiptText::time(), dateTime(gift.claimedAt));
    b.terminalAndCashier(header.terminal, header.staffNumber);
    b.rule();
    memberRows(b, member);
    if (member.card)
        b.pair(ReceiptText::cardNo(), member.card->number);
    b.pair(ReceiptText::period(), ReceiptText::quarter(gift.year, gift.quarter));
    b.pair(ReceiptText::gift(), gift.gift, true);
    b.rule();
    b.feed();
    b.text(ReceiptText::signature());
    b.feed();
    return b.take();
}

QString redemptionBarcode(Id redemptionId)
{
    return QStringLiteral("R%1").arg(redemptionId, 8, 10, QLatin1Char('0'));
}

ReceiptDocument redemptionSlip(const RedemptionSlip& slip, const ReceiptHeader& header, int columns,
                               SlipCopy copy)
{
    const RedemptionLine& line = slip.line;
    const RedemptionRecord& r = line.record;
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::redemptionTitle());
    b.text(copy == SlipCopy::Member ? ReceiptText::memberCopy() : ReceiptText::counterCopy(),
           ReceiptLine::Centre);
    b.pair(ReceiptText::redemptionNo(), QString::number(r.id));
    b.pair(ReceiptText::time(), dateTime(r.at));
    if (!header.terminal.isEmpty())
        b.text(ReceiptText::terminal(header.terminal));
    b.rule();
    if (copy == SlipCopy::Counter)
        b.text(line.counter, ReceiptLine::Centre, true, true);
    b.pair(ReceiptText::gift(), line.barcode);
    b.text(line.productName, ReceiptLine::Left, true);
    if (copy == SlipCopy::Member)
        b.pair(ReceiptText::counter(), line.counter);
    b.pair(ReceiptText::listPrice(), r.listPrice.toYuanString(), copy == SlipCopy::Counter);
    b.pair(ReceiptText::pointsSpent(),
           QStringLiteral("%1 (%2)").arg(r.points).arg(ReceiptText::cap(r.cap.toYuanString())));
    b.rule();
    b.pair(ReceiptText::member(), maskMobile(slip.member.member.mobile));
    if (copy == SlipCopy::Member) {
        b.pair(ReceiptText::tier(), tierName(slip.member.member.tier));
        b.pair(ReceiptText::pointsBalance(), QString::number(slip.member.balance));
    }
    const QString staff = header.staffNumber.isEmpty() ? line.staffNumber : header.staffNumber;
    if (!staff.isEmpty())
        b.text(ReceiptText::handedOver(staff));
    if (!line.approverNumber.isEmpty())
        b.text(ReceiptText::approvedBy(line.approverNumber));
    b.rule();
    if (copy == SlipCopy::Counter) {
        b.text(ReceiptText::paidByMall());
        b.feed();
        const QString label = ReceiptText::counterSignature();
        b.text(label + u' ' + QString(std::max(b.columns() - displayWidth(label) - 1, 0), u'_'));
        b.feed();
    } else {
        b.text(ReceiptText::enjoy(), ReceiptLine::Centre);
    }
    b.barcode(redemptionBarcode(r.id));
    return b.take();
}

ReceiptDocument redemptionCancelSlip(const CancelledRedemption& cancelled,
                                     const ReceiptHeader& header, int columns)
{
    const RedemptionLine& line = cancelled.line;
    const RedemptionRecord& r = line.record;
    ReceiptBuilder b(columns);
    b.heading(header, ReceiptText::cancelTitle());
    b.pair(ReceiptText::redemptionNo(), QString::number(r.id));
    b.pair(ReceiptText::time(), dateTime(r.at));
    if (r.cancelledAt)
        b.pair(ReceiptText::cancelledAt(), dateTime(*r.cancelledAt));
    b.rule();
    b.pair(ReceiptText::gift(), line.barcode);
    b.text(line.productName);
    b.pair(ReceiptText::counter(), line.counter);
    b.pair(ReceiptText::listPrice(), r.listPrice.toYuanString());
    b.rule();
    b.pair(ReceiptText::member(), maskMobile(line.memberMobile));
    b.pair(ReceiptText::pointsBack(), QStringLiteral("+%1").arg(cancelled.pointsRestored));
    b.pair(ReceiptText::pointsBalance(), QString::number(cancelled.balance));
    if (!header.staffNumber.isEmpty())
        b.text(ReceiptText::handedOver(header.staffNumber));
    b.rule();
    b.text(ReceiptText::counterVoid(), ReceiptLine::Left, true);
    b.barcode(redemptionBarcode(r.id));
    return b.take();
}

} // namespace viptill
