#include "DayCloseScreen.h"

#include "printing/ReportPdf.h"
#include "services/ReportExport.h"
#include "ui_dayclosescreen.h"

#include <QHeaderView>
#include <QShortcut>
#include <QStyle>

namespace viptill {

DayCloseScreen::DayCloseScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::DayCloseScreen)
{
    m_ui->setupUi(this);
    for (const auto& [view, model] : QList<std::pair<QTableView*, ReportTableModel*>>{
             {m_ui->figures, &m_table}, {m_ui->tenders, &m_tenders}}) {
        view->setModel(model);
        view->setFocusPolicy(Qt::NoFocus);
        view->verticalHeader()->setVisible(false);
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_ui->day->setMaxLength(10);
    connect(m_ui->day, &QLineEdit::returnPressed, this, &DayCloseScreen::load);
    auto* close = new QShortcut(QKeySequence(Qt::Key_F8), this);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, &DayCloseScreen::closeDay);
    auto* pdf = new QShortcut(QKeySequence(Qt::Key_F10), this);
    pdf->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pdf, &QShortcut::activated, this, &DayCloseScreen::exportPdf);
    reset();
}

DayCloseScreen::~DayCloseScreen() = default;

QString DayCloseScreen::title() const
{
    return tr("Day close (日结)");
}

QString DayCloseScreen::keys() const
{
    return tr("Day, Enter: its figures and tenders · F8 Close the day (manager PIN) · F10 Save "
              "PDF");
}

QList<std::pair<QString, QString>> DayCloseScreen::keyHelp() const
{
    return {
        {QStringLiteral("Enter"), tr("The day's figures and tenders as the close freezes them")},
        {QStringLiteral("F8"), tr("Close the day: nothing more can be recorded on it")},
        {QStringLiteral("F10"), tr("Save the day's close as PDF")},
    };
}

void DayCloseScreen::reset()
{
    m_shown.reset();
    m_closed = false;
    m_table.setTable({});
    m_tenders.setTable({});
    m_ui->status->clear();
    m_ui->day->setText(formatDate(m_office.till.services.clock.today()));
}

void DayCloseScreen::activate()
{
    load();
    restoreFocus();
}

void DayCloseScreen::restoreFocus()
{
    m_ui->day->setFocus();
}

void DayCloseScreen::load()
{
    const QDate day = parseDate(m_ui->day->text().trimmed());
    if (!day.isValid()) {
        bad(tr("Dates are written YYYY-MM-DD, such as 2026-11-01."));
        return;
    }
    DayCloseService closing(m_office.till.services);
    const Result<std::optional<DayClose>> closed = closing.closeOf(day);
    if (!closed) {
        bad(closed.error().message());
        return;
    }
    m_closed = closed->has_value();
    if (m_closed) {
        m_shown = **closed;
        m_ui->status->setText(
            tr("%1 is closed: closed at %2 by %3. These figures are frozen.")
                .arg(formatDate(day),
                     m_shown->closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     m_shown->closedBy));
        m_ui->status->setProperty("tone", QStringLiteral("good"));
    } else {
        const Result<DayClose> preview = closing.preview(day);
        if (!preview) {
            bad(preview.error().message());
            return;
        }
        m_shown = preview.value();
        m_ui->status->setText(tr("%1 is open. F8 closes it: these figures are frozen and nothing "
                                 "more can be recorded on it.")
                                  .arg(formatDate(day)));
        m_ui->status->setProperty("tone", QStringLiteral("info"));
    }
    m_ui->status->style()->polish(m_ui->status);
    const QList<ReportTable> tables = ReportExport::dayClose(*m_shown);
    m_table.setTable(tables.at(0));
    m_tenders.setTable(tables.at(1));
}

void DayCloseScreen::closeDay()
{
    if (!m_shown || m_closed) {
        load();
        if (m_closed)
            bad(tr("%1 is already closed.").arg(formatDate(m_shown->day)));
        return;
    }
    const QDate day = m_shown->day;
    withApproval(
        QStringLiteral("day_close"), tr("close %1 (日结)").arg(formatDate(day)),
        [this, day](const StaffMember& manager) {
            const Result<DayClose> done =
                DayCloseService(m_office.till.services).close(day, manager);
            if (!done) {
                bad(done.error().message());
                return;
            }
            m_ui->day->setText(formatDate(day));
            load();
            good(tr("%1 is closed by %2: sales ¥%3, %4 tickets.")
                     .arg(formatDate(day), manager.number,
                          (done->totals.ticketsPaid - done->totals.refunded).toYuanString())
                     .arg(done->totals.tickets));
        },
        m_ui->day);
}

QString DayCloseScreen::exportPdf()
{
    if (!m_shown)
        return {};
    const QString path = exportPath(QStringLiteral("day-close-%1").arg(formatDate(m_shown->day)),
                                    QStringLiteral("pdf"));
    const Status written = writeReportPdf(
        path,
        {m_office.till.storeName(),
         m_office.till.services.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        ReportExport::dayClose(*m_shown));
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

void DayCloseScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_shown)
            load();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
