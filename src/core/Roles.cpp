#include "Roles.h"

namespace viptill {

QList<Area> areasFor(StaffRole role)
{
    switch (role) {
    case StaffRole::Cashier:
        return {Area::Checkout};
    case StaffRole::ServiceDesk:
        return {Area::ServiceDesk, Area::CustomerCare};
    case StaffRole::Manager:
        return {Area::Checkout, Area::ServiceDesk, Area::CustomerCare, Area::ManagerOffice};
    }
    return {};
}

bool mayEnter(StaffRole role, Area area)
{
    return areasFor(role).contains(area);
}

} // namespace viptill
