#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Programme.h"
#include "storage/Store.h"

#include <QString>

namespace viptill {

// What every service works with: the store, the clock, which terminal this
// is and the programme's numbers (read from the store's settings).
struct ServiceContext
{
    Store& store;
    const Clock& clock;
    QString terminal;
    Programme programme;
};

// Reads the programme's settings (member rates) over the defaults.
Programme programmeFromSettings(Store& store);

// Runs one service operation; a storage failure becomes a DATABASE_ERROR
// result (the transaction has rolled back by then), never an exception.
template <typename T, typename Operation> Result<T> guarded(Operation&& operation)
{
    try {
        return operation();
    } catch (const StorageError& e) {
        return Error::database(QString::fromUtf8(e.what()));
    }
}

} // namespace viptill
