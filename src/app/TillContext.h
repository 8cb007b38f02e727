#pragma once

#include "services/ServiceContext.h"
#include "services/StoreKeys.h"

#include <QImage>
#include <QString>
#include <chrono>

namespace viptill {

class ReceiptOutput;

// What every screen of the till works with.
struct TillContext
{
    ServiceContext& services;
    ReceiptOutput& receipts;
    // The terminal locks itself after this long without a key or a click
    // (the setting `lockAfterMinutes`); zero never locks.
    std::chrono::milliseconds idleLock = std::chrono::minutes(5);
    // The store's database as the till opened it, and its key file as read
    // at start (what services.keys points to): the first-run screen shows
    // the file and reads it again once IT has given it to the till.
    QString storeLocation;
    Result<StoreKeys>* keys = nullptr;
    bool keyFileMadeNow = false; // made beside a new SQLite store at this start

    // The store's name today, from its settings: a change shows at once.
    QString storeName() const;
};

} // namespace viptill
