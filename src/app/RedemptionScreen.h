#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/RedemptionService.h"

#include <QScopedPointer>

namespace Ui {
class RedemptionScreen;
}

namespace viptill {

// 积分兑换 (F2): the member by card tap, or by mobile and the last four of
// the ID number; the steps the balance buys; the gifts the chosen step
// allows, found by typing; Enter redeems with a manager's PIN and prints the
// member's and the counter's slips. F8 cancels a redemption of today.
class RedemptionScreen : public OfficeScreen
{
    Q_OBJECT
public:
    explicit RedemptionScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~RedemptionScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;
    void presentCard(const viptill::PresentedCard& card) override;

    const std::optional<MemberView>& member() const { return m_member; }
    const QList<Product>& gifts() const { return m_gifts; }
    std::optional<std::int64_t> chosenPoints() const;

    void cancelToday();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void findTyped();
    // `announce`: say what to do next and move the focus to the steps.
    void showMember(const MemberView& member, bool announce = true);
    void clearMember();
    void chooseStep();
    void loadGifts();
    void moveGift(int delta);
    void redeemChosen();

    const QScopedPointer<Ui::RedemptionScreen> m_ui;
    ReportTableModel m_giftTable;
    std::optional<MemberView> m_member;
    QList<RedemptionStep> m_steps;
    QList<Product> m_gifts;
};

} // namespace viptill
