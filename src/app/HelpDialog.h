#pragma once

#include <QDialog>

namespace viptill {

// F1: every key of the till, on screen.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget* parent = nullptr);

    // The keyboard map as (key, what it does) rows; the README shows the same.
    static QList<std::pair<QString, QString>> keyMap();
};

} // namespace viptill
