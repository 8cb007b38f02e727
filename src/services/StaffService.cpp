#include "StaffService.h"

#include <QRegularExpression>
#include <sodium.h>

namespace viptill {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
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
    static const QRegularExpression pinShape(QStringLiteral("^\\d{4,8}$"));
    static const QRegularExpression numberShape(QStringLiteral("^\\d{3,8}$"));
    if (!numberShape.match(number).hasMatch())
        return Error(ErrorCode::UnknownStaff, tr("A staff number is 3 to 8 digits."));
    if (!pinShape.match(pin).hasMatch())
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
        staff.id = m_ctx.store.insertStaff(staff, hash);
        transaction.commit();
        return staff;
    });
}

Result<StaffMember> StaffService::checkPin(const QString& number, const QString& pin)
{
    const QDateTime now = m_ctx.clock.now();
    std::optional<StaffMember> staff = m_ctx.store.staffByNumber(number);
    if (!staff || !staff->active)
        return Error(ErrorCode::UnknownStaff, tr("Staff number %1 is not known.").arg(number));
    if (staff->lockedUntil && *staff->lockedUntil > now)
        return Error(
            ErrorCode::StaffLocked,
            tr("Too many wrong PINs: staff number %1 is locked until %2. Ask a manager.")
                .arg(number, staff->lockedUntil->time().toString(QStringLiteral("HH:mm"))));
    if (!pinMatches(m_ctx.store.staffPinHash(staff->id), pin)) {
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
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> staff = checkPin(number, pin);
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
    return guarded<StaffMember>(m_ctx.store, [&]() -> Result<StaffMember> {
        Transaction transaction = m_ctx.store.transaction();
        Result<StaffMember> manager = checkPin(managerNumber, pin);
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

} // namespace viptill
