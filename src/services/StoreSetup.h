#pragma once

#include "ProgrammeSettings.h"
#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

// 开店: what a new store's first run records before anyone can log in: its
// first manager and its name, address and phone, as one operation. A
// refusal (a cashier as the first staff member, a name too long, a store
// that has staff already) records nothing at all.
class StoreSetup
{
    Q_DECLARE_TR_FUNCTIONS(StoreSetup)
public:
    explicit StoreSetup(ServiceContext& context)
        : m_ctx(context)
    {}

    // The first manager (StaffService::add by nobody) and the store's
    // identity as settings from today, set in that manager's name. An empty
    // address or phone is left unset.
    Result<StaffMember> begin(const StoreIdentity& store, const QString& number,
                              const QString& name, StaffRole role, const QString& pin);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
