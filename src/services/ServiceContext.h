#pragma once

#include "core/Clock.h"
#include "core/Error.h"
#include "storage/Store.h"

#include <QString>

namespace viptill {

// What every service works with: the store, the clock and which terminal
// this is. The programme's numbers are not here: they are store settings
// dated from a day on, read by each operation for its day (programmeOn).
struct StoreKeys;

struct ServiceContext
{
    Store& store;
    const Clock& clock;
    QString terminal;
    // The store's key file as read at start (KeyFile::forStore), or why it
    // could not be; none where no key is needed (tests of other things).
    const Result<StoreKeys>* keys = nullptr;
};

// The store's keys, or the KEY_FILE error saying what is wrong.
Result<StoreKeys> storeKeys(const ServiceContext& context);

// How often an operation is run before a conflict with other tills is given
// up as a DATABASE_ERROR.
constexpr int MaxAttempts = 25;

// A short, random pause before attempt `attempt` + 1, so tills that
// collided do not collide again in step.
void pauseBeforeRetry(int attempt);

// Runs one service operation; a storage failure becomes a DATABASE_ERROR
// result (the transaction has rolled back by then), never an exception.
//
// A server shared by many tills may give up a transaction to keep them
// consistent (StorageError::Kind::Retry; nothing of it was kept). Then the
// whole operation runs again, reading everything afresh, as if the till had
// come a moment later. Only the owner of the outermost transaction can do
// that: an operation called inside another's transaction passes the
// conflict up to it.
template <typename T, typename Operation> Result<T> guarded(Store& store, Operation&& operation)
{
    const bool outermost = !store.inTransaction();
    for (int attempt = 1;; ++attempt) {
        try {
            return operation();
        } catch (const StorageError& e) {
            if (e.kind() == StorageError::Kind::Retry) {
                if (!outermost)
                    throw;
                if (attempt < MaxAttempts) {
                    pauseBeforeRetry(attempt);
                    continue;
                }
            }
            return Error::database(QString::fromUtf8(e.what()));
        }
    }
}

} // namespace viptill
