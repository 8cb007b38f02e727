#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <memory>
#include <optional>

namespace viptill {

// One NFC reader through libnfc, opened as a reader/writer (initiator). A
// thin layer: it selects ISO 14443-A tags and speaks the MIFARE Classic and
// NTAG commands the card format needs, nothing about what the bytes mean.
// libnfc's types stay in the .cpp, so nothing above the cards layer sees
// them. Every call is bounded in time: selections never wait for a tag and
// every exchange has a timeout, so an absent card or a dead reader never
// hangs the caller. Not for use from two threads at once.
class NfcDevice
{
public:
    enum class Status
    {
        Ok,
        TagLost,    // the tag no longer answers: taken away
        AuthFailed, // MIFARE authentication refused (wrong key); the tag is halted
        Refused,    // the tag said NAK (access conditions, no password); it is halted
        Transport,  // the reader's answer was lost or garbled, still after retries
        DeviceError // anything else libnfc reports
    };
    enum class KeyType
    {
        A,
        B
    };
    struct Tag
    {
        QByteArray uid;
        quint16 atqa = 0; // as sent, first byte high: 0x0004 MIFARE Classic 1K, 0x0044 NTAG
        quint8 sak = 0;
    };

    // Opens `connection` (any libnfc connection string: "pn532_uart:/dev/ttyUSB0",
    // "acr122_usb", "pn53x_usb") as a reader. nullptr, and why in `error`, if
    // it cannot be opened.
    static std::unique_ptr<NfcDevice> open(const QString& connection, QString* error = nullptr);
    ~NfcDevice();
    NfcDevice(const NfcDevice&) = delete;
    NfcDevice& operator=(const NfcDevice&) = delete;

    QString name() const;

    // One bounded selection: the tag in the field, or none.
    Status select(std::optional<Tag>& found);
    // Selects `tag` again by its UID: wakes it after a halt (a failed
    // authentication or a NAK) and drops any authentication.
    Status reselect(const Tag& tag);
    // Whether the tag last selected is still in the field (libnfc's own
    // presence check): Ok, TagLost, or Transport when the reader did not
    // answer (then nothing is known about the tag).
    Status presence();

    // MIFARE Classic, through the PN53x's InDataExchange (the reader does Crypto1).
    Status mifareAuthenticate(const Tag& tag, int block, KeyType type,
                              const std::array<quint8, 6>& key);
    Status mifareRead(int block, std::array<quint8, 16>& out);
    Status mifareWrite(int block, const std::array<quint8, 16>& data);

    // NTAG21x. READ and (compatibility) WRITE go through InDataExchange;
    // GET_VERSION and PWD_AUTH, which MIFARE readers do not know, go raw
    // (InCommunicateThru) with the CRC computed here.
    Status ntagGetVersion(std::array<quint8, 8>& out);
    Status ntagRead(int page, std::array<quint8, 16>& out);
    Status ntagWrite(int page, const std::array<quint8, 4>& data);
    Status ntagPasswordAuth(const std::array<quint8, 4>& password, std::array<quint8, 2>& pack);

    // libnfc's words for the last failure, for logs.
    QString lastError() const;

private:
    struct Impl;
    explicit NfcDevice(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace viptill
