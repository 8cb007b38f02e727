#pragma once

#include "MemberListModel.h"
#include "TillContext.h"
#include "Workspace.h"
#include "printing/ReceiptDocument.h"

#include <QPointer>
#include <QScopedPointer>
#include <functional>

namespace Ui {
class ServiceDeskPage;
}

namespace viptill {

class CardReader;
class JoinDialog;
class ReplaceCardDialog;

// 服务台: find a member (card tap or swipe, mobile, ID number, name), join a
// customer with today's receipts, write NFC cards, replace lost or damaged
// cards, swap a new diamond member's gold card, hand over the diamond gift.
// Keyboard first; a thin view over MemberService, CardService, PerkService.
class ServiceDeskPage : public Workspace
{
    Q_OBJECT
public:
    ServiceDeskPage(TillContext& till, QList<CardReader*> readers, QWidget* parent = nullptr);
    ~ServiceDeskPage() override;

    Area area() const override { return Area::ServiceDesk; }
    QString title() const override;
    void start(const StaffMember& staff) override;
    void activate() override;
    void presentCard(const viptill::PresentedCard& card) override;
    void cardReadFailed(const QString& message) override;
    void showNotice(const QString& text, const QString& tone) override;

    QString messageText() const;
    QString messageTone() const;
    const MemberListModel& found() const { return m_found; }
    std::optional<MemberView> selectedMember() const;

    // The keys.
    void showHelp();
    void search(const QString& query);
    void join();
    void replaceCard(ReplacementReason reason = ReplacementReason::Lost);
    void writeCard();
    void diamondGift();
    void openFile();
    void reveal();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    CardReader* writer() const;
    // Who is logged in at the desk: named in the audit trail's card and
    // tier entries of what they do here.
    std::optional<Id> staffId() const;
    void joinRequested(JoinDialog* dialog);
    void replaceRequested(ReplaceCardDialog* dialog, Id memberId);
    // Writes `card` with the desk's NFC reader, then `done` once it is active.
    void writeThen(const Card& card, std::function<void()> done);
    void showMember(const std::optional<MemberView>& member);
    void refreshFound(Id select);
    void selectRow(int row);
    void afterDialog();
    void print(const ReceiptDocument& document, const QString& name);
    void retranslate();

    const QScopedPointer<Ui::ServiceDeskPage> m_ui;
    TillContext& m_till;
    QList<CardReader*> m_readers;
    std::optional<StaffMember> m_staff;
    MemberListModel m_found;
    QString m_lastQuery;
    std::optional<Id> m_revealed; // the member shown unmasked (managers, logged)
    QPointer<JoinDialog> m_join;
    QPointer<ReplaceCardDialog> m_replace;
};

} // namespace viptill
