#pragma once

#include "Checked.h"

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

namespace viptill {

class Rate;

// An amount of money in integer fen (分). Never a float: arithmetic is exact,
// and the only rounding is Money::times(Rate), half-up as domain.md requires.
//
// Arithmetic never wraps round int64. The checked* forms give no answer on
// overflow; the operators saturate at the edge of int64 (±92 thousand
// trillion yuan), which is far past every ceiling (Pricing.h), so an amount
// that saturated is refused where the ceiling is checked, never recorded.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan)
    {
        return Money(checked::saturatingMultiply(yuan, 100));
    }
    static constexpr Money highest() { return Money(checked::Highest); }
    static constexpr Money lowest() { return Money(checked::Lowest); }

    // Parses a non-negative yuan amount as written in a catalogue: "199",
    // "199.5", "199.00". At most two decimals; no sign, no exponent; more
    // than 13 digits of yuan (leading zeros aside) is refused, never wrapped.
    static std::optional<Money> parseYuan(QStringView text);

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // "199.00", "-3.50"
    QString toYuanString() const;

    // amount × rate, rounded half-up (away from zero) to the fen.
    std::optional<Money> checkedTimes(const Rate& rate) const;
    Money times(const Rate& rate) const { return checkedTimes(rate).value_or(saturated(rate)); }

    constexpr std::optional<Money> checkedTimesQuantity(std::int64_t qty) const
    {
        return wrap(checked::multiply(m_fen, qty));
    }
    constexpr Money timesQuantity(std::int64_t qty) const
    {
        return Money(checked::saturatingMultiply(m_fen, qty));
    }

    constexpr std::optional<Money> checkedPlus(Money other) const
    {
        return wrap(checked::add(m_fen, other.m_fen));
    }
    constexpr std::optional<Money> checkedMinus(Money other) const
    {
        return wrap(checked::subtract(m_fen, other.m_fen));
    }

    constexpr Money operator+(Money other) const
    {
        return Money(checked::saturatingAdd(m_fen, other.m_fen));
    }
    constexpr Money operator-(Money other) const
    {
        return Money(checked::saturatingSubtract(m_fen, other.m_fen));
    }
    constexpr Money operator-() const { return Money(checked::saturatingSubtract(0, m_fen)); }
    constexpr Money& operator+=(Money other) { return *this = *this + other; }
    constexpr Money& operator-=(Money other) { return *this = *this - other; }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    {}
    static constexpr std::optional<Money> wrap(std::optional<std::int64_t> fen)
    {
        if (!fen)
            return std::nullopt;
        return Money(*fen);
    }
    // The edge an overflowing amount × rate stops at.
    Money saturated(const Rate& rate) const;

    std::int64_t m_fen = 0;
};

} // namespace viptill
