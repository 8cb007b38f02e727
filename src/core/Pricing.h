#pragma once

#include "Error.h"
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

// The most one sale may come to: 99,999,999.99 yuan, ten of the dearest
// items the catalogue may hold. Every sale, refund, gift and payment is
// checked against it before anything is written, so no amount recorded can
// come near int64 and a day's or a year's sums cannot overflow
// (decisions.md, "Money cannot overflow").
inline constexpr Money HighestSaleTotal = Money::fromFen(9'999'999'999);
// AMOUNT_TOO_LARGE when `amount` is beyond the ceiling either way (a
// negative one can only come from rows written before it), saying what came
// over: a sale, a refund, a gift or a payment.
enum class CeilingOf
{
    Sale,
    Refund,
    Gift,
    Payment,
};
Status checkSaleCeiling(Money amount, CeilingOf what);

LinePrice priceLine(Money unitList, std::int64_t quantity, Rate counterPromoRate, Rate memberRate,
                    bool specialPrice);

} // namespace viptill
