#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace viptill::cli {

// Every text viptillctl itself shows people (the services' refusals bring
// their own). One translation context: CliText.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
public:
    // Usage
    static QString unknownCommand(const QString& command);
    static QString missing(const QString& option);
    static QString notNumber(const QString& option, const QString& value);
    static QString badDate(const QString& value);
    static QString badList(const QString& option);
    static QString oneOf(const QString& a, const QString& b);
    static QString mustBeOneOf(const QString& option, const QStringList& values);
    static QString unexpectedArgument(const QString& extra);
    static QString noItems();
    static QString badReason();
    static QString memberCardOrMobile();
    static QString importUsage();
    static QString dryRunUsage();
    static QString badSeason(const QString& value);
    static QString badSetting(const QString& value);
    static QString rangeOrMonth();
    static QString barcodeOrCounter();
    static QString setFlag();
    static QString badNow(const QString& value);
    static QString badTerminal(const QString& value);
    static QString cannotOpen(const QString& location, const QString& why);
    static QString settingsSetUsage();
    static QString memberImportUsage();

    // Who does it
    static QString howToGiveStaff();
    static QString forManagers(const QString& number, const QString& command);
    static QString forDeskOrManagers(const QString& number, const QString& command);
    static QString pinChangeRequired(const QString& number);

    // --help
    static QString helpIntroduction();
    static QString salesAndMembers();
    static QString customerCare();
    static QString managersOffice();
    static QString staffAndProgramme();
    static QString cardsAndTrust();
    static QString anyStaff();
    static QString deskOrManager();
    static QString managerOnly();
    static QString managerOrFirstStaff();
    static QString managerWith(const QString& option);
    // A command's one-line help, marked with QT_TRANSLATE_NOOP("CliText", …).
    static QString commandHelp(const char* text);
};

} // namespace viptill::cli
