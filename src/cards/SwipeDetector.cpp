#include "SwipeDetector.h"

#include "MagneticTrack.h"

#include <utility>

namespace viptill {

namespace {

// '?' however the layout typed it. The German '_' is not among them: it is
// also AZERTY's 8, so it only ends a track when nothing but Enter or the next
// track follows it.
bool isTrackEnd(QChar typed)
{
    return wedgeCharacter(typed) == u'?';
}

bool endsWithGermanTrackEnd(const QString& held)
{
    return held.size() >= 3 && (held.back() == u'_' || held.back() == u'＿');
}

// Whether `typed` can come next in a track that began with `start`.
bool canContinue(QChar start, QChar typed)
{
    const QChar c = wedgeCharacter(typed);
    if (start == u'%') {
        // Track 1 (a bank card's name track): ISO 7811's six-bit set of
        // capitals, digits, space and punctuation, without the sentinels.
        return c.unicode() >= 0x20 && c.unicode() <= 0x5F && c != u'%' && c != u';';
    }
    // Tracks 2 and 3: digits and the field separator '='; 'E' is the error token.
    return (c >= u'0' && c <= u'9') || c == u'=' || c == u'E';
}

} // namespace

SwipeDetector::Step SwipeDetector::feed(QChar c, qint64 msecs)
{
    // A clock that went backwards (two event sources) counts as a pause:
    // when in doubt, the keys belong to a person.
    const bool quick = m_hasLast && msecs >= m_last && msecs - m_last < MaxGapMs;
    m_last = msecs;
    m_hasLast = true;

    if (holding()) {
        if (!quick) // a person typed the sentinel
            return giveBackThen(c);
        if (isTrackEnd(c)) {
            m_held += c;
            return completeTrack();
        }
        if (isTrackStart(c) && endsWithGermanTrackEnd(m_held)) {
            // The German '_' was the end of this track: the next one begins.
            const Step step = completeTrack();
            m_afterTrack = false;
            m_held = c;
            return step;
        }
        if (canContinue(wedgeCharacter(m_held.front()), c)) {
            m_held += c;
            return {Verdict::Held, {}};
        }
        return giveBackThen(c); // a character no track has: a person
    }
    if (m_afterTrack) {
        if (quick && isTrackStart(c)) { // the next track of the same swipe
            m_afterTrack = false;
            m_held = c;
            return {Verdict::Held, {}};
        }
        endSwipe();
    }
    return startOrType(c);
}

SwipeDetector::Step SwipeDetector::finish(qint64 msecs)
{
    const bool quick = m_hasLast && msecs >= m_last && msecs - m_last < MaxGapMs;
    m_last = msecs;
    m_hasLast = true;

    if (holding()) {
        if (!endsWithGermanTrackEnd(m_held))
            return giveBack(); // a person pressed Enter, or stopped typing
        const Step step = completeTrack();
        if (step.verdict != Verdict::Held) {
            endSwipe();
            return step;
        }
        // Track 1 or 3 ended: fall through to the end of the swipe.
    }
    if (m_afterTrack) {
        const QString failure = m_reported ? QString() : m_pendingFailure;
        endSwipe();
        if (!failure.isEmpty())
            return {Verdict::BadSwipe, failure};
        // The reader's Enter follows its track at once; a later one is a person's.
        return quick ? Step{Verdict::Held, {}} : Step{Verdict::Typing, {}};
    }
    return {Verdict::Typing, {}};
}

SwipeDetector::Step SwipeDetector::startOrType(QChar c)
{
    if (!isTrackStart(c))
        return {Verdict::Typing, QString(c)};
    m_held = c;
    return {Verdict::Held, {}};
}

SwipeDetector::Step SwipeDetector::completeTrack()
{
    const QString track = std::exchange(m_held, {});
    m_afterTrack = true;
    const Result<QString> read = parseTrack2(track);
    if (wedgeCharacter(track.front()) == u';') {
        m_pendingFailure.clear();
        if (read) {
            if (m_presented)
                return {Verdict::Held, {}};
            m_presented = m_reported = true;
            return {Verdict::Swipe, read.value()};
        }
        if (m_reported)
            return {Verdict::Held, {}};
        m_reported = true;
        return {Verdict::BadSwipe, read.error().message()};
    }
    // Track 1 or 3 never carries the till's number. Its failure counts only if
    // no track 2 follows: a three-track reader types "%E?;…?+E?" for a card
    // with track 2 alone.
    if (!m_reported && m_pendingFailure.isEmpty())
        m_pendingFailure = read.error().message();
    return {Verdict::Held, {}};
}

SwipeDetector::Step SwipeDetector::giveBack()
{
    Step step{Verdict::Typing, std::exchange(m_held, {})};
    endSwipe();
    return step;
}

SwipeDetector::Step SwipeDetector::giveBackThen(QChar c)
{
    Step step = giveBack();
    const Step next = startOrType(c);
    if (next.verdict == Verdict::Typing)
        step.text += next.text;
    return step;
}

void SwipeDetector::endSwipe()
{
    m_afterTrack = false;
    m_presented = false;
    m_reported = false;
    m_pendingFailure.clear();
}

} // namespace viptill
