#pragma once

#include "Money.h"
#include "Rate.h"

#include <cstdint>

namespace viptill {

// The price of one sale line (domain.md, "Price of a sale line"):
//   after_promo = round(list × qty × counter_promo_rate)
//   amount      = round(after_promo × member_rate)   (rate 1 for special-price goods)
// The member discount stacks on the counter's price (折上折).
struct LinePrice
{
    Money unitList;
    std::int64_t quantity = 0;
    Rate promoRate = Rate::one();
    Money afterPromo;
    Rate memberRate = Rate::one(); // the rate actually applied
    Money amount;

    Money listTotal() const { return unitList.timesQuantity(quantity); }
    Money savings() const { return listTotal() - amount; }
};

// A catalogue's list price is from 0.01 to 9,999,999.99 yuan: nothing is
// given away at the till, and no item of a department store comes near ten
// million yuan, so a price beyond it is a typing slip (decisions.md).
inline constexpr Money LowestListPrice = Money::fromFen(1);
inline constexpr Money HighestListPrice = Money::fromFen(999'999'999);
constexpr bool isListPrice(Money price)
{
    return price >= LowestListPrice && price <= HighestListPrice;
}

LinePrice priceLine(Money unitList, std::int64_t quantity, Rate counterPromoRate, Rate memberRate,
                    bool specialPrice);

} // namespace viptill
