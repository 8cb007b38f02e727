#pragma once

#include "ReceiptOutput.h"
#include "TillWindow.h"
#include "cards/CardReader.h"
#include "support/TestStore.h"

#include <QLineEdit>
#include <gtest/gtest.h>
#include <memory>

namespace viptill::test {

// The terminal on a real SQLite file with a small catalogue, a member (card
// in `card`), a cashier (1001/1111), a service-desk clerk (2001/2222) and a
// manager (9001/9999); the emulated NFC reader and a keyboard-wedge
// magnetic reader; driven by key events on the offscreen platform.
class TerminalTest : public ::testing::Test
{
protected:
    void SetUp() override;

    static QLineEdit* field(QWidget* in, const char* name);
    // Types text as staff do: Latin keys as key presses, Chinese through the
    // input method (committed text), as an IME delivers it.
    static void typeText(QWidget* into, const QString& text);
    QLineEdit* barcode();
    void logIn(const char* number = "1001", const char* pin = "1111");
    void scan(const QString& code);
    // The modal dialog a key opened (they open with open(), never exec()).
    static QWidget* dialog();
    void approveAsManager(const char* number = "9001", const char* pin = "9999");
    // What the receipt printer was last sent, decoded.
    QString printed() const;

    TestStore store;
    QString card;
    PrinterSettings printer;
    std::unique_ptr<ReceiptOutput> receipts;
    std::unique_ptr<TillContext> till;
    EmulatedCardReader emulated;
    std::unique_ptr<MagstripeWedgeReader> wedge;
    std::unique_ptr<TillWindow> window;
};

} // namespace viptill::test
