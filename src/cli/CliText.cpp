#include "CliText.h"

namespace viptill::cli {

QString CliText::unknownCommand(const QString& command)
{
    return tr("Unknown command \"%1\". Run viptillctl --help.").arg(command);
}

QString CliText::missing(const QString& option)
{
    return tr("The option --%1 is required.").arg(option);
}

QString CliText::notNumber(const QString& option, const QString& value)
{
    return tr("--%1 takes a whole number, not \"%2\".").arg(option, value);
}

QString CliText::badDate(const QString& value)
{
    return tr("\"%1\" is not a date of the form YYYY-MM-DD.").arg(value);
}

QString CliText::badList(const QString& option)
{
    return tr("--%1 takes numbers separated by commas, such as 1,3.").arg(option);
}

QString CliText::oneOf(const QString& a, const QString& b)
{
    return tr("Give exactly one of %1 or %2.").arg(a, b);
}

QString CliText::mustBeOneOf(const QString& option, const QStringList& values)
{
    return tr("--%1 must be one of: %2.").arg(option, values.join(QStringLiteral(", ")));
}

QString CliText::unexpectedArgument(const QString& extra)
{
    return tr("Unexpected argument \"%1\"; every value goes with its --option.").arg(extra);
}

QString CliText::noItems()
{
    return tr("Name at least one item: BARCODE or BARCODE*QTY.");
}

QString CliText::badReason()
{
    return tr("--reason must be lost, damaged or demagnetized.");
}

QString CliText::memberCardOrMobile()
{
    return tr("Give exactly one of --member, --card or --mobile.");
}

QString CliText::importUsage()
{
    return tr("Usage: viptillctl product import FILE.csv");
}

QString CliText::dryRunUsage()
{
    return tr("Usage: viptillctl product import --dry-run FILE.csv");
}

QString CliText::badSeason(const QString& value)
{
    return tr("\"%1\" is not a feedback season: give the report month as YYYY-03, YYYY-05, "
              "YYYY-09 or YYYY-12.")
        .arg(value);
}

QString CliText::badSetting(const QString& value)
{
    return tr("--set takes KEY=VALUE, not \"%1\".").arg(value);
}

QString CliText::rangeOrMonth()
{
    return tr("Give --from and --to, or --month YYYY-MM.");
}

QString CliText::barcodeOrCounter()
{
    return tr("Give exactly one of --barcode or --counter.");
}

QString CliText::setFlag()
{
    return tr("--set takes 1 (special-price goods) or 0.");
}

QString CliText::badNow(const QString& value)
{
    return tr("VIPTILL_NOW must be a local time YYYY-MM-DDTHH:MM:SS, not \"%1\".").arg(value);
}

QString CliText::badTerminal(const QString& value)
{
    return tr("A terminal code is 1 to 8 capital letters or digits, not \"%1\".").arg(value);
}

QString CliText::cannotOpen(const QString& location, const QString& why)
{
    return tr("The database %1 cannot be opened: %2").arg(location, why);
}

QString CliText::settingsSetUsage()
{
    return tr("Usage: viptillctl settings set KEY VALUE [--from DATE] [--to DATE] [--note TEXT]");
}

QString CliText::memberImportUsage()
{
    return tr("Usage: viptillctl member import FILE.csv [--dry-run]");
}

QString CliText::pinChangeRequired(const QString& number)
{
    return tr("Staff number %1 was given a new PIN by a manager: choose your own first, at a till "
              "or with: viptillctl staff pin --number %1 --new-pin NEW. Nothing was changed.")
        .arg(number);
}

QString CliText::howToGiveStaff()
{
    return tr("give --staff NUMBER --pin PIN, or set VIPTILL_STAFF and VIPTILL_PIN.");
}

QString CliText::forManagers(const QString& number, const QString& command)
{
    return tr("Staff number %1 may not run \"%2\": it is for a manager. Nothing was changed.")
        .arg(number, command);
}

QString CliText::forDeskOrManagers(const QString& number, const QString& command)
{
    return tr("Staff number %1 may not run \"%2\": it is for the service desk or a manager. "
              "Nothing was changed.")
        .arg(number, command);
}

QString CliText::helpIntroduction()
{
    return tr("Usage: viptillctl [--db PATH] [--terminal CODE] [--staff NUMBER --pin PIN] "
              "COMMAND ...\n"
              "A command that changes the store is done in a staff member's name: --staff and "
              "--pin\n"
              "(before or after the command's words), or VIPTILL_STAFF and VIPTILL_PIN.\n"
              "See docs/cli.md for each command's output.");
}

QString CliText::salesAndMembers()
{
    return tr("Sales and members:");
}

QString CliText::customerCare()
{
    return tr("Customer care:");
}

QString CliText::managersOffice()
{
    return tr("Manager's office:");
}

QString CliText::staffAndProgramme()
{
    return tr("Staff and the programme's settings:");
}

QString CliText::cardsAndTrust()
{
    return tr("Cards, trust and the store:");
}

QString CliText::anyStaff()
{
    return tr("staff: any role");
}

QString CliText::deskOrManager()
{
    return tr("staff: service desk or manager");
}

QString CliText::managerOnly()
{
    return tr("staff: manager");
}

QString CliText::managerOrFirstStaff()
{
    return tr("staff: manager; none while the store has no staff");
}

QString CliText::managerWith(const QString& option)
{
    return tr("staff: manager, with --%1").arg(option);
}

QString CliText::commandHelp(const char* text)
{
    return QCoreApplication::translate("CliText", text);
}

} // namespace viptill::cli
