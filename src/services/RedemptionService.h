#pragma once

#include "MemberService.h"
#include "ServiceContext.h"
#include "core/Figures.h"
#include "core/Redemption.h"

namespace viptill {

struct RedemptionOutcome
{
    RedemptionRecord record;
    std::int64_t balance = 0;
};

// What the slips print: the redemption with its names, and the member after it.
struct RedemptionSlip
{
    RedemptionLine line;
    MemberView member;
};

struct CancelledRedemption
{
    RedemptionLine line;
    std::int64_t pointsRestored = 0;
    std::int64_t balance = 0;
};

class RedemptionService
{
    Q_DECLARE_TR_FUNCTIONS(RedemptionService)
public:
    static constexpr int MaxGifts = 200;

    explicit RedemptionService(ServiceContext& context)
        : m_ctx(context)
    {}

    // 积分兑换: one gift item for points, charged to its counter at list price.
    // `member` is found beforehand (by card at the desk, or by id). `staffId`
    // hands the gift over, `approverId` is the manager whose PIN approved it.
    Result<RedemptionOutcome> redeem(Id memberId, std::int64_t points, const QString& barcode,
                                     std::optional<Id> staffId = {},
                                     std::optional<Id> approverId = {});

    // A member found without a card: the mobile number and the last four
    // characters of the ID number must both match.
    Result<MemberView> findMember(const QString& mobile, const QString& idLastFour);

    // The steps the member's balance affords (none while it is below 1000).
    Result<QList<RedemptionStep>> steps(Id memberId);
    // The gifts `points` allow whose name, counter or barcode holds `text`.
    Result<QList<Product>> gifts(std::int64_t points, const QString& text, int limit = MaxGifts);

    // Cancels a redemption of today: the points come back (an 'adjust' row
    // naming it) and it leaves the counter's settlement.
    Result<CancelledRedemption> cancel(Id redemptionId, std::optional<Id> staffId = {},
                                       std::optional<Id> approverId = {});

    // Today's redemptions, cancelled ones too, newest first.
    Result<QList<RedemptionLine>> today();
    Result<RedemptionSlip> slip(Id redemptionId);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
