#include "CardReader.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPointer>
#include <QWidget>

namespace viptill {

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

void EmulatedCardReader::tap(const QString& cardNumber)
{
    if (state() == State::Ready)
        emit cardPresented(cardNumber);
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

MagstripeWedgeReader::MagstripeWedgeReader(QObject* application)
    : CardReader(application)
    , m_application(application)
{
    m_clock.start();
    m_gap.setSingleShot(true);
    m_gap.setInterval(SwipeDetector::MaxGapMs);
    connect(&m_gap, &QTimer::timeout, this, [this] { handle(m_detector.finish(now())); });
    m_application->installEventFilter(this);
}

MagstripeWedgeReader::~MagstripeWedgeReader()
{
    m_application->removeEventFilter(this);
}

QString MagstripeWedgeReader::description() const
{
    return tr("Magnetic stripe reader");
}

std::int64_t MagstripeWedgeReader::now() const
{
    return m_clock.elapsed();
}

void MagstripeWedgeReader::deliver(const QString& text)
{
    // Characters held while deciding were a person's typing after all: give
    // them to whatever has the focus, in order.
    QObject* target = m_target.data();
    if (!target || text.isEmpty())
        return;
    m_delivering = true;
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(target, &release);
    }
    m_delivering = false;
}

void MagstripeWedgeReader::handle(const SwipeDetector::Step& step)
{
    switch (step.verdict) {
    case SwipeDetector::Verdict::Typing:
        deliver(step.text);
        break;
    case SwipeDetector::Verdict::Held:
        break;
    case SwipeDetector::Verdict::Swipe:
        emit cardPresented(step.text);
        break;
    case SwipeDetector::Verdict::BadSwipe:
        emit readFailed(step.text);
        break;
    }
}

bool MagstripeWedgeReader::eventFilter(QObject* watched, QEvent* event)
{
    if (m_delivering || event->type() != QEvent::KeyPress)
        return CardReader::eventFilter(watched, event);
    // A key press reaches the filter again for each parent it propagates to;
    // only the one offered to the focused widget is the keystroke itself.
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window()->focusWidget() != widget)
        return false;
    m_target = widget;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const bool wasSwipe = m_detector.holding() || m_detector.awaitingEnter();
        if (!wasSwipe)
            return false;
        m_gap.stop();
        const SwipeDetector::Step step = m_detector.finish(now());
        handle(step);
        // The reader's own Enter after a track is swallowed; after released
        // typing it goes on to the field.
        return step.verdict == SwipeDetector::Verdict::Held;
    }
    const QString text = key->text();
    if (text.size() != 1 || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    const SwipeDetector::Step step = m_detector.feed(text.at(0), now());
    if (step.verdict == SwipeDetector::Verdict::Typing && !m_detector.holding() &&
        step.text == text) {
        return false; // plain typing: let the key through untouched
    }
    handle(step);
    if (m_detector.holding())
        m_gap.start();
    else
        m_gap.stop();
    return true;
}

} // namespace viptill
