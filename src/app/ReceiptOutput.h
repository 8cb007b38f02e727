#pragma once

#include "printing/ReceiptDocument.h"
#include "services/ProgrammeSettings.h"
#include "services/SaleService.h"

#include <QImage>
#include <QString>

class QSettings;

namespace viptill {

// Where receipts go, as set in the settings (group "printer"):
//   kind=device  target=/dev/usb/lp0     a thermal printer's device file
//   kind=tcp     target=192.168.1.50:9100 a network thermal printer
//   kind=pdf     target=<folder>         one PDF per receipt (the demo's default)
//   columns=48 (80 mm paper) or 32 (58 mm)
struct PrinterSettings
{
    enum class Kind
    {
        None,
        Device,
        Tcp,
        Pdf
    };
    Kind kind = Kind::Pdf;
    QString target;
    int columns = WideReceiptColumns;

    static PrinterSettings load(QSettings& settings);
    // "device:/dev/usb/lp0", "tcp:host:9100", "pdf:/folder", "none"
    static std::optional<PrinterSettings> parse(const QString& text);
};

// Prints the till's receipts and slips. Their top comes from the store's
// settings at the moment of printing (its name, address and phone; 培训 in a
// training store), so a manager's change shows on the next receipt.
class ReceiptOutput
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptOutput)
public:
    // `tillStoreName`: the name this till was given in its own settings file
    // (`storeName`, before stores named themselves); the store's own setting
    // wins once a manager has set it.
    ReceiptOutput(PrinterSettings settings, ServiceContext& services, QString tillStoreName = {});

    Status printSale(const Receipt& receipt, const StaffMember& cashier, bool reprint);
    Status printReturn(const Sale& original, const ReturnService::Outcome& outcome,
                       const StaffMember& cashier);
    // Any other document (the service desk's slips); `name` names its PDF.
    Status printSlip(const ReceiptDocument& document, const QString& name);
    // The top of a slip printed by `staff` at `terminal`.
    ReceiptHeader header(const StaffMember& staff, const QString& terminal) const
    {
        return headerFor(staff.number, terminal, false);
    }
    // The store's name, address and phone today.
    StoreIdentity identity() const;
    // 积分兑换: the member's slip, then the counter's, in one job.
    Status printRedemption(const RedemptionSlip& slip, const StaffMember& staff);
    Status printRedemptionCancel(const CancelledRedemption& cancelled, const StaffMember& staff);

    // The last receipt as printed, for the on-screen preview and the tests.
    const QImage& lastPreview() const { return m_lastPreview; }
    const QByteArray& lastEscPos() const { return m_lastEscPos; }
    const PrinterSettings& settings() const { return m_settings; }

private:
    ReceiptHeader headerFor(const QString& staffNumber, const QString& terminal,
                            bool reprint) const;
    Status output(const ReceiptDocument& document, const QString& receiptNo);
    // Several documents as one print job; a PDF for each, named after them.
    Status outputAll(const QList<ReceiptDocument>& documents, const QStringList& names);

    PrinterSettings m_settings;
    ServiceContext& m_services;
    QString m_tillStoreName;
    QImage m_lastPreview;
    QByteArray m_lastEscPos;
};

} // namespace viptill
