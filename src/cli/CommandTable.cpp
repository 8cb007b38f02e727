#include "CommandTable.h"

#include "CliText.h"
#include "services/StaffService.h"
#include "services/StoreMode.h"

namespace viptill::cli {

namespace {

QStringList wordsOf(const Command& command)
{
    return command.words.split(u' ');
}

// The command whose words start `args`; the longest wins ("redeem cancel"
// over "redeem").
const Command* find(const QStringList& args)
{
    const Command* found = nullptr;
    qsizetype foundWords = 0;
    for (const Command& c : commandTable()) {
        const QStringList words = wordsOf(c);
        if (words.size() > foundWords && args.mid(0, words.size()) == words) {
            found = &c;
            foundWords = words.size();
        }
    }
    return found;
}

// Who is doing it: --staff/--pin after the command's words, else those
// before them or the environment's. Number and PIN always come as a pair
// from one place, so one person's PIN is never tried on another's number.
std::optional<Credentials> credentials(const Options& options, const Session& session)
{
    if (options.isSet(StaffOption) || options.isSet(PinOption))
        return Credentials{options.value(StaffOption), options.value(PinOption)};
    return session.staff;
}

bool mayRun(StaffRole role, Access access)
{
    switch (access) {
    case Access::Anyone:
    case Access::AnyStaff:
        return true;
    case Access::DeskOrManager:
        return role == StaffRole::ServiceDesk || role == StaffRole::Manager;
    case Access::Manager:
    case Access::ManagerOrNoStaffYet:
        return role == StaffRole::Manager;
    }
    return false;
}

// Logs the staff member in as a till does (the same PIN check and lockout,
// the log-in and any wrong PIN recorded), then checks their role. No staff
// for reading commands, nor for a store's very first staff member.
Result<std::optional<StaffMember>> authorise(ServiceContext& ctx, const Command& command,
                                             Access access, const std::optional<Credentials>& who)
{
    if (access == Access::Anyone)
        return std::optional<StaffMember>();
    if (access == Access::ManagerOrNoStaffYet) {
        const Result<bool> staffed = StaffService(ctx).hasStaff();
        if (!staffed)
            return staffed.error();
        if (!staffed.value())
            return std::optional<StaffMember>();
    }
    if (!who || who->number.isEmpty() || who->pin.isEmpty())
        return Error::staffRequired(command.words, CliText::howToGiveStaff());
    const Result<StaffMember> staff = StaffService(ctx).logIn(who->number, who->pin);
    if (!staff)
        return staff.error();
    // A PIN a manager gave is theirs too: nothing is done with it but
    // choosing one's own.
    if (staff->mustChangePin && command.words != u"staff pin")
        return Error(ErrorCode::PinChangeRequired, CliText::pinChangeRequired(staff->number));
    if (!mayRun(staff->role, access)) {
        const bool forDesk = access == Access::DeskOrManager;
        return Error(ErrorCode::NotPermitted,
                     forDesk ? CliText::forDeskOrManagers(staff->number, command.words)
                             : CliText::forManagers(staff->number, command.words));
    }
    return std::optional<StaffMember>(staff.value());
}

QString accessNote(const Command& command)
{
    QString note;
    switch (command.access) {
    case Access::Anyone:
        break;
    case Access::AnyStaff:
        note = CliText::anyStaff();
        break;
    case Access::DeskOrManager:
        note = CliText::deskOrManager();
        break;
    case Access::Manager:
        note = CliText::managerOnly();
        break;
    case Access::ManagerOrNoStaffYet:
        note = CliText::managerOrFirstStaff();
        break;
    }
    if (!command.writingOption.isEmpty() && command.writingAccess == Access::Manager)
        note = CliText::managerWith(command.writingOption);
    return note.isEmpty() ? QString() : QStringLiteral(" [") + note + u']';
}

QString areaHeading(Area area)
{
    switch (area) {
    case Area::SalesAndMembers:
        return CliText::salesAndMembers();
    case Area::CustomerCare:
        return CliText::customerCare();
    case Area::ManagersOffice:
        return CliText::managersOffice();
    case Area::StaffAndProgramme:
        return CliText::staffAndProgramme();
    case Area::CardsAndTrust:
        return CliText::cardsAndTrust();
    }
    return {};
}

} // namespace

const QList<Command>& commandTable()
{
    static const QList<Command> table = salesCommands() + careCommands() + managerCommands() +
                                        programmeCommands() + trustCommands();
    return table;
}

QString helpText()
{
    QString text = CliText::helpIntroduction() + u'\n';
    for (Area area : {Area::SalesAndMembers, Area::CustomerCare, Area::ManagersOffice,
                      Area::StaffAndProgramme, Area::CardsAndTrust}) {
        text += u'\n' + areaHeading(area) + u'\n';
        for (const Command& c : commandTable()) {
            if (c.area != area)
                continue;
            QStringList line{c.words};
            for (const Option& o : c.options)
                line << synopsis(o);
            if (!c.positionals.isEmpty())
                line << c.positionals;
            text += QStringLiteral("  ") + line.join(u' ') + u'\n';
            text += QStringLiteral("      ") + CliText::commandHelp(c.help) + accessNote(c) + u'\n';
        }
    }
    return text;
}

Invocation::Invocation(const QStringList& args)
{
    m_command = find(args);
    if (!m_command) {
        m_usageError = usage(CliText::unknownCommand(args.join(u' ')));
        return;
    }
    Result<Options> parsed = parseOptions(args.mid(wordsOf(*m_command).size()), m_command->options,
                                          m_command->positionals);
    if (!parsed) {
        m_usageError = usage(parsed.error().message());
        return;
    }
    m_options = std::move(parsed).value();
}

bool Invocation::makesTrainingStore() const
{
    return m_command &&
           (m_command->words == u"demo" ||
            (m_command->words == u"init" && m_options.isSet(QStringLiteral("training"))));
}

Outcome run(const Invocation& invocation, const Session& session, ServiceContext* context)
{
    if (!invocation.ok())
        return invocation.usageError();
    const Command& command = invocation.command();
    Call call{context, invocation.options(), session, std::nullopt};
    try {
        if (command.needsStore) {
            if (!context) // a caller's mistake, said as an error rather than a crash
                return refused(Error::database(command.words));
            const std::optional<Credentials> who = credentials(invocation.options(), session);
            const Result<std::optional<StaffMember>> staff =
                authorise(*context, command, command.accessFor(invocation.options()), who);
            if (!staff)
                return refused(staff.error());
            call.staff = staff.value();
            if (call.staff && who)
                call.pin = who->pin;
        }
        return command.run(call);
    } catch (const StorageError& e) {
        // Every service catches its own; this is the net under whatever a
        // command reads on its way (a server lost between two operations).
        return refused(Error::database(QString::fromUtf8(e.what())));
    }
}

Outcome run(ServiceContext& context, const QStringList& args, const Session& session)
{
    return run(Invocation(args), session, &context);
}

} // namespace viptill::cli
