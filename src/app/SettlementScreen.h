#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/ReportService.h"

#include <QScopedPointer>

namespace Ui {
class SettlementScreen;
}

namespace viptill {

// Counter settlement (F5): the gifts the mall paid for in a month, by
// counter, at list price. Month and counter, Enter; ↑↓ picks a counter to
// see its gifts; F9 saves the CSV and F10 the PDF to send the counter.
class SettlementScreen : public OfficeScreen
{
    Q_OBJECT
public:
    explicit SettlementScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~SettlementScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    void load();
    const std::optional<Settlement>& settlement() const { return m_settlement; }
    QString exportCsv();
    QString exportPdf();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showCounter(int row);
    QList<ReportTable> tablesToSend() const;
    QString fileName() const;

    const QScopedPointer<Ui::SettlementScreen> m_ui;
    ReportTableModel m_summary;
    ReportTableModel m_detail;
    std::optional<Settlement> m_settlement;
    QString m_counter; // the counter the settlement was made for; empty: all
};

} // namespace viptill
