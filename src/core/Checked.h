#pragma once

#include <cstdint>
#include <limits>
#include <optional>

namespace viptill::checked {

// Whole-number arithmetic that never wraps (signed overflow is undefined
// behaviour in C++): the checked forms say "no answer", the saturating forms
// stop at the edge of int64, far past every ceiling the store checks, so a
// saturated amount is always refused where it is checked (decisions.md).

inline constexpr std::int64_t Highest = std::numeric_limits<std::int64_t>::max();
inline constexpr std::int64_t Lowest = std::numeric_limits<std::int64_t>::min();

constexpr std::optional<std::int64_t> add(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

constexpr std::optional<std::int64_t> subtract(std::int64_t a, std::int64_t b)
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(a, b, &difference))
        return std::nullopt;
    return difference;
}

constexpr std::optional<std::int64_t> multiply(std::int64_t a, std::int64_t b)
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return std::nullopt;
    return product;
}

// On overflow the true result's sign says which edge it stops at.
constexpr std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    return add(a, b).value_or(b > 0 ? Highest : Lowest);
}

constexpr std::int64_t saturatingSubtract(std::int64_t a, std::int64_t b)
{
    return subtract(a, b).value_or(b < 0 ? Highest : Lowest);
}

constexpr std::int64_t saturatingMultiply(std::int64_t a, std::int64_t b)
{
    return multiply(a, b).value_or((a < 0) == (b < 0) ? Highest : Lowest);
}

} // namespace viptill::checked
