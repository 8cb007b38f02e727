#include "Command.h"

#include "CliText.h"
#include "JsonViews.h"

namespace viptill::cli {

Outcome ok(QJsonObject json)
{
    return {Ok, std::move(json)};
}

Outcome usage(const QString& message)
{
    return {BadUsage, json::error(Error(ErrorCode::Usage, message))};
}

Outcome refused(const Error& error)
{
    return {Refused, json::error(error)};
}

std::optional<std::int64_t> wholeNumber(const QString& text)
{
    bool isNumber = false;
    const std::int64_t n = text.toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return n;
}

std::optional<std::int64_t> numberOption(const Options& options, const QString& name, Outcome& bad)
{
    const std::optional<std::int64_t> n = wholeNumber(options.value(name));
    if (!n)
        bad = usage(CliText::notNumber(name, options.value(name)));
    return n;
}

std::optional<Id> memberOption(const Options& options, Outcome& bad)
{
    if (!options.isSet(QStringLiteral("member"))) {
        bad = usage(CliText::missing(QStringLiteral("member")));
        return std::nullopt;
    }
    return numberOption(options, QStringLiteral("member"), bad);
}

} // namespace viptill::cli
