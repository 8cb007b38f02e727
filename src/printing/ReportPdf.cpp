#include "ReportPdf.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace viptill {

namespace {

class ReportPdfText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfText)
public:
    static QString page(int number) { return tr("Page %1").arg(number); }
    static QString printed(const QString& at) { return tr("Printed %1").arg(at); }
    static QString cannotWrite(const QString& path)
    {
        return tr("The report could not be saved as a PDF to %1. Check that the folder exists "
                  "and can be written to.")
            .arg(path);
    }
};

// Laid out in points (1/72 inch) on A4 portrait.
constexpr qreal PageWidth = 595;
constexpr qreal PageHeight = 842;
constexpr qreal Margin = 40;
constexpr qreal Width = PageWidth - 2 * Margin;
constexpr qreal FootTop = PageHeight - Margin + 8;
constexpr qreal BodyBottom = PageHeight - Margin - 8;
constexpr qreal CellPadding = 3;
constexpr qreal MinColumn = 36;

QFont reportFont(qreal points, bool bold = false)
{
    // Latin letters and digits from DejaVu Sans, 汉字 from Noto Sans CJK:
    // Noto CJK shapes digits next to letters with glyphs a PDF reader
    // cannot map back to text, so a report's dates could not be searched
    // or copied.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(qRound(points)); // one pixel is one point here
    font.setBold(bold);
    return font;
}

class ReportPainter
{
public:
    ReportPainter(QPdfWriter& writer, QPainter& painter, const ReportPage& page)
        : m_writer(writer)
        , m_painter(painter)
        , m_page(page)
    {
        startPage();
    }

    void finish() { foot(); }

    void charts(const QList<QImage>& images)
    {
        const qreal gap = 12;
        const qreal w = (Width - gap) / 2;
        for (qsizetype i = 0; i < images.size(); i += 2) {
            qreal rowHeight = 0;
            for (qsizetype j = i; j < std::min(i + 2, images.size()); ++j) {
                const QImage& image = images.at(j);
                if (image.isNull())
                    continue;
                rowHeight = std::max(rowHeight, w * image.height() / image.width());
            }
            room(rowHeight + gap);
            for (qsizetype j = i; j < std::min(i + 2, images.size()); ++j) {
                const QImage& image = images.at(j);
                if (image.isNull())
                    continue;
                const qreal h = w * image.height() / image.width();
                m_painter.drawImage(
                    QRectF(Margin + static_cast<qreal>(j - i) * (w + gap), m_y, w, h), image);
            }
            m_y += rowHeight + gap;
        }
    }

