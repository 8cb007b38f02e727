#include "StoreMode.h"

namespace viptill {

namespace {

bool trainingMark(Store& store)
{
    return store.setting(StoreMode::TrainingKey) == QStringLiteral("1");
}

} // namespace

Result<bool> StoreMode::isTraining(Store& store)
{
    return guarded<bool>(store, [&]() -> Result<bool> { return trainingMark(store); });
}

Status StoreMode::makeTraining(Store& store)
{
    return guarded<Done>(store, [&]() -> Status {
        Transaction transaction = store.transaction();
        if (trainingMark(store))
            return success();
        if (store.hasSalesOrMembers() || store.hasStaff())
            return Error(ErrorCode::DatabaseNotEmpty,
                         tr("This store already has sales, members or staff: it is a live store "
                            "and cannot become a training store. Make the training store in an "
                            "empty database."));
        store.setSetting(TrainingKey, QStringLiteral("1"));
        transaction.commit();
        return success();
    });
}

Result<StoreState> StoreMode::state(Store& store)
{
    return guarded<StoreState>(store, [&]() -> Result<StoreState> {
        return StoreState{store.schemaVersion(), trainingMark(store)};
    });
}

} // namespace viptill
