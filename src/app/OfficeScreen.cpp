#include "OfficeScreen.h"

#include "ApprovalDialog.h"

#include <QDir>
#include <QPointer>
#include <QRegularExpression>

namespace viptill {

OfficeScreen::OfficeScreen(OfficeContext& office, QWidget* parent)
    : QWidget(parent)
    , m_office(office)
{}

void OfficeScreen::withApproval(const QString& action, const QString& what,
                                std::function<void(const StaffMember&)> then, QWidget* focusAfter,
                                QWidget* over)
{
    if (!m_office.manager)
        return;
    auto* dialog = new ApprovalDialog(m_office.till.services, *m_office.manager, action, what,
                                      over ? over : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::approved, this, [then](const StaffMember& m) { then(m); });
    QPointer<QWidget> focus(focusAfter);
    connect(dialog, &QDialog::finished, this, [focus] {
        if (focus)
            focus->setFocus();
    });
    dialog->open();
}

QString OfficeScreen::exportPath(const QString& name, const QString& suffix) const
{
    QDir().mkpath(m_office.exportFolder);
    // Counter names go into file names: nothing a file system would refuse.
    QString clean = name;
    clean.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return QDir(m_office.exportFolder).filePath(clean + u'.' + suffix);
}

} // namespace viptill
