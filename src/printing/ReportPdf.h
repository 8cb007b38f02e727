#pragma once

#include "core/Error.h"
#include "services/ReportExport.h"

#include <QImage>
#include <QList>
#include <QString>

// The manager's reports on A4 paper: the figures, a counter's settlement,
// the diamond event's invitations, a day close. The same tables as the CSV,
// painted with the store's Chinese font, each table's header repeated on a
// new page, page numbers at the foot.
namespace viptill {

struct ReportPage
{
    QString storeName;
    QString printedAt; // "2026-11-30 18:05", in the foot of every page
};

// Charts (already drawn, e.g. by the screen) go first, two to a row.
Status writeReportPdf(const QString& path, const ReportPage& page, const QList<ReportTable>& tables,
                      const QList<QImage>& charts = {});

} // namespace viptill
