// The receipt as rows: what a sale and a return print, fitted to the paper,
// and the same page as a PDF and as the cashier's preview.

#include "SampleReceipt.h"
#include "printing/EscPos.h"
#include "printing/ReceiptPrinter.h"
#include "services/MemberService.h"
#include "services/SaleService.h"
#include "support/TestStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTranslator>
#include <algorithm>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

QStringList textRows(const ReceiptDocument& document)
{
    QStringList rows;
    for (const ReceiptLine& line : document.lines)
        rows << line.text;
    return rows;
}

std::string shown(const QStringList& rows)
{
    return rows.join(u'\n').toStdString();
}

// The receipt's words as the Chinese translation will have them, so the
// layout is tested with the 汉字 the store prints and not only with English.
class ChineseReceiptWords : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (qstrcmp(context, "ReceiptText") != 0 && qstrcmp(context, "RecordText") != 0)
            return {};
        static const QHash<QString, QString> words{
            {QStringLiteral("Sales receipt"), QStringLiteral("销售小票")},
            {QStringLiteral("*** REPRINT ***"), QStringLiteral("*** 重印 ***")},
            {QStringLiteral("Receipt No."), QStringLiteral("小票号")},
            {QStringLiteral("Time"), QStringLiteral("时间")},
            {QStringLiteral("Terminal %1"), QStringLiteral("收银台 %1")},
            {QStringLiteral("Cashier %1"), QStringLiteral("收银员 %1")},
            {QStringLiteral("Counter %1 zhe"), QStringLiteral("全柜 %1折")},
            {QStringLiteral("Member %1 zhe"), QStringLiteral("会员 %1折")},
            {QStringLiteral("Special price"), QStringLiteral("特价商品")},
            {QStringLiteral("List total"), QStringLiteral("原价合计")},
            {QStringLiteral("You saved"), QStringLiteral("节省")},
            {QStringLiteral("To pay"), QStringLiteral("应付")},
            {QStringLiteral("Cash"), QStringLiteral("现金")},
            {QStringLiteral("Change"), QStringLiteral("找零")},
            {QStringLiteral("Member"), QStringLiteral("会员")},
            {QStringLiteral("Tier"), QStringLiteral("卡级")},
            {QStringLiteral("Diamond"), QStringLiteral("VIP钻石卡")},
            {QStringLiteral("Points earned"), QStringLiteral("本次积分")},
            {QStringLiteral("Points balance"), QStringLiteral("积分余额")},
            {QStringLiteral("Your points end in 8: show this receipt at the service desk for the "
                            "lottery."),
             QStringLiteral("积分尾数为8，凭本小票到服务台参加抽奖。")},
            {QStringLiteral("Happy birthday! Collect your birthday gift at the service desk."),
             QStringLiteral("生日快乐！请到服务台领取生日礼品。")},
            {QStringLiteral("Congratulations! You are now a %1 member."),
             QStringLiteral("恭喜！您已升级为%1会员。")},
            {QStringLiteral("Thank you for shopping with us."), QStringLiteral("谢谢惠顾")},
            {QStringLiteral("Keep this receipt for returns."), QStringLiteral("退换货请凭本小票")},
        };
        return words.value(QString::fromUtf8(source));
    }
};

} // namespace

TEST(ReceiptDocument, DisplayWidthCountsChineseAsTwoColumns)
{
    EXPECT_EQ(displayWidth(u"352.00"), 6);
    EXPECT_EQ(displayWidth(u"全柜 0.80"), 9);
    EXPECT_EQ(displayWidth(u"，￥"), 4);       // fullwidth punctuation and the yuan sign
    EXPECT_EQ(displayWidth(u"한글"), 4);       // Hangul syllables
    EXPECT_EQ(displayWidth(u"\U00020000"), 2); // CJK Extension B: one character, two UTF-16 units
    EXPECT_EQ(displayWidth(u"ｱ"), 1);          // halfwidth katakana stays narrow
    EXPECT_EQ(displayWidth(u"×·é"), 3);        // not East Asian Wide
    EXPECT_EQ(displayWidth(u""), 0);
}

