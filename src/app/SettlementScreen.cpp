#include "SettlementScreen.h"

#include "printing/ReportPdf.h"
#include "ui_settlementscreen.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace viptill {

SettlementScreen::SettlementScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::SettlementScreen)
{
    m_ui->setupUi(this);
    for (const auto& [view, model] : QList<std::pair<QTableView*, ReportTableModel*>>{
             {m_ui->summary, &m_summary}, {m_ui->detail, &m_detail}}) {
        view->setModel(model);
        view->setFocusPolicy(Qt::NoFocus);
        view->verticalHeader()->setVisible(false);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_ui->summaryTitle->setProperty("role", QStringLiteral("heading"));
    m_ui->detailTitle->setProperty("role", QStringLiteral("heading"));
    connect(m_ui->month, &QLineEdit::returnPressed, m_ui->counter, qOverload<>(&QWidget::setFocus));
    connect(m_ui->counter, &QLineEdit::returnPressed, this, &SettlementScreen::load);
    m_ui->counter->installEventFilter(this);
    for (const auto& [key, action] : {std::pair{Qt::Key_F9, &SettlementScreen::exportCsv},
                                      std::pair{Qt::Key_F10, &SettlementScreen::exportPdf}}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, action] { (this->*action)(); });
    }
    reset();
}

SettlementScreen::~SettlementScreen() = default;

QString SettlementScreen::title() const
{
    return tr("Counter settlement");
}

QString SettlementScreen::keys() const
{
    return tr("Month, Enter · counter (empty: all), Enter · ↑↓ a counter's gifts · F9 Save CSV · "
              "F10 Save PDF");
}

QList<std::pair<QString, QString>> SettlementScreen::keyHelp() const
{
    return {
        {QStringLiteral("Enter"), tr("The month's settlement, for one counter or all")},
        {QStringLiteral("↑ ↓"), tr("The gifts of the counter chosen")},
        {QStringLiteral("F9"), tr("Save it as CSV")},
        {QStringLiteral("F10"), tr("Save it as PDF to print or send to the counter")},
    };
}

void SettlementScreen::reset()
{
    m_settlement.reset();
    m_counter.clear();
    m_ui->month->setText(m_office.till.services.clock.today().toString(QStringLiteral("yyyy-MM")));
    m_ui->counter->clear();
    m_summary.setTable({});
    m_detail.setTable({});
    m_ui->summaryTitle->clear();
    m_ui->detailTitle->clear();
}

void SettlementScreen::activate()
{
    load();
    restoreFocus();
}

void SettlementScreen::restoreFocus()
{
    m_ui->counter->setFocus();
}

void SettlementScreen::load()
{
    const Result<Settlement> s = ReportService(m_office.till.services)
                                     .settlement(m_ui->month->text(), m_ui->counter->text());
    if (!s) {
        bad(s.error().message());
        return;
    }
    m_settlement = s.value();
    m_counter = m_ui->counter->text().trimmed();
    const QList<ReportTable> tables = ReportExport::settlement(*m_settlement);
    m_ui->summaryTitle->setText(tables.first().title);
    m_summary.setTable(tables.first());
    showCounter(0);
    info(m_settlement->counters.isEmpty()
             ? tr("No gifts were handed over for points in %1.")
                   .arg(m_settlement->month.from.toString(QStringLiteral("yyyy-MM")))
             : tr("%1 counters, ¥%2 in all. F9 or F10 saves it to send.")
                   .arg(m_settlement->counters.size())
                   .arg(m_settlement->total.toYuanString()));
}

void SettlementScreen::showCounter(int row)
{
    if (!m_settlement || row < 0 || row >= m_settlement->counters.size()) {
        m_detail.setTable({});
        m_ui->detailTitle->clear();
        return;
    }
    m_ui->summary->selectRow(row);
    const ReportTable table = ReportExport::settlement(*m_settlement).at(row + 1);
    m_ui->detailTitle->setText(table.title);
    m_detail.setTable(table);
}

QList<ReportTable> SettlementScreen::tablesToSend() const
{
    return m_settlement ? ReportExport::settlement(*m_settlement) : QList<ReportTable>{};
}

QString SettlementScreen::fileName() const
{
    const QString month = m_settlement->month.from.toString(QStringLiteral("yyyy-MM"));
    return m_counter.isEmpty() ? QStringLiteral("settlement-%1").arg(month)
                               : QStringLiteral("settlement-%1-%2").arg(month, m_counter);
}

QString SettlementScreen::exportCsv()
{
    if (!m_settlement)
        return {};
    const QString path = exportPath(fileName(), QStringLiteral("csv"));
    const Status written = ReportExport::writeCsv(path, tablesToSend());
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

QString SettlementScreen::exportPdf()
{
    if (!m_settlement)
        return {};
    const QString path = exportPath(fileName(), QStringLiteral("pdf"));
    const Status written = writeReportPdf(
        path,
        {m_office.till.storeName(),
         m_office.till.services.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        tablesToSend());
    if (!written) {
        bad(written.error().message());
        return {};
    }
    good(tr("Saved %1").arg(path));
    return path;
}

bool SettlementScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->counter && event->type() == QEvent::KeyPress && m_settlement) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QModelIndexList rows = m_ui->summary->selectionModel()->selectedRows();
        const int row = rows.isEmpty() ? 0 : rows.first().row();
        if (key == Qt::Key_Up) {
            showCounter(std::max(0, row - 1));
            return true;
        }
        if (key == Qt::Key_Down) {
            showCounter(std::min(static_cast<int>(m_settlement->counters.size()) - 1, row + 1));
            return true;
        }
    }
    return OfficeScreen::eventFilter(watched, event);
}

void SettlementScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_settlement)
            load();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
