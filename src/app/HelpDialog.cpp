#include "HelpDialog.h"

#include <QGridLayout>
#include <QLabel>

namespace viptill {

HelpDialog::KeyMap HelpDialog::keyMap()
{
    return {
        {QStringLiteral("Enter"), tr("Scan or type a barcode and press Enter")},
        {QStringLiteral("3*"),
         tr("Type a number and * before scanning: that many of the next item")},
        {QStringLiteral("F1"), tr("This help")},
        {QStringLiteral("F2"), tr("Type a member card number (when swiping or tapping fails)")},
        {QStringLiteral("F3"), tr("Put the sale on hold / resume a held sale (挂单/取单)")},
        {QStringLiteral("F4"), tr("Change the chosen line's quantity (manager PIN)")},
        {QStringLiteral("↑ ↓"), tr("Choose a line")},
        {QStringLiteral("F8"), tr("Void the chosen line (manager PIN)")},
        {QStringLiteral("F9"), tr("Void the whole sale (manager PIN)")},
        {QStringLiteral("F10"), tr("Pay: F5 cash, F6 bank card, F7 WeChat Pay, F8 Alipay")},
        {QStringLiteral("F11"), tr("Reprint the last receipt (manager PIN, logged)")},
        {QStringLiteral("F12"), tr("Return (退货): scan the receipt's barcode")},
        {QStringLiteral("Ctrl+P"), tr("Show the last receipt on screen")},
        {QStringLiteral("Esc"), tr("Cancel / close")},
        {QStringLiteral("Ctrl+Q"), tr("Log out")},
        {QStringLiteral("Ctrl+L"), tr("中文 / English")},
    };
}

HelpDialog::HelpDialog(QWidget* parent)
    : HelpDialog(tr("Keys of the till"), keyMap(), parent)
{}

HelpDialog::HelpDialog(const QString& title, const KeyMap& keys, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* grid = new QGridLayout(this);
    auto* heading = new QLabel(title, this);
    heading->setProperty("role", QStringLiteral("title"));
    grid->addWidget(heading, 0, 0, 1, 2);
    int row = 1;
    for (const auto& [key, what] : keys) {
        auto* k = new QLabel(key, this);
        k->setProperty("role", QStringLiteral("key"));
        grid->addWidget(k, row, 0);
        grid->addWidget(new QLabel(what, this), row, 1);
        ++row;
    }
    grid->addWidget(new QLabel(tr("Esc closes this help."), this), row, 0, 1, 2);
}

} // namespace viptill
