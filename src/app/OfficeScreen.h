#pragma once

#include "TillContext.h"
#include "core/Records.h"

#include <QWidget>
#include <functional>
#include <optional>

namespace viptill {

// What every screen of the manager's office works with: the till, the
// manager logged in, and the folder exports are saved to.
struct OfficeContext
{
    TillContext& till;
    std::optional<StaffMember> manager;
    QString exportFolder;
};

// One screen of the manager's office (redemption, figures, catalogue …),
// reached by its F key. A thin view: each key reads the screen, calls a
// service and shows the outcome in the office's message line.
class OfficeScreen : public QWidget
{
    Q_OBJECT
public:
    OfficeScreen(OfficeContext& office, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    // The key bar under the screen.
    virtual QString keys() const = 0;
    // The screen's own keys for the help (F1).
    virtual QList<std::pair<QString, QString>> keyHelp() const = 0;
    // On screen now: fresh figures and the focus where the keyboard starts.
    virtual void activate() = 0;
    // The focus back where the keyboard was (after the help, say).
    virtual void restoreFocus() { setFocus(); }
    // A manager logged in: the screen starts afresh.
    virtual void reset() {}
    virtual void presentCard(const viptill::PresentedCard& card) { Q_UNUSED(card) }

signals:
    void notice(const QString& text, const QString& tone);
    // keys() says something else now (another section is on screen).
    void keysChanged();

protected:
    // A manager's PIN on the spot (recorded by StaffService with both staff
    // numbers), then `then` with the approving manager. The focus goes back
    // to `focusAfter` when the dialog closes. `over`: the dialog it opens
    // over, if any (the screen otherwise).
    void withApproval(const QString& action, const QString& what,
                      std::function<void(const StaffMember&)> then, QWidget* focusAfter,
                      QWidget* over = nullptr);
    // A file in the export folder (created if missing): name.suffix.
    QString exportPath(const QString& name, const QString& suffix) const;
    void good(const QString& text) { emit notice(text, QStringLiteral("good")); }
    void bad(const QString& text) { emit notice(text, QStringLiteral("error")); }
    void info(const QString& text) { emit notice(text, QStringLiteral("info")); }

    OfficeContext& m_office;
};

} // namespace viptill
