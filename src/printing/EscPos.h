#pragma once

#include "ReceiptDocument.h"

#include <QByteArray>
#include <QStringList>

// ESC/POS for the Chinese thermal receipt printers on the tills (Epson TM-T82
// and the many printers that speak its commands): text in GB18030 in the
// printer's Chinese character mode, CODE128 for the receipt number.
namespace viptill {

// The whole print job for one receipt: initialise, Chinese mode, every row
// (alignment, bold, double size as the row asks), the barcode, then feed and
// a partial cut so the cashier can tear it off.
QByteArray encodeEscPos(const ReceiptDocument& document);

// The rows a printer would print from `escpos`, commands stripped and text
// decoded from GB18030; a barcode row reads "[CODE128 <data>]". For tests
// and for checking a captured print job by eye.
QStringList decodeEscPosText(const QByteArray& escpos);

} // namespace viptill
