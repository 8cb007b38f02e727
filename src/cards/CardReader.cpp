#include "CardReader.h"

#include "MagneticTrack.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QRandomGenerator>
#include <QWindow>
#include <algorithm>

namespace viptill {

namespace {

// The events a wedge reader posts when it gives keys back. Their type marks
// them, so the reader's own filter lets them through; each counts itself out
// of the in-flight number when Qt has delivered (or dropped) it.
class GivenBackKey final : public QKeyEvent
{
public:
    GivenBackKey(int key, Qt::KeyboardModifiers modifiers, quint32 scanCode, quint32 virtualKey,
                 quint32 nativeModifiers, const QString& text, bool autoRepeat,
                 std::shared_ptr<int> inFlight)
        : QKeyEvent(QEvent::KeyPress, key, modifiers, scanCode, virtualKey, nativeModifiers, text,
                    autoRepeat)
        , m_inFlight(std::move(inFlight))
    {
        ++*m_inFlight;
    }
    ~GivenBackKey() override { --*m_inFlight; }

private:
    std::shared_ptr<int> m_inFlight;
};

class GivenBackCommit final : public QInputMethodEvent
{
public:
    GivenBackCommit(const QString& text, std::shared_ptr<int> inFlight)
        : m_inFlight(std::move(inFlight))
    {
        setCommitString(text);
        ++*m_inFlight;
    }
    ~GivenBackCommit() override { --*m_inFlight; }

private:
    std::shared_ptr<int> m_inFlight;
};

bool isGivenBack(const QEvent* event)
{
    return dynamic_cast<const GivenBackKey*>(event) != nullptr ||
           dynamic_cast<const GivenBackCommit*>(event) != nullptr;
}

bool isAncestorOf(const QObject* ancestor, const QObject* object)
{
    for (const QObject* p = object->parent(); p; p = p->parent()) {
        if (p == ancestor)
            return true;
    }
    return false;
}

} // namespace

void CardReader::setState(State state, const QString& detail)
{
    if (state == m_state && detail == m_detail)
        return;
    m_state = state;
    m_detail = detail;
    emit stateChanged(state, detail);
}

QString EmulatedCardReader::description() const
{
    return tr("Emulated reader (demo)");
}

void CardReader::write(const CardImage& image)
{
    Q_UNUSED(image)
    emit writeFailed(tr("This card reader cannot write cards. Use the service desk's NFC reader."));
}

void EmulatedCardReader::tap(const QString& cardNumber)
{
    for (const PresentedCard& written : std::as_const(m_written)) {
        if (written.number == cardNumber) {
            tap(written);
            return;
        }
    }
    tap(PresentedCard(cardNumber, PresentedCard::Medium::Chip));
}

void EmulatedCardReader::tap(const PresentedCard& card)
{
    if (state() == State::Ready) // nothing arrives from an unplugged reader
        emit cardPresented(card);
}

void EmulatedCardReader::write(const CardImage& image)
{
    if (state() != State::Ready) {
        emit writeFailed(stateDetail());
        return;
    }
    if (m_failNextWrite) {
        m_failNextWrite = false;
        emit writeFailed(tr("The card was taken away before it was written. Hold it on the reader "
                            "and try again."));
        return;
    }
    // A 7-byte UID, as NTAG and newer MIFARE chips have.
    QByteArray uid(7, '\0');
    uid[0] = '\x04';
    for (qsizetype i = 1; i < uid.size(); ++i)
        uid[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    const PresentedCard card(image.number, PresentedCard::Medium::Chip, uid, image.generation);
    m_written.removeIf([&](const PresentedCard& c) { return c.number == image.number; });
    m_written << card;
    emit cardWritten(card);
}

void EmulatedCardReader::remove()
{
    emit cardRemoved();
}

void EmulatedCardReader::failRead(const QString& message)
{
    emit readFailed(message);
}

void EmulatedCardReader::unplug()
{
    setState(State::NoReader, tr("The card reader is not connected."));
}

void EmulatedCardReader::plugIn()
{
    setState(State::Ready);
}

MagstripeWedgeReader::MagstripeWedgeReader(QObject* watched, QObject* parent)
    : CardReader(parent)
    , m_watched(watched)
{
    m_sinceLastStamp.start();
    m_gap.setSingleShot(true);
    m_gap.setInterval(SwipeDetector::MaxGapMs);
    // No key for MaxGapMs: a lone ';' was a person's, and is given back.
    connect(&m_gap, &QTimer::timeout, this, [this] {
        handle(m_detector.finish(stamp(0)));
        afterStep();
    });
    m_watched->installEventFilter(this);
}

MagstripeWedgeReader::~MagstripeWedgeReader()
{
    if (m_watched)
        m_watched->removeEventFilter(this);
}

QString MagstripeWedgeReader::description() const
{
    return tr("Magnetic stripe reader (keyboard)");
}

qint64 MagstripeWedgeReader::stamp(quint64 eventTimestamp)
{
    if (eventTimestamp == 0) // synthetic events, input method commits, the timer
        return m_lastStamp + m_sinceLastStamp.elapsed();
    m_lastStamp = static_cast<qint64>(eventTimestamp);
    m_sinceLastStamp.restart();
    return m_lastStamp;
}

bool MagstripeWedgeReader::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyRelease:
        m_offered = nullptr; // that key press has finished its way through the widgets
        return false;
    case QEvent::KeyPress:
    case QEvent::InputMethod:
        break;
    default:
        return false;
    }
    if (isGivenBack(event) || !isNewKeystroke(watched, event))
        return false;
    if (event->type() == QEvent::KeyPress)
        return keyPressed(watched, *static_cast<const QKeyEvent*>(event));
    return textCommitted(watched, *static_cast<const QInputMethodEvent*>(event));
}

