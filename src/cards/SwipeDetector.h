#pragma once

#include <QString>
#include <QtGlobal>

namespace viptill {

// Tells a magnetic card swipe apart from a person typing, one character at a
// time. A keyboard-wedge reader types a whole track within a few milliseconds:
// a start sentinel (';', or '%' / '+' for tracks 1 and 3), the data and the
// end sentinel '?', then Enter. The characters of a possible track are held
// back until it is clear which it is; if it was a person after all, they are
// given back in order. Pure logic: the caller passes the time of each key.
class SwipeDetector
{
public:
    // A reader leaves a few milliseconds between keys; a person, even one
    // typing fast, well over 50 ms, and never for a whole run from a sentinel
    // to '?'. So a gap this long or longer means a person is typing.
    static constexpr int MaxGapMs = 50;

    enum class Verdict
    {
        Typing,   // a person's keys: deliver `text` now
        Held,     // kept back (part of a possible track, or the reader's own Enter)
        Swipe,    // a card: `text` is its number
        BadSwipe, // a swipe that gave no card number: `text` says what to do
    };
    struct Step
    {
        Verdict verdict = Verdict::Typing;
        // Typing: the characters to deliver now, held ones first, exactly as
        // they were typed; Swipe: the card number; BadSwipe: the message.
        QString text;
    };

    // One typed character (as typed: the layout mapping happens here).
    Step feed(QChar c, qint64 msecs);
    // Enter was pressed, or MaxGapMs passed without a key: a track in
    // progress is given back as typing (or, for the German '_' end sentinel,
    // completed); after a track, this is the reader's Enter and is held.
    Step finish(qint64 msecs);

    // Characters are held back: the caller should call finish() once
    // MaxGapMs pass without another key.
    bool holding() const { return !m_held.isEmpty(); }
    // The characters held back, as typed (the last ones fed).
    const QString& heldText() const { return m_held; }
    // A track has just ended: an Enter within MaxGapMs is the reader's own,
    // and a further track may follow (a three-track reader).
    bool awaitingEnter() const { return m_afterTrack; }

private:
    Step startOrType(QChar c);
    Step completeTrack();
    Step giveBack();
    Step giveBackThen(QChar c);
    void endSwipe();

    QString m_held;         // the track in progress, as typed
    qint64 m_last = 0;      // time of the last key
    bool m_hasLast = false; // whether m_last is set
    bool m_afterTrack = false;
    bool m_presented = false; // this swipe gave a card
    bool m_reported = false;  // this swipe's card or failure was reported
    QString m_pendingFailure; // a track 1 / 3 failure, reported if no track 2 follows
};

} // namespace viptill
