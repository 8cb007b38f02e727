#include "Figures.h"

#include "Clock.h"

#include <QRegularExpression>
#include <algorithm>

namespace viptill {

DayRange DayRange::weekOf(QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

DayRange DayRange::monthOf(QDate day)
{
    const QDate first(day.year(), day.month(), 1);
    return {first, first.addMonths(1).addDays(-1)};
}

DayRange DayRange::yearOf(int year)
{
    return {QDate(year, 1, 1), QDate(year, 12, 31)};
}

std::optional<DayRange> parseMonth(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!first.isValid())
        return std::nullopt;
    return DayRange::monthOf(first);
}

QList<DayRange> uncoveredParts(const DayRange& range, const QList<QDate>& closed)
{
    QList<DayRange> parts;
    if (!range.isValid())
        return parts;
    QList<QDate> days = closed;
    std::sort(days.begin(), days.end());
    QDate start = range.from;
    for (const QDate day : std::as_const(days)) {
        if (day < start || day > range.to)
            continue;
        if (day > start)
            parts << DayRange{start, day.addDays(-1)};
        start = day.addDays(1);
    }
    if (start <= range.to)
        parts << DayRange{start, range.to};
    return parts;
}

std::optional<QString> percentage(std::int64_t part, std::int64_t whole)
{
    if (whole == 0)
        return std::nullopt;
    // Tenths of a percent, half away from zero, in integers throughout.
    const bool negative = (part < 0) != (whole < 0) && part != 0;
    const std::int64_t p = part < 0 ? -part : part;
    const std::int64_t w = whole < 0 ? -whole : whole;
    const std::int64_t tenths = (p * 1000 * 2 + w) / (2 * w);
    const QString text = QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
    return negative && tenths != 0 ? u'-' + text : text;
}

Money averagePer(Money amount, std::int64_t count)
{
    if (count <= 0)
        return Money();
    const std::int64_t fen = amount.fen();
    const std::int64_t magnitude = (std::abs(fen) * 2 + count) / (2 * count);
    return Money::fromFen(fen < 0 ? -magnitude : magnitude);
}

} // namespace viptill
