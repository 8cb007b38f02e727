#pragma once

#include "ServiceContext.h"

namespace viptill {

struct DemoOutcome
{
    std::int64_t products = 0;
    std::int64_t members = 0;
    std::int64_t sales = 0;
};

// Fills an empty database with a demo department store: a dozen counters,
// a few hundred items with EAN-13 barcodes, members of both tiers and the
// month of trading up to now, all rung up through the real services.
// Deterministic: the same clock gives the same store. The demo is a
// training store (StoreMode), and only a store without staff is empty.
class DemoStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoStore)
public:
    explicit DemoStore(ServiceContext& context)
        : m_ctx(context)
    {}

    Result<DemoOutcome> fill();

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
