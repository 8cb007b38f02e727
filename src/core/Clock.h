#pragma once

#include <QDate>
#include <QDateTime>

namespace viptill {

// Every rule that looks at the date asks the clock it was given, so tests,
// training mode ($VIPTILL_NOW) and the demo store can set the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSeconds(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

// Local times are written "YYYY-MM-DDTHH:MM:SS" everywhere (cli.md).
QString formatLocalTime(const QDateTime& at);
QDateTime parseLocalTime(const QString& text); // invalid QDateTime on bad input
QString formatDate(QDate date);
QDate parseDate(const QString& text); // strict YYYY-MM-DD; invalid QDate on bad input

} // namespace viptill
