#pragma once

#include "ServiceContext.h"
#include "core/CustomerCare.h"

namespace viptill {

// Where a member's lapse clock stands today.
struct LapseState
{
    QDate lastVisit;
    std::optional<QDate> lastRevival;
    QDate lapsesOn; // the first day the card is refused
    bool lapsed = false;
};
LapseState lapseStateOf(Store& store, Id memberId, QDate today, int lapseDays);

// Is the member's card past its lapse day? Asked at every presentation, so a
// card lapses at the tills on its day even before the nightly run marks it.
bool cardHasLapsed(Store& store, Id memberId, QDate today);

struct LapsingCard
{
    LapseClock clock;
    QDate lapsesOn;
};

// Dormant members (沉睡会员) and lapsing cards: the desk's monthly list, the
// nightly marking, and reviving a lapsed card.
class DormancyService
{
    Q_DECLARE_TR_FUNCTIONS(DormancyService)
public:
    explicit DormancyService(ServiceContext& context)
        : m_ctx(context)
    {}

    // Members with no purchase for `days` days or more (exactly `days` counts).
    Result<QList<MemberVisit>> dormant(int days);
    // Active cards that lapse in the next `withinDays` days: tomorrow up to
    // and including today + withinDays. A card lapsing today has lapsed.
    Result<QList<LapsingCard>> lapsing(int withinDays);
    // Cards that have lapsed (marked or past their day), oldest first.
    Result<QList<LapsingCard>> lapsed();
    Result<LapseState> lapseOf(Id memberId);

    // 激活: a lapsed card becomes active again and its lapse clock starts
    // anew today; points, tier and history are untouched. Refused
    // (CARD_NOT_LAPSED, nothing changed) for a card that has not lapsed.
    Result<Card> revive(Id memberId, const StaffMember& staff);

    // The nightly run: every active card past its lapse day is marked lapsed.
    Result<int> markLapsedCards();

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
