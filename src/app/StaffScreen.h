#pragma once

#include "OfficeScreen.h"
#include "StaffListModel.h"

#include <QScopedPointer>

namespace Ui {
class StaffScreen;
}

namespace viptill {

// 员工 (Shift+F2): everyone who works or worked in the store, and a
// manager's changes to them, each with a manager's PIN on the spot: a new
// member of staff (Enter on the PIN), a role (F8), a leaver (F9), a PIN
// reset to be changed at the next log-in (F10), a lock-out lifted (F11).
// ↑ ↓ choose someone; the form then holds them.
class StaffScreen : public OfficeScreen
{
    Q_OBJECT
public:
    explicit StaffScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~StaffScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    const StaffListModel& model() const { return m_model; }
    // The staff number the form holds (chosen or typed).
    QString chosenNumber() const;

    void load();
    void add();
    void changeRole();
    void disable();
    void resetPin();
    void unlock();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void choose(int row);
    StaffRole chosenRole() const;
    // One manager's change: approved, then `change` with the manager; the
    // list shows the outcome and the message line says it.
    void change(const QString& action, const QString& what,
                std::function<Result<StaffMember>(const StaffMember&)> change,
                std::function<QString(const StaffMember&)> done);
    void fillRoles();

    const QScopedPointer<Ui::StaffScreen> m_ui;
    StaffListModel m_model;
};

} // namespace viptill
