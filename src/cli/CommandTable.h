#pragma once

#include "Command.h"

namespace viptill::cli {

// Every command viptillctl knows, in the order the help lists them.
const QList<Command>& commandTable();

// `viptillctl --help`: every command of the table with its options, what it
// does and who may run it.
QString helpText();

// A command line (its words and what follows them) matched to the table and
// its options parsed; or the usage error saying why not.
class Invocation
{
public:
    explicit Invocation(const QStringList& args);

    bool ok() const { return m_command && !m_usageError; }
    const Outcome& usageError() const { return *m_usageError; }
    const Command& command() const { return *m_command; }
    const Options& options() const { return m_options; }
    // `demo` and `init --training`: the store is to be a training store, so
    // its clock may be set as a training store's is.
    bool makesTrainingStore() const;

private:
    const Command* m_command = nullptr;
    Options m_options;
    std::optional<Outcome> m_usageError;
};

// Runs the command: the staff member logged in and their role checked when
// it changes the store, then its handler. Never throws: a store that fails
// under it (a lost server) answers DATABASE_ERROR. `context` may be null
// only for a command that needs no store.
Outcome run(const Invocation& invocation, const Session& session, ServiceContext* context);
// The same from the command's words on (tests, the fuzzer).
Outcome run(ServiceContext& context, const QStringList& args, const Session& session = {});

} // namespace viptill::cli
