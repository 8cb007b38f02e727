#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

namespace viptill {

// An exact decimal rate such as "0.88" (8.8折) or "0.80" (8折), kept as an
// integer count of ten-thousandths so no binary float ever holds it.
class Rate
{
public:
    static constexpr std::int64_t Scale = 10000;
    static constexpr int MaxDecimals = 4;

    constexpr Rate() = default;
    static constexpr Rate one() { return Rate(Scale); }
    static constexpr Rate fromScaled(std::int64_t tenThousandths) { return Rate(tenThousandths); }

    // "0.88", "0.8", "1", "0.875": digits, at most one point, at most four
    // decimals, no sign.
    static std::optional<Rate> parse(QStringView text);

    constexpr std::int64_t scaled() const { return m_scaled; }
    constexpr bool isOne() const { return m_scaled == Scale; }

    // A discount rate pays part of the price: 0 < rate <= 1.
    constexpr bool isDiscount() const { return m_scaled > 0 && m_scaled <= Scale; }

    // At least two decimals, as staff write them: "0.88", "0.80", "1.00", "0.875".
    QString toString() const;
    // In tenths, as a discount is said in China (折): "8.8" for 0.88, "8" for
    // 0.80, "8.75" for 0.875, "10" for 1.
    QString tenths() const;

    constexpr auto operator<=>(const Rate&) const = default;

private:
    constexpr explicit Rate(std::int64_t scaled)
        : m_scaled(scaled)
    {}
    std::int64_t m_scaled = Scale;
};

} // namespace viptill
