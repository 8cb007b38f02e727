#pragma once

#include "services/ServiceContext.h"

#include <QJsonObject>
#include <QStringList>

namespace viptill::cli {

enum ExitCode
{
    Ok = 0,
    Refused = 1,
    BadUsage = 2
};

struct Outcome
{
    ExitCode exit = Ok;
    QJsonObject json;
};

Outcome usage(const QString& message);
Outcome refused(const Error& error);

// Runs one command (`args` starts with the command's words) against the
// store. Every command is a thin shell over one service call.
Outcome runCommand(ServiceContext& context, const QStringList& args);

// `keys create [--to FILE]`, by default at `defaultPath`: {"key_file": path}.
Outcome createKeys(const QStringList& args, const QString& defaultPath);

// The commands that need no store open first.
bool isKnownCommand(const QString& command);

} // namespace viptill::cli
