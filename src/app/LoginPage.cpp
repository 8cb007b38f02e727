#include "LoginPage.h"

#include "Tone.h"
#include "services/StaffService.h"
#include "ui_loginpage.h"


namespace viptill {

LoginPage::LoginPage(TillContext& till, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::LoginPage)
    , m_till(till)
{
    m_ui->setupUi(this);
    m_ui->title->setProperty("role", QStringLiteral("title"));
    retranslate();
    connect(m_ui->staffNumber, &QLineEdit::returnPressed, this, [this] { m_ui->pin->setFocus(); });
    connect(m_ui->pin, &QLineEdit::returnPressed, this, &LoginPage::tryLogIn);
}

LoginPage::~LoginPage() = default;

void LoginPage::retranslate()
{
    m_ui->title->setText(tr("%1 · staff log-in").arg(m_till.storeName));
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LoginPage::reset(const QString& message, const QString& staffNumber)
{
    m_ui->staffNumber->setText(staffNumber);
    m_ui->pin->clear();
    showToned(m_ui->message,
              message.isEmpty() ? tr("Enter your staff number and PIN, then press Enter.")
                                : message,
              QStringLiteral("info"));
    if (staffNumber.isEmpty())
        m_ui->staffNumber->setFocus();
    else
        m_ui->pin->setFocus();
}

void LoginPage::tryLogIn()
{
    StaffService staff(m_till.services);
    const Result<StaffMember> who =
        staff.logIn(m_ui->staffNumber->text().trimmed(), m_ui->pin->text());
    m_ui->pin->clear();
    if (!who) {
        showToned(m_ui->message, who.error().message(), QStringLiteral("error"));
        m_ui->pin->setFocus();
        return;
    }
    m_ui->staffNumber->clear();
    emit loggedIn(who.value());
}

} // namespace viptill
