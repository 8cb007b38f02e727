#pragma once

#include "Commands.h"

#include <optional>

namespace viptill::cli {

// The manager's office from the command line: figures and exports (report
// range, counters, settlement, diamond-event), the day close, cancelling a
// redemption, the import's dry run and prices. The CLI is run by the
// store's IT as a trusted operator: what it changes is recorded as "cli".
bool isManagerCommand(const QString& command);
// Runs `command` if it is one of these (or `product import --dry-run`).
std::optional<Outcome> runManagerCommand(ServiceContext& context, const QString& command,
                                         const QStringList& args);

} // namespace viptill::cli
