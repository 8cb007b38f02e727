#include "ServiceContext.h"

#include "StoreKeys.h"

#include <QRandomGenerator>
#include <QThread>
#include <algorithm>

namespace viptill {

void pauseBeforeRetry(int attempt)
{
    // Up to 2, 4, 8 … 64 ms: a sale's transaction takes a few milliseconds.
    const auto ceiling = static_cast<quint32>(1U << std::clamp(attempt, 1, 6));
    QThread::usleep(QRandomGenerator::global()->bounded(ceiling * 1000U));
}

Programme programmeFromSettings(Store& store)
{
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

Result<StoreKeys> storeKeys(const ServiceContext& context)
{
    if (!context.keys)
        return Error(ErrorCode::KeyFile, KeyFile::tr("This program was started without the "
                                                     "store's key file."));
    return *context.keys;
}

} // namespace viptill
