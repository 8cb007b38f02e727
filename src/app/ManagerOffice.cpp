#include "ManagerOffice.h"

#include "CatalogueScreen.h"
#include "DayCloseScreen.h"
#include "DiamondEventScreen.h"
#include "FiguresScreen.h"
#include "KeyHelpDialog.h"
#include "MemberImportScreen.h"
#include "RedemptionScreen.h"
#include "SettingsScreen.h"
#include "SettlementScreen.h"
#include "StaffScreen.h"
#include "Tone.h"
#include "ui_managerofficepage.h"

#include <QDir>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>

namespace viptill {

namespace {

QString defaultExportFolder()
{
    QSettings settings;
    const QString configured = settings.value(QStringLiteral("exportFolder")).toString();
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("VipTill"));
}

} // namespace

ManagerOffice::ManagerOffice(TillContext& till, QWidget* parent)
    : Workspace(parent)
    , m_ui(new Ui::ManagerOfficePage)
    , m_office{till, std::nullopt, defaultExportFolder()}
{
    m_ui->setupUi(this);
    m_ui->screenTitle->setProperty("role", QStringLiteral("title"));
    m_ui->keyMap->setProperty("role", QStringLiteral("keys"));
    m_screens = {new RedemptionScreen(m_office, this),   new FiguresScreen(m_office, this),
                 new CatalogueScreen(m_office, this),    new SettlementScreen(m_office, this),
                 new DiamondEventScreen(m_office, this), new DayCloseScreen(m_office, this),
                 new StaffScreen(m_office, this),        new SettingsScreen(m_office, this),
                 new MemberImportScreen(m_office, this)};
    for (OfficeScreen* s : std::as_const(m_screens)) {
        m_ui->screens->addWidget(s);
        connect(s, &OfficeScreen::notice, this, &ManagerOffice::showNotice);
        connect(s, &OfficeScreen::keysChanged, this, &ManagerOffice::retranslate);
    }
    // F1 … F7 wherever the focus is in the office; a modal dialog keeps its own keys.
    // F8 … F12 belong to the screens, so the store's set-up is a Shift away.
    const QList<std::pair<QKeyCombination, Screen>> keys{
        {Qt::Key_F2, Screen::Redemption},
        {Qt::Key_F3, Screen::Figures},
        {Qt::Key_F4, Screen::Catalogue},
        {Qt::Key_F5, Screen::Settlement},
        {Qt::Key_F6, Screen::DiamondEvent},
        {Qt::Key_F7, Screen::DayClose},
        {QKeyCombination(Qt::SHIFT, Qt::Key_F2), Screen::Staff},
        {QKeyCombination(Qt::SHIFT, Qt::Key_F3), Screen::Settings},
        {QKeyCombination(Qt::SHIFT, Qt::Key_F4), Screen::MemberImport}};
    for (const auto& [key, target] : keys) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, target] { show(target); });
    }
    auto* help = new QShortcut(QKeySequence(Qt::Key_F1), this);
    help->setContext(Qt::WidgetWithChildrenShortcut);
    connect(help, &QShortcut::activated, this, &ManagerOffice::showHelp);
    retranslate();
}

ManagerOffice::~ManagerOffice() = default;

QString ManagerOffice::title() const
{
    return tr("Manager's office (经理室)");
}

OfficeScreen* ManagerOffice::screen(Screen s) const
{
    return m_screens.at(static_cast<qsizetype>(s));
}

void ManagerOffice::start(const StaffMember& staff)
{
    m_office.manager = staff;
    for (OfficeScreen* s : std::as_const(m_screens))
        s->reset();
    showNotice(tr("%1 is in the office. F1 lists every key.").arg(staff.name),
               QStringLiteral("info"));
    m_current = Screen::Redemption;
    m_ui->screens->setCurrentWidget(screen(m_current));
    retranslate();
}

void ManagerOffice::activate()
{
    show(m_current);
}

void ManagerOffice::show(Screen s)
{
    // A message of the screen left behind would only confuse.
    if (s != m_current)
        showNotice(QString(), QStringLiteral("info"));
    m_current = s;
    m_ui->screens->setCurrentWidget(screen(s));
    retranslate();
    screen(s)->activate();
}

void ManagerOffice::presentCard(const PresentedCard& card)
{
    // A card is for redemption, whichever screen is on.
    if (m_current != Screen::Redemption)
        show(Screen::Redemption);
    screen(Screen::Redemption)->presentCard(card);
}

void ManagerOffice::cardReadFailed(const QString& message)
{
    showNotice(message, QStringLiteral("error"));
}

void ManagerOffice::showNotice(const QString& text, const QString& tone)
{
    showToned(m_ui->message, text, tone);
}

QString ManagerOffice::messageText() const
{
    return m_ui->message->text();
}

QString ManagerOffice::messageTone() const
{
    return m_ui->message->property("tone").toString();
}

void ManagerOffice::showHelp()
{
    QList<std::pair<QString, QString>> keys{
        {QStringLiteral("F1"), tr("This help")},
        {QStringLiteral("F2"), tr("Redemption (积分兑换): gifts for points")},
        {QStringLiteral("F3"), tr("Figures: a day, a week, a month or any range, with charts")},
        {QStringLiteral("F4"), tr("Catalogue: prices, the import's dry run, promotions")},
        {QStringLiteral("F5"), tr("Counter settlement of the month's gifts")},
        {QStringLiteral("F6"), tr("Diamond thank-you event: the year's invitations")},
        {QStringLiteral("F7"), tr("Day close (日结)")},
        {QStringLiteral("Shift+F2"), tr("Staff: add, roles, leavers, PINs, lock-outs")},
        {QStringLiteral("Shift+F3"), tr("The programme's settings, points rules, promotions")},
        {QStringLiteral("Shift+F4"), tr("Members from the old system: dry run, import")},
        {QStringLiteral("Ctrl+1 … 4"), tr("The other parts of the terminal")},
        {QStringLiteral("Ctrl+Q"), tr("Log out")},
    };
    keys << screen(m_current)->keyHelp();
    auto* dialog = new KeyHelpDialog(tr("Keys of the manager's office"), keys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { screen(m_current)->restoreFocus(); });
    dialog->open();
}

void ManagerOffice::retranslate()
{
    m_ui->screenTitle->setText(screen(m_current)->title());
    m_ui->keyMap->setText(screen(m_current)->keys());
}

void ManagerOffice::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    Workspace::changeEvent(event);
}

} // namespace viptill
