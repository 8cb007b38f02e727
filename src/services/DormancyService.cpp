#include "DormancyService.h"

#include "AuditService.h"
#include "CareSettings.h"
#include "MemberService.h"

namespace viptill {

namespace {

const QDate Beginning(1900, 1, 1);

Error badDays()
{
    return Error(ErrorCode::InvalidSetting,
                 DormancyService::tr("The number of days must be from 1 to 3650."));
}

} // namespace

LapseState lapseStateOf(Store& store, Id memberId, QDate today, int lapseDays)
{
    LapseState state;
    state.lastVisit = store.lastVisit(memberId).value_or(QDate());
    state.lastRevival = store.lastRevival(memberId);
    const QDate anchor = lapseAnchor(state.lastVisit, state.lastRevival);
    state.lapsesOn = lapsesOn(anchor, lapseDays);
    state.lapsed = hasLapsed(anchor, today, lapseDays);
    return state;
}

bool cardHasLapsed(Store& store, Id memberId, QDate today)
{
    return lapseStateOf(store, memberId, today, CareSettings::read(store, today).lapseDays).lapsed;
}

Result<QList<MemberVisit>> DormancyService::dormant(int days)
{
    if (days < 1 || days > 3650)
        return badDays();
    return guarded<QList<MemberVisit>>(m_ctx.store, [&]() -> Result<QList<MemberVisit>> {
        return m_ctx.store.membersLastVisitedBy(m_ctx.clock.today().addDays(-days));
    });
}

Result<QList<LapsingCard>> DormancyService::lapsing(int withinDays)
{
    if (withinDays < 1 || withinDays > 3650)
        return badDays();
    return guarded<QList<LapsingCard>>(m_ctx.store, [&]() -> Result<QList<LapsingCard>> {
        const int lapseDays = CareSettings::read(m_ctx.store, m_ctx.clock.today()).lapseDays;
        const QDate today = m_ctx.clock.today();
        QList<LapsingCard> cards;
        // lapses_on = anchor + lapseDays, from tomorrow to today + withinDays.
        for (const LapseClock& clock : m_ctx.store.lapseClocks(
                 today.addDays(1 - lapseDays), today.addDays(withinDays - lapseDays))) {
            if (clock.status == CardStatus::Active)
                cards << LapsingCard{clock, lapsesOn(clock.anchor(), lapseDays)};
        }
        return cards;
    });
}

Result<QList<LapsingCard>> DormancyService::lapsed()
{
    return guarded<QList<LapsingCard>>(m_ctx.store, [&]() -> Result<QList<LapsingCard>> {
        const int lapseDays = CareSettings::read(m_ctx.store, m_ctx.clock.today()).lapseDays;
        QList<LapsingCard> cards;
        for (const LapseClock& clock :
             m_ctx.store.lapseClocks(Beginning, m_ctx.clock.today().addDays(-lapseDays)))
            cards << LapsingCard{clock, lapsesOn(clock.anchor(), lapseDays)};
        return cards;
    });
}

Result<LapseState> DormancyService::lapseOf(Id memberId)
{
    return guarded<LapseState>(m_ctx.store, [&]() -> Result<LapseState> {
        if (!m_ctx.store.member(memberId))
            return Error::unknownMember(QString::number(memberId));
        return lapseStateOf(m_ctx.store, memberId, m_ctx.clock.today(),
                            CareSettings::read(m_ctx.store, m_ctx.clock.today()).lapseDays);
    });
}

Result<Card> DormancyService::revive(Id memberId, const StaffMember& staff)
{
    if (Status allowed = requireCareStaff(staff, tr("Reviving a card")); !allowed)
        return allowed.error();
    return guarded<Card>(m_ctx.store, [&]() -> Result<Card> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        if (Status stands = MemberService::membershipStands(*member); !stands)
            return stands.error();
        std::optional<Card> card = m_ctx.store.currentCard(memberId);
        if (!card || (card->status != CardStatus::Active && card->status != CardStatus::Lapsed))
            return Error(ErrorCode::CardNotLapsed,
                         tr("%1 has no lapsed card to revive (the card is %2).")
                             .arg(member->name,
                                  card ? cardStatusCode(card->status) : QStringLiteral("missing")));
        const QDateTime now = m_ctx.clock.now();
        const LapseState state =
            lapseStateOf(m_ctx.store, memberId, now.date(),
                         CareSettings::read(m_ctx.store, m_ctx.clock.today()).lapseDays);
        if (card->status == CardStatus::Active && !state.lapsed)
            return Error(ErrorCode::CardNotLapsed,
                         tr("Card %1 is active; it lapses on %2 without a purchase.")
                             .arg(card->number, formatDate(state.lapsesOn)));
        if (card->status == CardStatus::Lapsed) {
            m_ctx.store.setCardStatus(card->id, CardStatus::Active, now, QStringLiteral("revived"));
            audit::recordCard(m_ctx, card->number, staff.id);
        }
        CardRevival revival;
        revival.cardId = card->id;
        revival.memberId = memberId;
        revival.at = now;
        revival.lapsedOn = state.lapsesOn;
        revival.staffId = staff.id;
        revival.id = m_ctx.store.insertCardRevival(revival);
        m_ctx.store.logStaffEvent(
            {staff.id,
             {},
             m_ctx.terminal,
             QStringLiteral("card_revive"),
             QStringLiteral("member %1 card %2").arg(memberId).arg(card->number),
             now});
        card->status = CardStatus::Active;
        transaction.commit();
        return *card;
    });
}

Result<int> DormancyService::markLapsedCards()
{
    return guarded<int>(m_ctx.store, [&]() -> Result<int> {
        Transaction transaction = m_ctx.store.transaction();
        const int lapseDays = CareSettings::read(m_ctx.store, m_ctx.clock.today()).lapseDays;
        const QDateTime now = m_ctx.clock.now();
        int marked = 0;
        for (const LapseClock& clock :
             m_ctx.store.lapseClocks(Beginning, now.date().addDays(-lapseDays))) {
            if (clock.status != CardStatus::Active)
                continue;
            m_ctx.store.setCardStatus(
                clock.cardId, CardStatus::Lapsed, now,
                QStringLiteral("no purchase since %1").arg(formatDate(clock.anchor())));
            audit::recordCard(m_ctx, clock.cardNumber);
            ++marked;
        }
        transaction.commit();
        return marked;
    });
}

} // namespace viptill