TEST(ReceiptDocument, TheStoreNameHeadsTheReceiptLargeAndTheReceiptNumberEndsItAsABarcode)
{
    const ReceiptDocument document =
        saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns);
    EXPECT_EQ(document.columns, WideReceiptColumns);
    const ReceiptLine& first = document.lines.first();
    EXPECT_EQ(first.text, QStringLiteral("东方百货 南京路店"));
    EXPECT_TRUE(first.large);
    EXPECT_TRUE(first.bold);
    EXPECT_EQ(first.align, ReceiptLine::Centre);
    const ReceiptLine& last = document.lines.last();
    EXPECT_EQ(last.kind, ReceiptLine::Barcode);
    EXPECT_EQ(last.text, QStringLiteral("T01-20261118-0031"));
}

TEST(ReceiptDocument, AReprintSaysSo)
{
    ReceiptHeader header = sampleHeader();
    EXPECT_FALSE(textRows(saleReceipt(sampleReceipt(), header, WideReceiptColumns))
                     .contains(QStringLiteral("*** REPRINT ***")));
    header.reprint = true;
    const ReceiptDocument document = saleReceipt(sampleReceipt(), header, WideReceiptColumns);
    EXPECT_EQ(document.lines.at(1).text, QStringLiteral("*** REPRINT ***"));
    EXPECT_TRUE(document.lines.at(1).bold);
}

TEST(ReceiptDocument, AWalkInReceiptHasNoMemberBlockAndNoNotices)
{
    Receipt receipt = sampleReceipt();
    receipt.member.reset();
    receipt.lotteryEligible = false;
    receipt.sale.points.reset();
    receipt.sale.birthdayGift = false;
    receipt.sale.upgradedTo.reset();
    receipt.sale.memberId.reset();
    ReceiptHeader header = sampleHeader();
    header.staffNumber.clear();
    const QStringList rows = textRows(saleReceipt(receipt, header, NarrowReceiptColumns));
    EXPECT_TRUE(rows.contains(QStringLiteral("Terminal T01"))) << shown(rows);
    for (const QString& row : rows) {
        EXPECT_FALSE(row.startsWith(QStringLiteral("Member"))) << row.toStdString();
        EXPECT_FALSE(row.startsWith(QStringLiteral("Points"))) << row.toStdString();
        EXPECT_FALSE(row.contains(QStringLiteral("lottery"))) << row.toStdString();
        EXPECT_FALSE(row.contains(QStringLiteral("birthday"))) << row.toStdString();
        EXPECT_FALSE(row.contains(QStringLiteral("Diamond"))) << row.toStdString();
    }
}

TEST(ReceiptDocument, PaymentsByCardShowNoChange)
{
    Receipt receipt = sampleReceipt();
    receipt.sale.tenders = {Tender{TenderKind::WeChatPay, Money::fromFen(55200)}};
    receipt.change = Money();
    const QStringList rows = textRows(saleReceipt(receipt, sampleHeader(), NarrowReceiptColumns));
    EXPECT_TRUE(rows.contains(QStringLiteral("WeChat Pay                552.00"))) << shown(rows);
    for (const QString& row : rows)
        EXPECT_FALSE(row.startsWith(QStringLiteral("Change"))) << row.toStdString();
}

TEST(ReceiptDocument, PointsShowTheMultiplierAndTheBonus)
{
    Receipt receipt = sampleReceipt();
    receipt.sale.points->award = PointsAward{7040, 1, 10};
    EXPECT_TRUE(textRows(saleReceipt(receipt, sampleHeader(), NarrowReceiptColumns))
                    .contains(QStringLiteral("Points earned   7040 + 10 = 7050")));
    receipt.sale.points->award = PointsAward{35, 1, 0};
    EXPECT_TRUE(textRows(saleReceipt(receipt, sampleHeader(), NarrowReceiptColumns))
                    .contains(QStringLiteral("Points earned                 35")));
}

