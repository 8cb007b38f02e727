#include "Clock.h"

#include <QRegularExpression>

namespace viptill {

QDateTime SystemClock::now() const
{
    const QDateTime at = QDateTime::currentDateTime();
    // Whole seconds: receipts and the ledger record times to the second.
    return at.addMSecs(-at.time().msec());
}

QString formatLocalTime(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime parseLocalTime(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString formatDate(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QDate parseDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

} // namespace viptill
