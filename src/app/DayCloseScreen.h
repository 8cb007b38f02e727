#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/DayCloseService.h"

#include <QScopedPointer>

namespace Ui {
class DayCloseScreen;
}

namespace viptill {

// 日结 (F7): a day's figures and what each tender took, as the close would
// freeze them; F8 closes the day with a manager's PIN. A closed day shows
// what was frozen, when and by whom. F10 saves it as PDF.
class DayCloseScreen : public OfficeScreen
{
    Q_OBJECT
public:
    explicit DayCloseScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~DayCloseScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    void load();
    void closeDay();
    const std::optional<DayClose>& shown() const { return m_shown; }
    bool shownIsClosed() const { return m_closed; }
    QString exportPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    const QScopedPointer<Ui::DayCloseScreen> m_ui;
    ReportTableModel m_table;
    ReportTableModel m_tenders;
    std::optional<DayClose> m_shown;
    bool m_closed = false;
};

} // namespace viptill
