// Staff administration (经理室, `viptillctl staff …`): a store sets up its
// own staff, a manager runs them, each change in the audit trail.

#include "services/StaffService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

class StaffAdmin : public ::testing::Test
{
protected:
    StaffService staff() { return StaffService(t.context()); }

    // The first manager, added as a new store adds them: by nobody.
    StaffMember firstManager()
    {
        return staff()
            .add(std::nullopt, QStringLiteral("9001"), QStringLiteral("李经理"), StaffRole::Manager,
                 QStringLiteral("9999"))
            .value();
    }

    TestStore t;
};

} // namespace

TEST_F(StaffAdmin, ANewStoreHasNoStaffAndItsFirstIsAManager)
{
    EXPECT_FALSE(staff().hasStaff().value());
    const QStringList empty = t.snapshot();
    EXPECT_EQ(staff()
                  .add(std::nullopt, QStringLiteral("1001"), QStringLiteral("王丽"),
                       StaffRole::Cashier, QStringLiteral("1111"))
                  .error()
                  .code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(t.snapshot(), empty);
    const StaffMember manager = firstManager();
    EXPECT_TRUE(staff().hasStaff().value());
    EXPECT_EQ(manager.role, StaffRole::Manager);
    EXPECT_TRUE(staff().logIn(QStringLiteral("9001"), QStringLiteral("9999")).ok());
    // Now the store has staff: nobody adds anyone without a manager.
    EXPECT_EQ(staff()
                  .add(std::nullopt, QStringLiteral("9002"), QStringLiteral("赵经理"),
                       StaffRole::Manager, QStringLiteral("9999"))
                  .error()
                  .code(),
              ErrorCode::StaffRequired);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_add")), 1);
}

TEST_F(StaffAdmin, AManagerAddsStaffAndOthersCannot)
{
    const StaffMember manager = firstManager();
    const StaffMember cashier = staff()
                                    .add(manager, QStringLiteral("1001"), QStringLiteral("王丽"),
                                         StaffRole::Cashier, QStringLiteral("1111"))
                                    .value();
    const QStringList before = t.snapshot();
    struct Row
    {
        std::optional<StaffMember> by;
        const char* number;
        const char* name;
        const char* pin;
        ErrorCode code;
    };
    const QList<Row> rows{
        {cashier, "1002", "小张", "2222", ErrorCode::NotPermitted},
        {manager, "1001", "小张", "2222", ErrorCode::StaffExists},
        {manager, "12", "小张", "2222", ErrorCode::UnknownStaff},
        {manager, "1002", "", "2222", ErrorCode::InvalidName},
        {manager, "1002", "小\u0007张", "2222", ErrorCode::InvalidName},
        {manager, "1002", "小张", "12", ErrorCode::InvalidPin},
        {manager, "1002", "小张", "12ab", ErrorCode::InvalidPin},
    };
    for (const Row& row : rows) {
        const Result<StaffMember> r =
            staff().add(row.by, QString::fromLatin1(row.number), QString::fromUtf8(row.name),
                        StaffRole::Cashier, QString::fromLatin1(row.pin));
        ASSERT_FALSE(r.ok()) << row.number << " " << row.name;
        EXPECT_EQ(r.error().code(), row.code) << row.number << " " << row.name;
    }
    EXPECT_EQ(t.snapshot(), before);
    const QList<StaffMember> all = staff().list().value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).number, QStringLiteral("1001"));
    EXPECT_EQ(all.at(1).number, QStringLiteral("9001"));
}

TEST_F(StaffAdmin, ALeaverCannotLogInAndKeepsTheirNameInTheHistory)
{
    const StaffMember manager = firstManager();
    ASSERT_TRUE(staff()
                    .add(manager, QStringLiteral("1001"), QStringLiteral("王丽"),
                         StaffRole::Cashier, QStringLiteral("1111"))
                    .ok());
    const Result<StaffMember> left = staff().disable(manager, QStringLiteral("1001"));
    ASSERT_TRUE(left.ok());
    EXPECT_FALSE(left->active);
    EXPECT_EQ(staff().logIn(QStringLiteral("1001"), QStringLiteral("1111")).error().code(),
              ErrorCode::StaffDisabled);
    EXPECT_EQ(staff()
                  .approve(QStringLiteral("1001"), QStringLiteral("1111"),
                           QStringLiteral("void_line"), {}, manager)
                  .error()
                  .code(),
              ErrorCode::StaffDisabled);
    const QList<StaffMember> all = staff().list().value();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.first().name, QStringLiteral("王丽"));
    EXPECT_FALSE(all.first().active);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_disable")), 1);
}

