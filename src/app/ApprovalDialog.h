#pragma once

#include "services/StaffService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ApprovalDialog;
}

namespace viptill {

// A manager's PIN on the spot. Emits approved() with the manager when the
// PIN is right; every attempt is recorded by StaffService.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(ServiceContext& context, StaffMember requester, QString action,
                   const QString& what, QWidget* parent = nullptr);
    ~ApprovalDialog() override;

signals:
    void approved(const viptill::StaffMember& manager);

private:
    void tryApprove();

    const QScopedPointer<Ui::ApprovalDialog> m_ui;
    ServiceContext& m_ctx;
    StaffMember m_requester;
    QString m_action;
    QString m_what;
};

} // namespace viptill
