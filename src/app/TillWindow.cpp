#include "TillWindow.h"

#include "CheckoutPage.h"
#include "CustomerCarePage.h"
#include "CustomerDisplay.h"
#include "FirstRunPage.h"
#include "LoginPage.h"
#include "ManagerOffice.h"
#include "ServiceDeskPage.h"
#include "Tone.h"
#include "cards/CardReader.h"
#include "services/StaffService.h"

#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

namespace viptill {

namespace {

QString currentLanguage = QStringLiteral("zh_CN");

QTranslator& translator()
{
    static QTranslator t;
    return t;
}

// Qt's own words (确定, 取消, the context menus of a field), from Qt's
// translations compiled in beside ours.
QTranslator& qtTranslator()
{
    static QTranslator t;
    return t;
}

// Ctrl+1 … Ctrl+4 open the parts in this order, whichever a role opens.
constexpr std::array<Area, 4> AreaKeys = {Area::Checkout, Area::ServiceDesk, Area::CustomerCare,
                                          Area::ManagerOffice};

int keyNumber(Area area)
{
    return static_cast<int>(std::find(AreaKeys.begin(), AreaKeys.end(), area) - AreaKeys.begin()) +
           1;
}

} // namespace

bool TillWindow::installLanguage(const QString& language)
{
    QCoreApplication::removeTranslator(&translator());
    QCoreApplication::removeTranslator(&qtTranslator());
    currentLanguage = language;
    if (language.startsWith(u"en"))
        return true; // English is the source language
    if (!translator().load(QStringLiteral(":/i18n/viptill_zh_CN.qm")) ||
        !qtTranslator().load(QStringLiteral(":/i18n/qtbase_zh_CN.qm")))
        return false;
    return QCoreApplication::installTranslator(&qtTranslator()) &&
           QCoreApplication::installTranslator(&translator());
}

TillWindow::TillWindow(TillContext& till, QList<CardReader*> readers, QWidget* parent)
    : QMainWindow(parent)
    , m_till(till)
    , m_bar(new QTabBar(this))
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginPage(till, m_pages))
    , m_firstRun(new FirstRunPage(till, m_pages))
    , m_checkout(new CheckoutPage(till, m_pages))
    , m_display(new CustomerDisplay(this))
    , m_terminal(new QLabel(this))
    , m_staffLabel(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_reader(new QLabel(this))
    , m_storeProblem(new QLabel(this))
    , m_readers(std::move(readers))
    , m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("till"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_bar->setObjectName(QStringLiteral("areas"));
    m_bar->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the part on screen
    m_bar->setExpanding(false);
    m_bar->setDrawBase(false);
    layout->addWidget(m_bar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_firstRun);
    addWorkspace(m_checkout);
    addWorkspace(new ServiceDeskPage(till, m_readers, m_pages));
    addWorkspace(new CustomerCarePage(till, m_pages));
    addWorkspace(new ManagerOffice(till, m_pages));
    for (QLabel* label : {m_terminal, m_staffLabel, m_clock, m_reader})
        statusBar()->addPermanentWidget(label, 1);
    statusBar()->setSizeGripEnabled(false);
    m_storeProblem->setObjectName(QStringLiteral("storeProblem"));
    m_storeProblem->setProperty("tone", QStringLiteral("error"));
    m_storeProblem->setWordWrap(true);
    m_storeProblem->hide();
    layout->insertWidget(0, m_storeProblem);

    connect(m_login, &LoginPage::loggedIn, this, &TillWindow::logIn);
    connect(m_firstRun, &FirstRunPage::finished, this,
            [this](const QString& message, const QString& staffNumber) {
                m_pages->setCurrentWidget(m_login);
                m_login->reset(message, staffNumber,
                               staffNumber.isEmpty() ? QStringLiteral("info")
                                                     : QStringLiteral("good"));
                setWindowTitle(tr("VipTill · %1").arg(m_till.storeName()));
            });
    connect(m_bar, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0 && index < m_open.size())
            switchTo(m_open.at(index));
    });
    connect(m_checkout, &CheckoutPage::saleChanged, this, [this] {
        if (const CheckoutSession* s = m_checkout->session())
            m_display->showSale(*s);
    });
    connect(m_checkout, &CheckoutPage::salePaid, m_display, &CustomerDisplay::showThanks);
    for (CardReader* reader : std::as_const(m_readers)) {
        connect(reader, &CardReader::cardPresented, this, [this](const PresentedCard& card) {
            if (Workspace* w = current())
                w->presentCard(card);
        });
        connect(reader, &CardReader::readFailed, this, [this](const QString& message) {
            if (Workspace* w = current())
                w->cardReadFailed(message);
        });
        connect(reader, &CardReader::stateChanged, this, &TillWindow::refreshStatus);
    }
    for (const Area area : AreaKeys) {
        auto* key =
            new QShortcut(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_0 + keyNumber(area))), this);
        connect(key, &QShortcut::activated, this, [this, area] { switchTo(area); });
    }
    auto* logOutKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q), this);
    connect(logOutKey, &QShortcut::activated, this, &TillWindow::logOut);
    auto* language = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(language, &QShortcut::activated, this, &TillWindow::toggleLanguage);
    m_idle->setSingleShot(true);
    m_idle->setInterval(till.idleLock);
    connect(m_idle, &QTimer::timeout, this, &TillWindow::lock);
    // Any key or click anywhere in the terminal counts as being there.
    qApp->installEventFilter(this);
    auto* tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &TillWindow::refreshStatus);
    tick->start(1000);

    // The customer display goes on a second screen when there is one.
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        m_display->setGeometry(screens.at(1)->availableGeometry());
        m_display->show();
    }
    // A store nobody can log in to yet is set up first.
    const Result<bool> staffed = StaffService(till.services).hasStaff();
    if (staffed && !staffed.value()) {
        m_pages->setCurrentWidget(m_firstRun);
        m_firstRun->start();
    } else {
        m_pages->setCurrentWidget(m_login);
        m_login->reset(staffed ? QString() : staffed.error().message());
    }
    refreshBar();
    refreshStatus();
}

