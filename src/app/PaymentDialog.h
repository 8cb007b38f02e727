#pragma once

#include "core/Records.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PaymentDialog;
}

class QLineEdit;

namespace viptill {

// Cash with change, bank card, WeChat Pay, Alipay, or any split of them,
// settled by core/Tender.h as the sale will be. Recorded as tender kinds; no
// payment network is contacted.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(Money total, QWidget* parent = nullptr);
    ~PaymentDialog() override;

    // The tenders as typed; valid when they cover the total.
    QList<Tender> tenders() const;

signals:
    void paid(const QList<viptill::Tender>& tenders);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool readable() const;
    Money nonCash() const;
    void amountChanged(QLineEdit* field);
    void refresh();
    void tryPay();

    const QScopedPointer<Ui::PaymentDialog> m_ui;
    Money m_total;
    // The cash field holds the dialog's suggestion (the total, or the rest
    // after F5), not an amount the cashier typed as handed over.
    bool m_cashSuggested = true;
};

} // namespace viptill
