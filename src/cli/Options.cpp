#include "Options.h"

#include "CliText.h"

#include <QCommandLineParser>

namespace viptill::cli {

Option valued(const char* name, const char* valueName)
{
    return {QString::fromLatin1(name), Option::Kind::Valued, QString::fromLatin1(valueName)};
}

Option flag(const char* name)
{
    return {QString::fromLatin1(name), Option::Kind::Flag, {}};
}

Option repeatable(const char* name, const char* valueName)
{
    return {QString::fromLatin1(name), Option::Kind::Repeatable, QString::fromLatin1(valueName)};
}

Option required(Option option)
{
    option.required = true;
    return option;
}

QString Options::value(const QString& name) const
{
    const QStringList given = m_given.value(name);
    return given.isEmpty() ? QString() : given.last();
}

Result<Options> parseOptions(const QStringList& args, const QList<Option>& options,
                             const QString& positionals)
{
    QCommandLineParser parser;
    // -member is --member: scripts written either way keep working.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QList<Option> all = options;
    all << valued("staff", "NUMBER") << valued("pin", "PIN");
    for (const Option& o : all) {
        if (o.kind == Option::Kind::Flag)
            parser.addOption(QCommandLineOption(o.name));
        else
            parser.addOption(QCommandLineOption(o.name, QString(), o.valueName));
    }
    if (!parser.parse(QStringList{QStringLiteral("viptillctl")} + args))
        return Error(ErrorCode::Usage, parser.errorText());
    Options parsed;
    parsed.m_positional = parser.positionalArguments();
    if (positionals.isEmpty() && !parsed.m_positional.isEmpty())
        return Error(ErrorCode::Usage, CliText::unexpectedArgument(parsed.m_positional.first()));
    for (const Option& o : all) {
        if (!parser.isSet(o.name)) {
            if (o.required)
                return Error(ErrorCode::Usage, CliText::missing(o.name));
            continue;
        }
        parsed.m_given.insert(o.name, o.kind == Option::Kind::Flag ? QStringList{QString()}
                                                                   : parser.values(o.name));
    }
    return parsed;
}

QString synopsis(const Option& option)
{
    QString text = QStringLiteral("--") + option.name;
    if (option.kind != Option::Kind::Flag)
        text += u' ' + option.valueName;
    if (option.kind == Option::Kind::Repeatable)
        text += QStringLiteral("...");
    return option.required ? text : u'[' + text + u']';
}

} // namespace viptill::cli
