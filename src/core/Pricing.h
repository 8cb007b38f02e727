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

LinePrice priceLine(Money unitList, std::int64_t quantity, Rate counterPromoRate, Rate memberRate,
                    bool specialPrice);

} // namespace viptill
