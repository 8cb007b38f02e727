#include "LoginPage.h"

#include "Tone.h"
#include "services/StaffService.h"
#include "ui_loginpage.h"

#include <QKeyEvent>

namespace viptill {

LoginPage::LoginPage(TillContext& till, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::LoginPage)
    , m_till(till)
{
    m_ui->setupUi(this);
    m_ui->title->setProperty("role", QStringLiteral("title"));
    connect(m_ui->staffNumber, &QLineEdit::returnPressed, this, [this] { m_ui->pin->setFocus(); });
    connect(m_ui->pin, &QLineEdit::returnPressed, this, &LoginPage::tryLogIn);
    connect(m_ui->newPin, &QLineEdit::returnPressed, this,
            [this] { m_ui->newPinAgain->setFocus(); });
    connect(m_ui->newPinAgain, &QLineEdit::returnPressed, this, &LoginPage::changePin);
    connect(m_ui->lockedNumber, &QLineEdit::returnPressed, this,
            [this] { m_ui->managerNumber->setFocus(); });
    connect(m_ui->managerNumber, &QLineEdit::returnPressed, this,
            [this] { m_ui->managerPin->setFocus(); });
    connect(m_ui->managerPin, &QLineEdit::returnPressed, this, &LoginPage::unlock);
    retranslate();
}

LoginPage::~LoginPage() = default;

LoginPage::Step LoginPage::step() const
{
    return static_cast<Step>(m_ui->steps->currentIndex());
}

QString LoginPage::messageText() const
{
    return m_ui->message->text();
}

QString LoginPage::messageTone() const
{
    return m_ui->message->property("tone").toString();
}

void LoginPage::retranslate()
{
    switch (step()) {
    case Step::LogIn:
        m_ui->title->setText(tr("%1 · staff log-in").arg(m_till.storeName()));
        m_ui->hint->setText(tr("Locked out after wrong PINs? A manager unlocks you here: F2."));
        break;
    case Step::NewPin:
        m_ui->title->setText(tr("Choose your own PIN"));
        m_ui->hint->setText(tr("Esc: not now (you choose it at your next log-in)."));
        break;
    case Step::Unlock:
        m_ui->title->setText(tr("A manager unlocks a staff number"));
        m_ui->hint->setText(tr("Enter: next · Esc: back to the log-in"));
        break;
    }
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LoginPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F2 && step() == Step::LogIn) {
        m_ui->lockedNumber->setText(m_ui->staffNumber->text().trimmed());
        m_ui->managerNumber->clear();
        m_ui->managerPin->clear();
        showStep(Step::Unlock);
        show(tr("The locked staff number, then the manager's own number and PIN."),
             QStringLiteral("info"));
        (m_ui->lockedNumber->text().isEmpty() ? m_ui->lockedNumber : m_ui->managerNumber)
            ->setFocus();
        return;
    }
    if (event->key() == Qt::Key_Escape && step() != Step::LogIn) {
        const QString number = m_pending ? m_pending->number : m_ui->lockedNumber->text();
        backToLogIn(step() == Step::NewPin
                        ? tr("Not logged in: choose your new PIN at your next log-in.")
                        : tr("Enter your staff number and PIN, then press Enter."),
                    QStringLiteral("info"), number.trimmed());
        return;
    }
    QWidget::keyPressEvent(event);
}

void LoginPage::showStep(Step s)
{
    // Only the step on view takes room: the message sits right under it.
    for (int i = 0; i < m_ui->steps->count(); ++i)
        m_ui->steps->widget(i)->setSizePolicy(
            i == static_cast<int>(s) ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == static_cast<int>(s) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_ui->steps->setCurrentIndex(static_cast<int>(s));
    m_ui->steps->adjustSize();
    retranslate();
}

void LoginPage::show(const QString& message, const QString& tone)
{
    showToned(m_ui->message, message, tone);
}

void LoginPage::backToLogIn(const QString& message, const QString& tone, const QString& staffNumber)
{
    m_pending.reset();
    m_givenPin.clear();
    for (QLineEdit* secret : {m_ui->pin, m_ui->newPin, m_ui->newPinAgain, m_ui->managerPin})
        secret->clear();
    showStep(Step::LogIn);
    m_ui->staffNumber->setText(staffNumber);
    show(message, tone);
    (staffNumber.isEmpty() ? m_ui->staffNumber : m_ui->pin)->setFocus();
}

void LoginPage::reset(const QString& message, const QString& staffNumber, const QString& tone)
{
    backToLogIn(message.isEmpty() ? tr("Enter your staff number and PIN, then press Enter.")
                                  : message,
                tone, staffNumber);
}

void LoginPage::tryLogIn()
{
    StaffService staff(m_till.services);
    const QString pin = m_ui->pin->text();
    const Result<StaffMember> who = staff.logIn(m_ui->staffNumber->text().trimmed(), pin);
    m_ui->pin->clear();
    if (!who) {
        show(who.error().code() == ErrorCode::StaffLocked
                 ? who.error().message() + u'\n' + tr("A manager can unlock it now: F2.")
                 : who.error().message(),
             QStringLiteral("error"));
        m_ui->pin->setFocus();
        return;
    }
    if (who->mustChangePin) {
        // Nothing opens before the PIN a manager gave is replaced.
        m_pending = who.value();
        m_givenPin = pin;
        m_ui->newPin->clear();
        m_ui->newPinAgain->clear();
        showStep(Step::NewPin);
        show(tr("%1, a manager gave you this PIN: choose your own now, 4 to 8 digits, typed "
                "twice.")
                 .arg(who->name),
             QStringLiteral("info"));
        m_ui->newPin->setFocus();
        return;
    }
    m_ui->staffNumber->clear();
    emit loggedIn(who.value());
}

void LoginPage::changePin()
{
    if (!m_pending)
        return;
    const QString newPin = m_ui->newPin->text();
    const QString again = m_ui->newPinAgain->text();
    m_ui->newPin->clear();
    m_ui->newPinAgain->clear();
    m_ui->newPin->setFocus();
    if (newPin != again) {
        show(tr("The two PINs differ: type the new PIN twice again."), QStringLiteral("error"));
        return;
    }
    const Result<StaffMember> changed =
        StaffService(m_till.services).changePin(m_pending->number, m_givenPin, newPin);
    if (!changed) {
        show(changed.error().message(), QStringLiteral("error"));
        return;
    }
    m_pending.reset();
    m_givenPin.clear();
    m_ui->staffNumber->clear();
    showStep(Step::LogIn);
    emit loggedIn(changed.value());
}

void LoginPage::unlock()
{
    const QString number = m_ui->lockedNumber->text().trimmed();
    const QString manager = m_ui->managerNumber->text().trimmed();
    const Result<StaffMember> unlocked =
        StaffService(m_till.services).unlock(manager, m_ui->managerPin->text(), number);
    m_ui->managerPin->clear();
    if (!unlocked) {
        show(unlocked.error().message(), QStringLiteral("error"));
        (manager.isEmpty() ? m_ui->managerNumber : m_ui->managerPin)->setFocus();
        return;
    }
    backToLogIn(tr("Staff number %1 (%2) is unlocked by manager %3: log in with your PIN.")
                    .arg(unlocked->number, unlocked->name, manager),
                QStringLiteral("good"), unlocked->number);
}

} // namespace viptill
