#pragma once

#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

// Staff accounts, PIN log-in and manager approval on the spot. PINs are kept
// only as salted, slow Argon2id hashes (libsodium); repeated wrong PINs lock
// the account for a while.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)
public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockoutMinutes = 15;

    explicit StaffService(ServiceContext& context)
        : m_ctx(context)
    {}

    // A PIN is 4 to 8 digits. Enrols without anyone's say: the demo store
    // and tests set themselves up with it; people go through `add`.
    Result<StaffMember> addStaff(const QString& number, const QString& name, StaffRole role,
                                 const QString& pin);
    Result<StaffMember> logIn(const QString& number, const QString& pin);

    // --- Staff administration (经理室, `viptillctl staff …`): a manager's,
    // each in the audit trail. ---

    // Whether anyone can log in yet: a store without staff opens on its
    // first-run screen.
    Result<bool> hasStaff();
    // A new member of staff. While the store has no staff, the first is
    // added without a manager (`by` none) and must be a manager.
    Result<StaffMember> add(const std::optional<StaffMember>& by, const QString& number,
                            const QString& name, StaffRole role, const QString& pin);
    Result<QList<StaffMember>> list();
    // The last active manager can be neither demoted nor disabled.
    Result<StaffMember> setRole(const StaffMember& manager, const QString& number, StaffRole role);
    // A leaver: cannot log in anywhere; the history keeps the name.
    Result<StaffMember> disable(const StaffMember& manager, const QString& number);
    // Lifts a lock-out after too many wrong PINs.
    Result<StaffMember> unlock(const StaffMember& manager, const QString& number);
    // The same at the log-in screen, where nobody is logged in: the manager
    // gives their own number and PIN on the spot, checked as a log-in is (a
    // wrong one counts toward their own lock-out).
    Result<StaffMember> unlock(const QString& managerNumber, const QString& managerPin,
                               const QString& number);
    // A new PIN from a manager, to be changed at the next log-in.
    Result<StaffMember> resetPin(const StaffMember& manager, const QString& number,
                                 const QString& newPin);
    // The staff member's own new PIN (at the log-in that asks for it, or
    // any time), checked against the current one.
    Result<StaffMember> changePin(const QString& number, const QString& currentPin,
                                  const QString& newPin);
    // A manager's PIN for `action` (void_line, void_sale, change_quantity,
    // return, reprint …) requested by `requester`; recorded with both.
    Result<StaffMember> approve(const QString& managerNumber, const QString& pin,
                                const QString& action, const QString& detail,
                                const StaffMember& requester);
    // Records what a member of staff did (no approval needed).
    Status record(const StaffMember& staff, const QString& action, const QString& detail);

    static QString hashPin(const QString& pin);
    static bool pinMatches(const QString& hash, const QString& pin);

private:
    // What a PIN says of a staff number, worked out before any write lock is
    // taken: Argon2id takes a tenth of a second by design, and on a SQLite
    // store every till would wait that long behind each log-in.
    struct PinCheck
    {
        QString hash; // the hash the PIN was checked against
        bool matches = false;
    };
    Result<PinCheck> verifyPin(const QString& number, const QString& pin);
    // Inside the caller's transaction: the staff member as they are now, or
    // why not; a wrong PIN counts toward the lock-out.
    Result<StaffMember> checkPin(const QString& number, const PinCheck& check);
    // The staff member `number` for a manager's change, or why not.
    Result<StaffMember> target(const StaffMember& manager, const QString& number);
    void recordAdmin(const StaffMember& manager, const QString& action, const StaffMember& staff,
                     const QString& detail);

    ServiceContext& m_ctx;
};

} // namespace viptill
