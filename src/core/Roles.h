#pragma once

#include "Records.h"

#include <QList>

namespace viptill {

// The parts of the terminal; a member of staff's role decides which open.
enum class Area
{
    Checkout,     // 收银
    ServiceDesk,  // 服务台: joining, the member file, cards
    CustomerCare, // 客户维护: calls, greetings, member classes
    ManagerOffice // 经理室: redemption, figures, catalogue, day close
};

// Cashiers sell; the service desk serves members and keeps in touch with
// them; a manager may do everything, and approves what others may not do alone.
QList<Area> areasFor(StaffRole role);
bool mayEnter(StaffRole role, Area area);

} // namespace viptill
