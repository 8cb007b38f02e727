#pragma once

#include "ReportService.h"

#include <QByteArray>

namespace viptill {

// A report as people read it, before any file format: the CSV for the
// spreadsheet and the PDF for the printer show the same tables. Money is
// yuan with two decimals, percentages carry a % sign.
struct ReportTable
{
    QString title;
    QStringList notes; // lines under the title
    QStringList headers;
    QList<QStringList> rows;
    QStringList totals;        // a last row, when the table has one
    QList<int> numericColumns; // right-aligned
};

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    static QList<ReportTable> figures(const Figures& figures);
    // A summary of the month, then one table per counter.
    static QList<ReportTable> settlement(const Settlement& settlement);
    static ReportTable diamondEvent(const DiamondEventList& list);
    // The frozen figures, then what each tender took and paid back.
    static QList<ReportTable> dayClose(const DayClose& close);

    // "2026-11-01 – 2026-11-30", or the one day.
    static QString rangeText(const DayRange& range);
    static QString percentText(const std::optional<QString>& percent);

    // UTF-8 with a byte-order mark (Excel on Chinese Windows reads it as
    // UTF-8), fields quoted as RFC 4180 says, CRLF line ends; tables one
    // after another with an empty line between.
    static QByteArray csv(const QList<ReportTable>& tables);
    static Status writeCsv(const QString& path, const QList<ReportTable>& tables);
};

} // namespace viptill
