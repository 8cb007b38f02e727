#include "StaffText.h"

namespace viptill {

QString StaffText::role(StaffRole role)
{
    switch (role) {
    case StaffRole::Cashier:
        return tr("Cashier");
    case StaffRole::ServiceDesk:
        return tr("Service desk");
    case StaffRole::Manager:
        return tr("Manager");
    }
    return {};
}

} // namespace viptill
