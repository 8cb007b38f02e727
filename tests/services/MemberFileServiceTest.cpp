// The member file: who may read it, that every reading is logged, what it
// holds, and editing it at the desk.

#include "services/MemberFileService.h"

#include "CareFixture.h"
#include "services/FollowUpService.h"
#include "storage/SqliteConnection.h"

using namespace viptill;
using namespace viptill::test;

namespace {

class MemberFiles : public CareFixture
{
protected:
    std::int64_t fileReads()
    {
        return t.store().countStaffEvents(QStringLiteral("member_file_read"));
    }

    MemberDetails detailsOf(Id member)
    {
        const Member m = t.store().member(member).value();
        return {m.name, m.mobile, m.address, m.category};
    }
};

} // namespace

TEST_F(MemberFiles, EveryReadingIsLoggedWithWhoAndWhen)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15));
    at(QDate(2026, 3, 5), QTime(11, 12, 13));
    const Result<MemberFile> file = MemberFileService(t.context()).open(m, desk1);
    ASSERT_TRUE(file.ok()) << file.error().message().toStdString();
    EXPECT_EQ(fileReads(), 1);
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    const std::optional<SqlRow> event =
        db->queryOne("SELECT staff_id, terminal, detail, at FROM staff_events WHERE action = "
                     "'member_file_read'");
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(event->integer(0), desk1.id);
    EXPECT_EQ(event->text(1), QStringLiteral("T01"));
    EXPECT_EQ(event->text(2), QStringLiteral("member %1").arg(m));
    EXPECT_EQ(event->text(3), QStringLiteral("2026-03-05T11:12:13"));
    ASSERT_TRUE(MemberFileService(t.context()).open(m, manager).ok());
    EXPECT_EQ(fileReads(), 2);
}

TEST_F(MemberFiles, ACashierNeverSeesTheFileAndNothingIsWritten)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15));
    const QStringList before = t.snapshot();
    const Result<MemberFile> refused = MemberFileService(t.context()).open(m, cashier);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(MemberFileService(t.context()).open(m, StaffMember{}).error().code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(MemberFileService(t.context()).open(4242, desk1).error().code(),
              ErrorCode::UnknownMember);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(MemberFiles, HoldsVisitsSpendFavouriteCountersHistoryCallsAndMessages)
{
    t.setSetting(QStringLiteral("lapse_days"), QStringLiteral("3650"));
    // Joined 2025-01-10 with 300 (cream + flask); outside the year counted.
    const Id m = joinOn(QDate(2025, 1, 10), QDate(1980, 6, 15));
    const QDate today(2026, 3, 31);
    // A gold member pays 0.88 of the suit and the creams; the flasks are
    // special-price goods at 100.
    ASSERT_TRUE(buyOn(m, QDate(2025, 6, 1), 1, Suit).ok());              // 1760, a year ago
    ASSERT_TRUE(buyOn(m, QDate(2026, 1, 10), 2, Cream).ok());            // 352, this year
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 5), 3).ok());                    // 300, this month
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 26), 1).ok());                   // 100, this week
    const Result<Receipt> back = buyOn(m, QDate(2026, 3, 30), 1, Cream); // 176, returned
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(ReturnService(t.context()).returnItems(back->sale.receiptNo, {}).ok());
    at(today);
    const MemberFile file = MemberFileService(t.context()).open(m, desk1).value();
    EXPECT_EQ(file.age, 45);
    EXPECT_EQ(file.visitsWeek, 2);  // 26 and 30 March
    EXPECT_EQ(file.visitsMonth, 3); // 5, 26, 30 March
    EXPECT_EQ(file.visitsYear, 5);  // and 1 June 2025, 10 January 2026
    EXPECT_EQ(file.spendYear.fen(), (1760 + 352 + 300 + 100) * 100);
    EXPECT_EQ(file.spendLifetime.fen(), (300 + 1760 + 352 + 300 + 100) * 100);
    ASSERT_EQ(file.favouriteCounters.size(), 3);
    EXPECT_EQ(file.favouriteCounters.at(0),
              std::pair(QStringLiteral("男装"), Money::fromYuan(1760)));
    EXPECT_EQ(file.favouriteCounters.at(1),
              std::pair(QStringLiteral("特卖"), Money::fromYuan(400)));
    EXPECT_EQ(file.favouriteCounters.at(2),
              std::pair(QStringLiteral("美妆"), Money::fromYuan(352)));
    ASSERT_EQ(file.purchases.size(), 6);
    EXPECT_EQ(file.purchases.first().receiptNo, back->sale.receiptNo); // newest first
    EXPECT_TRUE(file.purchases.first().fullyReturned());
    EXPECT_EQ(file.lapse.lastVisit, QDate(2026, 3, 30));
    EXPECT_EQ(file.view.balance, t.store().pointsBalance(m));
    EXPECT_TRUE(file.calls.isEmpty());

    // The calls and messages the member has had show in the file.
    at(QDate(2026, 4, 2), QTime(8, 0));
    ASSERT_EQ(FollowUpService(t.context()).planToday().value(), 1); // after-sales
    const MemberFile later = MemberFileService(t.context()).open(m, desk1).value();
    ASSERT_EQ(later.calls.size(), 1);
    EXPECT_EQ(later.calls.first().kind, CallKind::AfterSales);
}

