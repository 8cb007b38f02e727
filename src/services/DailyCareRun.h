#pragma once

#include "MemberClassService.h"
#include "ServiceContext.h"

namespace viptill {

struct DailyCareOutcome
{
    int lapsedCards = 0;
    ClassCounts classes;
    int callsPlanned = 0;
    int messagesWritten = 0;
};

// The customer-care run at the start of each day (cron or the first clerk
// of the morning): cards past their lapse day are marked lapsed, members are
// classified again, and the day's calls and messages are written. All of it
// or none; running it again the same day adds only what became due since.
class DailyCareRun
{
public:
    explicit DailyCareRun(ServiceContext& context)
        : m_ctx(context)
    {}

    Result<DailyCareOutcome> run();

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
