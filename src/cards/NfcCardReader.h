#pragma once

#include "CardFormat.h"
#include "CardReader.h"

#include <QString>
#include <QThread>
#include <chrono>

namespace viptill {

class NfcPoller;

// A reader/writer of chip member cards on any libnfc reader: the connection
// string comes from the settings ("pn532_uart:/dev/ttyUSB0", "acr122_usb",
// "pn53x_usb"). A worker thread polls the field with bounded selections
// (NfcCardEncoder), so neither an absent card nor a dead reader ever blocks
// the UI thread. Each card in the field gives one outcome (cardPresented
// only once its MAC verified, or readFailed with what to do), then
// cardRemoved when it leaves. A reader that stops answering goes to
// State::Error and is opened again until it answers.
class NfcCardReader final : public CardReader
{
    Q_OBJECT
public:
    struct Timing
    {
        std::chrono::milliseconds poll{150};        // between two looks at the field
        std::chrono::milliseconds reopen{1000};     // between two tries to open the reader
        std::chrono::milliseconds writeWait{15000}; // how long write() waits for a card
    };

    NfcCardReader(const QString& connection, const CardKeys& keys, QObject* parent = nullptr);
    NfcCardReader(const QString& connection, const CardKeys& keys, Timing timing,
                  QObject* parent = nullptr);
    ~NfcCardReader() override;

    QString description() const override;
    QString connection() const { return m_connection; }
    bool canWrite() const override { return true; }
    // Writes onto the card in the field, or the next one within
    // Timing::writeWait; then cardWritten or writeFailed.
    void write(const CardImage& image) override;

    // Starts polling (connect the signals first). stop() returns once the
    // worker has finished its current step, which is bounded in time.
    void start();
    void stop();
    bool isRunning() const;

private:
    QString m_connection;
    CardKeys m_keys;
    Timing m_timing;
    QThread m_thread;
    NfcPoller* m_poller = nullptr;
};

} // namespace viptill
