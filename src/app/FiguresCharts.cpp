#include "FiguresCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace viptill {

namespace {

// Round steps on the axis. A flat series (a new store's first day: nothing
// outstanding yet) has no range to round and would leave the axis undrawn.
void niceRange(QValueAxis* axis)
{
    if (axis->max() <= axis->min())
        axis->setRange(axis->min(), axis->min() + 10);
    axis->applyNiceNumbers();
}

// The chart boundary: the only place money becomes a double.
double yuan(Money money)
{
    return static_cast<double>(money.fen()) / 100.0;
}

QChart* freshChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setPixelSize(18);
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

void pie(QChart* chart, const QList<std::pair<QString, Money>>& parts, const QList<QColor>& colours)
{
    auto* series = new QPieSeries(chart);
    std::int64_t whole = 0;
    for (const auto& [label, amount] : parts)
        whole += std::max<std::int64_t>(amount.fen(), 0);
    qsizetype i = 0;
    for (const auto& [label, amount] : parts) {
        const Money shown = amount.isNegative() ? Money() : amount;
        const std::optional<QString> percent = percentage(shown.fen(), whole);
        QPieSlice* slice = series->append(
            QStringLiteral("%1 ¥%2 (%3%)")
                .arg(label, shown.toYuanString(), percent.value_or(QStringLiteral("0.0"))),
            yuan(shown));
        slice->setColor(colours.value(i++));
        slice->setLabelVisible(shown.fen() > 0);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(false);
}

} // namespace

FiguresCharts::FiguresCharts(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto* view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 150);
        view->setFocusPolicy(Qt::NoFocus);
        grid->addWidget(view, i / 2, i % 2);
        m_views << view;
    }
    m_views.at(0)->setObjectName(QStringLiteral("salesByHour"));
    m_views.at(1)->setObjectName(QStringLiteral("vipShare"));
    m_views.at(2)->setObjectName(QStringLiteral("tierMix"));
    m_views.at(3)->setObjectName(QStringLiteral("pointsOutstanding"));
}

QChart* FiguresCharts::salesByHour() const
{
    return m_views.at(0)->chart();
}

QChart* FiguresCharts::vipShare() const
{
    return m_views.at(1)->chart();
}

QChart* FiguresCharts::tierMix() const
{
    return m_views.at(2)->chart();
}

QChart* FiguresCharts::pointsOutstanding() const
{
    return m_views.at(3)->chart();
}

void FiguresCharts::setFigures(const Figures& f)
{
    // Sales by hour: the trading day, and any hour outside it that had a ticket.
    QChart* hours = freshChart(m_views.at(0), tr("Sales by hour (yuan)"));
    int first = 10;
    int last = 21;
    for (const HourTotals& h : f.hours) {
        if (h.tickets != 0) {
            first = std::min(first, h.hour);
            last = std::max(last, h.hour);
        }
    }
    auto* paid = new QBarSet(tr("Paid"));
    paid->setColor(QColor(0x1f, 0x6f, 0xeb));
    QStringList categories;
    for (int hour = first; hour <= last; ++hour) {
        *paid << yuan(f.hours.value(hour).paid);
        categories << QString::number(hour);
    }
    auto* bars = new QBarSeries(hours);
    bars->append(paid);
    hours->addSeries(bars);
    auto* hourAxis = new QBarCategoryAxis(hours);
    hourAxis->append(categories);
    hours->addAxis(hourAxis, Qt::AlignBottom);
    bars->attachAxis(hourAxis);
    auto* amountAxis = new QValueAxis(hours);
    amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    hours->addAxis(amountAxis, Qt::AlignLeft);
    bars->attachAxis(amountAxis);
    niceRange(amountAxis);
    hours->legend()->setVisible(false);

    pie(freshChart(m_views.at(1), tr("VIP and other customers")),
        {{tr("VIP"), f.vipSales}, {tr("Others"), f.sales - f.vipSales}},
        {QColor(0xc9, 0x8b, 0x0b), QColor(0x8a, 0x96, 0xa3)});
    pie(freshChart(m_views.at(2), tr("Member spend by tier")),
        {{tierName(Tier::Gold), f.tiers.gold}, {tierName(Tier::Diamond), f.tiers.diamond}},
        {QColor(0xd4, 0xa0, 0x17), QColor(0x3b, 0x6e, 0xa8)});

    QChart* points = freshChart(m_views.at(3), tr("Points outstanding"));
    auto* line = new QLineSeries(points);
    line->setName(tr("Points"));
    line->setPen(QPen(QColor(0x1e, 0x6b, 0x34), 3));
    for (const auto& [day, outstanding] : f.outstandingByDay)
        line->append(static_cast<double>(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch()),
                     static_cast<double>(outstanding));
    points->addSeries(line);
    auto* dayAxis = new QDateTimeAxis(points);
    dayAxis->setFormat(QStringLiteral("MM-dd"));
    dayAxis->setTickCount(6);
    points->addAxis(dayAxis, Qt::AlignBottom);
    line->attachAxis(dayAxis);
    auto* pointsAxis = new QValueAxis(points);
    pointsAxis->setLabelFormat(QStringLiteral("%.0f"));
    points->addAxis(pointsAxis, Qt::AlignLeft);
    line->attachAxis(pointsAxis);
    niceRange(pointsAxis);
    points->legend()->setVisible(false);
}

QList<QImage> FiguresCharts::images(QSize size) const
{
    QList<QImage> pictures;
    for (QChartView* view : m_views) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        // Drawn from the chart itself at the size asked, whatever the view's.
        QChart* chart = view->chart();
        const QSizeF before = chart->size();
        chart->resize(size);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        painter.end();
        chart->resize(before);
        pictures << image;
    }
    return pictures;
}

} // namespace viptill
