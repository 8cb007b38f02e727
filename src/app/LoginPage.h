#pragma once

#include "TillContext.h"
#include "core/Records.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class LoginPage;
}

namespace viptill {

class LoginPage : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(TillContext& till, QWidget* parent = nullptr);
    ~LoginPage() override;

    // Empty fields, a message, and the staff number filled in when the
    // terminal was locked by that member of staff.
    void reset(const QString& message = {}, const QString& staffNumber = {});

signals:
    void loggedIn(const viptill::StaffMember& staff);

protected:
    void changeEvent(QEvent* event) override;

private:
    void tryLogIn();
    void retranslate();

    const QScopedPointer<Ui::LoginPage> m_ui;
    TillContext& m_till;
};

} // namespace viptill
