#include "TillWindow.h"

#include "CheckoutPage.h"
#include "CustomerDisplay.h"
#include "LoginPage.h"
#include "cards/CardReader.h"

#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QTranslator>

namespace viptill {

namespace {

QString currentLanguage = QStringLiteral("zh_CN");

QTranslator& translator()
{
    static QTranslator t;
    return t;
}

} // namespace

bool TillWindow::installLanguage(const QString& language)
{
    QCoreApplication::removeTranslator(&translator());
    currentLanguage = language;
    if (language.startsWith(u"en"))
        return true; // English is the source language
    if (!translator().load(QStringLiteral(":/i18n/viptill_zh_CN.qm")))
        return false;
    return QCoreApplication::installTranslator(&translator());
}

TillWindow::TillWindow(TillContext& till, QList<CardReader*> readers, QWidget* parent)
    : QMainWindow(parent)
    , m_till(till)
    , m_pages(new QStackedWidget(this))
    , m_login(new LoginPage(till, m_pages))
    , m_checkout(new CheckoutPage(till, m_pages))
    , m_display(new CustomerDisplay(this))
    , m_terminal(new QLabel(this))
    , m_staffLabel(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_reader(new QLabel(this))
    , m_readers(std::move(readers))
{
    setObjectName(QStringLiteral("till"));
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_checkout);
    setCentralWidget(m_pages);
    for (QLabel* label : {m_terminal, m_staffLabel, m_clock, m_reader})
        statusBar()->addPermanentWidget(label, 1);
    statusBar()->setSizeGripEnabled(false);

    connect(m_login, &LoginPage::loggedIn, this, &TillWindow::logIn);
    connect(m_checkout, &CheckoutPage::logOutRequested, this, &TillWindow::logOut);
    connect(m_checkout, &CheckoutPage::saleChanged, this, [this] {
        if (const CheckoutSession* s = m_checkout->session())
            m_display->showSale(*s);
    });
    connect(m_checkout, &CheckoutPage::salePaid, m_display, &CustomerDisplay::showThanks);
    for (CardReader* reader : std::as_const(m_readers)) {
        connect(reader, &CardReader::cardPresented, m_checkout, &CheckoutPage::presentCard);
        connect(reader, &CardReader::readFailed, m_checkout, &CheckoutPage::cardReadFailed);
        connect(reader, &CardReader::stateChanged, this, &TillWindow::refreshStatus);
    }
    auto* language = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(language, &QShortcut::activated, this, &TillWindow::toggleLanguage);
    auto* tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &TillWindow::refreshStatus);
    tick->start(1000);

    // The customer display goes on a second screen when there is one.
    const QList<QScreen*> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        m_display->setGeometry(screens.at(1)->availableGeometry());
        m_display->show();
    }
    m_pages->setCurrentWidget(m_login);
    m_login->reset();
    refreshStatus();
}

TillWindow::~TillWindow() = default;

void TillWindow::logIn(const StaffMember& staff)
{
    m_staff = staff;
    // Every role can ring up a sale; approvals still need a manager's PIN.
    m_checkout->start(staff);
    m_pages->setCurrentWidget(m_checkout);
    refreshStatus();
}

void TillWindow::logOut()
{
    if (m_checkout->session() && !m_checkout->session()->isEmpty()) {
        m_checkout->cardReadFailed(tr("Finish, hold (F3) or void the sale before logging out."));
        return;
    }
    m_staff.reset();
    m_pages->setCurrentWidget(m_login);
    m_login->reset(tr("Logged out."));
    refreshStatus();
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
    m_reader->setText(readers.isEmpty() ? tr("No card reader")
                                        : readers.join(QStringLiteral(" · ")));
    m_reader->setProperty("tone", allReady ? QStringLiteral("good") : QStringLiteral("error"));
    m_reader->style()->polish(m_reader);
}

void TillWindow::toggleLanguage()
{
    installLanguage(currentLanguage.startsWith(u"en") ? QStringLiteral("zh_CN")
                                                      : QStringLiteral("en"));
}

void TillWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("VipTill · %1").arg(m_till.storeName));
        refreshStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace viptill
