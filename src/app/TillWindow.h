#pragma once

#include "TillContext.h"
#include "Workspace.h"
#include "core/Records.h"

#include <QMainWindow>
#include <QMap>

class QLabel;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace viptill {

class CardReader;
class CheckoutPage;
class CustomerDisplay;
class FirstRunPage;
class LoginPage;

// The terminal: log-in (or, on a store without staff, the first-run
// screen that sets it up), then the parts the staff member's role opens (a bar
// at the top, Ctrl+1 … Ctrl+4), with the status always visible: terminal,
// staff, date and time, the card readers. Ctrl+Q logs out, Ctrl+L switches
// between Chinese and English.
class TillWindow : public QMainWindow
{
    Q_OBJECT
public:
    TillWindow(TillContext& till, QList<CardReader*> readers, QWidget* parent = nullptr);
    ~TillWindow() override;

    LoginPage* loginPage() const { return m_login; }
    FirstRunPage* firstRunPage() const { return m_firstRun; }
    // Whether the first-run screen is on view.
    bool isFirstRun() const;
    CheckoutPage* checkoutPage() const { return m_checkout; }
    CustomerDisplay* customerDisplay() const { return m_display; }
    std::optional<StaffMember> staff() const { return m_staff; }

    // The parts open to the staff member logged in, in the bar's order.
    QList<Area> openAreas() const { return m_open; }
    // The part on screen; none before log-in.
    std::optional<Area> currentArea() const;
    Workspace* workspace(Area area) const { return m_workspaces.value(area); }
    // Shows a part if the staff member's role opens it.
    bool switchTo(Area area);
    void logOut();
    // Locks the terminal (as idleness does): the log-in page shows; the same
    // PIN continues where the staff member was, another member of staff may
    // log in over it (what was unfinished is set aside, not lost).
    void lock();
    bool isLocked() const { return m_locked; }
    // The store's file failed its check: said in red on the status bar
    // until the terminal closes, with what to do.
    void showStoreProblem(const QString& message);

    // Ctrl+L: 中文 / English. Both languages are complete.
    void toggleLanguage();
    static bool installLanguage(const QString& language); // "zh_CN" or "en"

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addWorkspace(Workspace* workspace);
    void logIn(const StaffMember& staff);
    void refreshStatus();
    void refreshBar();
    Workspace* current() const;

    TillContext& m_till;
    QTabBar* m_bar;
    QStackedWidget* m_pages;
    LoginPage* m_login;
    FirstRunPage* m_firstRun;
    CheckoutPage* m_checkout;
    CustomerDisplay* m_display;
    QMap<Area, Workspace*> m_workspaces;
    QList<Area> m_open;
    QLabel* m_terminal;
    QLabel* m_staffLabel;
    QLabel* m_clock;
    QLabel* m_reader;
    QLabel* m_storeProblem;
    QList<CardReader*> m_readers;
    std::optional<StaffMember> m_staff;
    QTimer* m_idle;
    bool m_locked = false;
    std::optional<Area> m_lockedArea;
};

} // namespace viptill