TEST(ReceiptDocument, LongNamesWrapAndAmountsAreNeverCut)
{
    Receipt receipt = sampleReceipt();
    receipt.sale.lines[0].name =
        QStringLiteral("天王表 GS5001 陀飞轮自动机械男士腕表 限量典藏版 附赠原装表盒与保修卡");
    receipt.sale.lines[0].price =
        priceLine(Money::fromYuan(80000), 9999, Rate::one(), Rate::fromScaled(8800), false);
    for (const int columns : {MinReceiptColumns, NarrowReceiptColumns, WideReceiptColumns}) {
        const ReceiptDocument document = saleReceipt(receipt, sampleHeader(), columns);
        for (const ReceiptLine& line : document.lines)
            EXPECT_LE(line.width(), columns) << columns << ": " << line.text.toStdString();
        const QStringList rows = textRows(document);
        // 80000 × 9999 × 0.88, in full on one row however narrow the paper.
        EXPECT_TRUE(std::any_of(rows.cbegin(), rows.cend(), [](const QString& row) {
            return row.trimmed() == QStringLiteral("703929600.00") ||
                   row.endsWith(QStringLiteral(" 703929600.00"));
        })) << shown(rows);
        // The whole name, over as many rows as it takes.
        EXPECT_TRUE(rows.join(QString()).contains(QStringLiteral("附赠原装表盒与保修卡")))
            << shown(rows);
    }
}

TEST(ReceiptDocument, InChineseEveryRowStillFitsThePaper)
{
    ChineseReceiptWords chinese;
    QCoreApplication::installTranslator(&chinese);
    const ReceiptDocument narrow =
        saleReceipt(sampleReceipt(), sampleHeader(), NarrowReceiptColumns);
    const ReceiptDocument wide = saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns);
    QCoreApplication::removeTranslator(&chinese);

    for (const ReceiptDocument* document : {&narrow, &wide}) {
        for (const QString& row : decodeEscPosText(encodeEscPos(*document)))
            EXPECT_LE(displayWidth(row), document->columns) << row.toStdString();
    }
    const QStringList rows = decodeEscPosText(encodeEscPos(narrow));
    // "节省" is four columns wide: 4 + 22 spaces + 6 = 32.
    EXPECT_TRUE(
        rows.contains(QStringLiteral("节省") + QString(22, u' ') + QStringLiteral("148.00")))
        << shown(rows);
    EXPECT_TRUE(rows.contains(QStringLiteral("  全柜 8折 会员 8.8折"))) << shown(rows);
    EXPECT_TRUE(
        rows.contains(QStringLiteral("卡级") + QString(19, u' ') + QStringLiteral("VIP钻石卡")))
        << shown(rows);
    EXPECT_TRUE(rows.contains(QStringLiteral("积分尾数为8，凭本小票到服务台参"))) << shown(rows);
    EXPECT_TRUE(rows.contains(QStringLiteral("加抽奖。"))) << shown(rows);
}

