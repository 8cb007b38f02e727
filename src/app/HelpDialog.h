#pragma once

#include <QDialog>

namespace viptill {

// F1: every key of a part of the terminal, on screen.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    using KeyMap = QList<std::pair<QString, QString>>;

    // The checkout's keys.
    explicit HelpDialog(QWidget* parent = nullptr);
    HelpDialog(const QString& title, const KeyMap& keys, QWidget* parent = nullptr);

    // The checkout's keyboard map as (key, what it does) rows; the README
    // shows the same.
    static KeyMap keyMap();
};

} // namespace viptill
