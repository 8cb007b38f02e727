#include "Money.h"

#include "Rate.h"

#include <limits>

namespace viptill {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

std::optional<Money> Money::parseYuan(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;

    std::int64_t yuan = 0;
    std::int64_t fen = 0;
    int decimals = -1; // -1: no point seen yet
    int integerDigits = 0;
    int significantDigits = 0;
    for (const QChar c : trimmed) {
        if (c == u'.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (!isAsciiDigit(c))
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (decimals < 0) {
            // 10^13 yuan is far beyond any price and keeps fen inside int64;
            // leading zeros add nothing and do not count.
            if (yuan > 0 || digit > 0) {
                if (++significantDigits > 13)
                    return std::nullopt;
            }
            ++integerDigits;
            yuan = yuan * 10 + digit;
        } else {
            if (++decimals > 2)
                return std::nullopt;
            fen = fen * 10 + digit;
        }
    }
    if (integerDigits == 0 || decimals == 0)
        return std::nullopt; // ".5" or "5." are typing slips, not prices
    if (decimals == 1)
        fen *= 10;
    return Money(yuan * 100 + fen);
}

QString Money::toYuanString() const
{
    // Unsigned: the magnitude of the lowest int64 does not fit int64.
    const std::uint64_t magnitude =
        m_fen < 0 ? 0 - static_cast<std::uint64_t>(m_fen) : static_cast<std::uint64_t>(m_fen);
    QString text = QString::number(magnitude / 100) + u'.' +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (m_fen < 0)
        text.prepend(u'-');
    return text;
}

// 128-bit intermediate: fen × ten-thousandths can pass 2^63 for large sums.
__extension__ using Wide = __int128;

std::optional<Money> Money::checkedTimes(const Rate& rate) const
{
    // Both factors are int64, so the product fits 128 bits with room to spare.
    const Wide product = static_cast<Wide>(m_fen) * rate.scaled();
    const Wide half = Rate::Scale / 2;
    const Wide rounded =
        product >= 0 ? (product + half) / Rate::Scale : -((-product + half) / Rate::Scale);
    if (rounded > checked::Highest || rounded < checked::Lowest)
        return std::nullopt;
    return Money(static_cast<std::int64_t>(rounded));
}

Money Money::saturated(const Rate& rate) const
{
    return (m_fen < 0) == (rate.scaled() < 0) ? highest() : lowest();
}

} // namespace viptill
