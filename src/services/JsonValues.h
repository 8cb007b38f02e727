#pragma once

#include "core/Clock.h"
#include "core/Money.h"

#include <QDate>
#include <QJsonValue>
#include <cstdint>
#include <optional>

// The JSON values every JSON shape here is made of: integers (money in fen,
// never a float) and dates, with null for a date there is not.
namespace viptill::json {

inline QJsonValue integer(std::int64_t n)
{
    return QJsonValue(static_cast<qint64>(n));
}

inline QJsonValue fen(Money money)
{
    return integer(money.fen());
}

inline QJsonValue dateOrNull(const std::optional<QDate>& day)
{
    return day && day->isValid() ? QJsonValue(formatDate(*day)) : QJsonValue(QJsonValue::Null);
}

} // namespace viptill::json
