#pragma once

#include "core/Records.h"
#include "core/Roles.h"

#include <QWidget>

namespace viptill {

// One part of the terminal (收银, 服务台, 客户维护, 经理室) in the main window.
// The window logs staff in, shows the parts their role opens and routes the
// card readers to the part on screen; each part does the rest.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual Area area() const = 0;
    // Its name on the window's bar, in the current language.
    virtual QString title() const = 0;
    // A member of staff logged in and will work here.
    virtual void start(const StaffMember& staff) = 0;
    // It is now on screen: the focus goes where the keyboard starts.
    virtual void activate() = 0;
    // Business with a customer still open here (a sale on screen, a form
    // half filled), which log-out must not lose; empty when there is none.
    virtual QString unfinishedBusiness() const { return {}; }
    // Another member of staff takes over a locked terminal: put whatever is
    // unfinished somewhere it is not lost (a sale on hold).
    virtual void setAside() {}
    // From the card readers, while this part is on screen.
    virtual void presentCard(const viptill::PresentedCard& card) { Q_UNUSED(card) }
    virtual void cardReadFailed(const QString& message) { Q_UNUSED(message) }
    // A message for the staff member in this part's message line.
    virtual void showNotice(const QString& text, const QString& tone) = 0;
};

} // namespace viptill
