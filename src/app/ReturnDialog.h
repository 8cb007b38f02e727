#pragma once

#include "TillContext.h"
#include "services/SaleService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace viptill {

// 退货: scan the receipt's barcode, choose lines (Space) and quantities (+/−)
// or all (A), Enter asks for the manager's PIN, then refunds by the original
// tender, reverses the points and prints the return receipt.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(TillContext& till, StaffMember cashier, QWidget* parent = nullptr);

    QString messageText() const;

signals:
    void returned(const QString& summary);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadReceipt();
    void showSale();
    void adjust(int row, std::int64_t delta);
    void confirm();
    QList<ItemRequest> chosenItems() const;
    void showMessage(const QString& text, const QString& tone);

    TillContext& m_till;
    StaffMember m_cashier;
    QLineEdit* m_receiptNo;
    QTableWidget* m_table;
    QLabel* m_message;
    std::optional<Sale> m_sale;
    QList<std::int64_t> m_chosen; // quantity to return, per line
};

} // namespace viptill
