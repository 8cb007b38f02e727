#include "StaffScreen.h"

#include "StaffText.h"
#include "services/StaffService.h"
#include "ui_staffscreen.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace viptill {

StaffScreen::StaffScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::StaffScreen)
{
    m_ui->setupUi(this);
    m_ui->staffTable->setModel(&m_model);
    m_ui->staffTable->setFocusPolicy(Qt::NoFocus);
    m_ui->staffTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->staffTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->staffTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->staffTable->verticalHeader()->setVisible(false);
    m_ui->staffTable->setAlternatingRowColors(true);
    m_ui->staffTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fillRoles();
    connect(m_ui->number, &QLineEdit::returnPressed, m_ui->name, qOverload<>(&QWidget::setFocus));
    connect(m_ui->name, &QLineEdit::returnPressed, m_ui->role, qOverload<>(&QWidget::setFocus));
    connect(m_ui->pin, &QLineEdit::returnPressed, this, &StaffScreen::add);
    for (QWidget* field : {static_cast<QWidget*>(m_ui->number), static_cast<QWidget*>(m_ui->name),
                           static_cast<QWidget*>(m_ui->pin), static_cast<QWidget*>(m_ui->role)})
        field->installEventFilter(this);
    const QList<std::pair<Qt::Key, void (StaffScreen::*)()>> keys{
        {Qt::Key_F8, &StaffScreen::changeRole},
        {Qt::Key_F9, &StaffScreen::disable},
        {Qt::Key_F10, &StaffScreen::resetPin},
        {Qt::Key_F11, &StaffScreen::unlock}};
    for (const auto& [key, action] : keys) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, action] { (this->*action)(); });
    }
}

StaffScreen::~StaffScreen() = default;

QString StaffScreen::title() const
{
    return tr("Staff (员工)");
}

QString StaffScreen::keys() const
{
    return tr("↑↓ Choose · number, name, role, PIN, Enter: add (manager PIN) · F8 Role · F9 "
              "Leaver · F10 Reset PIN · F11 Unlock");
}

QList<std::pair<QString, QString>> StaffScreen::keyHelp() const
{
    return {
        {QStringLiteral("↑ ↓"), tr("Choose someone: the form holds them")},
        {QStringLiteral("Enter"), tr("Next field; on the PIN, add the new staff member")},
        {QStringLiteral("F8"), tr("Give the chosen staff member the role in the form")},
        {QStringLiteral("F9"), tr("A leaver: can no longer log in; the history keeps the name")},
        {QStringLiteral("F10"), tr("Reset the PIN to the one in the form: changed at log-in")},
        {QStringLiteral("F11"), tr("Lift a lock-out after wrong PINs")},
    };
}

void StaffScreen::fillRoles()
{
    const int current = m_ui->role->currentIndex();
    m_ui->role->clear();
    for (const StaffRole r : StaffText::roles())
        m_ui->role->addItem(StaffText::role(r), static_cast<int>(r));
    // A new member of staff is most often a cashier.
    m_ui->role->setCurrentIndex(current >= 0 ? current : m_ui->role->count() - 1);
}

void StaffScreen::reset()
{
    for (QLineEdit* field : {m_ui->number, m_ui->name, m_ui->pin})
        field->clear();
    m_ui->role->setCurrentIndex(m_ui->role->count() - 1);
    m_model.setStaff({}, {});
}

void StaffScreen::activate()
{
    load();
    restoreFocus();
}

void StaffScreen::restoreFocus()
{
    m_ui->number->setFocus();
}

void StaffScreen::load()
{
    const Result<QList<StaffMember>> staff = StaffService(m_office.till.services).list();
    if (!staff) {
        bad(staff.error().message());
        return;
    }
    const QString chosen = chosenNumber();
    m_model.setStaff(staff.value(), m_office.till.services.clock.now());
    const int row = m_model.rowOf(chosen);
    if (row >= 0)
        m_ui->staffTable->selectRow(row);
    else
        m_ui->staffTable->clearSelection();
}

QString StaffScreen::chosenNumber() const
{
    return m_ui->number->text().trimmed();
}

StaffRole StaffScreen::chosenRole() const
{
    return static_cast<StaffRole>(m_ui->role->currentData().toInt());
}

