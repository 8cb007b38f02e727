#include "Pricing.h"

#include <QCoreApplication>

namespace viptill {

namespace {

class CeilingText
{
    Q_DECLARE_TR_FUNCTIONS(CeilingText)
public:
    static QString refusal(CeilingOf what)
    {
        const QString most = HighestSaleTotal.toYuanString();
        switch (what) {
        case CeilingOf::Sale:
            return tr("This would take the sale over %1 yuan, the most one sale can come to. "
                      "Nothing was changed: ring up the rest as a separate sale.")
                .arg(most);
        case CeilingOf::Refund:
            return tr("The refund would be over %1 yuan, the most one sale can come to. Nothing "
                      "was changed: refer this return to the manager.")
                .arg(most);
        case CeilingOf::Gift:
            return tr("The gift is priced over %1 yuan, the most one sale can come to. Nothing "
                      "was changed: have the manager correct its price.")
                .arg(most);
        case CeilingOf::Payment:
            return tr("The payments come to over %1 yuan, the most one sale can take. Nothing "
                      "was changed: check the amounts.")
                .arg(most);
        }
        return {};
    }
};

} // namespace

Status checkSaleCeiling(Money amount, CeilingOf what)
{
    if (amount <= HighestSaleTotal && amount >= -HighestSaleTotal)
        return success();
    return Error(ErrorCode::AmountTooLarge, CeilingText::refusal(what));
}

LinePrice priceLine(Money unitList, std::int64_t quantity, Rate counterPromoRate, Rate memberRate,
                    bool specialPrice)
{
    LinePrice line;
    line.unitList = unitList;
    line.quantity = quantity;
    line.promoRate = counterPromoRate;
    line.afterPromo = unitList.timesQuantity(quantity).times(counterPromoRate);
    line.memberRate = specialPrice ? Rate::one() : memberRate;
    line.amount = line.afterPromo.times(line.memberRate);
    return line;
}

} // namespace viptill
