#pragma once

#include "SwipeDetector.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace viptill {

// The one interface of every card reader: a card arrives (its number), goes
// away, or could not be read. Polling, where a reader needs it, never runs
// on the UI thread; arrivals come as signals.
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

    using QObject::QObject;
    virtual QString description() const = 0;
    State state() const { return m_state; }
    QString stateDetail() const { return m_detail; }

signals:
    void cardPresented(const QString& cardNumber);
    void cardRemoved();
    void readFailed(const QString& message);
    void stateChanged(viptill::CardReader::State state, const QString& detail);

protected:
    void setState(State state, const QString& detail = {});

private:
    State m_state = State::Ready;
    QString m_detail;
};

// The demo store's reader: cards are tapped by the program (the demo's
// reader window, the tests).
class EmulatedCardReader final : public CardReader
{
    Q_OBJECT
public:
    using CardReader::CardReader;
    QString description() const override;

    void tap(const QString& cardNumber);
    void remove();
    void failRead(const QString& message);
    void unplug();
    void plugIn();
};

// A magnetic stripe reader that types like a keyboard. It watches every key
// press of the application, keeps a swipe's keystrokes from the focused
// field and turns them into a card number; a person's typing goes through.
class MagstripeWedgeReader final : public CardReader
{
    Q_OBJECT
public:
    explicit MagstripeWedgeReader(QObject* application);
    ~MagstripeWedgeReader() override;
    QString description() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void handle(const SwipeDetector::Step& step);
    void deliver(const QString& text);
    std::int64_t now() const;

    QObject* m_application;
    QPointer<QObject> m_target; // where released typing goes
    SwipeDetector m_detector;
    QTimer m_gap;
    QElapsedTimer m_clock;
    bool m_delivering = false;
};

} // namespace viptill