TEST(ReceiptDocument, AReturnSlipFromARealReturn)
{
    TestStore t;
    t.seedCatalogue();
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20), 300,
                                      QStringLiteral("13812345678"));
    SaleService tills(t.context());
    const Result<Receipt> sold = tills.sell(
        {card, {{QStringLiteral("6901000000017"), 1}, {QStringLiteral("6905000000013"), 2}}, {}});
    ASSERT_TRUE(sold.ok());
    t.clock().set(QDateTime(QDate(2026, 11, 19), QTime(9, 15)));
    ReturnService returns(t.context());
    const Result<ReturnService::Outcome> back =
        returns.returnItems(sold->sale.receiptNo, {{QStringLiteral("6905000000013"), 1}});
    ASSERT_TRUE(back.ok()) << back.error().message().toStdString();

    const ReceiptDocument document = returnReceipt(
        sold->sale, *back,
        {QStringLiteral("东方百货 南京路店"), QStringLiteral("T02"), QStringLiteral("2002")},
        NarrowReceiptColumns);
    const QStringList rows = decodeEscPosText(encodeEscPos(document));
    // 552.00 earned 55 points; 452.00 kept earns 45, so 10 are reversed and
    // the balance is the 30 of joining plus 45. The cups are special-price:
    // 100.00 each back, in cash as paid.
    const QStringList expected{
        QStringLiteral("东方百货"),
        QStringLiteral("南京路店"),
        QStringLiteral("Return receipt"),
        QStringLiteral("Receipt No.    T01-20261118-0002"),
        QStringLiteral("Sold         2026-11-18 10:00:00"),
        QStringLiteral("Returned     2026-11-19 09:15:00"),
        QStringLiteral("Terminal T02        Cashier 2002"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("清仓 保温杯"),
        QStringLiteral("  1 x 100.00              100.00"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("Refund total              100.00"),
        QStringLiteral("Cash                      100.00"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("Member               138****5678"),
        QStringLiteral("Points reversed              -10"),
        QStringLiteral("Points balance                75"),
        QStringLiteral("Tier                        Gold"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("Customer signature: ____________"),
        QString(),
        QStringLiteral("[CODE128 T01-20261118-0002]"),
    };
    EXPECT_EQ(rows, expected) << shown(rows);
    for (const ReceiptLine& line : document.lines)
        EXPECT_LE(line.width(), NarrowReceiptColumns) << line.text.toStdString();
}

TEST(ReceiptDocument, AReturnThatUndoesTheUpgradeSaysTheCardIsGoldAgain)
{
    const Receipt sold = sampleReceipt();
    ReturnService::Outcome outcome;
    outcome.record.saleId = sold.sale.id;
    outcome.record.at = QDateTime(QDate(2026, 11, 20), QTime(14, 0));
    outcome.record.lines = {ReturnLine{101, 1, Money::fromYuan(352)}};
    outcome.record.refunds = {Tender{TenderKind::Cash, Money::fromYuan(352)}};
    outcome.record.pointsReversed = 70; // 55 × 2 before, 20 × 2 after
    outcome.record.backToGold = true;
    outcome.member = sold.member;
    outcome.member->member.tier = Tier::Gold;
    outcome.member->balance = 7538;
    const QStringList rows =
        textRows(returnReceipt(sold.sale, outcome, sampleHeader(), WideReceiptColumns));
    EXPECT_TRUE(rows.contains(QStringLiteral("歌莉娅 真丝连衣裙"))) << shown(rows);
    EXPECT_TRUE(rows.contains(QStringLiteral("  1 x 500.00") + QString(30, u' ') +
                              QStringLiteral("352.00")))
        << shown(rows);
    EXPECT_TRUE(rows.contains(QStringLiteral("Points reversed") + QString(30, u' ') +
                              QStringLiteral("-70")))
        << shown(rows);
    EXPECT_TRUE(rows.contains(QStringLiteral("With this return the card goes back to Gold.")))
        << shown(rows);
}

// A return of a receipt the member joined with says what became of the
// membership, in the store's Chinese (the real translation) as in English.
TEST(ReceiptDocument, AReturnOfAJoiningReceiptSaysTheMembershipIsCancelledOrGold)
{
    TestStore t;
    t.seedCatalogue();
    SaleService tills(t.context());
    auto walkIn = [&](const char* barcode) {
        return tills.sell({std::nullopt, {{QString::fromLatin1(barcode), 1}}, {}})->sale;
    };
    const Sale cream = walkIn("6903000000015"); // 200.00
    const Sale flask = walkIn("6905000000013"); // 100.00
    const Sale suit = walkIn("6902000000023");  // 2000.00
    const Sale watch = walkIn("6904000000014"); // 3000.00
    MemberService desk(t.context());
    auto form = [](int seq, const char* mobile) {
        const QDate birthday(1985, 5, 20);
        return Application{QStringLiteral("周芳"),
                           QStringLiteral("F"),
                           birthday,
                           idNumberFor(birthday, seq),
                           QString::fromLatin1(mobile),
                           QStringLiteral("杭州市西湖区文三路1号"),
                           QStringLiteral("美妆")};
    };
    ASSERT_TRUE(desk.join(form(101, "13811110001"), {cream.receiptNo, flask.receiptNo}).ok());
    ASSERT_TRUE(desk.join(form(102, "13811110002"), {suit.receiptNo, watch.receiptNo}).ok());
    ReturnService returns(t.context());
    const Result<ReturnService::Outcome> cancelled = returns.returnItems(flask.receiptNo, {});
    const Result<ReturnService::Outcome> gold = returns.returnItems(watch.receiptNo, {});
    ASSERT_TRUE(cancelled.ok() && gold.ok());
    ASSERT_TRUE(cancelled->membershipCancelled);
    ASSERT_EQ(gold->tierChangedTo, Tier::Gold);

    const QStringList english =
        textRows(returnReceipt(flask, *cancelled, sampleHeader(), WideReceiptColumns));
    EXPECT_TRUE(english.join(u' ').contains(QStringLiteral("the membership is cancelled")))
        << shown(english);
    EXPECT_FALSE(english.join(u' ').contains(QStringLiteral("Tier"))) << shown(english);

    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/viptill_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const ReceiptDocument cancelledSlip =
        returnReceipt(flask, *cancelled, sampleHeader(), NarrowReceiptColumns);
    const ReceiptDocument goldSlip =
        returnReceipt(watch, *gold, sampleHeader(), NarrowReceiptColumns);
    QCoreApplication::removeTranslator(&chinese);
    const QString cancelledText = decodeEscPosText(encodeEscPos(cancelledSlip)).join(QString());
    const QString goldText = decodeEscPosText(encodeEscPos(goldSlip)).join(QString());
    EXPECT_TRUE(cancelledText.contains(QStringLiteral("会员资格已取消")))
        << cancelledText.toStdString();
    EXPECT_TRUE(goldText.contains(QStringLiteral("会员等级恢复为黄金卡")))
        << goldText.toStdString();
    for (const ReceiptDocument* slip : {&cancelledSlip, &goldSlip}) {
        for (const QString& row : decodeEscPosText(encodeEscPos(*slip)))
            EXPECT_LE(displayWidth(row), slip->columns) << row.toStdString();
    }
}

TEST(ReceiptPrinter, APdfOfTheReceipt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("T01-20261118-0031.pdf"));
    const Status written =
        writePdf(saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns), path);
    ASSERT_TRUE(written.ok()) << written.error().message().toStdString();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray content = pdf.readAll();
    EXPECT_TRUE(content.startsWith("%PDF")) << content.left(16).toStdString();
    EXPECT_GT(content.size(), 1000);
}

TEST(ReceiptPrinter, APdfInAMissingFolderIsAPrinterError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/receipt.pdf"));
    const Status written =
        writePdf(saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns), path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code(), ErrorCode::PrinterError);
    EXPECT_TRUE(written.error().message().contains(path));
}

