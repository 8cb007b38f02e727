#include "ReceiptOutput.h"

#include "printing/EscPos.h"
#include "printing/ReceiptPrinter.h"
#include "services/SettingsService.h"
#include "services/StoreMode.h"

#include <QDir>
#include <QPainter>
#include <QSettings>

namespace viptill {

std::optional<PrinterSettings> PrinterSettings::parse(const QString& text)
{
    PrinterSettings s;
    const QString kind = text.section(u':', 0, 0);
    s.target = text.section(u':', 1);
    if (kind == u"none")
        s.kind = Kind::None;
    else if (kind == u"device")
        s.kind = Kind::Device;
    else if (kind == u"tcp")
        s.kind = Kind::Tcp;
    else if (kind == u"pdf")
        s.kind = Kind::Pdf;
    else
        return std::nullopt;
    if (s.kind != Kind::None && s.target.isEmpty())
        return std::nullopt;
    return s;
}

PrinterSettings PrinterSettings::load(QSettings& settings)
{
    settings.beginGroup(QStringLiteral("printer"));
    PrinterSettings s;
    const QString kind = settings.value(QStringLiteral("kind"), QStringLiteral("pdf")).toString();
    s.target = settings.value(QStringLiteral("target")).toString();
    s.columns = settings.value(QStringLiteral("columns"), WideReceiptColumns).toInt() ==
                        NarrowReceiptColumns
                    ? NarrowReceiptColumns
                    : WideReceiptColumns;
    settings.endGroup();
    if (const std::optional<PrinterSettings> parsed = parse(kind + u':' + s.target)) {
        PrinterSettings result = *parsed;
        result.columns = s.columns;
        return result;
    }
    s.kind = Kind::Pdf;
    return s;
}

ReceiptOutput::ReceiptOutput(PrinterSettings settings, ServiceContext& services,
                             QString tillStoreName)
    : m_settings(std::move(settings))
    , m_services(services)
    , m_tillStoreName(std::move(tillStoreName))
{}

StoreIdentity ReceiptOutput::identity() const
{
    const Result<StoreSettings> today = SettingsService(m_services).on(m_services.clock.today());
    if (!today) // the store cannot be read: the receipt still prints
        return {m_tillStoreName.isEmpty() ? settingSpec(QStringLiteral("store_name"))->defaultValue
                                          : m_tillStoreName,
                {},
                {}};
    StoreIdentity identity = today->identity();
    if (!today->isSet(QStringLiteral("store_name")) && !m_tillStoreName.isEmpty())
        identity.name = m_tillStoreName;
    return identity;
}

ReceiptHeader ReceiptOutput::headerFor(const QString& staffNumber, const QString& terminal,
                                       bool reprint) const
{
    const StoreIdentity store = identity();
    const Result<bool> training = StoreMode::isTraining(m_services.store);
    ReceiptHeader header{store.name, terminal, staffNumber, reprint};
    header.storeAddress = store.address;
    header.storePhone = store.phone;
    header.training = training && training.value();
    return header;
}

Status ReceiptOutput::printSale(const Receipt& receipt, const StaffMember& cashier, bool reprint)
{
    const ReceiptHeader header = headerFor(cashier.number, {}, reprint);
    return output(saleReceipt(receipt, header, m_settings.columns), receipt.sale.receiptNo);
}

Status ReceiptOutput::printReturn(const Sale& original, const ReturnService::Outcome& outcome,
                                  const StaffMember& cashier)
{
    const ReceiptHeader header = headerFor(cashier.number, {}, false);
    return output(returnReceipt(original, outcome, header, m_settings.columns),
                  original.receiptNo + QStringLiteral("-R%1").arg(outcome.record.id));
}

Status ReceiptOutput::printSlip(const ReceiptDocument& document, const QString& name)
{
    return output(document, name);
}

Status ReceiptOutput::output(const ReceiptDocument& document, const QString& receiptNo)
{
    return outputAll({document}, {receiptNo});
}

Status ReceiptOutput::outputAll(const QList<ReceiptDocument>& documents, const QStringList& names)
{
    // Each document ends with its own cut, so one job prints them apart.
    m_lastEscPos.clear();
    QList<QImage> previews;
    int height = 0;
    for (const ReceiptDocument& document : documents) {
        m_lastEscPos += encodeEscPos(document);
        previews << renderPreview(document, m_settings.columns == NarrowReceiptColumns ? 384 : 576);
        height += previews.last().height();
    }
    m_lastPreview = previews.size() == 1 ? previews.first() : QImage();
    if (previews.size() > 1) {
        // Stacked with a gap, as they come out of the printer.
        const int gap = 24;
        m_lastPreview =
            QImage(previews.first().width(), height + gap * static_cast<int>(previews.size() - 1),
                   QImage::Format_RGB32);
        m_lastPreview.fill(Qt::lightGray);
        QPainter painter(&m_lastPreview);
        int top = 0;
        for (const QImage& preview : std::as_const(previews)) {
            painter.drawImage(0, top, preview);
            top += preview.height() + gap;
        }
    }
    switch (m_settings.kind) {
    case PrinterSettings::Kind::None:
        return success();
    case PrinterSettings::Kind::Device:
        return DeviceFileSink(m_settings.target).write(m_lastEscPos);
    case PrinterSettings::Kind::Tcp: {
        const QString host = m_settings.target.section(u':', 0, 0);
        const quint16 port = static_cast<quint16>(m_settings.target.section(u':', 1, 1).toUInt());
        return TcpPrinterSink(host, port == 0 ? 9100 : port).write(m_lastEscPos);
    }
    case PrinterSettings::Kind::Pdf:
        QDir().mkpath(m_settings.target);
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const Status written =
                writePdf(documents.at(i),
                         QDir(m_settings.target).filePath(names.value(i) + QStringLiteral(".pdf")));
            if (!written)
                return written;
        }
        return success();
    }
    return success();
}

Status ReceiptOutput::printRedemption(const RedemptionSlip& slip, const StaffMember& staff)
{
    const ReceiptHeader header = headerFor(staff.number, {}, false);
    const QString name = redemptionBarcode(slip.line.record.id);
    return outputAll({redemptionSlip(slip, header, m_settings.columns, SlipCopy::Member),
                      redemptionSlip(slip, header, m_settings.columns, SlipCopy::Counter)},
                     {name + QStringLiteral("-member"), name + QStringLiteral("-counter")});
}

Status ReceiptOutput::printRedemptionCancel(const CancelledRedemption& cancelled,
                                            const StaffMember& staff)
{
    const ReceiptHeader header = headerFor(staff.number, {}, false);
    return output(redemptionCancelSlip(cancelled, header, m_settings.columns),
                  redemptionBarcode(cancelled.line.record.id) + QStringLiteral("-cancelled"));
}

} // namespace viptill
