#include "ReturnDialog.h"

#include "ApprovalDialog.h"
#include "ReceiptOutput.h"
#include "Tone.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace viptill {

ReturnDialog::ReturnDialog(TillContext& till, StaffMember cashier, QWidget* parent)
    : QDialog(parent)
    , m_till(till)
    , m_cashier(std::move(cashier))
    , m_receiptNo(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Return (退货)"));
    resize(900, 520);
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("Scan the barcode on the receipt:"), this);
    layout->addWidget(prompt);
    layout->addWidget(m_receiptNo);
    layout->addWidget(m_table);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* keys = new QLabel(tr("↑↓ choose · Space: this line · +/−: quantity · A: everything · "
                               "Enter: return (manager PIN) · Esc: cancel"),
                            this);
    keys->setProperty("role", QStringLiteral("keys"));
    keys->setWordWrap(true);
    layout->addWidget(keys);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Bought"), tr("Return"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->installEventFilter(this);
    connect(m_receiptNo, &QLineEdit::returnPressed, this, &ReturnDialog::loadReceipt);
    m_receiptNo->setFocus();
}

QString ReturnDialog::messageText() const
{
    return m_message->text();
}

void ReturnDialog::showMessage(const QString& text, const QString& tone)
{
    showToned(m_message, text, tone);
}

void ReturnDialog::loadReceipt()
{
    ReturnService returns(m_till.services);
    Result<Sale> sale = returns.receipt(m_receiptNo->text().trimmed());
    if (!sale) {
        showMessage(sale.error().message(), QStringLiteral("error"));
        m_receiptNo->selectAll();
        return;
    }
    m_sale = sale.value();
    m_chosen = QList<std::int64_t>(m_sale->lines.size(), 0);
    showSale();
    showMessage(
        tr("Receipt %1 of %2. Choose what comes back.")
            .arg(m_sale->receiptNo, m_sale->at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        QStringLiteral("info"));
    m_table->setFocus();
    m_table->selectRow(0);
}

void ReturnDialog::showSale()
{
    m_table->setRowCount(static_cast<int>(m_sale->lines.size()));
    for (int row = 0; row < m_sale->lines.size(); ++row) {
        const SaleLine& line = m_sale->lines.at(row);
        const std::int64_t left = line.price.quantity - line.returnedQuantity;
        m_table->setItem(row, 0, new QTableWidgetItem(line.name));
        m_table->setItem(
            row, 1,
            new QTableWidgetItem(
                line.returnedQuantity > 0
                    ? tr("%1 (%2 returned)").arg(line.price.quantity).arg(line.returnedQuantity)
                    : QString::number(line.price.quantity)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(left > 0 ? QString::number(m_chosen.at(row)) : tr("—")));
        m_table->setItem(row, 3, new QTableWidgetItem(line.price.amount.toYuanString()));
    }
}

void ReturnDialog::adjust(int row, std::int64_t delta)
{
    if (!m_sale || row < 0 || row >= m_chosen.size())
        return;
    const SaleLine& line = m_sale->lines.at(row);
    const std::int64_t left = line.price.quantity - line.returnedQuantity;
    m_chosen[row] = std::clamp<std::int64_t>(m_chosen.at(row) + delta, 0, left);
    showSale();
    m_table->selectRow(row);
}

QList<ItemRequest> ReturnDialog::chosenItems() const
{
    QList<ItemRequest> items;
    for (int row = 0; row < m_chosen.size(); ++row) {
        if (m_chosen.at(row) > 0)
            items << ItemRequest{m_sale->lines.at(row).barcode, m_chosen.at(row)};
    }
    return items;
}

void ReturnDialog::confirm()
{
    const QList<ItemRequest> items = chosenItems();
    if (!m_sale || items.isEmpty()) {
        showMessage(tr("Choose at least one item to return (Space or A)."),
                    QStringLiteral("error"));
        return;
    }
    auto* approval = new ApprovalDialog(m_till.services, m_cashier, QStringLiteral("return"),
                                        tr("return from receipt %1").arg(m_sale->receiptNo), this);
    approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(approval, &ApprovalDialog::approved, this, [this, items](const StaffMember& manager) {
        ReturnService returns(m_till.services);
        const Result<ReturnService::Outcome> done =
            returns.returnItems(m_sale->receiptNo, items, m_cashier.id, manager.id);
        if (!done) {
            showMessage(done.error().message(), QStringLiteral("error"));
            return;
        }
        const Status printed = m_till.receipts.printReturn(*m_sale, done.value(), m_cashier);
        QString summary = tr("Returned: refund ¥%1").arg(done->record.refundTotal().toYuanString());
        for (const Tender& t : done->record.refunds)
            summary += u' ' + tenderKindName(t.kind) + u' ' + t.amount.toYuanString();
        if (done->member)
            summary += tr(" · points −%1, balance %2")
                           .arg(done->record.pointsReversed)
                           .arg(done->member->balance);
        // What the return made of the membership, so the cashier can tell
        // the customer at once.
        if (done->membershipCancelled)
            summary += tr(" · membership cancelled: the joining receipts no longer stand, the "
                          "card no longer works");
        else if (done->tierChangedTo)
            summary += tr(" · card now %1").arg(tierName(*done->tierChangedTo));
        if (!printed)
            summary += u'\n' + printed.error().message();
        emit returned(summary);
        accept();
    });
    approval->open();
}

bool ReturnDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int row = m_table->currentRow();
    switch (key->key()) {
    case Qt::Key_Space: {
        if (!m_sale || row < 0)
            return true;
        const SaleLine& line = m_sale->lines.at(row);
        adjust(row, m_chosen.at(row) > 0 ? -m_chosen.at(row) : line.price.quantity);
        return true;
    }
    case Qt::Key_Plus:
        adjust(row, 1);
        return true;
    case Qt::Key_Minus:
        adjust(row, -1);
        return true;
    case Qt::Key_A:
        for (int r = 0; r < m_chosen.size(); ++r)
            adjust(r, m_sale->lines.at(r).price.quantity);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        confirm();
        return true;
    default:
        return false;
    }
}

} // namespace viptill
