#include "TillContext.h"

#include "ReceiptOutput.h"

namespace viptill {

QString TillContext::storeName() const
{
    return receipts.identity().name;
}

} // namespace viptill
