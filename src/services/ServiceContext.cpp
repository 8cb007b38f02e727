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

Result<StoreKeys> storeKeys(const ServiceContext& context)
{
    if (!context.keys)
        return Error(ErrorCode::KeyFile, KeyFile::tr("This program was started without the "
                                                     "store's key file."));
    return *context.keys;
}

} // namespace viptill
