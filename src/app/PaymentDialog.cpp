#include "PaymentDialog.h"

#include "Tone.h"
#include "ui_paymentdialog.h"

#include <QKeyEvent>

namespace viptill {

namespace {

// What a field holds, in fen; none if it is not an amount.
std::optional<Money> amountIn(const QLineEdit* field)
{
    if (field->text().trimmed().isEmpty())
        return Money();
    return Money::parseYuan(field->text());
}

} // namespace

PaymentDialog::PaymentDialog(Money total, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PaymentDialog)
    , m_total(total)
{
    m_ui->setupUi(this);
    setMinimumWidth(600);
    m_ui->total->setProperty("role", QStringLiteral("total"));
    m_ui->total->setText(tr("Total to pay: ¥%1").arg(total.toYuanString()));
    m_ui->cash->setText(total.toYuanString());
    for (QLineEdit* field : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
        connect(field, &QLineEdit::textChanged, this, &PaymentDialog::refresh);
        connect(field, &QLineEdit::returnPressed, this, &PaymentDialog::tryPay);
    }
    m_ui->cash->selectAll();
    m_ui->cash->setFocus();
    refresh();
}

PaymentDialog::~PaymentDialog() = default;

QList<Tender> PaymentDialog::tenders() const
{
    QList<Tender> tenders;
    const std::pair<QLineEdit*, TenderKind> fields[] = {{m_ui->bankCard, TenderKind::BankCard},
                                                        {m_ui->wechat, TenderKind::WeChatPay},
                                                        {m_ui->alipay, TenderKind::Alipay},
                                                        {m_ui->cash, TenderKind::Cash}};
    for (const auto& [field, kind] : fields) {
        const std::optional<Money> amount = amountIn(field);
        if (amount && amount->fen() > 0)
            tenders << Tender{kind, *amount};
    }
    return tenders;
}

void PaymentDialog::refresh()
{
    Money cash;
    Money other;
    bool readable = true;
    for (QLineEdit* field : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
        const std::optional<Money> amount = amountIn(field);
        if (!amount) {
            readable = false;
            continue;
        }
        (field == m_ui->cash ? cash : other) += *amount;
    }
    QString text;
    QString tone = QStringLiteral("info");
    if (!readable) {
        text = tr("An amount is not a number of yuan, such as 100 or 99.50.");
        tone = QStringLiteral("error");
    } else if (other > m_total) {
        text = tr("Card and mobile payments exceed the total by ¥%1.")
                   .arg((other - m_total).toYuanString());
        tone = QStringLiteral("error");
    } else if (cash + other < m_total) {
        text = tr("Still to pay: ¥%1").arg((m_total - cash - other).toYuanString());
    } else {
        text = tr("Change: ¥%1").arg((cash + other - m_total).toYuanString());
        tone = QStringLiteral("good");
    }
    showToned(m_ui->balance, text, tone);
}

void PaymentDialog::tryPay()
{
    Money sum;
    Money other;
    for (const Tender& t : tenders()) {
        sum += t.amount;
        if (t.kind != TenderKind::Cash)
            other += t.amount;
    }
    for (QLineEdit* field : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
        if (!amountIn(field))
            return;
    }
    if (sum < m_total || other > m_total)
        return;
    emit paid(tenders());
    accept();
}

void PaymentDialog::keyPressEvent(QKeyEvent* event)
{
    // F5–F8 jump to a tender and put the rest of the total into it.
    const std::pair<int, QLineEdit*> keys[] = {{Qt::Key_F5, m_ui->cash},
                                               {Qt::Key_F6, m_ui->bankCard},
                                               {Qt::Key_F7, m_ui->wechat},
                                               {Qt::Key_F8, m_ui->alipay}};
    for (const auto& [key, field] : keys) {
        if (event->key() != key)
            continue;
        Money others;
        for (QLineEdit* f : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
            if (f != field)
                others += amountIn(f).value_or(Money());
        }
        const Money rest = m_total - others;
        field->setText(rest > Money() ? rest.toYuanString() : QString());
        field->setFocus();
        field->selectAll();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace viptill
