// The manager's office driven as a manager drives it: by keys, on the real
// window, against a real SQLite file holding the hand-computed trading day.

#include "ManagerOffice.h"

#include "CatalogueScreen.h"
#include "CheckoutPage.h"
#include "DayCloseScreen.h"
#include "DiamondEventScreen.h"
#include "FiguresCharts.h"
#include "FiguresScreen.h"
#include "LoginPage.h"
#include "ReceiptOutput.h"
#include "RedemptionScreen.h"
#include "ReportTableModel.h"
#include "SettlementScreen.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "printing/EscPos.h"
#include "support/TestStore.h"
#include "support/TradingWeek.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QPieSlice>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <poppler-qt6.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class ManagerOfficeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        week.tradeDayA(); // the clock stays at 23:50 on day A
        t.clock().set(QDateTime(TradingWeek::DayA, QTime(22, 30)));
        printer.kind = PrinterSettings::Kind::None;
        receipts =
            std::make_unique<ReceiptOutput>(printer, t.context(), QStringLiteral("测试百货"));
        till = std::make_unique<TillContext>(TillContext{t.context(), *receipts});
        window = std::make_unique<TillWindow>(*till, QList<CardReader*>{&reader});
        office()->setExportFolder(exports.path());
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        logInAsManager();
    }

    ManagerOffice* office() const
    {
        return static_cast<ManagerOffice*>(window->workspace(Area::ManagerOffice));
    }
    template <typename T> T* screen(ManagerOffice::Screen s) const
    {
        return static_cast<T*>(office()->screen(s));
    }
    QLineEdit* field(QWidget* in, const char* name) const
    {
        return in->findChild<QLineEdit*>(QString::fromLatin1(name));
    }
    QWidget* focused() const { return QApplication::focusWidget(); }
    // The modal dialog a key opened (they open with open(), never exec()).
    QWidget* dialog() const
    {
        QCoreApplication::processEvents();
        return QApplication::activeModalWidget();
    }

    void logInAsManager()
    {
        QLineEdit* number = field(window->loginPage(), "staffNumber");
        QTest::keyClicks(number, QStringLiteral("9001"));
        QTest::keyClick(number, Qt::Key_Return);
        QLineEdit* pin = field(window->loginPage(), "pin");
        QTest::keyClicks(pin, QStringLiteral("9999"));
        QTest::keyClick(pin, Qt::Key_Return);
        ASSERT_EQ(window->currentArea(), Area::Checkout);
        QTest::keyClick(focused(), Qt::Key_4, Qt::ControlModifier);
        ASSERT_EQ(window->currentArea(), Area::ManagerOffice);
    }

    // The manager on duty confirms with the PIN: the number is filled in.
    void enterPin(const char* pin = "9999")
    {
        QWidget* approval = dialog();
        ASSERT_NE(approval, nullptr);
        QLineEdit* pinField = field(approval, "pin");
        ASSERT_TRUE(pinField->hasFocus());
        QTest::keyClicks(pinField, QString::fromLatin1(pin));
        QTest::keyClick(pinField, Qt::Key_Return);
        settle();
    }

    // A dialog closed: the window is active again (as a window manager makes
    // it; the offscreen platform has none) and the focus back.
    void settle()
    {
        QCoreApplication::processEvents();
        if (!QApplication::activeModalWidget()) {
            window->activateWindow();
            ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        }
        QCoreApplication::processEvents();
    }

    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ASSERT_NE(focused(), nullptr);
        QTest::keyClick(focused(), Qt::Key(k), modifiers);
        QCoreApplication::processEvents();
    }

    // ASCII as key strokes; 汉字 as the input method commits them.
    void type(const QString& text)
    {
        ASSERT_NE(focused(), nullptr);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(focused(), c.toLatin1());
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QCoreApplication::sendEvent(focused(), &commit);
            }
        }
    }

    TestStore t;
    TradingWeek week{t};
    QTemporaryDir exports;
    PrinterSettings printer;
    std::unique_ptr<ReceiptOutput> receipts;
    std::unique_ptr<TillContext> till;
    EmulatedCardReader reader;
    std::unique_ptr<TillWindow> window;
};