    void table(const ReportTable& t)
    {
        const QFont title = reportFont(12, true);
        const QFont body = reportFont(8.5);
        const QFont head = reportFont(8.5, true);
        const qreal titleHeight = QFontMetricsF(title).height() + 4;
        const QList<qreal> widths = columnWidths(t, body, head);
        // A title never ends a page: it goes with the header and a first row.
        room(titleHeight + 3 * QFontMetricsF(body).height() + 8);
        write(t.title, title, titleHeight);
        for (const QString& note : t.notes)
            write(note, body, QFontMetricsF(body).height() + 2);
        m_y += 2;
        row(t, t.headers, widths, head, true);
        for (const QStringList& cells : t.rows)
            row(t, cells, widths, body, false);
        if (!t.totals.isEmpty())
            row(t, t.totals, widths, head, false, true);
        m_y += 14;
    }

private:
    void startPage()
    {
        m_y = Margin;
        const QFont store = reportFont(10, true);
        m_painter.setFont(store);
        m_painter.setPen(QColor(0x12, 0x35, 0x5b));
        m_painter.drawText(QRectF(Margin, m_y, Width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                           m_page.storeName);
        m_painter.setPen(Qt::black);
        m_y += 20;
        m_painter.drawLine(QPointF(Margin, m_y), QPointF(Margin + Width, m_y));
        m_y += 8;
    }

    void foot()
    {
        m_painter.setFont(reportFont(8));
        m_painter.setPen(Qt::darkGray);
        const QRectF line(Margin, FootTop, Width, 12);
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                           ReportPdfText::printed(m_page.printedAt));
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, ReportPdfText::page(m_pages));
        m_painter.setPen(Qt::black);
    }

    void newPage()
    {
        foot();
        m_writer.newPage();
        ++m_pages;
        startPage();
    }

    void room(qreal height)
    {
        if (m_y + height > BodyBottom)
            newPage();
    }

    void write(const QString& text, const QFont& font, qreal height)
    {
        m_painter.setFont(font);
        const QRectF box(Margin, m_y, Width, 1000);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, text);
        m_painter.drawText(box, Qt::TextWordWrap, text);
        m_y += std::max(height, used.height() + 2);
    }

    // Measured by the painter that draws them, so a cell that fits is never wrapped.
    qreal textWidth(const QString& text, const QFont& font)
    {
        m_painter.setFont(font);
        return m_painter.boundingRect(QRectF(0, 0, 10000, 100), 0, text).width();
    }

    QList<qreal> columnWidths(const ReportTable& t, const QFont& body, const QFont& head)
    {
        const qsizetype n = t.headers.size();
        QList<qreal> widths(n, MinColumn);
        auto widen = [&](const QStringList& cells, const QFont& font) {
            for (qsizetype c = 0; c < std::min(n, cells.size()); ++c)
                widths[c] = std::max(widths[c], textWidth(cells.at(c), font) + 2 * CellPadding + 1);
        };
        widen(t.headers, head);
        for (const QStringList& r : t.rows)
            widen(r, body);
        widen(t.totals, head);
        qreal total = 0;
        for (qreal w : widths)
            total += w;
        if (total <= Width) {
            // Spread what is left over the columns of text.
            qsizetype textColumns = 0;
            for (qsizetype c = 0; c < n; ++c)
                textColumns += t.numericColumns.contains(static_cast<int>(c)) ? 0 : 1;
            for (qsizetype c = 0; c < n && textColumns > 0; ++c) {
                if (!t.numericColumns.contains(static_cast<int>(c)))
                    widths[c] += (Width - total) / static_cast<qreal>(textColumns);
            }
            return widths;
        }
        // Too wide: numbers keep their width, text columns share the rest
        // and wrap.
        qreal numbers = 0;
        qreal text = 0;
        for (qsizetype c = 0; c < n; ++c)
            (t.numericColumns.contains(static_cast<int>(c)) ? numbers : text) += widths[c];
        const qreal left = std::max(Width - numbers, MinColumn);
        for (qsizetype c = 0; c < n; ++c) {
            if (!t.numericColumns.contains(static_cast<int>(c)))
                widths[c] = std::max(MinColumn, widths[c] * left / text);
        }
        return widths;
    }

    void row(const ReportTable& t, const QStringList& cells, const QList<qreal>& widths,
             const QFont& font, bool header, bool totals = false)
    {
        m_painter.setFont(font);
        const int wrap = Qt::TextWrapAnywhere;
        qreal height = QFontMetricsF(font).height() + 2 * CellPadding;
        for (qsizetype c = 0; c < std::min(cells.size(), widths.size()); ++c) {
            const QRectF box(0, 0, widths[c] - 2 * CellPadding, 1000);
            height = std::max(height, m_painter.boundingRect(box, wrap, cells.at(c)).height() +
                                          2 * CellPadding);
        }
        if (m_y + height > BodyBottom) {
            newPage();
            if (!header)
                row(t, t.headers, widths, reportFont(8.5, true), true);
            m_painter.setFont(font);
        }
        if (header || totals)
            m_painter.fillRect(QRectF(Margin, m_y, Width, height), QColor(0xdf, 0xe4, 0xea));
        qreal x = Margin;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = c < cells.size() ? cells.at(c) : QString();
            const bool numeric = t.numericColumns.contains(static_cast<int>(c));
            const QRectF box(x + CellPadding, m_y + CellPadding, widths[c] - 2 * CellPadding,
                             height - 2 * CellPadding);
            m_painter.drawText(
                box, wrap | Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft), cell);
            x += widths[c];
        }
        m_painter.setPen(QColor(0xc4, 0xcc, 0xd4));
        m_painter.drawLine(QPointF(Margin, m_y + height), QPointF(Margin + Width, m_y + height));
        m_painter.setPen(Qt::black);
        m_y += height;
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    const ReportPage& m_page;
    qreal m_y = Margin;
    int m_pages = 1;
};

} // namespace

Status writeReportPdf(const QString& path, const ReportPage& page, const QList<ReportTable>& tables,
                      const QList<QImage>& charts)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("VipTill"));
    writer.setTitle(tables.isEmpty() ? page.storeName : tables.first().title);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error(ErrorCode::FileError, ReportPdfText::cannotWrite(path));
    // Points from here on, whatever the writer's resolution.
    const qreal scale = writer.width() / PageWidth;
    painter.scale(scale, scale);
    ReportPainter report(writer, painter, page);
    report.charts(charts);
    for (const ReportTable& table : tables)
        report.table(table);
    report.finish();
    if (!painter.end())
        return Error(ErrorCode::FileError, ReportPdfText::cannotWrite(path));
    return success();
}

} // namespace viptill
