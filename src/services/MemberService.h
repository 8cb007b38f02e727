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

// What the day's receipts brought to the desk add up to, before joining.
struct JoinPreview
{
    Money paid;
    std::optional<Tier> tier; // none: not enough yet
    QList<Sale> receipts;
    // What joining takes today (the programme's settings of the day).
    Money goldMinimum;
    Money diamondMinimum;
};

struct JoinOutcome
{
    MemberView view;
    QList<Sale> creditedReceipts;
    QString joiningGift; // 办卡有礼 of the day, for the joining slip; empty: none
    // The person had joined before and their membership was cancelled: the
    // same member, with a new card and the tier these receipts give.
    bool joinedAgain = false;
};

// What a return of a receipt the member joined with makes of the membership
// (domain.md, "Joining stands on its receipts"): back to gold, cancelled,
// or nothing.
struct JoiningVerdict
{
    bool toGold = false;
    bool cancel = false;
    std::optional<Joining> joining; // the joining judged
};

struct CardReplacement
{
    Card newCard;
    Card blockedCard; // the card it replaces, as it stands now
};

enum class ReplacementReason
{
    Lost,
    Damaged,
    Demagnetized,
    Upgrade // a diamond member's gold card swapped for a diamond card
};

// How the desk hands over a new card (at joining and at replacement).
struct NewCard
{
    enum class Kind
    {
        // A card number, active at once: typed at the till until a chip is
        // written for it (the CLI's cards).
        Number,
        // An NFC card the desk writes next: pending until it is written and
        // read back (CardService::activateWritten), refused at tills till then.
        Chip,
        // A pre-encoded magnetic card from the desk's stock: its number,
        // active at once.
        Magnetic
    };
    Kind kind = Kind::Number;
    QString magneticNumber; // Kind::Magnetic: the number swiped from the card
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
    // The member of a card looked up, not presented: whatever the card's
    // state (a blocked card shows its member, saying so); the view carries
    // that card. Only a number the store never issued is UNKNOWN_CARD.
    Result<MemberView> memberOfCard(const QString& cardNumber);
    Result<MemberView> memberById(Id memberId);
    Result<MemberView> memberByMobile(const QString& mobile);

    // The service desk's search: a card number (whatever its status), an
    // 11-digit mobile, an 18-character ID number, or the start of a name.
    Result<QList<MemberView>> find(const QString& query);

    // Each faulty field of a joining form, one error per field (the form
    // shows them beside the fields); empty when the form is complete.
    QList<Error> applicationFaults(const Application& form) const;

    // The receipts a customer brings to join with: each must be today's,
    // without a member card, not yet used to join and not refunded. The
    // same checks join() makes; nothing is changed.
    Result<JoinPreview> previewJoin(const QStringList& receiptNumbers);

    // 办卡: joins with the day's receipts (≥300 yuan gold, ≥3000 diamond),
    // issues the card and credits each receipt's points. `staffId`: the
    // desk clerk or manager who does it, named in the audit trail's card
    // and tier entries.
    Result<JoinOutcome> join(const Application& form, const QStringList& receiptNumbers,
                             const NewCard& card = {}, std::optional<Id> staffId = {});

    // 补卡: the ID number is checked and a card of the next generation
    // issued; tier, points and history stay. A lost card is blocked at once.
    // Otherwise the old card is retired when the new one is in the member's
    // hand: at once for a number or magnetic card, once written and read
    // back for a chip card (until then the member still has a working card).
    // `staffId`: who replaces it, named in the audit trail's card entries.
    Result<CardReplacement> replaceCard(Id memberId, const QString& idNumber,
                                        ReplacementReason reason, const NewCard& card = {},
                                        std::optional<Id> staffId = {});

    // MEMBERSHIP_CANCELLED for a member whose membership was cancelled: what
    // the tills, the desk and the office refuse them.
    static Status membershipStands(const Member& member);

    // A return of `receipt`, refunding `refunded`, as the return service is
    // about to record it: whether the tier its joining gave still stands on
    // what the joining's receipts keep, by the thresholds of the joining's
    // day (an upgrade earned later with the card is not the joining's to
    // undo). `backToGold`: the return's own rule already sends the member
    // back to gold. Inside the return's transaction; changes nothing.
    JoiningVerdict judgeJoining(const Member& member, const Sale& receipt, Money refunded,
                                std::int64_t lifetimeAfter, bool backToGold);
    // Cancels the membership the verdict names, for `record`: every live
    // card blocked, the joining marked, all in the audit trail. Inside the
    // return's transaction.
    void cancelMembership(const Member& member, const Joining& joining, const ReturnRecord& record);

    static constexpr int MaxFound = 50;

private:
    MemberView viewOf(const Member& member);
    Result<JoinPreview> checkReceipts(const QStringList& receiptNumbers, QDate today);
    Result<Card> issueCard(const Member& member, int generation, const NewCard& how,
                           const QDateTime& at, std::optional<Id> staffId);

    ServiceContext& m_ctx;
};

} // namespace viptill
