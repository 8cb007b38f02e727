#pragma once

#include <QString>
#include <cstdint>

namespace viptill {

// Tells a magnetic card swipe apart from a person typing. A wedge reader
// types a whole track in a few milliseconds, starting with a sentinel and
// ending with '?'; a person is never that fast. Timestamps are injected.
class SwipeDetector
{
public:
    static constexpr int MaxGapMs = 50;

    enum class Verdict
    {
        Typing,
        Held,
        Swipe,
        BadSwipe
    };
    struct Step
    {
        Verdict verdict = Verdict::Typing;
        // Typing: characters to deliver now (held ones released first);
        // Swipe: the card number; BadSwipe: the message for the cashier.
        QString text;
    };

    Step feed(QChar c, std::int64_t msecs);
    // Enter, or the gap timer: ends a swipe or releases what was held.
    Step finish(std::int64_t msecs);
    bool holding() const { return !m_held.isEmpty(); }
    // A track has just ended: the Enter the reader sends next is its own.
    bool awaitingEnter() const { return m_complete; }

private:
    Step release(QString extra);

    QString m_held;
    std::int64_t m_last = 0;
    bool m_complete = false; // the end sentinel has come: swallow the Enter
};

} // namespace viptill
