#pragma once

#include "services/MemberFileService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PointsAdjustDialog;
}

namespace viptill {

// A manual points adjustment at the desk (a correction the rules could not
// make): how many points, added or taken off, and why. Enter goes on to a
// manager's approval (ApprovalDialog); the adjustment is made only then, by
// MemberFileService, recorded with both staff numbers.
class PointsAdjustDialog : public QDialog
{
    Q_OBJECT
public:
    PointsAdjustDialog(ServiceContext& context, StaffMember staff, const Member& member,
                       std::int64_t balance, QWidget* parent = nullptr);
    ~PointsAdjustDialog() override;

    QString messageText() const;

signals:
    void adjusted(const viptill::PointsAdjustment& adjustment);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void askForApproval();
    void showError(const QString& text);

    const QScopedPointer<Ui::PointsAdjustDialog> m_ui;
    ServiceContext& m_ctx;
    StaffMember m_staff;
    Id m_memberId;
};

} // namespace viptill