void StaffScreen::choose(int row)
{
    if (m_model.rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model.rowCount() - 1);
    const StaffMember& s = m_model.staff().at(row);
    m_ui->staffTable->selectRow(row);
    m_ui->number->setText(s.number);
    m_ui->name->setText(s.name);
    m_ui->role->setCurrentIndex(m_ui->role->findData(static_cast<int>(s.role)));
    m_ui->pin->clear();
}

bool StaffScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_ui->role) {
            // ↑ ↓ choose the role there; Enter goes on to the PIN.
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_ui->pin->setFocus();
                return true;
            }
        } else if (key == Qt::Key_Up || key == Qt::Key_Down) {
            const int row = m_model.rowOf(chosenNumber());
            choose(row < 0 ? 0 : row + (key == Qt::Key_Up ? -1 : 1));
            return true;
        }
    }
    return OfficeScreen::eventFilter(watched, event);
}

void StaffScreen::change(const QString& action, const QString& what,
                         std::function<Result<StaffMember>(const StaffMember&)> change,
                         std::function<QString(const StaffMember&)> done)
{
    if (chosenNumber().isEmpty()) {
        bad(tr("Choose someone with ↑ ↓, or type their staff number."));
        m_ui->number->setFocus();
        return;
    }
    withApproval(
        action, what,
        [this, change, done](const StaffMember& manager) {
            const Result<StaffMember> changed = change(manager);
            if (!changed) {
                bad(changed.error().message());
                return;
            }
            m_ui->pin->clear();
            m_ui->number->setText(changed->number);
            load();
            good(done(changed.value()));
        },
        m_ui->number);
}

void StaffScreen::add()
{
    const QString number = chosenNumber();
    const QString name = m_ui->name->text().trimmed();
    const StaffRole role = chosenRole();
    const QString pin = m_ui->pin->text();
    m_ui->pin->clear();
    change(
        QStringLiteral("approve_staff_add"),
        tr("add %1 %2 as %3").arg(number, name, StaffText::role(role)),
        [this, number, name, role, pin](const StaffMember& manager) {
            return StaffService(m_office.till.services).add(manager, number, name, role, pin);
        },
        [](const StaffMember& s) {
            return tr("%1 %2 is added as %3 and can log in now.")
                .arg(s.number, s.name, StaffText::role(s.role));
        });
}

void StaffScreen::changeRole()
{
    const QString number = chosenNumber();
    const StaffRole role = chosenRole();
    change(
        QStringLiteral("approve_staff_role"), tr("make %1 %2").arg(number, StaffText::role(role)),
        [this, number, role](const StaffMember& manager) {
            return StaffService(m_office.till.services).setRole(manager, number, role);
        },
        [](const StaffMember& s) {
            return tr("%1 %2 is now %3.").arg(s.number, s.name, StaffText::role(s.role));
        });
}

void StaffScreen::disable()
{
    const QString number = chosenNumber();
    change(
        QStringLiteral("approve_staff_disable"), tr("%1 leaves the store").arg(number),
        [this, number](const StaffMember& manager) {
            return StaffService(m_office.till.services).disable(manager, number);
        },
        [](const StaffMember& s) {
            return tr("%1 %2 has left: they can no longer log in.").arg(s.number, s.name);
        });
}

void StaffScreen::resetPin()
{
    const QString number = chosenNumber();
    const QString pin = m_ui->pin->text();
    m_ui->pin->clear();
    change(
        QStringLiteral("approve_staff_pin_reset"), tr("a new PIN for %1").arg(number),
        [this, number, pin](const StaffMember& manager) {
            return StaffService(m_office.till.services).resetPin(manager, number, pin);
        },
        [](const StaffMember& s) {
            return s.mustChangePin
                       ? tr("%1 %2 has the new PIN and chooses their own at the next log-in.")
                             .arg(s.number, s.name)
                       : tr("Your new PIN is set, %1.").arg(s.name);
        });
}

void StaffScreen::unlock()
{
    const QString number = chosenNumber();
    change(
        QStringLiteral("approve_staff_unlock"), tr("unlock %1").arg(number),
        [this, number](const StaffMember& manager) {
            return StaffService(m_office.till.services).unlock(manager, number);
        },
        [](const StaffMember& s) {
            return tr("%1 %2 is unlocked and can log in again.").arg(s.number, s.name);
        });
}

void StaffScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillRoles();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