TEST_F(MemberFiles, TheDeskEditsTheFileAndTheLogNamesTheFieldsNotTheirValues)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15));
    at(QDate(2026, 3, 5));
    MemberDetails details = detailsOf(m);
    details.mobile = QStringLiteral("13700001111");
    details.address = QStringLiteral("上海市静安区南京西路1号");
    MemberProfile profile{m};
    profile.sizes = QStringLiteral("上衣M 鞋37");
    profile.job = QStringLiteral("教师");
    profile.callWindow = CallWindow::Evening;
    profile.smsOptOut = true;
    profile.email = QStringLiteral("wang@example.com");
    const Result<MemberFile> saved =
        MemberFileService(t.context()).save(m, details, profile, desk2);
    ASSERT_TRUE(saved.ok()) << saved.error().message().toStdString();
    EXPECT_EQ(saved->view.member.mobile, QStringLiteral("13700001111"));
    EXPECT_EQ(t.store().member(m)->address, QStringLiteral("上海市静安区南京西路1号"));
    const MemberProfile stored = t.store().memberProfile(m).value();
    EXPECT_EQ(stored.sizes, QStringLiteral("上衣M 鞋37"));
    EXPECT_EQ(stored.callWindow, CallWindow::Evening);
    EXPECT_TRUE(stored.smsOptOut);
    EXPECT_EQ(stored.updatedBy, desk2.id);
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    const QString detail = db->queryOne("SELECT detail FROM staff_events WHERE action = "
                                        "'member_file_edit'")
                               ->text(0);
    EXPECT_EQ(detail, QStringLiteral("member %1: mobile, address, email, sizes, job, call_window, "
                                     "sms_opt_out")
                          .arg(m));
    EXPECT_FALSE(detail.contains(QStringLiteral("13700001111")));
    EXPECT_EQ(fileReads(), 0) << "saving is not reading";

    // Saving what is already there changes and records nothing.
    const QStringList before = t.snapshot();
    ASSERT_TRUE(MemberFileService(t.context()).save(m, details, stored, desk2).ok());
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(MemberFiles, AnEditThatBreaksARuleIsRefusedAndNothingChanges)
{
    const Id m = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15));
    const Id other = joinOn(QDate(2026, 3, 2), QDate(1981, 7, 16));
    at(QDate(2026, 3, 5));
    MemberFileService files(t.context());
    const MemberProfile profile{m};
    const QStringList before = t.snapshot();

    MemberDetails taken = detailsOf(m);
    taken.mobile = t.store().member(other)->mobile;
    EXPECT_EQ(files.save(m, taken, profile, desk1).error().code(), ErrorCode::DuplicateMobile);
    MemberDetails noName = detailsOf(m);
    noName.name = QStringLiteral("  ");
    EXPECT_EQ(files.save(m, noName, profile, desk1).error().code(), ErrorCode::InvalidName);
    MemberDetails badMobile = detailsOf(m);
    badMobile.mobile = QStringLiteral("12345");
    EXPECT_EQ(files.save(m, badMobile, profile, desk1).error().code(), ErrorCode::InvalidMobile);
    MemberProfile badEmail = profile;
    badEmail.email = QStringLiteral("not-an-address");
    EXPECT_EQ(files.save(m, detailsOf(m), badEmail, desk1).error().code(),
              ErrorCode::InvalidProfile);
    MemberProfile tooLong = profile;
    tooLong.hobbies = QString(MaxProfileText + 1, u'书');
    EXPECT_EQ(files.save(m, detailsOf(m), tooLong, desk1).error().code(),
              ErrorCode::InvalidProfile);
    MemberProfile fine = profile;
    fine.job = QStringLiteral("医生");
    EXPECT_EQ(files.save(m, detailsOf(m), fine, cashier).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(t.snapshot(), before);
}
