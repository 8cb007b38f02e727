#pragma once

#include "ReceiptDocument.h"
#include "core/Error.h"

#include <QByteArray>
#include <QImage>
#include <QString>

// Where a printed receipt goes: the till's thermal printer (USB or serial as a
// device file, or on the network), a PDF for e-mail or the archive, or the
// screen for the cashier to look at before printing.
namespace viptill {

class ReceiptSink
{
public:
    virtual ~ReceiptSink() = default;
    // Hands one receipt's ESC/POS bytes to the printer: all of them, or an
    // error (PRINTER_ERROR) the cashier can act on.
    virtual Status write(const QByteArray& escpos) = 0;
};

// A printer the system shows as a file: /dev/usb/lp0, /dev/ttyS0, or a plain
// file that collects the print jobs (training tills, tests).
class DeviceFileSink final : public ReceiptSink
{
public:
    explicit DeviceFileSink(QString path);
    Status write(const QByteArray& escpos) override;
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

// A network receipt printer on its raw port (JetDirect, 9100).
class TcpPrinterSink final : public ReceiptSink
{
public:
    explicit TcpPrinterSink(QString host, quint16 port = 9100, int timeoutMs = 3000);
    Status write(const QByteArray& escpos) override;

private:
    QString m_host;
    quint16 m_port;
    int m_timeoutMs;
};

// The receipt as a PDF page 80 mm wide and as long as the receipt, with the
// barcode drawn as bars. Needs a QGuiApplication (fonts).
Status writePdf(const ReceiptDocument& document, const QString& path);

// The same page painted `widthPx` wide for the on-screen preview; a null
// image if widthPx is not positive. Needs a QGuiApplication (fonts).
QImage renderPreview(const ReceiptDocument& document, int widthPx);

} // namespace viptill
