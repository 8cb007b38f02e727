#pragma once

#include "services/FollowUpService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CallDialog;
}

namespace viptill {

// One follow-up call: who, the number to dial, when, what about, the script
// to follow; then the outcome, the member's satisfaction (1–5, when
// reached) and their suggestions. F10 logs it through FollowUpService.
class CallDialog : public QDialog
{
    Q_OBJECT
public:
    CallDialog(ServiceContext& context, StaffMember clerk, CallView call, const QString& storeName,
               QWidget* parent = nullptr);
    ~CallDialog() override;

    QString messageText() const;
    void save();

signals:
    void logged(const viptill::FollowUpCall& call);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void outcomeChanged();
    void showMessage(const QString& text, const QString& tone);

    const QScopedPointer<Ui::CallDialog> m_ui;
    ServiceContext& m_ctx;
    StaffMember m_clerk;
    CallView m_call;
};

} // namespace viptill
