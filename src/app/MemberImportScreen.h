#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/MemberImportService.h"

#include <QScopedPointer>

namespace Ui {
class MemberImportScreen;
}

namespace viptill {

// 导入会员 (Shift+F4): the members of the store's old system, once, when it
// goes live. The file's name, Enter: a dry run lists every fault by its line
// and changes nothing; F9 imports the file the dry run passed (a manager's
// PIN), all of it or, with any fault, none.
class MemberImportScreen : public OfficeScreen
{
    Q_OBJECT
public:
    explicit MemberImportScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~MemberImportScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    // The last dry run's report, while it stands for the file named.
    const std::optional<MemberImportReport>& report() const { return m_report; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void dryRun();
    void importFile();
    void showFaults(const QList<LineFault>& faults);
    void retranslate();

    const QScopedPointer<Ui::MemberImportScreen> m_ui;
    ReportTableModel m_faults;
    std::optional<MemberImportReport> m_report;
    QString m_checkedPath;
};

} // namespace viptill
