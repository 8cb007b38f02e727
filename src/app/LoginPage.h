#pragma once

#include "TillContext.h"
#include "core/Records.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class LoginPage;
}

namespace viptill {

// Staff log in with their number and PIN. Someone whose PIN a manager reset
// chooses their own before anything else (typed twice); F2 lets a manager
// lift another's lock-out here with their own number and PIN.
class LoginPage : public QWidget
{
    Q_OBJECT
public:
    enum class Step
    {
        LogIn,
        NewPin, // logged in with a PIN a manager gave: choose one's own
        Unlock  // a manager unlocks a locked-out staff number
    };

    explicit LoginPage(TillContext& till, QWidget* parent = nullptr);
    ~LoginPage() override;

    // Empty fields, a message, and the staff number filled in when the
    // terminal was locked by that member of staff.
    void reset(const QString& message = {}, const QString& staffNumber = {},
               const QString& tone = QStringLiteral("info"));
    Step step() const;
    QString messageText() const;
    QString messageTone() const;

signals:
    void loggedIn(const viptill::StaffMember& staff);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void tryLogIn();
    void changePin();
    void unlock();
    void showStep(Step step);
    void backToLogIn(const QString& message, const QString& tone, const QString& staffNumber);
    void show(const QString& message, const QString& tone);
    void retranslate();

    const QScopedPointer<Ui::LoginPage> m_ui;
    TillContext& m_till;
    // Between a log-in with a reset PIN and the new PIN: who, and the PIN
    // they were given (changePin checks it again). Never kept longer.
    std::optional<StaffMember> m_pending;
    QString m_givenPin;
};

} // namespace viptill
