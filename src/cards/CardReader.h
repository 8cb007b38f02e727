#pragma once

#include "CardFormat.h"
#include "SwipeDetector.h"
#include "core/Records.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <memory>

class QInputMethodEvent;
class QKeyEvent;

namespace viptill {

// The one interface of every card reader: a card arrives, goes away, or
// could not be read; a reader that can write cards writes one and reads it
// back. Polling, where a reader needs it, never runs on the UI thread;
// arrivals and outcomes come as signals.
class CardReader : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Ready,
        NoReader,
        Error
    };
    Q_ENUM(State)

    using QObject::QObject;
    virtual QString description() const = 0;
    State state() const { return m_state; }
    // Why the reader is not ready, for the till's status bar.
    QString stateDetail() const { return m_detail; }

    // Whether this reader can write cards (NFC readers; the emulated one).
    virtual bool canWrite() const { return false; }
    // Writes `image` onto the card in the field, reads it back and checks
    // it. The outcome comes as cardWritten (with the chip's UID) or as
    // writeFailed with what to do; a failed write leaves no usable card.
    virtual void write(const CardImage& image);

signals:
    void cardPresented(const viptill::PresentedCard& card);
    void cardRemoved();
    void readFailed(const QString& message);
    void stateChanged(viptill::CardReader::State state, const QString& detail);
    void cardWritten(const viptill::PresentedCard& card);
    void writeFailed(const QString& message);

protected:
    void setState(State state, const QString& detail = {});

private:
    State m_state = State::Ready;
    QString m_detail;
};

// The demo store's reader: cards are tapped by the program (the demo's
// reader window, the tests). It writes cards too, giving each a chip UID of
// its own, and remembers them, so a card it wrote taps as that chip.
class EmulatedCardReader final : public CardReader
{
    Q_OBJECT
public:
    using CardReader::CardReader;
    QString description() const override;
    bool canWrite() const override { return state() == State::Ready; }
    void write(const CardImage& image) override;

    // A chip card: one this reader wrote taps with its UID and generation;
    // any other number taps as a chip the reader knows nothing more of.
    void tap(const QString& cardNumber);
    void tap(const PresentedCard& card);
    void remove();
    void failRead(const QString& message);
    // The next write fails as if the card were taken away half-way.
    void failNextWrite() { m_failNextWrite = true; }
    void unplug();
    void plugIn();

private:
    QList<PresentedCard> m_written;
    bool m_failNextWrite = false;
};

// A magnetic stripe reader that types like a keyboard. It watches every key
// typed into an object and its children (the QApplication: the whole till),
// keeps a swipe's keys from the field that has the focus and turns them into
// a card number. A person's typing goes through untouched; keys held back
// while it was unclear are given back to their field, in order.
class MagstripeWedgeReader final : public CardReader
{
    Q_OBJECT
public:
    explicit MagstripeWedgeReader(QObject* watched, QObject* parent = nullptr);
    ~MagstripeWedgeReader() override;
    QString description() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A key held back, kept whole so that giving it back is the same key.
    struct Keystroke
    {
        QPointer<QObject> receiver;
        QString text;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        quint32 scanCode = 0;
        quint32 virtualKey = 0;
        quint32 nativeModifiers = 0;
        quint64 timestamp = 0;
        bool autoRepeat = false;
        bool committed = false; // committed by an input method, not a key press
    };

    bool isNewKeystroke(QObject* watched, const QEvent* event);
    bool keyPressed(QObject* receiver, const QKeyEvent& key);
    bool textCommitted(QObject* receiver, const QInputMethodEvent& commit);
    bool feed(const Keystroke& stroke, qint64 msecs);
    void handle(const SwipeDetector::Step& step);
    void giveBack(const QString& text);
    void post(const Keystroke& stroke);
    void afterStep();
    qint64 stamp(quint64 eventTimestamp);

    QPointer<QObject> m_watched;
    SwipeDetector m_detector;
    QList<Keystroke> m_held; // the keys behind the detector's held characters
    QTimer m_gap;
    // Event time stamps are used where there are some; events without one
    // continue the same clock from the last stamp seen.
    qint64 m_lastStamp = 0;
    QElapsedTimer m_sinceLastStamp;
    // Keys given back but not delivered yet: until they are, later keys queue
    // behind them so that the field sees every key in the order typed.
    std::shared_ptr<int> m_givenBackInFlight = std::make_shared<int>(0);
    // The key press last offered, to tell propagation to a parent from a
    // new key (only compared, never dereferenced).
    const QEvent* m_offered = nullptr;
    QPointer<QObject> m_offeredTo;
};

} // namespace viptill
