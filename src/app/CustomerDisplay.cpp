#include "CustomerDisplay.h"

#include "core/Identity.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace viptill {

CustomerDisplay::CustomerDisplay(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_welcome(new QLabel(this))
    , m_lines(new QListWidget(this))
    , m_total(new QLabel(this))
    , m_savings(new QLabel(this))
    , m_points(new QLabel(this))
    , m_change(new QLabel(this))
{
    setObjectName(QStringLiteral("customerDisplay"));
    setWindowTitle(tr("Customer display"));
    setFocusPolicy(Qt::NoFocus);
    m_lines->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    m_welcome->setProperty("role", QStringLiteral("title"));
    m_total->setProperty("role", QStringLiteral("total"));
    m_change->setProperty("role", QStringLiteral("change"));
    layout->addWidget(m_welcome);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_savings);
    layout->addWidget(m_points);
    layout->addWidget(m_total);
    layout->addWidget(m_change);
    m_welcome->setText(tr("Welcome"));
    resize(800, 600);
}

QString CustomerDisplay::totalText() const
{
    return m_total->text();
}

QString CustomerDisplay::changeText() const
{
    return m_change->text();
}

void CustomerDisplay::showSale(const CheckoutSession& session)
{
    const std::optional<MemberView>& member = session.member();
    // The thanks and the change stay up while the change is counted out,
    // until the next sale has a line or a member.
    if (m_thanking && session.isEmpty() && !member)
        return;
    m_thanking = false;
    m_change->clear();
    m_welcome->setText(member ? tr("Welcome, %1").arg(maskName(member->member.name))
                              : tr("Welcome"));
    m_lines->clear();
    for (const SaleLine& line : session.draft().lines) {
        m_lines->addItem(tr("%1  ×%2   ¥%3")
                             .arg(line.name)
                             .arg(line.price.quantity)
                             .arg(line.price.amount.toYuanString()));
    }
    m_savings->setText(session.savings().isZero()
                           ? QString()
                           : tr("You save ¥%1").arg(session.savings().toYuanString()));
    const std::optional<PointsAward> points = session.pointsPreview();
    m_points->setText(member ? tr("Points %1, +%2 with this purchase")
                                   .arg(member->balance)
                                   .arg(points ? points->earned() : 0)
                             : QString());
    m_total->setText(tr("Total ¥%1").arg(session.total().toYuanString()));
}

void CustomerDisplay::showThanks(const Receipt& receipt)
{
    m_welcome->setText(tr("Thank you for shopping with us"));
    m_lines->clear();
    m_savings->clear();
    m_change->setText(tr("Change ¥%1").arg(receipt.change.toYuanString()));
    m_points->setText(receipt.member ? tr("Points balance %1").arg(receipt.member->balance)
                                     : QString());
    m_total->setText(tr("Paid ¥%1").arg(receipt.sale.total().toYuanString()));
    m_thanking = true;
}

} // namespace viptill
