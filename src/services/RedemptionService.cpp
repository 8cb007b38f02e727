#include "RedemptionService.h"

#include "AuditService.h"
#include "DayCloseService.h"
#include "ProgrammeSettings.h"
#include "core/Identity.h"

#include <algorithm>

namespace viptill {

Result<RedemptionOutcome> RedemptionService::redeem(Id memberId, std::int64_t points,
                                                    const QString& barcode,
                                                    std::optional<Id> staffId,
                                                    std::optional<Id> approverId)
{
    return guarded<RedemptionOutcome>(m_ctx.store, [&]() -> Result<RedemptionOutcome> {
        Transaction transaction = m_ctx.store.transaction();
        const QDateTime now = m_ctx.clock.now();
        if (const Status open = DayCloseService::checkOpen(m_ctx.store, now.date()); !open)
            return open.error();
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        // A cancelled membership's points wait for the person to join again.
        if (Status stands = MemberService::membershipStands(*member); !stands)
            return stands.error();
        const std::optional<Product> gift = m_ctx.store.productByBarcode(barcode);
        if (!gift)
            return Error::unknownBarcode(barcode);
        const std::int64_t balance = m_ctx.store.pointsBalance(memberId);
        const Result<Money> cap = checkRedemption(
            points, balance, {gift->barcode, gift->listPrice, gift->specialPrice, gift->onSale},
            programmeOn(m_ctx.store, m_ctx.clock.today()).redemption);
        if (!cap)
            return cap.error();
        RedemptionOutcome outcome;
        RedemptionRecord& r = outcome.record;
        r.memberId = memberId;
        r.productId = gift->id;
        r.counterId = gift->counterId;
        r.listPrice = gift->listPrice;
        r.cap = cap.value();
        r.points = points;
        r.at = now;
        r.staffId = staffId;
        r.approverId = approverId;
        r.id = m_ctx.store.insertRedemption(r);
        audit::recordRedemption(m_ctx, r.id);
        m_ctx.store.appendPoints(
            {memberId, PointsKind::Redeem, -points, {}, {}, r.id, r.at, gift->barcode});
        outcome.balance = balance - points;
        transaction.commit();
        return outcome;
    });
}

Result<MemberView> RedemptionService::findMember(const QString& mobile, const QString& idLastFour)
{
    const QString lastFour = idLastFour.trimmed().toUpper();
    if (lastFour.size() != 4)
        return Error(ErrorCode::IdNumberMismatch,
                     tr("Give the last four characters of the member's ID number."));
    MemberService members(m_ctx);
    Result<MemberView> found = members.memberByMobile(mobile.trimmed());
    if (!found)
        return found.error();
    // The same answer for a wrong mobile and a wrong ID: nothing is given away.
    if (!found->member.idNumber.toUpper().endsWith(lastFour))
        return Error::unknownMember(
            tr("mobile %1 with ID number ending %2").arg(maskMobile(mobile.trimmed()), lastFour));
    if (Status stands = MemberService::membershipStands(found->member); !stands)
        return stands.error();
    return found;
}

Result<QList<RedemptionStep>> RedemptionService::steps(Id memberId)
{
    return guarded<QList<RedemptionStep>>(m_ctx.store, [&]() -> Result<QList<RedemptionStep>> {
        if (!m_ctx.store.member(memberId))
            return Error::unknownMember(QString::number(memberId));
        return redemptionSteps(m_ctx.store.pointsBalance(memberId),
                               programmeOn(m_ctx.store, m_ctx.clock.today()).redemption);
    });
}

Result<QList<Product>> RedemptionService::gifts(std::int64_t points, const QString& text, int limit)
{
    return guarded<QList<Product>>(m_ctx.store, [&]() -> Result<QList<Product>> {
        const RedemptionRules rules = programmeOn(m_ctx.store, m_ctx.clock.today()).redemption;
        const std::optional<Money> cap = redemptionCap(points, rules);
        if (!cap)
            return Error(ErrorCode::InvalidPointsStep,
                         tr("Points are spent in steps of %1, at least %2; %3 is not such a step.")
                             .arg(rules.stepPoints)
                             .arg(rules.minimumPoints)
                             .arg(points));
        return m_ctx.store.giftCandidates(*cap, text, std::clamp(limit, 1, MaxGifts));
    });
}

Result<CancelledRedemption> RedemptionService::cancel(Id redemptionId, std::optional<Id> staffId,
                                                      std::optional<Id> approverId)
{
    return guarded<CancelledRedemption>(m_ctx.store, [&]() -> Result<CancelledRedemption> {
        Transaction transaction = m_ctx.store.transaction();
        const QDateTime now = m_ctx.clock.now();
        std::optional<RedemptionLine> line = m_ctx.store.redemption(redemptionId);
        if (!line)
            return Error(ErrorCode::RedemptionNotFound,
                         tr("There is no redemption number %1.").arg(redemptionId));
        const RedemptionRecord& r = line->record;
        if (r.cancelledAt)
            return Error(ErrorCode::RedemptionCancelled,
                         tr("Redemption %1 was already cancelled at %2.")
                             .arg(redemptionId)
                             .arg(r.cancelledAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (r.at.date() != now.date())
            return Error(ErrorCode::RedemptionNotToday,
                         tr("Redemption %1 was made on %2; only a redemption of today can be "
                            "cancelled.")
                             .arg(redemptionId)
                             .arg(formatDate(r.at.date())));
        if (const Status open = DayCloseService::checkOpen(m_ctx.store, now.date()); !open)
            return open.error();
        m_ctx.store.cancelRedemption(redemptionId, now, staffId, approverId);
        audit::recordRedemption(m_ctx, redemptionId);
        // The ledger is append-only: the points come back as a row of their own.
        m_ctx.store.appendPoints({r.memberId,
                                  PointsKind::Adjust,
                                  r.points,
                                  {},
                                  {},
                                  r.id,
                                  now,
                                  QStringLiteral("cancel redemption %1").arg(r.id)});
        CancelledRedemption done;
        line->record.cancelledAt = now;
        done.line = *line;
        done.pointsRestored = r.points;
        done.balance = m_ctx.store.pointsBalance(r.memberId);
        transaction.commit();
        return done;
    });
}

Result<QList<RedemptionLine>> RedemptionService::today()
{
    return guarded<QList<RedemptionLine>>(m_ctx.store, [&]() -> Result<QList<RedemptionLine>> {
        const QDate day = m_ctx.clock.today();
        QList<RedemptionLine> lines = m_ctx.store.redemptionsBetween(day, day, std::nullopt, true);
        std::reverse(lines.begin(), lines.end());
        return lines;
    });
}

Result<RedemptionSlip> RedemptionService::slip(Id redemptionId)
{
    return guarded<RedemptionSlip>(m_ctx.store, [&]() -> Result<RedemptionSlip> {
        const std::optional<RedemptionLine> line = m_ctx.store.redemption(redemptionId);
        if (!line)
            return Error(ErrorCode::RedemptionNotFound,
                         tr("There is no redemption number %1.").arg(redemptionId));
        MemberService members(m_ctx);
        Result<MemberView> member = members.memberById(line->record.memberId);
        if (!member)
            return member.error();
        return RedemptionSlip{*line, member.value()};
    });
}

} // namespace viptill
