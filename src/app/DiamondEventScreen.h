#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/ReportService.h"

#include <QScopedPointer>

namespace Ui {
class DiamondEventScreen;
}

namespace viptill {

// The diamond thank-you event (F6): the year's diamond members with their
// spend, to invite; F9 saves the CSV and F10 the PDF to print (both logged:
// the list carries members' mobiles and addresses).
class DiamondEventScreen : public OfficeScreen
{
    Q_OBJECT
public:
    explicit DiamondEventScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~DiamondEventScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    void load();
    const std::optional<DiamondEventList>& list() const { return m_list; }
    QString exportCsv();
    QString exportPdf();

protected:
    void changeEvent(QEvent* event) override;

private:
    Status logExport(const QString& path);

    const QScopedPointer<Ui::DiamondEventScreen> m_ui;
    ReportTableModel m_table;
    std::optional<DiamondEventList> m_list;
};

} // namespace viptill
