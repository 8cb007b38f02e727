#pragma once

#include "core/Error.h"
#include "storage/Store.h"

#include <QCoreApplication>

namespace viptill {

// A training store (培训): `init --training` or the demo. Only there may the
// clock be set from outside ($VIPTILL_NOW), and every receipt and slip says
// 培训 / TRAINING. A training store never becomes a live one, and a live
// store with anything in it never becomes a training one.
class StoreMode
{
    Q_DECLARE_TR_FUNCTIONS(StoreMode)
public:
    static bool isTraining(Store& store);
    // Refused (DATABASE_NOT_EMPTY, nothing changed) once the store holds
    // sales, members or staff; a training store stays one.
    static Status makeTraining(Store& store);
};

} // namespace viptill
