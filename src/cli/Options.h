#pragma once

#include "core/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace viptill::cli {

// One option a command takes: `--name VALUE`, or a flag `--name`.
struct Option
{
    enum class Kind
    {
        Valued,     // --name VALUE; given twice, the last counts
        Flag,       // --name
        Repeatable, // --name VALUE, as often as needed
    };
    QString name;
    Kind kind = Kind::Valued;
    QString valueName; // what the help shows: --card CARD
    bool required = false;
};

Option valued(const char* name, const char* valueName);
Option flag(const char* name);
Option repeatable(const char* name, const char* valueName);
// The same option, which the command cannot do without.
Option required(Option option);

// The options every command takes after its words: who does it.
inline const QString StaffOption = QStringLiteral("staff");
inline const QString PinOption = QStringLiteral("pin");

// A command's arguments after its words, parsed.
class Options
{
public:
    bool isSet(const QString& name) const { return m_given.contains(name); }
    // The last value given, or empty.
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_given.value(name); }
    // What is not an option (sale's items, an import's file).
    const QStringList& positional() const { return m_positional; }

private:
    friend Result<Options> parseOptions(const QStringList&, const QList<Option>&, const QString&);
    QHash<QString, QStringList> m_given; // a flag has one empty value
    QStringList m_positional;
};

// Parses `args` (what follows the command's words) against `options`, plus
// --staff and --pin. `positionals` names the arguments that are not options
// ("ITEM...", "FILE.csv"); empty: the command takes none. An unknown option,
// a missing value, an unexpected argument or a required option not given is
// a usage error (ErrorCode::Usage, its message for people).
Result<Options> parseOptions(const QStringList& args, const QList<Option>& options,
                             const QString& positionals);

// How the help shows an option: "--card CARD", "[--clear]", "--receipt NO...".
QString synopsis(const Option& option);

} // namespace viptill::cli
