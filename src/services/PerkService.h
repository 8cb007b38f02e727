#pragma once

#include "ServiceContext.h"
#include "core/Records.h"

namespace viptill {

// Diamond members' perks (domain.md): one free gift per quarter, which the
// service desk records when it hands the gift over.
class PerkService
{
    Q_DECLARE_TR_FUNCTIONS(PerkService)
public:
    explicit PerkService(ServiceContext& context)
        : m_ctx(context)
    {}

    static int quarterOf(QDate day) { return (day.month() - 1) / 3 + 1; }

    // This quarter's gift, if the member has had it.
    Result<std::optional<DiamondGift>> giftThisQuarter(Id memberId);
    // Records this quarter's gift: refused for a gold member and for a
    // second gift in the same quarter.
    Result<DiamondGift> claimQuarterlyGift(Id memberId, const QString& gift,
                                           std::optional<Id> staffId);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
