#pragma once

#include "TillContext.h"
#include "core/Records.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTranslator;

namespace viptill {

class CardReader;
class CheckoutPage;
class CustomerDisplay;
class LoginPage;

// The till: log-in, then the screens the staff member's role opens, with the
// status always visible: terminal, staff, date and time, the card reader.
class TillWindow : public QMainWindow
{
    Q_OBJECT
public:
    TillWindow(TillContext& till, QList<CardReader*> readers, QWidget* parent = nullptr);
    ~TillWindow() override;

    LoginPage* loginPage() const { return m_login; }
    CheckoutPage* checkoutPage() const { return m_checkout; }
    CustomerDisplay* customerDisplay() const { return m_display; }
    std::optional<StaffMember> staff() const { return m_staff; }

    // Ctrl+L: 中文 / English. Both languages are complete.
    void toggleLanguage();
    static bool installLanguage(const QString& language); // "zh_CN" or "en"

protected:
    void changeEvent(QEvent* event) override;

private:
    void logIn(const StaffMember& staff);
    void logOut();
    void refreshStatus();

    TillContext& m_till;
    QStackedWidget* m_pages;
    LoginPage* m_login;
    CheckoutPage* m_checkout;
    CustomerDisplay* m_display;
    QLabel* m_terminal;
    QLabel* m_staffLabel;
    QLabel* m_clock;
    QLabel* m_reader;
    QList<CardReader*> m_readers;
    std::optional<StaffMember> m_staff;
};

} // namespace viptill
