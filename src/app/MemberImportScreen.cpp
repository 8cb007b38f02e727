#include "MemberImportScreen.h"

#include "ui_memberimportscreen.h"

#include <QHeaderView>
#include <QShortcut>

namespace viptill {

MemberImportScreen::MemberImportScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::MemberImportScreen)
{
    m_ui->setupUi(this);
    m_ui->faults->setModel(&m_faults);
    m_ui->faults->setFocusPolicy(Qt::NoFocus);
    m_ui->faults->verticalHeader()->setVisible(false);
    m_ui->faults->setAlternatingRowColors(true);
    m_ui->faults->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->path, &QLineEdit::returnPressed, this, &MemberImportScreen::dryRun);
    // Another file name is another file: its dry run is still to come.
    connect(m_ui->path, &QLineEdit::textEdited, this, [this] { m_report.reset(); });
    auto* import = new QShortcut(QKeySequence(Qt::Key_F9), this);
    import->setContext(Qt::WidgetWithChildrenShortcut);
    connect(import, &QShortcut::activated, this, &MemberImportScreen::importFile);
    retranslate();
}

MemberImportScreen::~MemberImportScreen() = default;

QString MemberImportScreen::title() const
{
    return tr("Members from the old system (导入会员)");
}

QString MemberImportScreen::keys() const
{
    return tr("File, Enter: dry run, every fault by line (nothing is changed) · F9 Import it "
              "(manager PIN)");
}

QList<std::pair<QString, QString>> MemberImportScreen::keyHelp() const
{
    return {{tr("Enter"), tr("Check the file: every fault with its line; nothing is changed")},
            {QStringLiteral("F9"), tr("Import the file checked: every member or, with any "
                                      "fault, none")}};
}

void MemberImportScreen::activate()
{
    restoreFocus();
}

void MemberImportScreen::restoreFocus()
{
    m_ui->path->setFocus();
}

void MemberImportScreen::reset()
{
    m_ui->path->clear();
    m_report.reset();
    m_checkedPath.clear();
    m_faults.setTable({});
    m_ui->summary->clear();
}

void MemberImportScreen::showFaults(const QList<LineFault>& faults)
{
    ReportTable table;
    table.headers = {tr("Line"), tr("Fault"), tr("What is wrong")};
    table.numericColumns = {0};
    for (const LineFault& f : faults)
        table.rows << QStringList{QString::number(f.line), f.codeName(), f.message};
    m_faults.setTable(table);
    m_ui->faults->resizeColumnsToContents();
}

void MemberImportScreen::dryRun()
{
    const QString path = m_ui->path->text().trimmed();
    m_report.reset();
    m_checkedPath.clear();
    const Result<MemberImportReport> report =
        MemberImportService(m_office.till.services).dryRun(path);
    if (!report) {
        showFaults({});
        m_ui->summary->clear();
        bad(report.error().message());
        return;
    }
    showFaults(report->faults);
    if (!report->faults.isEmpty()) {
        m_ui->summary->setText(tr("%1 members in the file, %2 faults: nothing imported.")
                                   .arg(report->members)
                                   .arg(report->faults.size()));
        bad(tr("Put each fault right in the old system, export the file again and check it "
               "again. A file with faults cannot be imported."));
        return;
    }
    m_report = report.value();
    m_checkedPath = path;
    m_ui->summary->setText(tr("%1 members in the file, no fault.").arg(report->members));
    info(tr("Dry run, nothing changed: %1 members, no fault. F9 imports them.")
             .arg(report->members));
}

void MemberImportScreen::importFile()
{
    if (!m_report || m_checkedPath != m_ui->path->text().trimmed()) {
        bad(tr("Check the file first: type its name and press Enter."));
        return;
    }
    const QString path = m_checkedPath;
    withApproval(
        QStringLiteral("approve_member_import"),
        tr("import %1 members from %2").arg(m_report->members).arg(path),
        [this, path](const StaffMember& manager) {
            const Result<MemberImportReport> done =
                MemberImportService(m_office.till.services).importFile(path, manager);
            m_report.reset();
            m_checkedPath.clear();
            if (!done) {
                // The file changed since its dry run: its faults, nothing imported.
                showFaults(done.error().faults());
                m_ui->summary->setText(done.error().message());
                bad(done.error().message());
                return;
            }
            showFaults({});
            m_ui->summary->setText(tr("Imported %1 members from %2, with their cards and points. "
                                      "Their cards work at every till now.")
                                       .arg(done->imported)
                                       .arg(path));
            good(m_ui->summary->text());
        },
        m_ui->path);
}

void MemberImportScreen::retranslate()
{
    m_ui->explanation->setText(
        tr("Once, when the store goes live: the old system's members with their cards and "
           "points. The columns: card_number, name, gender, birthday, id_number, mobile, "
           "address, tier, points_balance, points_lifetime, joined_on; UTF-8 or GB18030."));
}

void MemberImportScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
