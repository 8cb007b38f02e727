#pragma once

#include "ServiceContext.h"

namespace viptill {

// What `init` reports of a store.
struct StoreState
{
    int schemaVersion = 0;
    bool training = false;
};

// 培训: a training store is one whose settings hold `training` = `1`. Its
// clock may be set by hand (the CLI's $VIPTILL_NOW) and its receipts say so.
// A store becomes one only before anything real happened in it (no sale, no
// member, no staff), and a training store never becomes a live one: nothing
// here clears the mark. Everything is asked before a ServiceContext exists
// (the clock depends on it), hence the store.
class StoreMode
{
    Q_DECLARE_TR_FUNCTIONS(StoreMode)
public:
    static inline const QString TrainingKey = QStringLiteral("training");

    static Result<bool> isTraining(Store& store);
    // Marks the store a training store; idempotent. Refused with
    // DATABASE_NOT_EMPTY, changing nothing, once it holds a sale, a member
    // or a staff account.
    static Status makeTraining(Store& store);
    static Result<StoreState> state(Store& store);
};

} // namespace viptill
