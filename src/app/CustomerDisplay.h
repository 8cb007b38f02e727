#pragma once

#include "services/CheckoutSession.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace viptill {

// The second window the customer sees: the lines, the total, the savings and
// the member's points. Shown on a second screen when there is one.
class CustomerDisplay : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerDisplay(QWidget* parent = nullptr);

    void showSale(const CheckoutSession& session);
    void showThanks(const Receipt& receipt);

    QString totalText() const;
    QString changeText() const;

private:
    QLabel* m_welcome;
    QListWidget* m_lines;
    QLabel* m_total;
    QLabel* m_savings;
    QLabel* m_points;
    QLabel* m_change;
    bool m_thanking = false; // the thanks of the sale just paid is up
};

} // namespace viptill
