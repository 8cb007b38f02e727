#include "Pricing.h"

namespace viptill {

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
