#pragma once

#include "SaleLinesModel.h"
#include "TillContext.h"
#include "Workspace.h"
#include "core/ItemEntry.h"
#include "services/CheckoutSession.h"

#include <QScopedPointer>
#include <functional>
#include <memory>

namespace Ui {
class CheckoutPage;
}

namespace viptill {

// 收银: the barcode field always has focus; everything is a key away.
// A thin view of CheckoutSession: each slot reads the screen, calls the
// session or a service, and shows the outcome.
class CheckoutPage : public Workspace
{
    Q_OBJECT
public:
    explicit CheckoutPage(TillContext& till, QWidget* parent = nullptr);
    ~CheckoutPage() override;

    Area area() const override { return Area::Checkout; }
    QString title() const override;
    void start(const StaffMember& cashier) override;
    void activate() override;
    QString unfinishedBusiness() const override;
    void setAside() override;
    void presentCard(const viptill::PresentedCard& card) override;
    void cardReadFailed(const QString& message) override;
    void showNotice(const QString& text, const QString& tone) override;

    const CheckoutSession* session() const { return m_session.get(); }
    QString messageText() const;
    QString messageTone() const;
    // The change of the sale just paid, large, until the next sale starts.
    QString changeText() const;

    // The keys (also reachable from the help screen).
    void showHelp();
    void enterMemberCard();
    void suspendOrResume();
    void changeQuantity();
    void voidLine();
    void voidSale();
    void pay();
    void reprintLast();
    void previewLast();
    void startReturn();

signals:
    // The sale on screen changed (for the customer display).
    void saleChanged();
    // A sale was paid; the receipt as committed.
    void salePaid(const viptill::Receipt& receipt);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void scanEntered();
    void refresh();
    int selectedLine() const;
    void selectLine(int row);
    void withApproval(const QString& action, const QString& what,
                      std::function<void(const StaffMember&)> then);
    void afterDialog();
    void retranslate();

    const QScopedPointer<Ui::CheckoutPage> m_ui;
    TillContext& m_till;
    std::unique_ptr<CheckoutSession> m_session;
    SaleLinesModel m_lines;
    ItemEntry m_entry; // the barcode field's entries: "3*" waits for the next item
    std::optional<Receipt> m_lastReceipt;
    std::optional<Money> m_change; // of the sale just paid
};

} // namespace viptill
