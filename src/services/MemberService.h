#pragma once

#include "ServiceContext.h"
#include "core/Application.h"
#include "core/Records.h"

#include <QStringList>

namespace viptill {

// A member as staff see them: the file, the card, the points.
struct MemberView
{
    Member member;
    std::optional<Card> card; // the newest card
    std::int64_t balance = 0;
    std::int64_t lifetime = 0;
};

struct JoinOutcome
{
    MemberView view;
    QList<Sale> creditedReceipts;
};

struct CardReplacement
{
    Card newCard;
    Card blockedCard;
};

enum class ReplacementReason
{
    Lost,
    Damaged,
    Demagnetized
};
std::optional<ReplacementReason> replacementReasonFromCode(const QString& code);
QString replacementReasonCode(ReplacementReason reason);

// The multiplier context for a member buying at `at` (shared by the till and
// by joining, which credits the day's receipts as if the card had been shown).
PointsContext pointsContextFor(Store& store, const Member& member, const QDateTime& at,
                               const QList<MultiplierRule>& rules);

class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)
public:
    explicit MemberService(ServiceContext& context)
        : m_ctx(context)
    {}

    // The member behind a card presented at a till: refused if the card is
    // unknown, blocked, replaced, lapsed or not yet active, and a chip card
    // also if its chip or generation is not the one the store wrote (a copy).
    Result<MemberView> memberForCard(const PresentedCard& presented);
    Result<MemberView> memberForCard(const QString& cardNumber);
    Result<MemberView> memberById(Id memberId);
    Result<MemberView> memberByMobile(const QString& mobile);

    // 办卡: joins with the day's receipts (≥300 yuan gold, ≥3000 diamond),
    // issues the card and credits each receipt's points.
    Result<JoinOutcome> join(const Application& form, const QStringList& receiptNumbers);

    // 补卡: the ID number is checked, the old card blocked at once and a card
    // of the next generation issued; tier, points and history stay.
    Result<CardReplacement> replaceCard(Id memberId, const QString& idNumber,
                                        ReplacementReason reason);

private:
    MemberView viewOf(const Member& member);
    Card issueCard(Id memberId, Tier tier, int generation, const QDateTime& at);

    ServiceContext& m_ctx;
};

} // namespace viptill
