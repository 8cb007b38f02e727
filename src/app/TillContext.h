#pragma once

#include "services/ServiceContext.h"

#include <QImage>
#include <QString>

namespace viptill {

class ReceiptOutput;

// What every screen of the till works with.
struct TillContext
{
    ServiceContext& services;
    ReceiptOutput& receipts;
    QString storeName;
};

} // namespace viptill