TEST_F(StaffAdmin, TheLastActiveManagerCanNeitherLeaveNorBeDemoted)
{
    const StaffMember manager = firstManager();
    const QStringList before = t.snapshot();
    EXPECT_EQ(staff().disable(manager, QStringLiteral("9001")).error().code(),
              ErrorCode::LastManager);
    EXPECT_EQ(staff().setRole(manager, QStringLiteral("9001"), StaffRole::Cashier).error().code(),
              ErrorCode::LastManager);
    EXPECT_EQ(t.snapshot(), before);
    // With a second manager, the first may step down.
    ASSERT_TRUE(staff()
                    .add(manager, QStringLiteral("9002"), QStringLiteral("赵经理"),
                         StaffRole::Manager, QStringLiteral("8888"))
                    .ok());
    const Result<StaffMember> demoted =
        staff().setRole(manager, QStringLiteral("9001"), StaffRole::ServiceDesk);
    ASSERT_TRUE(demoted.ok());
    EXPECT_EQ(demoted->role, StaffRole::ServiceDesk);
    // 9001 is no manager now: their changes are refused.
    EXPECT_EQ(staff().unlock(manager, QStringLiteral("9002")).error().code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_role")), 1);
}

TEST_F(StaffAdmin, AResetPinMustBeChangedAtTheNextLogIn)
{
    const StaffMember manager = firstManager();
    ASSERT_TRUE(staff()
                    .add(manager, QStringLiteral("1001"), QStringLiteral("王丽"),
                         StaffRole::Cashier, QStringLiteral("1111"))
                    .ok());
    ASSERT_TRUE(staff().resetPin(manager, QStringLiteral("1001"), QStringLiteral("4321")).ok());
    EXPECT_EQ(staff().logIn(QStringLiteral("1001"), QStringLiteral("1111")).error().code(),
              ErrorCode::WrongPin);
    const Result<StaffMember> in = staff().logIn(QStringLiteral("1001"), QStringLiteral("4321"));
    ASSERT_TRUE(in.ok());
    EXPECT_TRUE(in->mustChangePin);
    EXPECT_EQ(staff()
                  .changePin(QStringLiteral("1001"), QStringLiteral("4321"), QStringLiteral("4321"))
                  .error()
                  .code(),
              ErrorCode::InvalidPin);
    ASSERT_TRUE(
        staff()
            .changePin(QStringLiteral("1001"), QStringLiteral("4321"), QStringLiteral("2580"))
            .ok());
    const Result<StaffMember> again = staff().logIn(QStringLiteral("1001"), QStringLiteral("2580"));
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->mustChangePin);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_pin_reset")), 1);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_pin_change")), 1);
}

TEST_F(StaffAdmin, AManagerUnlocksALockedOutClerk)
{
    const StaffMember manager = firstManager();
    ASSERT_TRUE(staff()
                    .add(manager, QStringLiteral("1001"), QStringLiteral("王丽"),
                         StaffRole::Cashier, QStringLiteral("1111"))
                    .ok());
    for (int i = 0; i < StaffService::MaxFailedAttempts; ++i)
        ASSERT_FALSE(staff().logIn(QStringLiteral("1001"), QStringLiteral("0000")).ok());
    EXPECT_EQ(staff().logIn(QStringLiteral("1001"), QStringLiteral("1111")).error().code(),
              ErrorCode::StaffLocked);
    EXPECT_TRUE(staff().list().value().first().lockedUntil.has_value());
    ASSERT_TRUE(staff().unlock(manager, QStringLiteral("1001")).ok());
    EXPECT_TRUE(staff().logIn(QStringLiteral("1001"), QStringLiteral("1111")).ok());
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_unlock")), 1);
}

TEST_F(StaffAdmin, AtTheLogInScreenAManagersOwnPinUnlocksAClerk)
{
    const StaffMember manager = firstManager();
    ASSERT_TRUE(staff()
                    .add(manager, QStringLiteral("1001"), QStringLiteral("王丽"),
                         StaffRole::Cashier, QStringLiteral("1111"))
                    .ok());
    ASSERT_TRUE(staff()
                    .add(manager, QStringLiteral("2001"), QStringLiteral("陈静"),
                         StaffRole::ServiceDesk, QStringLiteral("2222"))
                    .ok());
    for (int i = 0; i < StaffService::MaxFailedAttempts; ++i)
        ASSERT_FALSE(staff().logIn(QStringLiteral("1001"), QStringLiteral("0000")).ok());
    // Not a manager, a wrong PIN, nobody: still locked, and the wrong PIN
    // counts against the manager who typed it.
    EXPECT_EQ(staff()
                  .unlock(QStringLiteral("2001"), QStringLiteral("2222"), QStringLiteral("1001"))
                  .error()
                  .code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(staff()
                  .unlock(QStringLiteral("9001"), QStringLiteral("0000"), QStringLiteral("1001"))
                  .error()
                  .code(),
              ErrorCode::WrongPin);
    EXPECT_EQ(staff().list().value().last().failedAttempts, 1);
    EXPECT_EQ(staff()
                  .unlock(QStringLiteral("9001"), QStringLiteral("9999"), QStringLiteral("1002"))
                  .error()
                  .code(),
              ErrorCode::UnknownStaff);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_unlock")), 0);
    EXPECT_EQ(staff().logIn(QStringLiteral("1001"), QStringLiteral("1111")).error().code(),
              ErrorCode::StaffLocked);

    const Result<StaffMember> unlocked =
        staff().unlock(QStringLiteral("9001"), QStringLiteral("9999"), QStringLiteral("1001"));
    ASSERT_TRUE(unlocked.ok()) << unlocked.error().message().toStdString();
    EXPECT_FALSE(unlocked->lockedUntil.has_value());
    EXPECT_TRUE(staff().logIn(QStringLiteral("1001"), QStringLiteral("1111")).ok());
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_unlock")), 1);
    // The manager's right PIN cleared their own wrong one.
    EXPECT_EQ(staff().list().value().last().failedAttempts, 0);
}
