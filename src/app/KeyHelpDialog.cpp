#include "KeyHelpDialog.h"

#include <QGridLayout>
#include <QLabel>

namespace viptill {

KeyHelpDialog::KeyHelpDialog(const QString& title, const QList<std::pair<QString, QString>>& keys,
                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto* grid = new QGridLayout(this);
    int row = 0;
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