int countPixels(const QImage& image, QColor colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 8 && std::abs(c.green() - colour.green()) < 8 &&
                std::abs(c.blue() - colour.blue()) < 8)
                ++n;
        }
    }
    return n;
}

QString pdfText(const QString& path)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    QStringList pages;
    for (int i = 0; pdf && i < pdf->numPages(); ++i)
        pages << pdf->page(i)->text(QRectF());
    return pages.join(u'\n');
}

} // namespace

TEST_F(ManagerOfficeTest, ARedemptionFromFindingTheMemberToTheSlipsByKeysAlone)
{
    auto* redemption = screen<RedemptionScreen>(ManagerOffice::Screen::Redemption);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Redemption);
    ASSERT_EQ(focused(), field(redemption, "memberQuery"));
    const Member diamond = *t.store().member(week.diamond);
    // Mobile, a space, the last four of the ID number.
    type(diamond.mobile + u' ' + diamond.idNumber.right(4));
    key(Qt::Key_Return);
    ASSERT_TRUE(redemption->member().has_value()) << office()->messageText().toStdString();
    EXPECT_EQ(redemption->member()->balance, 5220);
    ASSERT_EQ(focused(), redemption->findChild<QListWidget*>(QStringLiteral("steps")));
    key(Qt::Key_Down); // 1500 points: a gift up to 400.00
    EXPECT_EQ(redemption->chosenPoints(), 1500);
    key(Qt::Key_Return);
    ASSERT_EQ(focused(), field(redemption, "giftQuery"));
    EXPECT_EQ(redemption->gifts().size(), 3); // eye cream, cardigan, cream
    type(QStringLiteral("眼霜"));
    ASSERT_EQ(redemption->gifts().size(), 1);
    EXPECT_EQ(redemption->gifts().first().barcode, QStringLiteral("6903000000022"));
    key(Qt::Key_Return);
    enterPin();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    EXPECT_EQ(t.store().pointsBalance(week.diamond), 5220 - 1500);
    EXPECT_EQ(redemption->member()->balance, 3720);
    const QList<RedemptionLine> today =
        t.store().redemptionsBetween(TradingWeek::DayA, TradingWeek::DayA, std::nullopt, false);
    ASSERT_EQ(today.size(), 2);
    EXPECT_EQ(today.last().staffNumber, QStringLiteral("9001"));
    EXPECT_EQ(today.last().approverNumber, QStringLiteral("9001"));
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("redeem")), 1);
    // Both slips went to the printer, one after the other.
    const QString printed = decodeEscPosText(receipts->lastEscPos()).join(u'\n');
    EXPECT_TRUE(printed.contains(QStringLiteral("Member's copy")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Counter's copy")));
    EXPECT_TRUE(printed.contains(QStringLiteral("自然堂 眼霜")));

    // F8: today's redemptions, newest first; Enter cancels it with the PIN.
    key(Qt::Key_F8);
    QWidget* list = dialog();
    ASSERT_NE(list, nullptr);
    auto* todays = list->findChild<QListWidget*>(QStringLiteral("todaysRedemptions"));
    ASSERT_EQ(todays->count(), 3); // the new one, the kept one, the cancelled one
    EXPECT_EQ(todays->currentRow(), 0);
    QTest::keyClick(todays, Qt::Key_Return);
    enterPin();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    EXPECT_EQ(t.store().pointsBalance(week.diamond), 5220);
    EXPECT_EQ(redemption->member()->balance, 5220);
    EXPECT_TRUE(
        decodeEscPosText(receipts->lastEscPos()).join(u'\n').contains(QStringLiteral("+1500")));
}

TEST_F(ManagerOfficeTest, ATappedCardFindsTheMemberAndARefusalIsShownInRed)
{
    auto* redemption = screen<RedemptionScreen>(ManagerOffice::Screen::Redemption);
    reader.tap(week.goldCard); // 65 points: not enough
    ASSERT_TRUE(redemption->member().has_value());
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    EXPECT_TRUE(office()->messageText().contains(QStringLiteral("1000")));
    reader.tap(week.diamondCard);
    EXPECT_EQ(redemption->member()->member.id, week.diamond);
    type(QStringLiteral("13800000000 1234")); // nobody
    key(Qt::Key_Escape);                      // steps → the member field
    type(QStringLiteral("13800000000 1234"));
    key(Qt::Key_Return);
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
}

TEST_F(ManagerOfficeTest, TheFiguresTheirChartsAndExports)
{
    key(Qt::Key_F3);
    ASSERT_EQ(office()->current(), ManagerOffice::Screen::Figures);
    auto* figures = screen<FiguresScreen>(ManagerOffice::Screen::Figures);
    ASSERT_TRUE(figures->figures().has_value());
    EXPECT_EQ(figures->figures()->range, DayRange::day(TradingWeek::DayA));
    EXPECT_EQ(figures->figures()->sales.fen(), 6861100);
    EXPECT_TRUE(figures->findChild<QLabel*>(QStringLiteral("tileSales"))
                    ->text()
                    .contains(QStringLiteral("68611.00")));
    EXPECT_TRUE(figures->findChild<QLabel*>(QStringLiteral("tileVipShare"))
                    ->text()
                    .contains(QStringLiteral("98.6%")));

    // The charts hold the figures, in yuan.
    FiguresCharts* charts = figures->charts();
    auto* bars = static_cast<QBarSeries*>(charts->salesByHour()->series().first());
    const QBarSet* paid = bars->barSets().first();
    ASSERT_EQ(paid->count(), 14);            // 10:00 … 23:00
    EXPECT_DOUBLE_EQ(paid->at(0), 300.0);    // 10:00, the gold member's joining
    EXPECT_DOUBLE_EQ(paid->at(10), 64000.0); // 20:00, the tourbillon
    EXPECT_DOUBLE_EQ(paid->at(13), 559.0);   // 23:00
    auto* vip = static_cast<QPieSeries*>(charts->vipShare()->series().first());
    ASSERT_EQ(vip->count(), 2);
    EXPECT_DOUBLE_EQ(vip->slices().at(0)->value(), 67652.0);
    EXPECT_DOUBLE_EQ(vip->slices().at(1)->value(), 959.0);
    EXPECT_TRUE(vip->slices().at(0)->label().contains(QStringLiteral("98.6%")));
    auto* tiers = static_cast<QPieSeries*>(charts->tierMix()->series().first());
    EXPECT_DOUBLE_EQ(tiers->slices().at(0)->value(), 652.0);
    EXPECT_DOUBLE_EQ(tiers->slices().at(1)->value(), 67000.0);
    auto* points = static_cast<QLineSeries*>(charts->pointsOutstanding()->series().first());
    ASSERT_EQ(points->count(), 30);
    EXPECT_DOUBLE_EQ(points->at(29).y(), 5315.0);
    EXPECT_DOUBLE_EQ(points->at(0).y(), 30.0);
    // Rendered offscreen: the bars are drawn in their colour, the pies in theirs.
    const QList<QImage> images = charts->images(QSize(800, 520));
    ASSERT_EQ(images.size(), 4);
    EXPECT_GT(countPixels(images.at(0), QColor(0x1f, 0x6f, 0xeb)), 1000);
    EXPECT_GT(countPixels(images.at(1), QColor(0xc9, 0x8b, 0x0b)), 10000); // VIP: most of the pie
    EXPECT_GT(countPixels(images.at(2), QColor(0x3b, 0x6e, 0xa8)), 10000); // diamond
    EXPECT_GT(countPixels(images.at(3), QColor(0x1e, 0x6b, 0x34)), 50);

    // 2: the week; 3: the month; ←: the month before, empty.
    key(Qt::Key_2);
    EXPECT_EQ(figures->figures()->range, DayRange::weekOf(TradingWeek::DayA));
    key(Qt::Key_3);
    EXPECT_EQ(figures->figures()->range, DayRange::monthOf(TradingWeek::DayA));
    EXPECT_EQ(figures->figures()->sales.fen(), 6861100);
    key(Qt::Key_Left);
    EXPECT_EQ(figures->figures()->range.from, QDate(2026, 10, 1));
    EXPECT_EQ(figures->figures()->totals.tickets, 0);
    key(Qt::Key_Right);
    // 4: any range, typed.
    key(Qt::Key_4);
    QWidget* range = dialog();
    ASSERT_NE(range, nullptr);
    QLineEdit* from = field(range, "from");
    from->selectAll();
    QTest::keyClicks(from, QStringLiteral("2025-11-01"));
    QTest::keyClick(from, Qt::Key_Return);
    QLineEdit* to = field(range, "to");
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2026-11-17"));
    QTest::keyClick(to, Qt::Key_Return);
    settle();
    EXPECT_EQ(figures->figures()->range, (DayRange{QDate(2025, 11, 1), TradingWeek::DayA}));
    EXPECT_EQ(figures->figures()->totals.newMembers, 3);

    // F9 CSV and F10 PDF, read back.
    key(Qt::Key_F9);
    const QString csv =
        QDir(exports.path()).filePath(QStringLiteral("figures-2025-11-01_2026-11-17.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << office()->messageText().toStdString();
    EXPECT_TRUE(file.readAll().contains("68911.00")); // 68611.00 and last year's 300.00
    key(Qt::Key_F10);
    const QString pdf =
        QDir(exports.path()).filePath(QStringLiteral("figures-2025-11-01_2026-11-17.pdf"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("68911.00"))) << office()->messageText().toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("钟表")));
}

TEST_F(ManagerOfficeTest, TheDayIsClosedWithAPinAndTheTillThenRefusesItsSales)
{
    key(Qt::Key_F7);
    auto* closing = screen<DayCloseScreen>(ManagerOffice::Screen::DayClose);
    ASSERT_TRUE(closing->shown().has_value());
    EXPECT_FALSE(closing->shownIsClosed());
    EXPECT_EQ(closing->shown()->totals.ticketsPaid.fen(), 6871100);
    key(Qt::Key_F8);
    enterPin();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    EXPECT_TRUE(closing->shownIsClosed());
    const std::optional<DayClose> closed = t.store().dayClose(TradingWeek::DayA);
    ASSERT_TRUE(closed.has_value());
    EXPECT_EQ(closed->closedBy, QStringLiteral("9001"));
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("day_close")), 1);
    key(Qt::Key_F8); // again: already closed
    EXPECT_EQ(office()->messageTone(), QStringLiteral("error"));
    key(Qt::Key_F10);
    EXPECT_TRUE(pdfText(QDir(exports.path()).filePath(QStringLiteral("day-close-2026-11-17.pdf")))
                    .contains(QStringLiteral("Closed at 2026-11-17 22:30 by 9001")));

    // At the till the same evening: the sale is refused, nothing is written.
    key(Qt::Key_1, Qt::ControlModifier);
    ASSERT_EQ(window->currentArea(), Area::Checkout);
    type(QStringLiteral("6903000000015"));
    key(Qt::Key_Return);
    const QStringList before = t.snapshot();
    key(Qt::Key_F10);
    QWidget* payment = dialog();
    ASSERT_NE(payment, nullptr);
    QTest::keyClick(field(payment, "cash"), Qt::Key_Return);
    settle();
    EXPECT_TRUE(window->checkoutPage()->messageText().contains(QStringLiteral("closed")))
        << window->checkoutPage()->messageText().toStdString();
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(ManagerOfficeTest, TheSettlementAndTheDiamondListAreSavedToSend)
{
    key(Qt::Key_F5);
    auto* settlement = screen<SettlementScreen>(ManagerOffice::Screen::Settlement);
    ASSERT_TRUE(settlement->settlement().has_value());
    EXPECT_EQ(settlement->settlement()->total.fen(), 40000);
    type(QStringLiteral("美妆"));
    key(Qt::Key_Return);
    key(Qt::Key_F9);
    QFile csv(QDir(exports.path()).filePath(QStringLiteral("settlement-2026-11-美妆.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly)) << office()->messageText().toStdString();
    EXPECT_TRUE(
        QString::fromUtf8(csv.readAll()).contains(QStringLiteral("自然堂 眼霜,400.00,1500")));
    key(Qt::Key_F10);
    EXPECT_TRUE(
        pdfText(QDir(exports.path()).filePath(QStringLiteral("settlement-2026-11-美妆.pdf")))
            .contains(QStringLiteral("400.00")));

    key(Qt::Key_F6);
    auto* diamonds = screen<DiamondEventScreen>(ManagerOffice::Screen::DiamondEvent);
    ASSERT_TRUE(diamonds->list().has_value());
    ASSERT_EQ(diamonds->list()->invitees.size(), 1);
    key(Qt::Key_F9);
    QFile list(QDir(exports.path()).filePath(QStringLiteral("diamond-event-2026.csv")));
    ASSERT_TRUE(list.open(QIODevice::ReadOnly));
    const QString invited = QString::fromUtf8(list.readAll());
    EXPECT_TRUE(invited.contains(t.store().member(week.diamond)->mobile)) << "to call them";
    EXPECT_TRUE(invited.contains(QStringLiteral("67000.00")));
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("export_diamond_list")), 1);
}

TEST_F(ManagerOfficeTest, APriceChangeAndAnImportWithItsDryRun)
{
    key(Qt::Key_F4);
    auto* catalogue = screen<CatalogueScreen>(ManagerOffice::Screen::Catalogue);
    ASSERT_EQ(focused(), field(catalogue, "barcode"));
    type(QStringLiteral("6903000000022"));
    key(Qt::Key_Return);
    ASSERT_EQ(focused(), field(catalogue, "newPrice"));
    type(QStringLiteral("368.00")); // the old price is selected: typing replaces it
    key(Qt::Key_Return);
    enterPin();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    EXPECT_EQ(t.store().productByBarcode(QStringLiteral("6903000000022"))->listPrice.fen(), 36800);
    EXPECT_EQ(t.store().priceHistory(catalogue->product()->id).last().staffNumber,
              QStringLiteral("9001"));

    const QString path = exports.filePath(QStringLiteral("new.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("barcode,name,counter,price,special\n"
               "6906000000012,李宁 跑步鞋,运动,499.00,0\n"
               "6903000000015,自然堂 保湿面霜,美妆,210.00,0\n");
    file.close();
    key(Qt::Key_PageDown);
    EXPECT_EQ(catalogue->section(), CatalogueScreen::Section::Import);
    ASSERT_EQ(focused(), field(catalogue, "importPath"));
    type(path);
    const QStringList before = t.snapshot();
    key(Qt::Key_Return);
    ASSERT_TRUE(catalogue->preview().has_value()) << office()->messageText().toStdString();
    EXPECT_EQ(catalogue->preview()->changes.size(), 2);
    EXPECT_EQ(catalogue->findChild<QTableView*>(QStringLiteral("changes"))->model()->rowCount(), 2);
    EXPECT_EQ(t.snapshot(), before);
    key(Qt::Key_F9);
    enterPin();
    EXPECT_EQ(office()->messageTone(), QStringLiteral("good"))
        << office()->messageText().toStdString();
    EXPECT_TRUE(t.store().productByBarcode(QStringLiteral("6906000000012")).has_value());
}

TEST_F(ManagerOfficeTest, F1ListsTheKeys)
{
    key(Qt::Key_F1);
    QWidget* help = dialog();
    ASSERT_NE(help, nullptr);
    bool mentionsCancel = false;
    for (const QLabel* label : help->findChildren<QLabel*>())
        mentionsCancel =
            mentionsCancel || label->text().contains(QStringLiteral("Cancel a redemption"));
    EXPECT_TRUE(mentionsCancel);
    QTest::keyClick(help, Qt::Key_Escape);
    settle();
    EXPECT_EQ(dialog(), nullptr);
}

TEST(ReportTableModel, PassesTheModelTester)
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ReportTable table;
    table.headers = {QStringLiteral("Counter"), QStringLiteral("Sales")};
    table.numericColumns = {1};
    table.rows = {{QStringLiteral("女装"), QStringLiteral("352.00")},
                  {QStringLiteral("男装"), QStringLiteral("2559.00")}};
    table.totals = {QStringLiteral("Total"), QStringLiteral("2911.00")};
    model.setTable(table);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(model.isTotals(2));
    EXPECT_EQ(model.data(model.index(2, 1)).toString(), QStringLiteral("2911.00"));
    EXPECT_EQ(model.data(model.index(0, 1), Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));
}
