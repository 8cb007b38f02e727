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

private:
    MemberFile load(const Member& member);

    ServiceContext& m_ctx;
};

} // namespace viptill
