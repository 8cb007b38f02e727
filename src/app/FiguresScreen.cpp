#include "FiguresScreen.h"

#include "FiguresCharts.h"
#include "printing/ReportPdf.h"
#include "services/ReportExport.h"
#include "ui_figuresscreen.h"

#include <QApplication>
#include <QDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace viptill {

FiguresScreen::FiguresScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::FiguresScreen)
    , m_charts(new FiguresCharts(this))
{
    m_ui->setupUi(this);
    m_ui->period->setProperty("role", QStringLiteral("heading"));
    m_ui->chartsLayout->addWidget(m_charts);
    for (QLabel* tile : {m_ui->tileSales, m_ui->tileTickets, m_ui->tileVipShare, m_ui->tileAverage,
                         m_ui->tileItems, m_ui->tileMembers, m_ui->tilePoints}) {
        tile->setProperty("role", QStringLiteral("tile"));
        tile->setAlignment(Qt::AlignCenter);
    }
    const QList<std::pair<QTableView*, ReportTableModel*>> tables{{m_ui->counterTable, &m_counters},
                                                                  {m_ui->memberTable, &m_members},
                                                                  {m_ui->hourTable, &m_hours},
                                                                  {m_ui->summaryTable, &m_summary}};
    for (const auto& [view, model] : tables) {
        view->setModel(model);
        view->setFocusPolicy(Qt::NoFocus);
        view->verticalHeader()->setVisible(false);
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_range = DayRange::day(office.till.services.clock.today());
}

FiguresScreen::~FiguresScreen() = default;

QString FiguresScreen::title() const
{
    return tr("Figures");
}

QString FiguresScreen::keys() const
{
    return tr("1 Day · 2 Week · 3 Month · 4 Any range · ← → Before/after · PgUp/PgDn Tabs · "
              "F9 Save CSV · F10 Save PDF");
}

QList<std::pair<QString, QString>> FiguresScreen::keyHelp() const
{
    return {
        {QStringLiteral("1 2 3"), tr("The day, the week (Monday to Sunday), the month")},
        {QStringLiteral("4"), tr("Any range: type the first and the last day")},
        {QStringLiteral("← →"), tr("The period before or after")},
        {QStringLiteral("PgUp PgDn"), tr("Charts, counters, top members, hours, all figures")},
        {QStringLiteral("F9"), tr("Save the figures as CSV (for Excel)")},
        {QStringLiteral("F10"), tr("Save the figures and charts as PDF")},
    };
}

void FiguresScreen::reset()
{
    m_period = Period::Day;
    m_range = DayRange::day(m_office.till.services.clock.today());
    m_figures.reset();
}

void FiguresScreen::activate()
{
    load();
    setFocus();
}

void FiguresScreen::showPeriod(Period period, QDate anchor)
{
    m_period = period;
    switch (period) {
    case Period::Day:
        m_range = DayRange::day(anchor);
        break;
    case Period::Week:
        m_range = DayRange::weekOf(anchor);
        break;
    case Period::Month:
        m_range = DayRange::monthOf(anchor);
        break;
    case Period::Range:
        break;
    }
    load();
}

void FiguresScreen::showRange(const DayRange& range)
{
    m_period = Period::Range;
    m_range = range;
    load();
}

void FiguresScreen::step(int direction)
{
    switch (m_period) {
    case Period::Day:
        showPeriod(Period::Day, m_range.from.addDays(direction));
        break;
    case Period::Week:
        showPeriod(Period::Week, m_range.from.addDays(7 * direction));
        break;
    case Period::Month:
        showPeriod(Period::Month, m_range.from.addMonths(direction));
        break;
    case Period::Range: {
        const std::int64_t days = m_range.days();
        showRange({m_range.from.addDays(days * direction), m_range.to.addDays(days * direction)});
        break;
    }
    }
}

void FiguresScreen::load()
{
    // A month of a busy store takes a moment; say so rather than look frozen.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Figures> f = ReportService(m_office.till.services).figures(m_range);
    QApplication::restoreOverrideCursor();
    if (!f) {
        bad(f.error().message());
        return;
    }
    m_figures = f.value();
    showFigures();
}

void FiguresScreen::showFigures()
{
    if (!m_figures)
        return;
    const Figures& f = *m_figures;
    QString kind;
    switch (m_period) {
    case Period::Day:
        kind = tr("Day");
        break;
    case Period::Week:
        kind = tr("Week");
        break;
    case Period::Month:
        kind = tr("Month");
        break;
    case Period::Range:
        kind = tr("Range");
        break;
    }
    m_ui->period->setText(tr("%1 · %2").arg(kind, ReportExport::rangeText(f.range)));
    auto tile = [](QLabel* label, const QString& name, const QString& value) {
        label->setText(QStringLiteral("%1\n%2").arg(name, value));
    };
    tile(m_ui->tileSales, tr("Sales"), tr("¥%1").arg(f.sales.toYuanString()));
    tile(m_ui->tileTickets, tr("Tickets"), QString::number(f.totals.tickets));
    tile(m_ui->tileVipShare, tr("VIP share"), ReportExport::percentText(f.vipShare));
    tile(m_ui->tileAverage, tr("Average ticket (客单价)"),
         tr("¥%1").arg(f.averageTicket.toYuanString()));
    tile(m_ui->tileItems, tr("Items per ticket (连带率)"), f.itemsPerTicket);
    tile(m_ui->tileMembers, tr("New members"), QString::number(f.totals.newMembers));
    tile(m_ui->tilePoints, tr("Points outstanding"), QString::number(f.pointsOutstanding));
    const QList<ReportTable> tables = ReportExport::figures(f);
    m_summary.setTable(tables.at(0));
    m_counters.setTable(tables.at(1));
    m_hours.setTable(tables.at(2));
    m_members.setTable(tables.at(3));
    m_charts->setFigures(f);
}

QString FiguresScreen::exportCsv()
{
    if (!m_figures)
        return {};
    const QString path =
        exportPath(QStringLiteral("figures-%1_%2")
                       .arg(formatDate(m_figures->range.from), formatDate(m_figures->range.to)),
                   QStringLiteral("csv"));
    const Status written = ReportExport::writeCsv(path, ReportExport::figures(*m_figures));
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

QString FiguresScreen::exportPdf()
{
    if (!m_figures)
        return {};
    const QString path =
        exportPath(QStringLiteral("figures-%1_%2")
                       .arg(formatDate(m_figures->range.from), formatDate(m_figures->range.to)),
                   QStringLiteral("pdf"));
    const ReportPage page{m_office.till.storeName(), m_office.till.services.clock.now().toString(
                                                         QStringLiteral("yyyy-MM-dd HH:mm"))};
    const Status written = writeReportPdf(path, page, ReportExport::figures(*m_figures),
                                          m_charts->images(QSize(800, 520)));
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

void FiguresScreen::askRange()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Figures of any range"));
    auto* form = new QFormLayout;
    auto* from = new QLineEdit(formatDate(m_range.from), dialog);
    auto* to = new QLineEdit(formatDate(m_range.to), dialog);
    from->setObjectName(QStringLiteral("from"));
    to->setObjectName(QStringLiteral("to"));
    form->addRow(tr("First day (YYYY-MM-DD)"), from);
    form->addRow(tr("Last day"), to);
    auto* message = new QLabel(tr("Enter: show · Esc: cancel"), dialog);
    message->setWordWrap(true);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    connect(from, &QLineEdit::returnPressed, to, [to] {
        to->setFocus();
        to->selectAll();
    });
    connect(to, &QLineEdit::returnPressed, dialog, [this, dialog, from, to, message] {
        const DayRange range{parseDate(from->text().trimmed()), parseDate(to->text().trimmed())};
        if (!range.from.isValid() || !range.to.isValid()) {
            message->setText(tr("Dates are written YYYY-MM-DD, such as 2026-11-01."));
            message->setProperty("tone", QStringLiteral("error"));
            return;
        }
        dialog->accept();
        showRange(range);
    });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(); });
    dialog->open();
    from->setFocus();
    from->selectAll();
}

void FiguresScreen::keyPressEvent(QKeyEvent* event)
{
    const QDate anchor = m_range.to;
    switch (event->key()) {
    case Qt::Key_1:
        showPeriod(Period::Day, anchor);
        break;
    case Qt::Key_2:
        showPeriod(Period::Week, anchor);
        break;
    case Qt::Key_3:
        showPeriod(Period::Month, anchor);
        break;
    case Qt::Key_4:
        askRange();
        break;
    case Qt::Key_Left:
        step(-1);
        break;
    case Qt::Key_Right:
        step(1);
        break;
    case Qt::Key_PageUp:
        m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + m_ui->tabs->count() - 1) %
                                    m_ui->tabs->count());
        break;
    case Qt::Key_PageDown:
        m_ui->tabs->setCurrentIndex((m_ui->tabs->currentIndex() + 1) % m_ui->tabs->count());
        break;
    case Qt::Key_F9:
        exportCsv();
        break;
    case Qt::Key_F10:
        exportPdf();
        break;
    default:
        OfficeScreen::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FiguresScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showFigures();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
