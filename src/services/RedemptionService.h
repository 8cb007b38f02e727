#pragma once

#include "MemberService.h"
#include "ServiceContext.h"

namespace viptill {

struct RedemptionOutcome
{
    RedemptionRecord record;
    std::int64_t balance = 0;
};

class RedemptionService
{
public:
    explicit RedemptionService(ServiceContext& context)
        : m_ctx(context)
    {}

    // 积分兑换: one gift item for points, charged to its counter at list price.
    // `member` is found beforehand (by card at the desk, or by id).
    Result<RedemptionOutcome> redeem(Id memberId, std::int64_t points, const QString& barcode);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
