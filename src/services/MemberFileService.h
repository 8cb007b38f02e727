#pragma once

#include "DormancyService.h"
#include "MemberService.h"
#include "ServiceContext.h"
#include "core/CustomerCare.h"
#include "core/Greetings.h"

namespace viptill {

// 会员档案: everything the store knows of a member, for internal use only.
struct MemberFile
{
    MemberView view; // the joining form, the newest card, the points
    MemberProfile profile;
    int age = 0;
    std::optional<MemberClassRecord> memberClass; // as last classified
    LapseState lapse;
    // Days with a purchase in the last 7, 30 and 365 days (today included).
    std::int64_t visitsWeek = 0;
    std::int64_t visitsMonth = 0;
    std::int64_t visitsYear = 0;
    Money spendYear;                                    // paid less refunded, last 365 days
    Money spendLifetime;                                // paid less refunded, since joining
    QList<std::pair<QString, Money>> favouriteCounters; // last 365 days, most first, at most 3
    QList<Sale> purchases;                              // newest first
    QList<FollowUpCall> calls;                          // newest first
    QList<OutboxMessage> messages;                      // newest first
};

// Everything the store holds of a member, for the member (PIPL: a copy on
// request): the file unmasked, every purchase, card, points row and gift.
struct MemberExport
{
    MemberFile file;
    QList<Card> cards;
    QList<LedgerEntry> ledger; // oldest first
    QList<RedemptionLine> redemptions;
    QDateTime exportedAt;
    QString exportedBy; // staff number
};

// What an erasure did.
struct Erasure
{
    Id memberId = 0;
    std::int64_t pointsForfeited = 0; // the balance, written off in the ledger
    int cardsBlocked = 0;
    QDateTime erasedAt;
};

// A manual points adjustment (a correction the rules could not make).
struct PointsAdjustment
{
    Id memberId = 0;
    std::int64_t points = 0;  // signed
    std::int64_t balance = 0; // after it
    QString reason;
    QDateTime at;
};

// What the desk may change of the joining form. Gender, birthday and ID
// number are the ID card's and are not edited here.
struct MemberDetails
{
    QString name;
    QString mobile;
    QString address;
    QString category;
};

// The member file at the service desk: who may read it is controlled (the
// service desk and managers, never cashiers) and every reading is logged as
// a staff event (who, when, which member).
class MemberFileService
{
    Q_DECLARE_TR_FUNCTIONS(MemberFileService)
public:
    explicit MemberFileService(ServiceContext& context)
        : m_ctx(context)
    {}

    static constexpr int PurchasesShown = 50;
    static constexpr int FavouriteCounters = 3;

    // Opens the file for `reader`; the reading is recorded (member_file_read).
    Result<MemberFile> open(Id memberId, const StaffMember& reader);
    // Saves the details and the profile; the fields changed are recorded
    // (member_file_edit), not their values. Returns the file as saved.
    Result<MemberFile> save(Id memberId, const MemberDetails& details, const MemberProfile& profile,
                            const StaffMember& editor);

    static constexpr std::int64_t MaxAdjustment = 100'000;
    static constexpr int MaxReason = 200;

    // A copy of everything held on the member, for the member; recorded
    // (member_data_export). Service desk and managers only.
    Result<MemberExport> exportData(Id memberId, const StaffMember& staff);
    // Erasure on the member's request (PIPL): the person is anonymised
    // (Store::anonymiseMember), every live card blocked, the points balance
    // written off ('adjust', not counting toward the lifetime); the sales,
    // returns, gifts and ledger stay. Asked for by service desk or manager,
    // approved by a manager (`approver`, whose PIN was checked); recorded
    // with both. It cannot be undone.
    Result<Erasure> erase(Id memberId, const StaffMember& staff, const StaffMember& approver);
    // A manual points adjustment of `points` (non-zero, at most
    // MaxAdjustment either way, never below a zero balance) with a reason;
    // asked for by service desk or manager, approved by a manager; an
    // 'adjust' ledger row (not lifetime points, so no tier change) and a
    // staff event with both staff numbers.
    Result<PointsAdjustment> adjustPoints(Id memberId, std::int64_t points, const QString& reason,
                                          const StaffMember& staff, const StaffMember& approver);

private:
    MemberFile load(const Member& member, int purchases = PurchasesShown);
    // The member, refused when unknown or erased.
    Result<Member> liveMember(Id memberId);

    ServiceContext& m_ctx;
};

} // namespace viptill
