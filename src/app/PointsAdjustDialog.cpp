#include "PointsAdjustDialog.h"

#include "ApprovalDialog.h"
#include "Tone.h"
#include "ui_pointsadjustdialog.h"

#include <QKeyEvent>

namespace viptill {

PointsAdjustDialog::PointsAdjustDialog(ServiceContext& context, StaffMember staff,
                                       const Member& member, std::int64_t balance, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::PointsAdjustDialog)
    , m_ctx(context)
    , m_staff(std::move(staff))
    , m_memberId(member.id)
{
    m_ui->setupUi(this);
    setMinimumWidth(560);
    m_ui->what->setText(
        tr("%1 · member no. %2 · %3 points now").arg(member.name).arg(member.id).arg(balance));
    m_ui->points->setRange(static_cast<int>(-MemberFileService::MaxAdjustment),
                           static_cast<int>(MemberFileService::MaxAdjustment));
    m_ui->reason->setMaxLength(MemberFileService::MaxReason);
    m_ui->points->setFocus();
    m_ui->points->selectAll();
}

PointsAdjustDialog::~PointsAdjustDialog() = default;

QString PointsAdjustDialog::messageText() const
{
    return m_ui->message->text();
}

void PointsAdjustDialog::showError(const QString& text)
{
    showToned(m_ui->message, text, QStringLiteral("error"));
}

void PointsAdjustDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    if (m_ui->points->hasFocus())
        m_ui->reason->setFocus();
    else
        askForApproval();
}

void PointsAdjustDialog::askForApproval()
{
    const std::int64_t points = m_ui->points->value();
    const QString reason = m_ui->reason->text();
    // No name here: this is what the audit trail keeps, for good.
    const QString what = tr("%1%2 points for member no. %3: %4")
                             .arg(points > 0 ? QStringLiteral("+") : QString())
                             .arg(points)
                             .arg(m_memberId)
                             .arg(reason.simplified());
    auto* approval =
        new ApprovalDialog(m_ctx, m_staff, QStringLiteral("points_adjust"), what, this);
    approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(approval, &ApprovalDialog::approved, this,
            [this, points, reason](const StaffMember& manager) {
                const Result<PointsAdjustment> done = MemberFileService(m_ctx).adjustPoints(
                    m_memberId, points, reason, m_staff, manager);
                if (!done) {
                    showError(done.error().message());
                    return;
                }
                emit adjusted(done.value());
                accept();
            });
    approval->open();
}

} // namespace viptill
