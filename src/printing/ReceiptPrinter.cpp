#include "ReceiptPrinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTcpSocket>
#include <cmath>
#include <memory>
#include <zint.h>

namespace viptill {

namespace {

class PrinterText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterText)
public:
    static QString cannotOpen(const QString& path, const QString& reason)
    {
        return tr("The receipt printer %1 cannot be opened (%2). Check that it is switched on "
                  "and connected, then print the receipt again.")
            .arg(path, reason);
    }
    static QString cannotWrite(const QString& path, const QString& reason)
    {
        return tr("The receipt could not be sent to the printer %1 (%2). Check the paper and "
                  "the cable, then print the receipt again.")
            .arg(path, reason);
    }
    static QString unreachable(const QString& printer, const QString& reason)
    {
        return tr("The network receipt printer %1 does not answer (%2). Check that it is "
                  "switched on and on the network, then print the receipt again.")
            .arg(printer, reason);
    }
    static QString notDelivered(const QString& printer, const QString& reason)
    {
        return tr("The receipt was not fully delivered to the network printer %1 (%2). Print "
                  "the receipt again.")
            .arg(printer, reason);
    }
    static QString pdfNotWritten(const QString& path)
    {
        return tr("The receipt could not be saved as a PDF to %1. Check that the folder exists "
                  "and can be written to.")
            .arg(path);
    }
};

// The page is laid out in the printer's own dots (8 a millimetre, 203 dpi):
// 80 mm paper, of which the middle 72 mm (576 dots) is printed, as on the
// till's printer. PDF and preview scale these units to their device.
constexpr qreal DotsPerMm = 8;
constexpr qreal PaperWidthMm = 80;
constexpr qreal PaperWidth = PaperWidthMm * DotsPerMm;
constexpr qreal PrintWidth = 576;
constexpr qreal SideMargin = (PaperWidth - PrintWidth) / 2;
constexpr qreal TopMargin = 24;
constexpr qreal BottomMargin = 48;
constexpr qreal BarcodeHeight = 60; // as GS h 60
constexpr qreal BarcodeModule = 2;  // as GS w 2
// A 汉字 is as tall as it is wide (two columns); rows get a quarter more.
constexpr qreal RowSpacing = 1.25;

const QString CjkFamily = QStringLiteral("Noto Sans CJK SC");

struct Grid
{
    int columns = 48;
    qreal cell = PrintWidth / 48; // one column's width
    qreal row = cell * 2 * RowSpacing;
};

Grid gridFor(const ReceiptDocument& document)
{
    Grid g;
    g.columns = std::max(document.columns, 1);
    g.cell = PrintWidth / g.columns;
    g.row = g.cell * 2 * RowSpacing;
    return g;
}

qreal lineHeight(const ReceiptLine& line, const Grid& grid)
{
    switch (line.kind) {
    case ReceiptLine::Text:
        return grid.row * (line.large ? 2 : 1);
    case ReceiptLine::Rule:
    case ReceiptLine::Feed:
        return grid.row;
    case ReceiptLine::Barcode:
        return grid.cell + BarcodeHeight + grid.row; // gap, bars, the number below
    }
    return grid.row;
}

qreal pageHeight(const ReceiptDocument& document)
{
    const Grid grid = gridFor(document);
    qreal height = TopMargin + BottomMargin;
    for (const ReceiptLine& line : document.lines)
        height += lineHeight(line, grid);
    return height;
}

QFont receiptFont(qreal pixelSize, bool bold)
{
    // Without the CJK font Qt's own matching picks a default family, which
    // on a till without it still shows the amounts.
    QFont font(QFontDatabase::hasFamily(CjkFamily) ? CjkFamily : QFont().family());
    font.setPixelSize(std::max(qRound(pixelSize), 1));
    font.setBold(bold);
    return font;
}

// Text on the printer's grid: one column for a Latin character, two for a
// 汉字, so the padded amounts line up as they do on paper.
void paintText(QPainter& painter, const QString& text, qreal top, qreal height,
               ReceiptLine::Align align, qreal cell, const QFont& font, int columns, int factor)
{
    const int used = displayWidth(text) * factor;
    qreal x = SideMargin;
    if (align == ReceiptLine::Centre)
        x += (columns - used) * cell / 2;
    else if (align == ReceiptLine::Right)
        x += (columns - used) * cell;
    const qreal step = cell * factor;
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype units = text.at(at).isHighSurrogate() && at + 1 < text.size() ? 2 : 1;
        const QString glyph = text.mid(at, units);
        at += units;
        const qreal room = step * displayWidth(glyph);
        if (glyph != u" ") {
            // A proportional font's m or W is wider than a printer column:
            // squeeze it into its cell rather than over its neighbour.
            const qreal advance = metrics.horizontalAdvance(glyph);
            const qreal squeeze = advance > room ? room / advance : 1;
            painter.save();
            painter.translate(x + room / 2, top);
            painter.scale(squeeze, 1);
            painter.drawText(QRectF(-room / 2 / squeeze, 0, room / squeeze, height),
                             Qt::AlignCenter, glyph);
            painter.restore();
        }
        x += room;
    }
}

