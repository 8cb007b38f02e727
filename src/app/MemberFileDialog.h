#pragma once

#include "CareModels.h"
#include "services/MemberFileService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class MemberFileDialog;
}

namespace viptill {

// 会员档案: the member file at the service desk and in customer care. Hard
// and soft data (editable), purchases, visits, favourite counters and sizes,
// the calls and messages the member had. The mobile and ID number show
// masked; a new mobile is typed in its own field. F10 saves, F8 revives a
// lapsed card, F6 adjusts the points, F7 exports the member's data for them,
// F9 erases the member (both with a manager's approval), Ctrl+Tab turns the
// page, Esc closes.
class MemberFileDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the file for `staff` (the reading is logged) and shows the
    // dialog; a cashier or an unknown member is refused and nothing opens.
    static Result<MemberFileDialog*> openFor(ServiceContext& context, const StaffMember& staff,
                                             Id memberId, QWidget* parent);
    ~MemberFileDialog() override;

    const MemberFile& file() const { return m_file; }
    QString messageText() const;
    QString messageTone() const;

    void save();
    void reviveCard();
    // PIPL: a copy of everything held on the member, written as JSON into
    // the export folder (the user's Documents/VipTill unless set).
    void exportData();
    void setExportFolder(const QString& folder) { m_exportFolder = folder; }
    // Asks a manager's approval, then erases the member for good.
    void erase();
    // Opens the points adjustment (amount, reason, then a manager's approval).
    void adjustPoints();

signals:
    void saved(const viptill::MemberFile& file);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    MemberFileDialog(ServiceContext& context, StaffMember staff, MemberFile file, QWidget* parent);
    void showFile();
    void showSummary();
    void showMessage(const QString& text, const QString& tone);

    const QScopedPointer<Ui::MemberFileDialog> m_ui;
    ServiceContext& m_ctx;
    StaffMember m_staff;
    MemberFile m_file;
    PurchaseListModel m_purchases;
    CallListModel m_calls;
    OutboxModel m_messages;
    QString m_exportFolder;
};

} // namespace viptill
