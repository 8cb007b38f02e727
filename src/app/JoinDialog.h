#pragma once

#include "TillContext.h"
#include "services/MemberService.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class JoinDialog;
}

class QLabel;

namespace viptill {

// 办卡: the application form of domain.md with each fault beside its field,
// today's receipts scanned in (their total and the tier they give shown as
// they come), and how the card is handed over. F10 asks to join; the
// service desk page does it and closes the form, or shows what is wrong.
class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    // `chipWriter`: a reader that can write NFC cards is at the desk.
    JoinDialog(TillContext& till, bool chipWriter, QWidget* parent = nullptr);
    ~JoinDialog() override;

    Application form() const;
    QStringList receiptNumbers() const;
    NewCard newCard() const;

    // Faults beside their fields; one no field owns goes in the message line.
    void showFaults(const QList<Error>& faults);
    // A card swiped while the form is open: the stock card's number.
    void cardSwiped(const QString& number);

signals:
    void joinRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void addReceipt();
    void removeLastReceipt();
    void refreshSummary(const QStringList& receipts);
    void idNumberEdited();
    void cardKindChanged();
    void submit();
    QLabel* faultLabel(ErrorCode code) const;
    void clearFaults();

    const QScopedPointer<Ui::JoinDialog> m_ui;
    TillContext& m_till;
};

} // namespace viptill
