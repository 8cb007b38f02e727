// The manager's paper: the redemption slips for the member and the counter,
// and the reports as PDF, read back with Poppler as a person's PDF reader would.

#include "printing/EscPos.h"
#include "printing/ReceiptDocument.h"
#include "printing/ReportPdf.h"
#include "services/RedemptionService.h"
#include "services/ReportService.h"
#include "support/TestStore.h"
#include "support/TradingWeek.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <poppler-qt6.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class ManagerPrinting : public ::testing::Test
{
protected:
    void SetUp() override { week.tradeDayA(); }

    RedemptionSlip slip()
    {
        return RedemptionService(t.context()).slip(week.keptRedemption).value();
    }

    TestStore t;
    TradingWeek week{t};
};

QString joined(const ReceiptDocument& document)
{
    QStringList rows;
    for (const ReceiptLine& line : document.lines)
        rows << line.text;
    return rows.join(u'\n');
}

// Every page's text, as a PDF reader extracts it.
QStringList pdfPages(const QString& path)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    QStringList pages;
    if (!pdf || pdf->isLocked())
        return pages;
    for (int i = 0; i < pdf->numPages(); ++i)
        pages << pdf->page(i)->text(QRectF());
    return pages;
}

} // namespace

TEST_F(ManagerPrinting, TheMembersSlipShowsTheGiftThePointsAndTheBalance)
{
    const ReceiptHeader header{QStringLiteral("测试百货"), QStringLiteral("M01"),
                               QStringLiteral("9001"), false};
    const ReceiptDocument doc =
        redemptionSlip(slip(), header, WideReceiptColumns, SlipCopy::Member);
    const QString text = joined(doc);
    EXPECT_TRUE(text.contains(QStringLiteral("Member's copy")));
    EXPECT_TRUE(text.contains(QStringLiteral("自然堂 眼霜")));
    EXPECT_TRUE(text.contains(QStringLiteral("400.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("1500 (Cap 400.00)")));
    // 310 + 6410 − 1500 − 1000 + 1000
    EXPECT_TRUE(text.contains(QStringLiteral("Points balance")));
    EXPECT_TRUE(text.contains(QStringLiteral("5220")));
    EXPECT_FALSE(text.contains(slip().member.member.mobile)) << "the mobile is masked";
    EXPECT_TRUE(text.contains(QStringLiteral("Approved by 9001")));
    EXPECT_EQ(doc.lines.last().kind, ReceiptLine::Barcode);
    EXPECT_EQ(doc.lines.last().text, redemptionBarcode(week.keptRedemption));
    // Through the printer and back.
    const QStringList printed = decodeEscPosText(encodeEscPos(doc));
    EXPECT_TRUE(printed.join(u'\n').contains(QStringLiteral("自然堂 眼霜")));
}

TEST_F(ManagerPrinting, TheCountersSlipIsForSettlementAndFitsNarrowPaper)
{
    const ReceiptHeader header{QStringLiteral("测试百货"), {}, QStringLiteral("9001"), false};
    for (const int columns : {NarrowReceiptColumns, WideReceiptColumns}) {
        const ReceiptDocument doc = redemptionSlip(slip(), header, columns, SlipCopy::Counter);
        const QString text = joined(doc);
        EXPECT_TRUE(text.contains(QStringLiteral("美妆")));
        EXPECT_TRUE(text.contains(QStringLiteral("List price")));
        EXPECT_TRUE(text.contains(QStringLiteral("The mall pays the counter")));
        EXPECT_TRUE(text.contains(QStringLiteral("Counter staff signature:")));
        EXPECT_FALSE(text.contains(QStringLiteral("Points balance"))) << "the member's business";
        for (const ReceiptLine& line : doc.lines)
            EXPECT_LE(line.width(), columns) << line.text.toStdString();
    }
}

TEST_F(ManagerPrinting, TheCancelSlipGivesThePointsBackAndVoidsTheCountersCopy)
{
    t.clock().set(QDateTime(TradingWeek::DayA, QTime(22, 0)));
    RedemptionService desk(t.context());
    const Result<RedemptionOutcome> r =
        desk.redeem(week.diamond, 1000, QStringLiteral("6903000000015"));
    ASSERT_TRUE(r.ok());
    const Result<CancelledRedemption> c = desk.cancel(r->record.id);
    ASSERT_TRUE(c.ok());
    const ReceiptDocument doc = redemptionCancelSlip(
        *c, {QStringLiteral("测试百货"), {}, QStringLiteral("9001"), false}, NarrowReceiptColumns);
    const QString text = joined(doc);
    EXPECT_TRUE(text.contains(QStringLiteral("+1000")));
    EXPECT_TRUE(text.contains(QStringLiteral("void")));
    EXPECT_TRUE(text.contains(QStringLiteral("5220")));
}

TEST_F(ManagerPrinting, TheFiguresPdfReadsBackWithItsNumbersAndChinese)
{
    const Result<Figures> f = ReportService(t.context()).figures(DayRange::day(TradingWeek::DayA));
    ASSERT_TRUE(f.ok());
    QImage chart(400, 300, QImage::Format_RGB32);
    chart.fill(Qt::white);
    QPainter(&chart).fillRect(50, 50, 100, 200, Qt::blue);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.pdf"));
    ASSERT_TRUE(writeReportPdf(path,
                               {QStringLiteral("测试百货"), QStringLiteral("2026-11-17 23:59")},
                               ReportExport::figures(*f), {chart, chart})
                    .ok());
    const QStringList pages = pdfPages(path);
    ASSERT_FALSE(pages.isEmpty());
    const QString all = pages.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("测试百货")));
    EXPECT_TRUE(all.contains(QStringLiteral("Figures 2026-11-17")));
    EXPECT_TRUE(all.contains(QStringLiteral("68611.00")));
    EXPECT_TRUE(all.contains(QStringLiteral("11451.83")));
    EXPECT_TRUE(all.contains(QStringLiteral("98.6%")));
    EXPECT_TRUE(all.contains(QStringLiteral("钟表")));
    EXPECT_TRUE(all.contains(QStringLiteral("64000.00")));
    EXPECT_TRUE(all.contains(QStringLiteral("Page 1")));
    EXPECT_TRUE(all.contains(QStringLiteral("Printed 2026-11-17 23:59")));
}

TEST_F(ManagerPrinting, ALongListRunsOverPagesWithItsHeaderOnEach)
{
    ReportTable table;
    table.title = QStringLiteral("Diamond thank-you event 2026: invitations");
    table.headers = {QStringLiteral("No."), QStringLiteral("Name"), QStringLiteral("Address"),
                     QStringLiteral("Spend")};
    table.numericColumns = {0, 3};
    for (int i = 1; i <= 150; ++i)
        table.rows << QStringList{
            QString::number(i), QStringLiteral("会员%1").arg(i),
            QStringLiteral("上海市徐汇区漕溪北路%1号 一个很长很长的地址，要折行才能放得下").arg(i),
            QStringLiteral("%1.00").arg(1000 + i)};
    table.totals = {QStringLiteral("Total"), {}, {}, QStringLiteral("161325.00")};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    ASSERT_TRUE(writeReportPdf(
                    path, {QStringLiteral("测试百货"), QStringLiteral("2026-12-01 10:00")}, {table})
                    .ok());
    const QStringList pages = pdfPages(path);
    ASSERT_GE(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Address"))) << "page " << i + 1;
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Page %1").arg(i + 1)));
    }
    EXPECT_TRUE(pages.first().contains(QStringLiteral("会员1")));
    EXPECT_TRUE(pages.last().contains(QStringLiteral("会员150")));
    EXPECT_TRUE(pages.last().contains(QStringLiteral("161325.00")));
}
