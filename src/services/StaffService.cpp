#include "StaffService.h"

#include "core/KeyedHash.h"

#include <QRegularExpression>
#include <sodium.h>

namespace viptill {

namespace {

const QRegularExpression& pinShape()
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4,8}$"));
    return shape;
}

const QRegularExpression& numberShape()
{
    static const QRegularExpression shape(QStringLiteral("^\\d{3,8}$"));
    return shape;
}

bool plainName(const QString& name)
{
    return !name.isEmpty() && name.size() <= 40 &&
           std::none_of(name.begin(), name.end(), [](QChar c) {
               return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
           });
}

} // namespace

QString StaffService::hashPin(const QString& pin)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {}; // out of memory: no account is made without a hash
    return QString::fromLatin1(hash);
}

bool StaffService::pinMatches(const QString& hash, const QString& pin)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

Result<StaffMember> StaffService::addStaff(const QString& number, const QString& name,
                                           StaffRole role, const QString& pin)
{
    if (!numberShape().match(number).hasMatch())
        return Error(ErrorCode::UnknownStaff, tr("A staff number is 3 to 8 digits."));
    if (!pinShape().match(pin).hasMatch())
        return Error(ErrorCode::WrongPin, tr("A PIN is 4 to 8 digits."));
    const QString hash = hashPin(pin);
    if (hash.isEmpty())
        return Error::database(tr("the PIN could not be protected"));
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        if (m_ctx.store.staffByNumber(number))
            return Error(ErrorCode::UnknownStaff, tr("Staff number %1 is taken.").arg(number));
        StaffMember staff;
        staff.number = number;
        staff.name = name.trimmed();
        staff.role = role;
        staff.id = m_ctx.store.insertStaff(staff, hash, m_ctx.clock.now());
        transaction.commit();
        return staff;
    });
}

Result<StaffService::PinCheck> StaffService::verifyPin(const QString& number, const QString& pin)
{
    Result<QString> hash = guarded<QString>(m_ctx.store, [&]() -> Result<QString> {
        const std::optional<StaffMember> staff = m_ctx.store.staffByNumber(number);
        return staff ? m_ctx.store.staffPinHash(staff->id) : QString();
    });
    if (!hash)
        return hash.error();
    return PinCheck{hash.value(), pinMatches(hash.value(), pin)};
}

Result<StaffMember> StaffService::checkPin(const QString& number, const PinCheck& check)
{
    const QDateTime now = m_ctx.clock.now();
    std::optional<StaffMember> staff = m_ctx.store.staffByNumber(number);
    if (!staff)
        return Error(ErrorCode::UnknownStaff, tr("Staff number %1 is not known.").arg(number));
    if (!staff->active)
        return Error(
            ErrorCode::StaffDisabled,
            tr("Staff number %1 has left the store and can no longer log in.").arg(number));
    if (staff->lockedUntil && *staff->lockedUntil > now)
        return Error(
            ErrorCode::StaffLocked,
            tr("Too many wrong PINs: staff number %1 is locked until %2. Ask a manager.")
                .arg(number, staff->lockedUntil->time().toString(QStringLiteral("HH:mm"))));
    // A PIN reset meanwhile: what was checked is no longer the PIN.
    const bool matches = check.matches && m_ctx.store.staffPinHash(staff->id) == check.hash;
    if (!matches) {
        const int failures = staff->failedAttempts + 1;
        const bool lock = failures >= MaxFailedAttempts;
        m_ctx.store.setStaffLockout(staff->id, lock ? 0 : failures,
                                    lock ? std::optional(now.addSecs(LockoutMinutes * 60))
                                         : std::nullopt);
        m_ctx.store.logStaffEvent(
            {staff->id, {}, m_ctx.terminal, QStringLiteral("wrong_pin"), {}, now});
        return Error(ErrorCode::WrongPin, tr("Wrong PIN for staff number %1.").arg(number));
    }
    if (staff->failedAttempts != 0 || staff->lockedUntil)
        m_ctx.store.setStaffLockout(staff->id, 0, std::nullopt);
    staff->failedAttempts = 0;
    staff->lockedUntil.reset();
    return *staff;
}

Result<StaffMember> StaffService::logIn(const QString& number, const QString& pin)
{
    const Result<PinCheck> check = verifyPin(number, pin);
    if (!check)
        return check.error();
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = checkPin(number, *check);
        if (staff)
            m_ctx.store.logStaffEvent(
                {staff->id, {}, m_ctx.terminal, QStringLiteral("login"), {}, m_ctx.clock.now()});
        // Failed attempts are recorded too: commit either way.
        transaction.commit();
        return staff;
    });
}

