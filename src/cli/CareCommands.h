#pragma once

#include "Commands.h"

namespace viptill::cli {

// The customer-care commands (crm …, member file, member edit): a thin
// shell over the customer-care services, their JSON in CareCommands.cpp.
bool isCareCommand(const QString& command);
QStringList careCommands();
Outcome runCareCommand(ServiceContext& context, const QString& command, const QStringList& options);

} // namespace viptill::cli
