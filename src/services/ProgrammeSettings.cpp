#include "ProgrammeSettings.h"

namespace viptill {

Programme programmeOn(Store& store, QDate day)
{
    Q_UNUSED(day)
    Programme programme;
    if (const std::optional<QString> gold = store.setting(QStringLiteral("gold_rate"))) {
        if (const std::optional<Rate> rate = Rate::parse(*gold); rate && rate->isDiscount())
            programme.goldRate = *rate;
    }
    if (const std::optional<QString> diamond = store.setting(QStringLiteral("diamond_rate"))) {
        if (const std::optional<Rate> rate = Rate::parse(*diamond); rate && rate->isDiscount())
            programme.diamondRate = *rate;
    }
    return programme;
}

} // namespace viptill