Result<StaffMember> StaffService::approve(const QString& managerNumber, const QString& pin,
                                          const QString& action, const QString& detail,
                                          const StaffMember& requester)
{
    const Result<PinCheck> check = verifyPin(managerNumber, pin);
    if (!check)
        return check.error();
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> manager = checkPin(managerNumber, *check);
        if (manager && manager->role != StaffRole::Manager)
            manager = Error(
                ErrorCode::NotPermitted,
                tr("Staff number %1 is not a manager and cannot approve this.").arg(managerNumber));
        if (manager)
            m_ctx.store.logStaffEvent(
                {requester.id, manager->id, m_ctx.terminal, action, detail, m_ctx.clock.now()});
        transaction.commit();
        return manager;
    });
}

Status StaffService::record(const StaffMember& staff, const QString& action, const QString& detail)
{
    return guarded<Done>(m_ctx.store, [&]() -> Status {
        Transaction transaction = m_ctx.store.transaction();
        m_ctx.store.logStaffEvent(
            {staff.id, {}, m_ctx.terminal, action, detail, m_ctx.clock.now()});
        transaction.commit();
        return success();
    });
}

Result<bool> StaffService::hasStaff()
{
    return guarded<bool>(m_ctx.store, [&]() -> Result<bool> { return m_ctx.store.hasStaff(); });
}

Result<StaffMember> StaffService::add(const std::optional<StaffMember>& by, const QString& number,
                                      const QString& name, StaffRole role, const QString& pin)
{
    const QString cleanName = name.trimmed();
    if (!numberShape().match(number).hasMatch())
        return Error(ErrorCode::UnknownStaff, tr("A staff number is 3 to 8 digits."));
    if (!plainName(cleanName))
        return Error(ErrorCode::InvalidName,
                     tr("Enter the staff member's name (1 to 40 characters)."));
    if (!pinShape().match(pin).hasMatch())
        return Error(ErrorCode::InvalidPin, tr("A PIN is 4 to 8 digits."));
    if (by && by->role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted, tr("Only a manager may add staff."));
    const QString hash = hashPin(pin);
    if (hash.isEmpty())
        return Error::database(tr("the PIN could not be protected"));
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        const bool first = !m_ctx.store.hasStaff();
        if (!by && !first)
            return Error(ErrorCode::StaffRequired,
                         tr("The store has staff: a manager adds the next one."));
        if (first && role != StaffRole::Manager)
            return Error(ErrorCode::NotPermitted,
                         tr("The store's first member of staff is its manager: everyone else is "
                            "added by a manager."));
        if (by) {
            const std::optional<StaffMember> manager = m_ctx.store.staffById(by->id);
            if (!manager || !manager->active || manager->role != StaffRole::Manager)
                return Error(ErrorCode::NotPermitted, tr("Only a manager may add staff."));
        }
        if (m_ctx.store.staffByNumber(number))
            return Error(ErrorCode::StaffExists, tr("Staff number %1 is taken.").arg(number));
        StaffMember staff;
        staff.number = number;
        staff.name = cleanName;
        staff.role = role;
        const QDateTime now = m_ctx.clock.now();
        staff.id = m_ctx.store.insertStaff(staff, hash, now);
        // The first manager records their own arrival.
        recordAdmin(by.value_or(staff), QStringLiteral("staff_add"), staff,
                    QStringLiteral("%1 %2").arg(staffRoleCode(role), staff.name));
        transaction.commit();
        return staff;
    });
}

Result<QList<StaffMember>> StaffService::list()
{
    return guarded<QList<StaffMember>>(
        m_ctx.store, [&]() -> Result<QList<StaffMember>> { return m_ctx.store.allStaff(); });
}

Result<StaffMember> StaffService::target(const StaffMember& manager, const QString& number)
{
    const std::optional<StaffMember> current = m_ctx.store.staffById(manager.id);
    if (!current || !current->active || current->role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted, tr("Only a manager may change staff."));
    const std::optional<StaffMember> staff = m_ctx.store.staffByNumber(number.trimmed());
    if (!staff)
        return Error(ErrorCode::UnknownStaff, tr("Staff number %1 is not known.").arg(number));
    return *staff;
}

void StaffService::recordAdmin(const StaffMember& manager, const QString& action,
                               const StaffMember& staff, const QString& detail)
{
    m_ctx.store.logStaffEvent(
        {manager.id, {}, m_ctx.terminal, action, detail, m_ctx.clock.now(), staff.number});
}

Result<StaffMember> StaffService::setRole(const StaffMember& manager, const QString& number,
                                          StaffRole role)
{
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = target(manager, number);
        if (!staff)
            return staff.error();
        if (staff->role == role)
            return staff;
        if (staff->role == StaffRole::Manager && staff->active && m_ctx.store.activeManagers() <= 1)
            return Error(ErrorCode::LastManager,
                         tr("%1 is the store's last manager: make someone else a manager first.")
                             .arg(staff->number));
        m_ctx.store.setStaffRole(staff->id, role);
        recordAdmin(
            manager, QStringLiteral("staff_role"), *staff,
            QStringLiteral("%1 -> %2").arg(staffRoleCode(staff->role), staffRoleCode(role)));
        transaction.commit();
        StaffMember changed = staff.value();
        changed.role = role;
        return changed;
    });
}

