#include "DiamondEventScreen.h"

#include "printing/ReportPdf.h"
#include "services/StaffService.h"
#include "ui_diamondeventscreen.h"

#include <QHeaderView>
#include <QShortcut>

namespace viptill {

DiamondEventScreen::DiamondEventScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::DiamondEventScreen)
{
    m_ui->setupUi(this);
    m_ui->invitees->setModel(&m_table);
    m_ui->invitees->setFocusPolicy(Qt::NoFocus);
    m_ui->invitees->verticalHeader()->setVisible(false);
    m_ui->invitees->setAlternatingRowColors(true);
    m_ui->invitees->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->year->setMaxLength(4);
    connect(m_ui->year, &QLineEdit::returnPressed, this, &DiamondEventScreen::load);
    for (const auto& [key, action] : {std::pair{Qt::Key_F9, &DiamondEventScreen::exportCsv},
                                      std::pair{Qt::Key_F10, &DiamondEventScreen::exportPdf}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, action] { (this->*action)(); });
    }
    reset();
}

DiamondEventScreen::~DiamondEventScreen() = default;

QString DiamondEventScreen::title() const
{
    return tr("Diamond thank-you event");
}

QString DiamondEventScreen::keys() const
{
    return tr("Year, Enter: the invitations · F9 Save CSV · F10 Save PDF to print");
}

QList<std::pair<QString, QString>> DiamondEventScreen::keyHelp() const
{
    return {
        {QStringLiteral("Enter"), tr("The diamond members of the year, by their spend")},
        {QStringLiteral("F9"), tr("Save the invitation list as CSV")},
        {QStringLiteral("F10"), tr("Save it as PDF to print")},
    };
}

void DiamondEventScreen::reset()
{
    m_list.reset();
    m_table.setTable({});
    m_ui->summary->clear();
    m_ui->year->setText(QString::number(m_office.till.services.clock.today().year()));
}

void DiamondEventScreen::activate()
{
    load();
    restoreFocus();
}

void DiamondEventScreen::restoreFocus()
{
    m_ui->year->setFocus();
}

void DiamondEventScreen::load()
{
    bool isNumber = false;
    const int year = m_ui->year->text().trimmed().toInt(&isNumber);
    const Result<DiamondEventList> list =
        isNumber ? ReportService(m_office.till.services).diamondEvent(year)
                 : Result<DiamondEventList>(
                       Error(ErrorCode::InvalidDate, tr("Type the year, such as 2026.")));
    if (!list) {
        bad(list.error().message());
        return;
    }
    m_list = list.value();
    const ReportTable table = ReportExport::diamondEvent(*m_list);
    m_table.setTable(table);
    // The address takes what room is left.
    if (m_table.columnCount() > 4)
        m_ui->invitees->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_ui->summary->setText(table.title + u'\n' + table.notes.join(u'\n'));
    info(tr("%1 diamond members to invite.").arg(m_list->invitees.size()));
}

Status DiamondEventScreen::logExport(const QString& path)
{
    // The list carries mobiles and addresses: who took a copy is kept first.
    if (!m_office.manager)
        return success();
    return StaffService(m_office.till.services)
        .record(*m_office.manager, QStringLiteral("export_diamond_list"), path);
}

QString DiamondEventScreen::exportCsv()
{
    if (!m_list)
        return {};
    const QString path =
        exportPath(QStringLiteral("diamond-event-%1").arg(m_list->year), QStringLiteral("csv"));
    if (const Status logged = logExport(path); !logged) {
        bad(logged.error().message());
        return {};
    }
    const Status written = ReportExport::writeCsv(path, {ReportExport::diamondEvent(*m_list)});
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

QString DiamondEventScreen::exportPdf()
{
    if (!m_list)
        return {};
    const QString path =
        exportPath(QStringLiteral("diamond-event-%1").arg(m_list->year), QStringLiteral("pdf"));
    if (const Status logged = logExport(path); !logged) {
        bad(logged.error().message());
        return {};
    }
    const Status written = writeReportPdf(
        path,
        {m_office.till.storeName(),
         m_office.till.services.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        {ReportExport::diamondEvent(*m_list)});
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

void DiamondEventScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_list)
            load();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
