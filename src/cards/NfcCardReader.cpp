#include "NfcCardReader.h"

#include "NfcCardEncoder.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <optional>

namespace viptill {

// Lives in the reader's worker thread and does all the talking to libnfc.
// One step per timer shot; each step is bounded, so stopping waits at most
// for one.
class NfcPoller : public QObject
{
    Q_OBJECT
public:
    NfcPoller(QString connection, const CardKeys& keys, NfcCardReader::Timing timing)
        : m_connection(std::move(connection))
        , m_keys(keys)
        , m_timing(timing)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &NfcPoller::step);
    }

    void begin() { m_timer.start(0); }

    void finish()
    {
        m_timer.stop();
        m_encoder.reset(); // closes the reader in the thread that used it
    }

    // Waits for a card; a reader that is not open yet fails it at the
    // next try to open.
    void write(const CardImage& image)
    {
        m_pendingWrite = image;
        m_writeDeadline = QDeadlineTimer(m_timing.writeWait);
        m_timer.start(0);
    }

signals:
    void presented(const viptill::PresentedCard& card);
    void removed();
    void readFailed(const QString& message);
    void written(const viptill::PresentedCard& card);
    void writeFailed(const QString& message);
    void stateChanged(viptill::CardReader::State state, const QString& detail);

private:
    // Tries to read a card again after this many reader errors before
    // telling the cashier.
    static constexpr int ReadAttempts = 3;

    void step()
    {
        if (!m_encoder && !open()) {
            m_timer.start(m_timing.reopen);
            return;
        }
        if (m_cardInField) {
            if (m_pendingWrite)
                writeNow();
            else if (!m_encoder->currentStillThere())
                left();
        } else {
            switch (m_encoder->poll()) {
            case NfcCardEncoder::Poll::Card:
                arrived();
                break;
            case NfcCardEncoder::Poll::NoCard:
            case NfcCardEncoder::Poll::ReaderError:
                if (m_pendingWrite && m_writeDeadline.hasExpired()) {
                    m_pendingWrite.reset();
                    emit writeFailed(tr("No card was put on the reader. Put the card on the "
                                        "reader and try again."));
                }
                break;
            }
        }
        if (m_encoder->readerLost()) {
            lost();
            m_timer.start(m_timing.reopen);
            return;
        }
        m_timer.start(m_timing.poll);
    }

    bool open()
    {
        Result<std::unique_ptr<NfcCardEncoder>> opened = NfcCardEncoder::open(m_connection, m_keys);
        if (!opened) {
            if (!m_wasLost)
                emit stateChanged(CardReader::State::NoReader, opened.error().message());
            if (m_pendingWrite) {
                m_pendingWrite.reset();
                emit writeFailed(tr("The card reader is not connected, so the card was not "
                                    "written."));
            }
            return false;
        }
        m_encoder = std::move(opened).value();
        m_wasLost = false;
        emit stateChanged(CardReader::State::Ready, {});
        return true;
    }

    void lost()
    {
        m_encoder.reset();
        if (m_cardInField)
            left();
        m_wasLost = true;
        emit stateChanged(CardReader::State::Error,
                          tr("The card reader stopped answering. Check its cable; VipTill "
                             "keeps trying to reach it."));
    }

    void arrived()
    {
        m_cardInField = true;
        if (m_pendingWrite) {
            writeNow();
            return;
        }
        const ChipOutcome read = m_encoder->readCurrent();
        if (read.ok()) {
            m_readErrors = 0;
            emit presented(read.card);
            return;
        }
        if (read.fault == ChipFault::CardRemoved) {
            m_cardInField = false; // it came and went: tell the cashier, nothing to remove
            emit readFailed(read.message);
            return;
        }
        // A garbled exchange: look again before bothering anyone.
        if (read.fault == ChipFault::ReaderError && ++m_readErrors < ReadAttempts) {
            m_cardInField = false;
            return;
        }
        m_readErrors = 0;
        emit readFailed(read.message);
    }

    void writeNow()
    {
        const CardImage image = *m_pendingWrite;
        m_pendingWrite.reset();
        const ChipOutcome outcome = m_encoder->writeCurrent(image);
        if (outcome.ok())
            emit written(outcome.card);
        else
            emit writeFailed(outcome.message);
        if (outcome.fault == ChipFault::CardRemoved)
            left();
    }

    void left()
    {
        m_cardInField = false;
        m_readErrors = 0;
        emit removed();
    }

    QString m_connection;
    CardKeys m_keys;
    NfcCardReader::Timing m_timing;
    QTimer m_timer{this};
    std::unique_ptr<NfcCardEncoder> m_encoder;
    bool m_cardInField = false;
    bool m_wasLost = false;
    int m_readErrors = 0;
    std::optional<CardImage> m_pendingWrite;
    QDeadlineTimer m_writeDeadline;
};

NfcCardReader::NfcCardReader(const QString& connection, const CardKeys& keys, QObject* parent)
    : NfcCardReader(connection, keys, Timing{}, parent)
{}

NfcCardReader::NfcCardReader(const QString& connection, const CardKeys& keys, Timing timing,
                             QObject* parent)
    : CardReader(parent)
    , m_connection(connection)
    , m_keys(keys)
    , m_timing(timing)
{
    qRegisterMetaType<PresentedCard>();
    m_thread.setObjectName(QStringLiteral("NfcCardReader"));
    setState(State::NoReader, tr("Connecting to the card reader…"));
}

NfcCardReader::~NfcCardReader()
{
    stop();
}

QString NfcCardReader::description() const
{
    return tr("NFC card reader (%1)").arg(m_connection);
}

void NfcCardReader::start()
{
    if (m_poller)
        return;
    m_poller = new NfcPoller(m_connection, m_keys, m_timing);
    m_poller->moveToThread(&m_thread);
    connect(m_poller, &NfcPoller::presented, this, &CardReader::cardPresented);
    connect(m_poller, &NfcPoller::removed, this, &CardReader::cardRemoved);
    connect(m_poller, &NfcPoller::readFailed, this, &CardReader::readFailed);
    connect(m_poller, &NfcPoller::written, this, &CardReader::cardWritten);
    connect(m_poller, &NfcPoller::writeFailed, this, &CardReader::writeFailed);
    connect(m_poller, &NfcPoller::stateChanged, this,
            [this](State state, const QString& detail) { setState(state, detail); });
    m_thread.start();
    QMetaObject::invokeMethod(m_poller, &NfcPoller::begin, Qt::QueuedConnection);
}

void NfcCardReader::stop()
{
    if (!m_poller)
        return;
    // The poller stops its timer and closes the reader in its own thread,
    // after the step under way.
    QMetaObject::invokeMethod(m_poller, &NfcPoller::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_poller;
    m_poller = nullptr;
}

bool NfcCardReader::isRunning() const
{
    return m_poller != nullptr;
}

void NfcCardReader::write(const CardImage& image)
{
    if (!m_poller) {
        emit writeFailed(tr("The card reader is not running, so the card was not written."));
        return;
    }
    QMetaObject::invokeMethod(
        m_poller, [poller = m_poller, image] { poller->write(image); }, Qt::QueuedConnection);
}

} // namespace viptill

#include "NfcCardReader.moc"