Result<StaffMember> StaffService::disable(const StaffMember& manager, const QString& number)
{
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = target(manager, number);
        if (!staff)
            return staff.error();
        if (!staff->active)
            return staff;
        if (staff->role == StaffRole::Manager && m_ctx.store.activeManagers() <= 1)
            return Error(
                ErrorCode::LastManager,
                tr("%1 is the store's last manager and cannot be disabled.").arg(staff->number));
        m_ctx.store.disableStaff(staff->id, m_ctx.clock.now());
        recordAdmin(manager, QStringLiteral("staff_disable"), *staff, staff->name);
        transaction.commit();
        StaffMember changed = staff.value();
        changed.active = false;
        return changed;
    });
}

Result<StaffMember> StaffService::unlock(const StaffMember& manager, const QString& number)
{
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = target(manager, number);
        if (!staff)
            return staff.error();
        m_ctx.store.setStaffLockout(staff->id, 0, std::nullopt);
        recordAdmin(manager, QStringLiteral("staff_unlock"), *staff, {});
        transaction.commit();
        StaffMember changed = staff.value();
        changed.failedAttempts = 0;
        changed.lockedUntil.reset();
        return changed;
    });
}

Result<StaffMember> StaffService::unlock(const QString& managerNumber, const QString& managerPin,
                                         const QString& number)
{
    const Result<PinCheck> check = verifyPin(managerNumber, managerPin);
    if (!check)
        return check.error();
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        const Result<StaffMember> manager = checkPin(managerNumber, *check);
        if (!manager) {
            transaction.commit(); // the wrong PIN counts toward the lock-out
            return manager.error();
        }
        if (manager->role != StaffRole::Manager)
            return Error(ErrorCode::NotPermitted,
                         tr("Staff number %1 is not a manager and cannot unlock anyone.")
                             .arg(managerNumber));
        Result<StaffMember> staff = target(*manager, number);
        if (!staff)
            return staff.error();
        m_ctx.store.setStaffLockout(staff->id, 0, std::nullopt);
        recordAdmin(*manager, QStringLiteral("staff_unlock"), *staff, {});
        transaction.commit();
        StaffMember changed = staff.value();
        changed.failedAttempts = 0;
        changed.lockedUntil.reset();
        return changed;
    });
}

Result<StaffMember> StaffService::resetPin(const StaffMember& manager, const QString& number,
                                           const QString& newPin)
{
    if (!pinShape().match(newPin).hasMatch())
        return Error(ErrorCode::InvalidPin, tr("A PIN is 4 to 8 digits."));
    const QString hash = hashPin(newPin);
    if (hash.isEmpty())
        return Error::database(tr("the PIN could not be protected"));
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = target(manager, number);
        if (!staff)
            return staff.error();
        // A manager setting their own PIN chooses it: nothing to change later.
        const bool mustChange = staff->id != manager.id;
        m_ctx.store.setStaffPin(staff->id, hash, mustChange);
        recordAdmin(manager, QStringLiteral("staff_pin_reset"), *staff, {});
        transaction.commit();
        StaffMember changed = staff.value();
        changed.mustChangePin = mustChange;
        changed.failedAttempts = 0;
        changed.lockedUntil.reset();
        return changed;
    });
}

Result<StaffMember> StaffService::changePin(const QString& number, const QString& currentPin,
                                            const QString& newPin)
{
    if (!pinShape().match(newPin).hasMatch())
        return Error(ErrorCode::InvalidPin, tr("A PIN is 4 to 8 digits."));
    if (newPin == currentPin)
        return Error(ErrorCode::InvalidPin, tr("Choose a PIN other than the one given to you."));
    const QString hash = hashPin(newPin);
    if (hash.isEmpty())
        return Error::database(tr("the PIN could not be protected"));
    const Result<PinCheck> check = verifyPin(number, currentPin);
    if (!check)
        return check.error();
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = checkPin(number, *check);
        if (!staff) {
            transaction.commit(); // the wrong PIN counts toward the lock-out
            return staff;
        }
        m_ctx.store.setStaffPin(staff->id, hash, false);
        m_ctx.store.logStaffEvent({staff->id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("staff_pin_change"),
                                   {},
                                   m_ctx.clock.now(),
                                   staff->number});
        transaction.commit();
        StaffMember changed = staff.value();
        changed.mustChangePin = false;
        return changed;
    });
}

} // namespace viptill
