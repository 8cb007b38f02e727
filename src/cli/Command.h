#pragma once

// What every command of viptillctl is made of: its table entry, what its
// handler is given, what it answers. Each area's file (Sales, Care, Manager,
// Trust) registers its entries; CommandTable puts them together and runs them.

#include "Options.h"
#include "services/ServiceContext.h"

#include <QJsonObject>
#include <optional>

namespace viptill::cli {

enum ExitCode
{
    Ok = 0,
    Refused = 1,
    BadUsage = 2
};

// One JSON object on stdout and the exit code (cli.md, "Conventions").
struct Outcome
{
    ExitCode exit = Ok;
    QJsonObject json;
};

Outcome ok(QJsonObject json);
Outcome usage(const QString& message);
Outcome refused(const Error& error);

// Who may run a command (shared/docs/cli.md, "Who does it"). Anything but
// Anyone logs the staff member in first, as at a till.
enum class Access
{
    Anyone,             // reading, and init, keys create, demo: no staff
    AnyStaff,           // any role (a sale)
    DeskOrManager,      // the service desk or a manager
    Manager,            // a manager alone
    ManagerOrNoStaffYet // a manager; anyone while the store has no staff at all
};

// A staff number and PIN as given: --staff/--pin, else the environment's.
struct Credentials
{
    QString number;
    QString pin;
};

// What one run of viptillctl knows before its command runs.
struct Session
{
    QString location; // the store: --db, $VIPTILL_DB, the settings file …
    // Given before the command's words or by $VIPTILL_STAFF/$VIPTILL_PIN;
    // --staff/--pin after the words take their place.
    std::optional<Credentials> staff;
    bool training = false; // the store is a training store (StoreMode)
};

// What a command's handler is given.
struct Call
{
    ServiceContext* context; // none for a command that needs no store
    const Options& options;
    const Session& session;
    std::optional<StaffMember> staff; // logged in, for a command that takes staff
    QString pin;                      // the PIN they logged in with (`staff pin` of their own)

    ServiceContext& ctx() const { return *context; }
    // The staff member's id, for the services that record it.
    std::optional<Id> staffId() const { return staff ? std::optional(staff->id) : std::nullopt; }
};

using Handler = Outcome (*)(const Call& call);

// The parts of the help, in the store's areas.
enum class Area
{
    SalesAndMembers,
    CustomerCare,
    ManagersOffice,
    StaffAndProgramme,
    CardsAndTrust
};

struct Command
{
    QString words; // "member show"
    QList<Option> options;
    QString positionals; // what the help shows for non-options ("ITEM..."); empty: none
    Access access = Access::Anyone;
    // An option that makes the command a change (crm template --text): given,
    // `writingAccess` applies instead of `access`.
    QString writingOption;
    Access writingAccess = Access::Anyone;
    const char* help = nullptr; // QT_TRANSLATE_NOOP("CliText", …): one line
    Handler run = nullptr;
    bool needsStore = true; // keys create makes a file before any store
    Area area = Area::SalesAndMembers;

    Access accessFor(const Options& given) const
    {
        return !writingOption.isEmpty() && given.isSet(writingOption) ? writingAccess : access;
    }
};

// The areas' entries, each in its own file.
QList<Command> salesCommands();
QList<Command> careCommands();
QList<Command> managerCommands();
QList<Command> programmeCommands();
QList<Command> trustCommands();

// --- Helpers the handlers share ---

// A whole number, or nothing.
std::optional<std::int64_t> wholeNumber(const QString& text);
// The option as a whole number, or the usage error saying it is not.
std::optional<std::int64_t> numberOption(const Options& options, const QString& name, Outcome& bad);
// --member ID as a number, or the usage error.
std::optional<Id> memberOption(const Options& options, Outcome& bad);

} // namespace viptill::cli