TEST(ReceiptPrinter, ThePreviewHasTheStoreNameAtTheTopAndTheBarcodeAtTheBottom)
{
    const QImage preview =
        renderPreview(saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns), 480);
    ASSERT_FALSE(preview.isNull());
    EXPECT_EQ(preview.width(), 480);
    EXPECT_GT(preview.height(), preview.width()); // a long, narrow roll
    const auto darkPixels = [&](int fromRow, int toRow) {
        int dark = 0;
        for (int y = fromRow; y < toRow; ++y) {
            for (int x = 0; x < preview.width(); ++x) {
                if (qGray(preview.pixel(x, y)) < 100)
                    ++dark;
            }
        }
        return dark;
    };
    EXPECT_GT(darkPixels(0, preview.height() / 20), 200);                     // 东方百货
    EXPECT_GT(darkPixels(preview.height() * 9 / 10, preview.height()), 2000); // the bars
}

TEST(ReceiptPrinter, NoPreviewForNoWidth)
{
    EXPECT_TRUE(renderPreview(saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns), 0)
                    .isNull());
}

TEST(ReceiptDocument, TheStoresAddressAndTelephonePrintUnderItsName)
{
    ReceiptHeader header = sampleHeader();
    header.storeAddress = QStringLiteral("上海市黄浦区南京东路100号");
    header.storePhone = QStringLiteral("021-6322 5000");
    const QStringList rows = textRows(saleReceipt(sampleReceipt(), header, WideReceiptColumns));
    ASSERT_GE(rows.size(), 4);
    EXPECT_EQ(rows.at(0), header.storeName);
    EXPECT_EQ(rows.at(1), header.storeAddress);
    EXPECT_EQ(rows.at(2), QStringLiteral("Tel. 021-6322 5000"));
    EXPECT_EQ(rows.at(3), QStringLiteral("Sales receipt"));
    // Without them, the title follows the name.
    EXPECT_EQ(textRows(saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns)).at(1),
              QStringLiteral("Sales receipt"));
}

