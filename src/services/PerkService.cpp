#include "PerkService.h"

#include "MemberService.h"

namespace viptill {

Result<std::optional<DiamondGift>> PerkService::giftThisQuarter(Id memberId)
{
    return guarded<std::optional<DiamondGift>>(
        m_ctx.store, [&]() -> Result<std::optional<DiamondGift>> {
            const QDate today = m_ctx.clock.today();
            return m_ctx.store.diamondGift(memberId, today.year(), quarterOf(today));
        });
}

Result<DiamondGift> PerkService::claimQuarterlyGift(Id memberId, const QString& gift,
                                                    std::optional<Id> staffId)
{
    return guarded<DiamondGift>(m_ctx.store, [&]() -> Result<DiamondGift> {
        const QString what = gift.trimmed();
        if (what.isEmpty() || what.size() > 80)
            return Error(ErrorCode::InvalidGift,
                         tr("Write down the gift handed over (1 to 80 characters)."));
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        if (Status stands = MemberService::membershipStands(*member); !stands)
            return stands.error();
        if (member->tier != Tier::Diamond)
            return Error(ErrorCode::NotDiamond,
                         tr("%1 is a gold member; the quarterly gift is for diamond members.")
                             .arg(member->name));
        const QDateTime now = m_ctx.clock.now();
        const int quarter = quarterOf(now.date());
        if (const std::optional<DiamondGift> had =
                m_ctx.store.diamondGift(memberId, now.date().year(), quarter))
            return Error(ErrorCode::GiftAlreadyClaimed,
                         tr("%1 already had the gift of quarter %2 on %3 (%4).")
                             .arg(member->name)
                             .arg(quarter)
                             .arg(formatDate(had->claimedAt.date()), had->gift));
        DiamondGift record;
        record.memberId = memberId;
        record.year = now.date().year();
        record.quarter = quarter;
        record.gift = what;
        record.claimedAt = now;
        record.staffId = staffId;
        record.id = m_ctx.store.insertDiamondGift(record);
        transaction.commit();
        return record;
    });
}

} // namespace viptill
