// The ESC/POS print job: what the till's printer gets, read back row by row,
// and the two ways of getting it there (a device file, the network).

#include "printing/EscPos.h"

#include "SampleReceipt.h"
#include "printing/ReceiptPrinter.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values)
        out.append(static_cast<char>(v));
    return out;
}

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray printJob(int columns)
{
    return encodeEscPos(saleReceipt(sampleReceipt(), sampleHeader(), columns));
}

std::string shown(const QStringList& rows)
{
    return rows.join(u'\n').toStdString();
}

} // namespace

TEST(EscPos, A58mmReceiptPrintsTheseRows)
{
    // The store name is double size, so it takes two rows of 16 columns.
    const QStringList expected{
        QStringLiteral("东方百货"),
        QStringLiteral("南京路店"),
        QStringLiteral("Sales receipt"),
        QStringLiteral("Receipt No.    T01-20261118-0031"),
        QStringLiteral("Time         2026-11-18 10:30:15"),
        QStringLiteral("Terminal T01        Cashier 1001"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("歌莉娅 真丝连衣裙"),
        QStringLiteral("  1 x 500.00              352.00"),
        QStringLiteral("  Counter 8 zhe Member 8.8 zhe"),
        QStringLiteral("清仓 保温杯"),
        QStringLiteral("  2 x 100.00              200.00"),
        QStringLiteral("  Special price"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("List total                700.00"),
        QStringLiteral("You saved                 148.00"),
        QStringLiteral("To pay                    552.00"),
        QStringLiteral("Cash                      600.00"),
        QStringLiteral("Change                     48.00"),
        QStringLiteral("--------------------------------"),
        QStringLiteral("Member               139****5678"),
        QStringLiteral("Tier                     Diamond"),
        QStringLiteral("Points earned       55 x 2 = 110"),
        QStringLiteral("Points balance              7608"),
        QStringLiteral("Your points end in 8: show this"),
        QStringLiteral("receipt at the service desk for"),
        QStringLiteral("the lottery."),
        QStringLiteral("Happy birthday! Collect your"),
        QStringLiteral("birthday gift at the service"),
        QStringLiteral("desk."),
        QStringLiteral("Congratulations! You are now a"),
        QStringLiteral("Diamond member."),
        QStringLiteral("--------------------------------"),
        QStringLiteral("Thank you for shopping with us."),
        QStringLiteral("Keep this receipt for returns."),
        QStringLiteral("[CODE128 T01-20261118-0031]"),
    };
    const QStringList rows = decodeEscPosText(printJob(NarrowReceiptColumns));
    EXPECT_EQ(rows, expected) << shown(rows);
}

TEST(EscPos, An80mmReceiptPrintsTheseRows)
{
    const QStringList expected{
        QStringLiteral("东方百货 南京路店"),
        QStringLiteral("Sales receipt"),
        QStringLiteral("Receipt No.                    T01-20261118-0031"),
        QStringLiteral("Time                         2026-11-18 10:30:15"),
        QStringLiteral("Terminal T01                        Cashier 1001"),
        QStringLiteral("------------------------------------------------"),
        QStringLiteral("歌莉娅 真丝连衣裙"),
        QStringLiteral("  1 x 500.00                              352.00"),
        QStringLiteral("  Counter 8 zhe Member 8.8 zhe"),
        QStringLiteral("清仓 保温杯"),
        QStringLiteral("  2 x 100.00                              200.00"),
        QStringLiteral("  Special price"),
        QStringLiteral("------------------------------------------------"),
        QStringLiteral("List total                                700.00"),
        QStringLiteral("You saved                                 148.00"),
        QStringLiteral("To pay                                    552.00"),
        QStringLiteral("Cash                                      600.00"),
        QStringLiteral("Change                                     48.00"),
        QStringLiteral("------------------------------------------------"),
        QStringLiteral("Member                               139****5678"),
        QStringLiteral("Tier                                     Diamond"),
        QStringLiteral("Points earned                       55 x 2 = 110"),
        QStringLiteral("Points balance                              7608"),
        QStringLiteral("Your points end in 8: show this receipt at the"),
        QStringLiteral("service desk for the lottery."),
        QStringLiteral("Happy birthday! Collect your birthday gift at"),
        QStringLiteral("the service desk."),
        QStringLiteral("Congratulations! You are now a Diamond member."),
        QStringLiteral("------------------------------------------------"),
        QStringLiteral("Thank you for shopping with us."),
        QStringLiteral("Keep this receipt for returns."),
        QStringLiteral("[CODE128 T01-20261118-0031]"),
    };
    const QStringList rows = decodeEscPosText(printJob(WideReceiptColumns));
    EXPECT_EQ(rows, expected) << shown(rows);
}

TEST(EscPos, NoRowIsWiderThanThePaper)
{
    for (const int columns : {NarrowReceiptColumns, WideReceiptColumns}) {
        const ReceiptDocument document = saleReceipt(sampleReceipt(), sampleHeader(), columns);
        for (const ReceiptLine& line : document.lines)
            EXPECT_LE(line.width(), columns) << line.text.toStdString();
        for (const QString& row : decodeEscPosText(encodeEscPos(document)))
            EXPECT_LE(displayWidth(row), columns) << row.toStdString();
    }
}

TEST(EscPos, TheJobStartsInChineseModeAndEndsWithAFeedAndACut)
{
    const QByteArray job = printJob(WideReceiptColumns);
    EXPECT_TRUE(job.startsWith(bytes({0x1B, '@', 0x1C, '&'})));
    EXPECT_TRUE(job.endsWith(bytes({0x1B, 'd', 4, 0x1D, 'V', 66, 0})));
    // Chinese goes out as GB18030, not UTF-8.
    EXPECT_TRUE(job.contains(gb18030(QStringLiteral("歌莉娅 真丝连衣裙"))));
    EXPECT_FALSE(job.contains(QStringLiteral("歌莉娅").toUtf8()));
}

TEST(EscPos, TheStoreNameIsCentredBoldAndDoubleSizeAndTheRestIsNot)
{
    const QByteArray job = printJob(WideReceiptColumns);
    const QByteArray storeName = bytes({0x1B, 'a', 1, 0x1B, 'E', 1, 0x1D, '!', 0x11}) +
                                 gb18030(sampleHeader().storeName) + bytes({'\n', 0x1D, '!', 0}) +
                                 "Sales receipt\n" + bytes({0x1B, 'a', 0, 0x1B, 'E', 0}) +
                                 "Receipt No.";
    EXPECT_TRUE(job.contains(storeName));
    // The amount to pay stands out; the tender below it does not.
    EXPECT_TRUE(job.contains(bytes({0x1B, 'E', 1}) + "To pay"));
    EXPECT_TRUE(job.contains(bytes({0x1B, 'E', 0}) + "Cash"));
}

TEST(EscPos, TheBarcodeCarriesTheReceiptNumber)
{
    const QByteArray number = "T01-20261118-0031";
    const QByteArray code128 =
        bytes({0x1D, 'k', 73, static_cast<int>(number.size()) + 2}) + "{B" + number;
    // Two-dot modules on 80 mm paper; on 58 mm a 17-character CODE128 is
    // only printable with one-dot modules.
    EXPECT_TRUE(printJob(WideReceiptColumns)
                    .contains(bytes({0x1D, 'h', 60, 0x1D, 'w', 2, 0x1D, 'H', 2}) + code128));
    EXPECT_TRUE(printJob(NarrowReceiptColumns)
                    .contains(bytes({0x1D, 'h', 60, 0x1D, 'w', 1, 0x1D, 'H', 2}) + code128));
}

TEST(EscPos, ABraceInBarcodeDataIsSentEscaped)
{
    ReceiptDocument document;
    document.lines << ReceiptLine{ReceiptLine::Barcode, QStringLiteral("A{1")};
    const QByteArray job = encodeEscPos(document);
    EXPECT_TRUE(job.contains(bytes({0x1D, 'k', 73, 6}) + "{BA{{1"));
    EXPECT_EQ(decodeEscPosText(job), QStringList{QStringLiteral("[CODE128 A{1]")});
}

TEST(EscPos, DataThatCode128CannotCarryIsPrintedAsText)
{
    ReceiptDocument document;
    document.lines << ReceiptLine{ReceiptLine::Barcode, QStringLiteral("退货")};
    const QByteArray job = encodeEscPos(document);
    EXPECT_FALSE(job.contains(bytes({0x1D, 'k'})));
    EXPECT_EQ(decodeEscPosText(job), QStringList{QStringLiteral("退货")});
}

TEST(EscPos, ControlCharactersInTextNeverReachThePrinterAsCommands)
{
    ReceiptDocument document;
    // A catalogue name with an ESC @ in it would reset the printer mid-receipt.
    document.lines << ReceiptLine{ReceiptLine::Text, QStringLiteral("保温杯\x1B@\x1D")};
    const QByteArray job = encodeEscPos(document);
    EXPECT_EQ(job.count(bytes({0x1B, '@'})), 1); // the job's own initialisation only
    EXPECT_EQ(decodeEscPosText(job), QStringList{QStringLiteral("保温杯 @ ")});
}

TEST(ReceiptPrinter, TheNetworkPrinterGetsExactlyTheBytes)
{
    QTcpServer printer;
    ASSERT_TRUE(printer.listen(QHostAddress::LocalHost, 0));
    const QByteArray job = printJob(WideReceiptColumns);

    TcpPrinterSink sink(QStringLiteral("127.0.0.1"), printer.serverPort(), 3000);
    const Status sent = sink.write(job);
    ASSERT_TRUE(sent.ok()) << sent.error().message().toStdString();

    ASSERT_TRUE(printer.waitForNewConnection(3000));
    QTcpSocket* peer = printer.nextPendingConnection();
    ASSERT_NE(peer, nullptr);
    QByteArray received = peer->readAll();
    while (received.size() < job.size() && peer->waitForReadyRead(3000))
        received += peer->readAll();
    EXPECT_EQ(received, job);
}

TEST(ReceiptPrinter, ANetworkPrinterThatIsOffIsAPrinterError)
{
    quint16 port = 0;
    {
        QTcpServer closed; // a port nobody listens on once this closes
        ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    TcpPrinterSink sink(QStringLiteral("127.0.0.1"), port, 1000);
    const Status sent = sink.write(printJob(WideReceiptColumns));
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().code(), ErrorCode::PrinterError);
    EXPECT_EQ(sent.error().codeName(), QStringLiteral("PRINTER_ERROR"));
    EXPECT_TRUE(sent.error().message().contains(QStringLiteral("127.0.0.1:%1").arg(port)))
        << sent.error().message().toStdString();
}

TEST(ReceiptPrinter, TheDeviceFileGetsEachJobAppended)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lp0"));
    const QByteArray first = printJob(WideReceiptColumns);
    const QByteArray second = printJob(NarrowReceiptColumns);

    DeviceFileSink sink(path);
    ASSERT_TRUE(sink.write(first).ok());
    ASSERT_TRUE(sink.write(second).ok());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), first + second);
}

TEST(ReceiptPrinter, ADevicePathInAMissingFolderIsAPrinterError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/lp0"));
    DeviceFileSink sink(path);
    const Status sent = sink.write(printJob(WideReceiptColumns));
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().code(), ErrorCode::PrinterError);
    EXPECT_TRUE(sent.error().message().contains(path)) << sent.error().message().toStdString();
    EXPECT_FALSE(QFile::exists(path));
}
