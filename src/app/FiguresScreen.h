#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/ReportService.h"

#include <QScopedPointer>

namespace Ui {
class FiguresScreen;
}

namespace viptill {

class FiguresCharts;

// The figures (F3) of a day (1), a week (2), a month (3) or any range (4),
// ← → to the period before or after; the key figures large, then charts,
// counters, top members, hours and every figure on tabs (PgUp/PgDn). F9
// saves the CSV, F10 the PDF with the charts.
class FiguresScreen : public OfficeScreen
{
    Q_OBJECT
public:
    enum class Period
    {
        Day,
        Week,
        Month,
        Range
    };

    explicit FiguresScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~FiguresScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void reset() override;

    void showPeriod(Period period, QDate anchor);
    void showRange(const DayRange& range);
    void step(int direction);
    const std::optional<Figures>& figures() const { return m_figures; }
    FiguresCharts* charts() const { return m_charts; }
    QString exportCsv();
    QString exportPdf();
    void askRange();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void load();
    void showFigures();

    const QScopedPointer<Ui::FiguresScreen> m_ui;
    FiguresCharts* m_charts;
    ReportTableModel m_counters;
    ReportTableModel m_members;
    ReportTableModel m_hours;
    ReportTableModel m_summary;
    Period m_period = Period::Day;
    DayRange m_range;
    std::optional<Figures> m_figures;
};

} // namespace viptill
