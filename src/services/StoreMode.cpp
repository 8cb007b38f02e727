#include "StoreMode.h"

#include "ServiceContext.h"

namespace viptill {

namespace {
const QString TrainingKey = QStringLiteral("training");
}

bool StoreMode::isTraining(Store& store)
{
    return store.setting(TrainingKey) == QStringLiteral("1");
}

Status StoreMode::makeTraining(Store& store)
{
    return guarded<Done>(store, [&]() -> Status {
        Transaction transaction = store.transaction();
        if (isTraining(store))
            return success();
        if (!store.isEmpty() || store.staffCount() > 0)
            return Error(ErrorCode::DatabaseNotEmpty,
                         tr("This store is live and already holds sales, members or staff: it "
                            "cannot become a training store. Make a new one."));
        store.setSetting(TrainingKey, QStringLiteral("1"));
        transaction.commit();
        return success();
    });
}

} // namespace viptill
