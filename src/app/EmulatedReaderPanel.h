#pragma once

#include <QWidget>

class QListWidget;

namespace viptill {

class EmulatedCardReader;
class Store;

// The demo store's stand-in for an NFC reader: a small window listing a few
// members' cards; Enter on one taps it on the reader.
class EmulatedReaderPanel : public QWidget
{
    Q_OBJECT
public:
    EmulatedReaderPanel(EmulatedCardReader& reader, Store& store, QWidget* parent = nullptr);

private:
    EmulatedCardReader& m_reader;
    QListWidget* m_cards;
};

} // namespace viptill
