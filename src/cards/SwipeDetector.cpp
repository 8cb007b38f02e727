#include "SwipeDetector.h"

#include "MagneticTrack.h"

namespace viptill {

namespace {

bool isStartSentinel(QChar c)
{
    const QString n = normaliseWedgeText(QStringView(&c, 1));
    return n == u";" || n == u"%" || n == u"+";
}

bool canBeInTrack(QChar c)
{
    const QChar n = normaliseWedgeText(QStringView(&c, 1)).at(0);
    return n.isDigit() || n == u'=' || n == u'?' || n == u'E' || n == u'e' || c == u'_' ||
           c == u'ß';
}

bool isEndSentinel(QChar c)
{
    const QString n = normaliseWedgeText(QStringView(&c, 1));
    return n == u"?";
}

} // namespace

SwipeDetector::Step SwipeDetector::release(QString extra)
{
    Step step{Verdict::Typing, m_held + extra};
    m_held.clear();
    return step;
}

SwipeDetector::Step SwipeDetector::feed(QChar c, std::int64_t msecs)
{
    const std::int64_t gap = msecs - m_last;
    m_last = msecs;
    m_complete = false;
    if (m_held.isEmpty()) {
        if (!isStartSentinel(c))
            return {Verdict::Typing, QString(c)};
        m_held = c;
        return {Verdict::Held, {}};
    }
    if (gap >= MaxGapMs || !canBeInTrack(c)) {
        // A person typed the sentinel: give back everything, in order.
        if (isStartSentinel(c) && gap >= MaxGapMs) {
            Step step = release({});
            m_held = c;
            return step;
        }
        return release(QString(c));
    }
    m_held += c;
    if (isEndSentinel(c) && m_held.size() >= 3) {
        const Result<QString> number = parseTrack2(m_held);
        m_held.clear();
        m_complete = true;
        if (!number)
            return {Verdict::BadSwipe, number.error().message()};
        return {Verdict::Swipe, number.value()};
    }
    return {Verdict::Held, {}};
}

SwipeDetector::Step SwipeDetector::finish(std::int64_t msecs)
{
    m_last = msecs;
    if (m_complete) {
        m_complete = false;
        return {Verdict::Held, {}}; // the Enter a reader sends after the track
    }
    return release({});
}

} // namespace viptill
