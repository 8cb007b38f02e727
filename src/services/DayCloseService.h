#pragma once

#include "ServiceContext.h"
#include "core/Figures.h"

namespace viptill {

// 日结: the manager closes a day when trading ends. Its figures and what each
// tender took are frozen, and from then on nothing dated on or before it can
// be recorded: sales, returns, redemptions and joinings on it are refused
// with DAY_CLOSED. A day belongs to the calendar date of the clock.
class DayCloseService
{
    Q_DECLARE_TR_FUNCTIONS(DayCloseService)
public:
    explicit DayCloseService(ServiceContext& context)
        : m_ctx(context)
    {}

    // What closing `day` would freeze, changing nothing.
    Result<DayClose> preview(QDate day);
    // Closes `day` (today or earlier, not yet closed). `manager` none: the
    // store's IT through the CLI, recorded as "cli".
    Result<DayClose> close(QDate day, const std::optional<StaffMember>& manager);
    // The close of `day`, if it has its own.
    Result<std::optional<DayClose>> closeOf(QDate day);

    // For the services that write: refuses a write dated `day` once it or a
    // later day has been closed. Call it inside the operation's transaction.
    static Status checkOpen(Store& store, QDate day);

private:
    DayClose figuresOf(QDate day);

    ServiceContext& m_ctx;
};

} // namespace viptill
