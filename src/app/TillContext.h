#pragma once

#include "services/ServiceContext.h"

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
    QString storeName;
    // The terminal locks itself after this long without a key or a click
    // (the setting `lockAfterMinutes`); zero never locks.
    std::chrono::milliseconds idleLock = std::chrono::minutes(5);
};

} // namespace viptill
