#include "Rate.h"

namespace viptill {

std::optional<Rate> Rate::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int decimals = -1;
    int wholeDigits = 0;
    for (const QChar c : trimmed) {
        if (c == u'.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (decimals < 0) {
            if (++wholeDigits > 6)
                return std::nullopt;
            whole = whole * 10 + digit;
        } else {
            if (++decimals > MaxDecimals)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        }
    }
    if (wholeDigits == 0 || decimals == 0)
        return std::nullopt;
    for (int d = decimals < 0 ? 0 : decimals; d < MaxDecimals; ++d)
        fraction *= 10;
    return Rate(whole * Scale + fraction);
}

QString Rate::toString() const
{
    QString text = QString::number(m_scaled / Scale) + u'.' +
                   QStringLiteral("%1").arg(m_scaled % Scale, MaxDecimals, 10, QLatin1Char('0'));
    while (text.endsWith(u'0') && text.indexOf(u'.') < text.size() - 3)
        text.chop(1);
    return text;
}

QString Rate::tenths() const
{
    const std::int64_t perThousand = m_scaled; // ten-thousandths of 1 are thousandths of a tenth
    QString text = QString::number(perThousand / 1000);
    if (const std::int64_t rest = perThousand % 1000; rest != 0) {
        QString digits = QString::number(rest).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.' + digits;
    }
    return text;
}

} // namespace viptill
