#pragma once

#include "printing/ReceiptDocument.h"

#include <ostream>

// GoogleTest shows a QString that differs as text, not as UTF-16 bytes.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace viptill::test {

// A gold member's sale that has everything a receipt can show: a dress at the
// 女装 counter (全柜 8折, then the member's 8.8折), two special-price cups,
// birthday double points, the lottery, the upgrade to diamond, cash with change.
inline Receipt sampleReceipt()
{
    Sale sale;
    sale.id = 31;
    sale.receiptNo = QStringLiteral("T01-20261118-0031");
    sale.terminal = QStringLiteral("T01");
    sale.at = QDateTime(QDate(2026, 11, 18), QTime(10, 30, 15));
    sale.memberId = 7;
    sale.cardId = 9;
    sale.tier = Tier::Gold;

    SaleLine dress;
    dress.id = 101;
    dress.lineNo = 1;
    dress.barcode = QStringLiteral("6901000000017");
    dress.name = QStringLiteral("歌莉娅 真丝连衣裙");
    dress.counterName = QStringLiteral("女装");
    dress.price = priceLine(Money::fromYuan(500), 1, Rate::fromScaled(8000), Rate::fromScaled(8800),
                            false); // 500 × 0.80 × 0.88 = 352.00
    SaleLine cups;
    cups.id = 102;
    cups.lineNo = 2;
    cups.barcode = QStringLiteral("6905000000013");
    cups.name = QStringLiteral("清仓 保温杯");
    cups.counterName = QStringLiteral("特卖");
    cups.specialPrice = true;
    cups.price = priceLine(Money::fromYuan(100), 2, Rate::one(), Rate::fromScaled(8800), true);
    sale.lines = {dress, cups};

    sale.tenders = {Tender{TenderKind::Cash, Money::fromYuan(552)}}; // the cash kept
    sale.points = SalePoints{7, PointsAward{55, 2, 0}};              // floor(552 / 10) × 2
    sale.birthdayGift = true;
    sale.upgradedTo = Tier::Diamond;

    MemberView member;
    member.member.id = 7;
    member.member.name = QStringLiteral("王芳");
    member.member.mobile = QStringLiteral("13912345678");
    member.member.tier = Tier::Diamond;
    member.lifetime = 8108; // 7998 before this sale's 110
    member.balance = 7608;  // 500 redeemed; ends in 8

    Receipt receipt;
    receipt.sale = sale;
    receipt.member = member;
    receipt.lotteryEligible = true;
    receipt.change = Money::fromYuan(48); // 600 handed over
    return receipt;
}

inline ReceiptHeader sampleHeader()
{
    return {QStringLiteral("东方百货 南京路店"), QStringLiteral("T01"), QStringLiteral("1001")};
}

} // namespace viptill::test
