#include "DayCloseService.h"

#include "ReportService.h"

namespace viptill {

Status DayCloseService::checkOpen(Store& store, QDate day)
{
    const std::optional<DayClose> close = store.closeOnOrAfter(day);
    if (!close)
        return success();
    const QString at = close->closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (close->day == day)
        return Error(ErrorCode::DayClosed,
                     tr("%1 was closed (日结) at %2 by %3: nothing more can be recorded on it.")
                         .arg(formatDate(day), at, close->closedBy));
    return Error(ErrorCode::DayClosed,
                 tr("The books are closed through %1 (日结 at %2 by %3): nothing dated %4 can be "
                    "recorded.")
                     .arg(formatDate(close->day), at, close->closedBy, formatDate(day)));
}

DayClose DayCloseService::figuresOf(QDate day)
{
    DayClose close;
    close.day = day;
    close.totals = m_ctx.store.rangeTotals(day, day);
    close.pointsOutstanding = pointsOutstandingAt(m_ctx.store, day);
    close.tenders = m_ctx.store.tenderTotals(day);
    return close;
}

Result<DayClose> DayCloseService::preview(QDate day)
{
    if (!day.isValid())
        return Error(ErrorCode::InvalidDate, tr("Choose the day to close."));
    return guarded<DayClose>(m_ctx.store, [&]() -> Result<DayClose> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        return figuresOf(day);
    });
}

Result<DayClose> DayCloseService::close(QDate day, const std::optional<StaffMember>& manager)
{
    if (!day.isValid())
        return Error(ErrorCode::InvalidDate, tr("Choose the day to close."));
    if (manager && manager->role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted,
                     tr("Only a manager closes a day; %1 is not a manager.").arg(manager->number));
    if (day > m_ctx.clock.today())
        return Error(ErrorCode::InvalidDate,
                     tr("%1 has not come yet; a day is closed when its trading is over.")
                         .arg(formatDate(day)));
    return guarded<DayClose>(m_ctx.store, [&]() -> Result<DayClose> {
        // The write lock first: a till's sale either commits before the
        // figures are taken, or is refused after.
        Transaction transaction = m_ctx.store.transaction();
        if (const Status open = checkOpen(m_ctx.store, day); !open)
            return open.error();
        DayClose close = figuresOf(day);
        close.closedAt = m_ctx.clock.now();
        close.staffId = manager ? std::optional(manager->id) : std::nullopt;
        close.closedBy = manager ? manager->number : QStringLiteral("cli");
        m_ctx.store.insertDayClose(close);
        transaction.commit();
        return close;
    });
}

Result<std::optional<DayClose>> DayCloseService::closeOf(QDate day)
{
    return guarded<std::optional<DayClose>>(m_ctx.store, [&]() -> Result<std::optional<DayClose>> {
        return m_ctx.store.dayClose(day);
    });
}

} // namespace viptill
