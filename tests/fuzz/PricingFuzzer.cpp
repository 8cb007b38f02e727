// Any amounts, quantities and rates, including ones no screen lets through:
// Money's arithmetic must never overflow (UBSan stops the run on a wrap), its
// checked forms must agree with 128-bit arithmetic, and a sale line the till
// can ring up must price within its list total and meet the sale ceiling
// exactly when its list total does (issue 14).

#include "core/Money.h"
#include "core/Points.h"
#include "core/Pricing.h"
#include "core/Rate.h"

#include <cstdint>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <limits>

using namespace viptill;

namespace {

__extension__ using Wide = __int128;

constexpr Wide Highest = std::numeric_limits<std::int64_t>::max();
constexpr Wide Lowest = std::numeric_limits<std::int64_t>::min();

Wide saturate(Wide exact)
{
    return exact > Highest ? Highest : exact < Lowest ? Lowest : exact;
}

void check(bool holds)
{
    if (!holds)
        std::abort();
}

// A checked result is the exact one when it fits and none when it does not;
// the saturating one is the exact one held to int64.
void agree(std::optional<Money> checked, Money saturated, Wide exact)
{
    const bool fits = exact >= Lowest && exact <= Highest;
    check(checked.has_value() == fits);
    if (checked)
        check(checked->fen() == exact);
    check(saturated.fen() == saturate(exact));
}

Wide timesRate(Wide fen, Wide scaled)
{
    const Wide product = fen * scaled;
    const Wide half = Rate::Scale / 2;
    return product >= 0 ? (product + half) / Rate::Scale : -((-product + half) / Rate::Scale);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    const std::int64_t a = input.ConsumeIntegral<std::int64_t>();
    const std::int64_t b = input.ConsumeIntegral<std::int64_t>();
    const std::int64_t scaled = input.ConsumeIntegral<std::int64_t>();
    const Money x = Money::fromFen(a);
    const Money y = Money::fromFen(b);
    const Rate rate = Rate::fromScaled(scaled);

    agree(x.checkedPlus(y), x + y, Wide(a) + b);
    agree(x.checkedMinus(y), x - y, Wide(a) - b);
    agree(x.checkedTimesQuantity(b), x.timesQuantity(b), Wide(a) * b);
    agree(x.checkedTimes(rate), x.times(rate), timesRate(a, scaled));
    check((-x).fen() == saturate(-Wide(a)));
    check(Money::fromYuan(a).fen() == saturate(Wide(a) * 100));
    (void)x.toYuanString();

    // Any line, and the points for it: nothing may overflow.
    const std::int64_t quantity = input.ConsumeIntegral<std::int64_t>();
    const Rate promo = Rate::fromScaled(input.ConsumeIntegral<std::int64_t>());
    const Rate member = Rate::fromScaled(input.ConsumeIntegral<std::int64_t>());
    const bool special = input.ConsumeBool();
    const LinePrice any = priceLine(x, quantity, promo, member, special);
    (void)any.savings();
    (void)checkSaleCeiling(any.amount, CeilingOf::Sale);
    const int multiplier = input.ConsumeIntegral<int>();
    (void)awardPoints(any.amount, multiplier).earned();
    (void)pointsToReverse(any.amount, y, multiplier);

    // A line the till can ring up: a catalogue price, 1 to 9999, discount
    // rates. Its amount is within its list total, and the ceiling refuses it
    // exactly when the list total is over.
    const Money unit = Money::fromFen(
        input.ConsumeIntegralInRange<std::int64_t>(LowestListPrice.fen(), HighestListPrice.fen()));
    const std::int64_t qty = input.ConsumeIntegralInRange<std::int64_t>(1, 9999);
    const Rate promoRate =
        Rate::fromScaled(input.ConsumeIntegralInRange<std::int64_t>(1, Rate::Scale));
    const Rate memberRate =
        Rate::fromScaled(input.ConsumeIntegralInRange<std::int64_t>(1, Rate::Scale));
    const LinePrice line = priceLine(unit, qty, promoRate, memberRate, special);
    check(line.listTotal().fen() == Wide(unit.fen()) * qty);
    check(line.amount >= Money() && line.amount <= line.afterPromo &&
          line.afterPromo <= line.listTotal());
    check(checkSaleCeiling(line.listTotal(), CeilingOf::Sale).ok() ==
          (line.listTotal() <= HighestSaleTotal));
    const PointsAward award = awardPoints(line.amount, input.ConsumeIntegralInRange(1, 10));
    check(award.earned() >= 0 && award.earned() < Highest);
    return 0;
}
