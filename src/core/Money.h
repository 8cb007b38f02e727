#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

namespace viptill {

class Rate;

// An amount of money in integer fen (分). Never a float: arithmetic is exact,
// and the only rounding is Money::times(Rate), half-up as domain.md requires.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return Money(yuan * 100); }

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
    Money times(const Rate& rate) const;
    constexpr Money timesQuantity(std::int64_t qty) const { return Money(m_fen * qty); }

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money& operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    {}
    std::int64_t m_fen = 0;
};

} // namespace viptill
