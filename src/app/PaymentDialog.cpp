#include "PaymentDialog.h"

#include "Tone.h"
#include "core/Tender.h"
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
    m_ui->balance->setProperty("role", QStringLiteral("change"));
    m_ui->total->setText(tr("Total to pay: ¥%1").arg(total.toYuanString()));
    m_ui->cash->setText(total.toYuanString());
    for (QLineEdit* field : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
        connect(field, &QLineEdit::textChanged, this, [this, field] { amountChanged(field); });
        connect(field, &QLineEdit::returnPressed, this, &PaymentDialog::tryPay);
    }
    // Only what the cashier types into the cash field is cash handed over.
    connect(m_ui->cash, &QLineEdit::textEdited, this, [this] { m_cashSuggested = false; });
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

bool PaymentDialog::readable() const
{
    for (const QLineEdit* field : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
        if (!amountIn(field))
            return false;
    }
    return true;
}

Money PaymentDialog::nonCash() const
{
    Money sum;
    for (const QLineEdit* field : {m_ui->bankCard, m_ui->wechat, m_ui->alipay})
        sum += amountIn(field).value_or(Money());
    return sum;
}

void PaymentDialog::amountChanged(QLineEdit* field)
{
    // The total put into the cash field is a suggestion, not cash received:
    // a card or mobile amount takes it over, so it can never become change.
    if (field != m_ui->cash && m_cashSuggested) {
        const Money rest = m_total - nonCash();
        m_ui->cash->setText(rest > Money() ? rest.toYuanString() : QString());
    }
    refresh();
}

void PaymentDialog::refresh()
{
    QString text;
    QString tone = QStringLiteral("info");
    const TenderTally t = tally(m_total, tenders());
    if (!readable()) {
        text = tr("An amount is not a number of yuan, such as 100 or 99.50.");
        tone = QStringLiteral("error");
    } else if (!t.nonCashOver.isZero()) {
        text = tr("Card and mobile payments exceed the total by ¥%1.")
                   .arg(t.nonCashOver.toYuanString());
        tone = QStringLiteral("error");
    } else if (!t.stillToPay.isZero()) {
        text = tr("Still to pay: ¥%1").arg(t.stillToPay.toYuanString());
    } else {
        text = tr("Change: ¥%1").arg(t.change.toYuanString());
        tone = QStringLiteral("good");
    }
    showToned(m_ui->balance, text, tone);
}

void PaymentDialog::tryPay()
{
    if (!readable() || !settle(m_total, tenders()))
        return;
    emit paid(tenders());
    accept();
}

void PaymentDialog::keyPressEvent(QKeyEvent* event)
{
    // F5–F8 jump to a tender and put the rest of the total into it. A card or
    // mobile payment takes over what the cash field only suggested.
    const std::pair<int, QLineEdit*> keys[] = {{Qt::Key_F5, m_ui->cash},
                                               {Qt::Key_F6, m_ui->bankCard},
                                               {Qt::Key_F7, m_ui->wechat},
                                               {Qt::Key_F8, m_ui->alipay}};
    for (const auto& [key, field] : keys) {
        if (event->key() != key)
            continue;
        Money others;
        for (QLineEdit* f : {m_ui->cash, m_ui->bankCard, m_ui->wechat, m_ui->alipay}) {
            if (f != field && !(f == m_ui->cash && m_cashSuggested))
                others += amountIn(f).value_or(Money());
        }
        const Money rest = m_total - others;
        field->setText(rest > Money() ? rest.toYuanString() : QString());
        if (field == m_ui->cash)
            m_cashSuggested = true; // until the cashier types what was handed over
        field->setFocus();
        field->selectAll();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace viptill
