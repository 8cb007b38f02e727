#include "DailyCareRun.h"

#include "DormancyService.h"
#include "FollowUpService.h"
#include "GreetingService.h"

namespace viptill {

Result<DailyCareOutcome> DailyCareRun::run()
{
    return guarded<DailyCareOutcome>(m_ctx.store, [&]() -> Result<DailyCareOutcome> {
        // One outer transaction; each step's own becomes a savepoint in it.
        Transaction transaction = m_ctx.store.transaction();
        DailyCareOutcome outcome;
        Result<int> lapsed = DormancyService(m_ctx).markLapsedCards();
        if (!lapsed)
            return lapsed.error();
        outcome.lapsedCards = lapsed.value();
        Result<ClassCounts> classes = MemberClassService(m_ctx).classify();
        if (!classes)
            return classes.error();
        outcome.classes = classes.value();
        Result<int> calls = FollowUpService(m_ctx).planToday();
        if (!calls)
            return calls.error();
        outcome.callsPlanned = calls.value();
        Result<int> messages = GreetingService(m_ctx).prepareToday();
        if (!messages)
            return messages.error();
        outcome.messagesWritten = messages.value();
        transaction.commit();
        return outcome;
    });
}

} // namespace viptill