// An application filter is offered one key several times: first to the
// window, which hands it to its focus widget, then to each parent of a
// widget that ignored it. Only the offer to the key's receiver counts.
bool MagstripeWedgeReader::isNewKeystroke(QObject* watched, const QEvent* event)
{
    if (const auto* window = qobject_cast<const QWindow*>(watched)) {
        const QObject* focus = window->focusObject();
        if (focus && focus != window)
            return false; // it comes again, to the focus widget
    }
    if (event == m_offered && m_offeredTo && isAncestorOf(watched, m_offeredTo))
        return false;
    m_offered = event;
    m_offeredTo = watched;
    return true;
}

bool MagstripeWedgeReader::keyPressed(QObject* receiver, const QKeyEvent& key)
{
    Keystroke stroke{receiver,
                     key.text(),
                     key.key(),
                     key.modifiers(),
                     key.nativeScanCode(),
                     key.nativeVirtualKey(),
                     key.nativeModifiers(),
                     key.timestamp(),
                     key.isAutoRepeat(),
                     false};
    const qint64 now = stamp(key.timestamp());
    if (key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter) {
        const SwipeDetector::Step step = m_detector.finish(now);
        handle(step);
        afterStep();
        if (step.verdict != SwipeDetector::Verdict::Typing)
            return true; // the reader's Enter
        if (*m_givenBackInFlight == 0)
            return false; // a person's Enter, nothing queued before it
        post(stroke);
        return true;
    }
    // Shift (the reader's '?'), function keys and shortcuts are never part of
    // a track: they go through.
    const QString text = key.text();
    if (text.size() != 1 || !text.front().isPrint() ||
        (key.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    return feed(stroke, now);
}

// A Chinese input method left on commits its full-width punctuation (；？)
// as text rather than as key presses: those characters are watched too.
bool MagstripeWedgeReader::textCommitted(QObject* receiver, const QInputMethodEvent& commit)
{
    const QString text = commit.commitString();
    if (text.isEmpty() || !commit.preeditString().isEmpty() || commit.replacementLength() != 0)
        return false; // composing: not a reader
    const qint64 now = stamp(0);
    const bool quiet = !m_detector.holding() && *m_givenBackInFlight == 0;
    if (quiet && std::none_of(text.begin(), text.end(), isTrackStart)) {
        for (const QChar c : text)
            (void)m_detector.feed(c, now); // each is a person's: nothing held
        afterStep();
        return false;
    }
    for (const QChar c : text) {
        Keystroke stroke;
        stroke.receiver = receiver;
        stroke.text = QString(c);
        stroke.committed = true;
        feed(stroke, now);
    }
    return true;
}

// Returns whether the key was kept from its receiver.
bool MagstripeWedgeReader::feed(const Keystroke& stroke, qint64 msecs)
{
    const bool quiet = m_held.isEmpty() && *m_givenBackInFlight == 0;
    m_held.append(stroke);
    const SwipeDetector::Step step = m_detector.feed(stroke.text.front(), msecs);
    if (quiet && step.verdict == SwipeDetector::Verdict::Typing) {
        m_held.clear(); // a person's key with nothing before it: straight through
        afterStep();
        return false;
    }
    handle(step);
    afterStep();
    return true;
}

void MagstripeWedgeReader::handle(const SwipeDetector::Step& step)
{
    switch (step.verdict) {
    case SwipeDetector::Verdict::Typing:
        giveBack(step.text);
        break;
    case SwipeDetector::Verdict::Held:
        break;
    case SwipeDetector::Verdict::Swipe:
        emit cardPresented(PresentedCard(step.text, PresentedCard::Medium::Magnetic));
        break;
    case SwipeDetector::Verdict::BadSwipe:
        emit readFailed(step.text);
        break;
    }
}

// The detector gives back characters in the order they were fed, the held
// ones first: they are the keys at the front of m_held.
void MagstripeWedgeReader::giveBack(const QString& text)
{
    for (const QChar c : text) {
        if (!m_held.isEmpty() && m_held.front().text == c) {
            post(m_held.takeFirst());
            continue;
        }
        Keystroke stroke; // not expected: deliver the character all the same
        stroke.receiver = m_held.isEmpty() ? nullptr : m_held.front().receiver;
        stroke.text = QString(c);
        post(stroke);
    }
}

// Posted, not sent: the key being filtered is still on its way, and a key
// given back on the timer must not re-enter whatever runs at that moment.
void MagstripeWedgeReader::post(const Keystroke& stroke)
{
    QObject* to = stroke.receiver ? stroke.receiver.data() : QGuiApplication::focusObject();
    if (!to)
        return; // its field is gone and nothing has the focus
    if (stroke.committed) {
        QCoreApplication::postEvent(to, new GivenBackCommit(stroke.text, m_givenBackInFlight));
        return;
    }
    auto* key = new GivenBackKey(stroke.key, stroke.modifiers, stroke.scanCode, stroke.virtualKey,
                                 stroke.nativeModifiers, stroke.text, stroke.autoRepeat,
                                 m_givenBackInFlight);
    key->setTimestamp(stroke.timestamp);
    QCoreApplication::postEvent(to, key);
}

void MagstripeWedgeReader::afterStep()
{
    // Whatever the detector no longer holds was given back or was a track.
    const qsizetype stillHeld = m_detector.heldText().size();
    if (m_held.size() > stillHeld)
        m_held.remove(0, m_held.size() - stillHeld);
    if (m_detector.holding() || m_detector.awaitingEnter())
        m_gap.start();
    else
        m_gap.stop();
}

} // namespace viptill
