#pragma once

#include "core/Programme.h"
#include "storage/Store.h"

#include <QDate>

namespace viptill {

// The programme's numbers in force on `day`: the store's settings over the
// defaults of domain.md. Every operation reads them for its own day, so a
// change takes effect from the next sale.
Programme programmeOn(Store& store, QDate day);

} // namespace viptill
