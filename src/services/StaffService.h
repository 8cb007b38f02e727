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

    // A PIN is 4 to 8 digits.
    Result<StaffMember> addStaff(const QString& number, const QString& name, StaffRole role,
                                 const QString& pin);
    Result<StaffMember> logIn(const QString& number, const QString& pin);
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
    Result<StaffMember> checkPin(const QString& number, const QString& pin);

    ServiceContext& m_ctx;
};

} // namespace viptill