TEST(ReceiptDocument, ATrainingStoresPaperSaysSoAtTheTopAndTheBottom)
{
    ReceiptHeader header = sampleHeader();
    header.training = true;
    Sale original = sampleReceipt().sale;
    ReturnService::Outcome returned;
    returned.record.at = original.at.addSecs(600);
    JoinOutcome joined;
    joined.view = *sampleReceipt().member;
    const QList<std::pair<const char*, ReceiptDocument>> papers{
        {"sale", saleReceipt(sampleReceipt(), header, NarrowReceiptColumns)},
        {"return", returnReceipt(original, returned, header, NarrowReceiptColumns)},
        {"joining", welcomeSlip(joined, header, WideReceiptColumns)},
    };
    for (const auto& [what, paper] : papers) {
        const QStringList rows = textRows(paper);
        const auto first = rows.indexOf(QStringLiteral("*** 培训 TRAINING ***"));
        const auto last = rows.lastIndexOf(QStringLiteral("*** 培训 TRAINING ***"));
        EXPECT_EQ(first, 0) << what;
        // At the very end of the paper, after the receipt number's barcode:
        // only its note follows.
        EXPECT_GT(last, first) << what;
        EXPECT_EQ(rows.mid(last + 1).join(u' '),
                  QStringLiteral("Practice only: not a real receipt."))
            << what << shown(rows);
        EXPECT_EQ(paper.lines.at(last).align, ReceiptLine::Centre);
        EXPECT_TRUE(paper.lines.at(last).bold);
        // Every row still fits the paper.
        for (const ReceiptLine& line : paper.lines)
            EXPECT_LE(line.width(), paper.columns) << what << " " << line.text.toStdString();
    }
    // A live store's paper has no such mark.
    EXPECT_FALSE(textRows(saleReceipt(sampleReceipt(), sampleHeader(), WideReceiptColumns))
                     .join(u'\n')
                     .contains(QStringLiteral("培训")));
}

TEST(ReceiptDocument, TheJoiningSlipCarriesTheDaysJoiningGift)
{
    JoinOutcome joined;
    joined.view = *sampleReceipt().member;
    const QString without =
        textRows(welcomeSlip(joined, sampleHeader(), WideReceiptColumns)).join(u'\n');
    EXPECT_FALSE(without.contains(QStringLiteral("Joining gift")));
    joined.joiningGift = QStringLiteral("精美保温杯一只");
    const ReceiptDocument slip = welcomeSlip(joined, sampleHeader(), WideReceiptColumns);
    EXPECT_TRUE(textRows(slip).join(u'\n').contains(
        QStringLiteral("Joining gift (办卡有礼): 精美保温杯一只")))
        << shown(textRows(slip));
    const ReceiptDocument narrow = welcomeSlip(joined, sampleHeader(), NarrowReceiptColumns);
    for (const ReceiptLine& line : narrow.lines)
        EXPECT_LE(line.width(), narrow.columns);
}
