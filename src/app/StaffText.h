#pragma once

#include "core/Records.h"

#include <QCoreApplication>
#include <QList>

namespace viptill {

// What staff roles are called on screen.
class StaffText
{
    Q_DECLARE_TR_FUNCTIONS(StaffText)
public:
    static QString role(StaffRole role);
    // In the order a role field offers them: the manager first.
    static QList<StaffRole> roles()
    {
        return {StaffRole::Manager, StaffRole::ServiceDesk, StaffRole::Cashier};
    }
};

} // namespace viptill
