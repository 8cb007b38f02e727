#include "Redemption.h"

#include "Pricing.h"

#include <QCoreApplication>

namespace viptill {

namespace {
class RedemptionText
{
    Q_DECLARE_TR_FUNCTIONS(RedemptionText)
public:
    static QString step(std::int64_t points, const RedemptionRules& rules)
    {
        return tr("Points are spent in steps of %1, at least %2; %3 is not such a step.")
            .arg(rules.stepPoints)
            .arg(rules.minimumPoints)
            .arg(points);
    }
    static QString negative(std::int64_t balance)
    {
        return tr("The balance is %1 points; redemption waits until it is positive again.")
            .arg(balance);
    }
    static QString insufficient(std::int64_t points, std::int64_t balance)
    {
        return tr("Redeeming %1 points needs that many; the balance is %2.")
            .arg(points)
            .arg(balance);
    }
    static QString special(const QString& barcode)
    {
        return tr("Item %1 is special-price goods and cannot be a redemption gift.").arg(barcode);
    }
    static QString overCap(const QString& barcode, const QString& list, const QString& cap,
                           std::int64_t points)
    {
        return tr("Item %1 lists at %2 yuan, over the %3 yuan that %4 points allow.")
            .arg(barcode, list, cap)
            .arg(points);
    }
    static QString notOnSale(const QString& barcode)
    {
        return tr("Item %1 is no longer on sale and cannot be a gift.").arg(barcode);
    }
};
} // namespace

std::optional<Money> redemptionCap(std::int64_t points, const RedemptionRules& rules)
{
    if (rules.stepPoints < 1 || points < rules.minimumPoints ||
        (points - rules.minimumPoints) % rules.stepPoints != 0)
        return std::nullopt;
    // Points asked for come from outside; past int64 the cap saturates, and
    // the balance refuses it anyway.
    return rules.firstCap +
           rules.capStep.timesQuantity((points - rules.minimumPoints) / rules.stepPoints);
}

Result<Money> checkRedemption(std::int64_t points, std::int64_t balance, const GiftCandidate& gift,
                              const RedemptionRules& rules)
{
    const std::optional<Money> cap = redemptionCap(points, rules);
    if (!cap)
        return Error(ErrorCode::InvalidPointsStep, RedemptionText::step(points, rules));
    if (balance < 0)
        return Error(ErrorCode::NegativeBalance, RedemptionText::negative(balance));
    if (balance < points)
        return Error(ErrorCode::InsufficientPoints, RedemptionText::insufficient(points, balance));
    if (gift.specialPrice)
        return Error(ErrorCode::SpecialPriceGift, RedemptionText::special(gift.barcode));
    if (!gift.onSale)
        return Error(ErrorCode::GiftNotOnSale, RedemptionText::notOnSale(gift.barcode));
    if (Status fits = checkSaleCeiling(gift.listPrice, CeilingOf::Gift); !fits)
        return fits.error();
    if (gift.listPrice > *cap)
        return Error(ErrorCode::GiftOverCap,
                     RedemptionText::overCap(gift.barcode, gift.listPrice.toYuanString(),
                                             cap->toYuanString(), points));
    return *cap;
}

QList<RedemptionStep> redemptionSteps(std::int64_t balance, const RedemptionRules& rules)
{
    QList<RedemptionStep> steps;
    if (rules.stepPoints < 1)
        return steps;
    for (std::int64_t points = rules.minimumPoints;
         points <= balance && steps.size() < MaxRedemptionSteps; points += rules.stepPoints)
        steps << RedemptionStep{points, *redemptionCap(points, rules)};
    return steps;
}

} // namespace viptill
