#pragma once

#include <QDialog>

namespace viptill {

// F1 in the manager's office: the keys of the office and of the screen on
// it, as (key, what it does) rows. Esc closes it.
class KeyHelpDialog : public QDialog
{
    Q_OBJECT
public:
    KeyHelpDialog(const QString& title, const QList<std::pair<QString, QString>>& keys,
                  QWidget* parent = nullptr);
};

} // namespace viptill