void paintBarcode(QPainter& painter, const QString& data, qreal top, const Grid& grid)
{
    top += grid.cell;
    const QByteArray latin = data.toLatin1();
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(),
                                                                          &ZBarcode_Delete);
    bool drawn = false;
    if (symbol) {
        symbol->symbology = BARCODE_CODE128;
        symbol->input_mode = DATA_MODE;
        symbol->show_hrt = 0; // the number is drawn below in the receipt's font
        const int rc = ZBarcode_Encode_and_Buffer_Vector(
            symbol.get(), reinterpret_cast<const unsigned char*>(latin.constData()),
            static_cast<int>(latin.size()), 0);
        const zint_vector* vector = symbol->vector;
        if (rc < ZINT_ERROR && vector && vector->width > 0 && vector->height > 0) {
            // Two dots a module as on the printer, narrower only if the paper is.
            const qreal width = std::min(symbol->width * BarcodeModule, PrintWidth);
            const qreal sx = width / static_cast<qreal>(vector->width);
            const qreal sy = BarcodeHeight / static_cast<qreal>(vector->height);
            const qreal left = SideMargin + (PrintWidth - width) / 2;
            for (const zint_vector_rect* bar = vector->rectangles; bar; bar = bar->next) {
                if (bar->colour > 0 && bar->colour != 7) // 7 is black; -1 the foreground
                    continue;
                painter.fillRect(QRectF(left + bar->x * sx, top + bar->y * sy, bar->width * sx,
                                        bar->height * sy),
                                 Qt::black);
            }
            drawn = true;
        }
    }
    const qreal below = drawn ? top + BarcodeHeight : top;
    paintText(painter, data, below, grid.row, ReceiptLine::Centre, grid.cell,
              receiptFont(grid.cell * 2, false), grid.columns, 1);
}

void paintReceipt(QPainter& painter, const ReceiptDocument& document)
{
    const Grid grid = gridFor(document);
    painter.setPen(Qt::black);
    qreal top = TopMargin;
    for (const ReceiptLine& line : document.lines) {
        const qreal height = lineHeight(line, grid);
        const int factor = line.large ? 2 : 1;
        switch (line.kind) {
        case ReceiptLine::Text:
            paintText(painter, line.text, top, height, line.align, grid.cell,
                      receiptFont(grid.cell * 2 * factor, line.bold), grid.columns, factor);
            break;
        case ReceiptLine::Rule: {
            QPen pen(Qt::black, 2, Qt::DashLine);
            painter.setPen(pen);
            painter.drawLine(QPointF(SideMargin, top + height / 2),
                             QPointF(SideMargin + PrintWidth, top + height / 2));
            painter.setPen(Qt::black);
            break;
        }
        case ReceiptLine::Barcode:
            paintBarcode(painter, line.text, top, grid);
            break;
        case ReceiptLine::Feed:
            break;
        }
        top += height;
    }
}

} // namespace

DeviceFileSink::DeviceFileSink(QString path)
    : m_path(std::move(path))
{}

Status DeviceFileSink::write(const QByteArray& escpos)
{
    // A plain file collects jobs one after the other; a device (a printer
    // port, a FIFO) has no end to append at, and Qt warns when asked to.
    const QFileInfo info(m_path);
    QIODevice::OpenMode mode = QIODevice::WriteOnly | QIODevice::Unbuffered;
    if (!info.exists() || info.isFile())
        mode |= QIODevice::Append;
    QFile device(m_path);
    if (!device.open(mode))
        return Error(ErrorCode::PrinterError,
                     PrinterText::cannotOpen(m_path, device.errorString()));
    qint64 sent = 0;
    while (sent < escpos.size()) {
        const qint64 written = device.write(escpos.constData() + sent, escpos.size() - sent);
        if (written <= 0)
            return Error(ErrorCode::PrinterError,
                         PrinterText::cannotWrite(m_path, device.errorString()));
        sent += written;
    }
    if (!device.flush())
        return Error(ErrorCode::PrinterError,
                     PrinterText::cannotWrite(m_path, device.errorString()));
    device.close();
    return success();
}

TcpPrinterSink::TcpPrinterSink(QString host, quint16 port, int timeoutMs)
    : m_host(std::move(host))
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{}

Status TcpPrinterSink::write(const QByteArray& escpos)
{
    const QString printer = QStringLiteral("%1:%2").arg(m_host).arg(m_port);
    // Blocking on purpose: the cashier waits for the receipt anyway, and the
    // timeouts bound the wait when the printer is off.
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs))
        return Error(ErrorCode::PrinterError,
                     PrinterText::unreachable(printer, socket.errorString()));
    if (socket.write(escpos) != escpos.size())
        return Error(ErrorCode::PrinterError,
                     PrinterText::notDelivered(printer, socket.errorString()));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(m_timeoutMs))
            return Error(ErrorCode::PrinterError,
                         PrinterText::notDelivered(printer, socket.errorString()));
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(m_timeoutMs);
    return success();
}

Status writePdf(const ReceiptDocument& document, const QString& path)
{
    const qreal height = pageHeight(document);
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("VipTill"));
    writer.setPageLayout(
        QPageLayout(QPageSize(QSizeF(PaperWidthMm, height / DotsPerMm), QPageSize::Millimeter,
                              QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::PrinterError, PrinterText::pdfNotWritten(path));
    const qreal scale = writer.width() / PaperWidth;
    painter.scale(scale, scale);
    paintReceipt(painter, document);
    if (!painter.end())
        return Error(ErrorCode::PrinterError, PrinterText::pdfNotWritten(path));
    return success();
}

QImage renderPreview(const ReceiptDocument& document, int widthPx)
{
    if (widthPx <= 0)
        return {};
    const qreal scale = widthPx / PaperWidth;
    const int heightPx = static_cast<int>(std::ceil(pageHeight(document) * scale));
    QImage image(widthPx, heightPx, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintReceipt(painter, document);
    painter.end();
    return image;
}

} // namespace viptill