bool TillWindow::isFirstRun() const
{
    return m_pages->currentWidget() == m_firstRun;
}

TillWindow::~TillWindow() = default;

void TillWindow::addWorkspace(Workspace* workspace)
{
    m_workspaces.insert(workspace->area(), workspace);
    m_pages->addWidget(workspace);
}

Workspace* TillWindow::current() const
{
    return qobject_cast<Workspace*>(m_pages->currentWidget());
}

std::optional<Area> TillWindow::currentArea() const
{
    if (const Workspace* w = current())
        return w->area();
    return std::nullopt;
}

void TillWindow::showStoreProblem(const QString& message)
{
    m_storeProblem->setText(message);
    m_storeProblem->show();
}

bool TillWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::InputMethod:
        if (m_staff && !m_locked && m_idle->interval() > 0)
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void TillWindow::lock()
{
    if (!m_staff || m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    m_lockedArea = currentArea();
    StaffService staff(m_till.services);
    (void)staff.record(*m_staff, QStringLiteral("lock"), QString());
    m_pages->setCurrentWidget(m_login);
    m_login->reset(tr("Locked. %1 %2: your PIN continues where you were. Another member of "
                      "staff may log in.")
                       .arg(m_staff->number, m_staff->name),
                   m_staff->number);
    refreshStatus();
}

void TillWindow::logIn(const StaffMember& staff)
{
    if (m_locked) {
        m_locked = false;
        if (m_staff && m_staff->id == staff.id) {
            if (m_lockedArea)
                switchTo(*m_lockedArea);
            if (m_idle->interval() > 0)
                m_idle->start();
            refreshStatus();
            return;
        }
        // Someone else takes over: nothing the last one left may be lost.
        for (const Area area : std::as_const(m_open))
            m_workspaces.value(area)->setAside();
    }
    m_staff = staff;
    m_open.clear();
    for (const Area area : areasFor(staff.role)) {
        if (Workspace* w = m_workspaces.value(area)) {
            m_open << area;
            w->start(staff);
        }
    }
    refreshBar();
    if (!m_open.isEmpty())
        switchTo(m_open.first());
    if (m_idle->interval() > 0)
        m_idle->start();
    refreshStatus();
}

bool TillWindow::switchTo(Area area)
{
    if (!m_staff || m_locked || !m_open.contains(area))
        return false;
    Workspace* w = m_workspaces.value(area);
    m_pages->setCurrentWidget(w);
    m_bar->setCurrentIndex(static_cast<int>(m_open.indexOf(area)));
    w->activate();
    return true;
}

void TillWindow::logOut()
{
    if (!m_staff || m_locked) // a locked terminal opens with a PIN only
        return;
    for (const Area area : std::as_const(m_open)) {
        const QString business = m_workspaces.value(area)->unfinishedBusiness();
        if (!business.isEmpty()) {
            switchTo(area);
            current()->showNotice(business, QStringLiteral("error"));
            return;
        }
    }
    m_staff.reset();
    m_open.clear();
    m_locked = false;
    m_idle->stop();
    refreshBar();
    m_pages->setCurrentWidget(m_login);
    m_login->reset(tr("Logged out."));
    refreshStatus();
}

void TillWindow::refreshBar()
{
    while (m_bar->count() > 0)
        m_bar->removeTab(0);
    for (const Area area : std::as_const(m_open))
        m_bar->addTab(
            tr("%1  Ctrl+%2").arg(m_workspaces.value(area)->title()).arg(keyNumber(area)));
    if (const std::optional<Area> area = currentArea())
        m_bar->setCurrentIndex(static_cast<int>(m_open.indexOf(*area)));
    // A cashier has one part only: no bar to choose from.
    m_bar->setVisible(m_open.size() > 1);
}

void TillWindow::refreshStatus()
{
    m_terminal->setText(tr("Terminal %1").arg(m_till.services.terminal));
    m_staffLabel->setText(m_staff ? tr("Staff %1 %2").arg(m_staff->number, m_staff->name)
                                  : tr("Not logged in"));
    m_clock->setText(m_till.services.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QStringList readers;
    bool allReady = !m_readers.isEmpty();
    for (const CardReader* reader : std::as_const(m_readers)) {
        const bool ready = reader->state() == CardReader::State::Ready;
        allReady = allReady && ready;
        readers << (ready ? tr("%1: ready").arg(reader->description())
                          : tr("%1: not ready").arg(reader->description()));
    }
    showToned(m_reader,
              readers.isEmpty() ? tr("No card reader") : readers.join(QStringLiteral(" · ")),
              allReady ? QStringLiteral("good") : QStringLiteral("error"));
}

void TillWindow::toggleLanguage()
{
    installLanguage(currentLanguage.startsWith(u"en") ? QStringLiteral("zh_CN")
                                                      : QStringLiteral("en"));
}

void TillWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("VipTill · %1").arg(m_till.storeName()));
        refreshBar();
        refreshStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace viptill
