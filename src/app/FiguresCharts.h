#pragma once

#include "services/ReportService.h"

#include <QImage>
#include <QWidget>

class QChart;
class QChartView;

namespace viptill {

// The figures drawn: sales by hour, VIP against other customers, the tier
// mix of member spend, and points outstanding over time. The numbers come
// from ReportService as money in fen; they become yuan as doubles here, at
// the chart, for plotting only.
class FiguresCharts : public QWidget
{
    Q_OBJECT
public:
    explicit FiguresCharts(QWidget* parent = nullptr);

    void setFigures(const Figures& figures);

    QChart* salesByHour() const;
    QChart* vipShare() const;
    QChart* tierMix() const;
    QChart* pointsOutstanding() const;
    // Each chart as a picture `size` large (for the PDF).
    QList<QImage> images(QSize size) const;

private:
    QList<QChartView*> m_views;
};

} // namespace viptill
