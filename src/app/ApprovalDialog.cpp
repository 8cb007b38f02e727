#include "ApprovalDialog.h"

#include "Tone.h"
#include "ui_approvaldialog.h"


namespace viptill {

ApprovalDialog::ApprovalDialog(ServiceContext& context, StaffMember requester, QString action,
                               const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ApprovalDialog)
    , m_ctx(context)
    , m_requester(std::move(requester))
    , m_action(std::move(action))
    , m_what(what)
{
    m_ui->setupUi(this);
    setMinimumWidth(560);
    m_ui->what->setText(tr("A manager must approve: %1").arg(what));
    connect(m_ui->managerNumber, &QLineEdit::returnPressed, this,
            [this] { m_ui->pin->setFocus(); });
    connect(m_ui->pin, &QLineEdit::returnPressed, this, &ApprovalDialog::tryApprove);
    if (m_requester.role == StaffRole::Manager) {
        m_ui->managerNumber->setText(m_requester.number);
        m_ui->pin->setFocus();
    } else {
        m_ui->managerNumber->setFocus();
    }
}

ApprovalDialog::~ApprovalDialog() = default;

void ApprovalDialog::tryApprove()
{
    StaffService staff(m_ctx);
    const Result<StaffMember> manager = staff.approve(
        m_ui->managerNumber->text().trimmed(), m_ui->pin->text(), m_action, m_what, m_requester);
    m_ui->pin->clear();
    if (!manager) {
        showToned(m_ui->message, manager.error().message(), QStringLiteral("error"));
        return;
    }
    emit approved(manager.value());
    accept();
}

} // namespace viptill
