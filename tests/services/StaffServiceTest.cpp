#include "services/StaffService.h"

#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

TEST(StaffService, PinsAreSaltedSlowHashes)
{
    const QString a = StaffService::hashPin(QStringLiteral("1234"));
    const QString b = StaffService::hashPin(QStringLiteral("1234"));
    EXPECT_TRUE(a.startsWith(u"$argon2id$"));
    EXPECT_NE(a, b); // a fresh salt each time
    EXPECT_FALSE(a.contains(u"1234"));
    EXPECT_TRUE(StaffService::pinMatches(a, QStringLiteral("1234")));
    EXPECT_FALSE(StaffService::pinMatches(a, QStringLiteral("1235")));
}

TEST(StaffService, LogInAndLockOutAfterRepeatedWrongPins)
{
    TestStore t;
    StaffService staff(t.context());
    ASSERT_TRUE(staff
                    .addStaff(QStringLiteral("1001"), QStringLiteral("收银员 小王"),
                              StaffRole::Cashier, QStringLiteral("2468"))
                    .ok());
    EXPECT_EQ(staff.logIn(QStringLiteral("1001"), QStringLiteral("2468"))->role,
              StaffRole::Cashier);
    EXPECT_EQ(staff.logIn(QStringLiteral("9999"), QStringLiteral("2468")).error().code(),
              ErrorCode::UnknownStaff);
    for (int i = 0; i < StaffService::MaxFailedAttempts; ++i)
        EXPECT_EQ(staff.logIn(QStringLiteral("1001"), QStringLiteral("0000")).error().code(),
                  ErrorCode::WrongPin);
    // Locked now, even with the right PIN, until the lockout has passed.
    EXPECT_EQ(staff.logIn(QStringLiteral("1001"), QStringLiteral("2468")).error().code(),
              ErrorCode::StaffLocked);
    t.clock().advanceSeconds(StaffService::LockoutMinutes * 60 + 1);
    EXPECT_TRUE(staff.logIn(QStringLiteral("1001"), QStringLiteral("2468")).ok());
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("wrong_pin")), 5);
}

TEST(StaffService, OnlyAManagerApprovesAndBothAreRecorded)
{
    TestStore t;
    StaffService staff(t.context());
    const StaffMember cashier = staff
                                    .addStaff(QStringLiteral("1001"), QStringLiteral("小王"),
                                              StaffRole::Cashier, QStringLiteral("2468"))
                                    .value();
    ASSERT_TRUE(staff
                    .addStaff(QStringLiteral("9001"), QStringLiteral("李经理"), StaffRole::Manager,
                              QStringLiteral("8642"))
                    .ok());
    EXPECT_EQ(staff
                  .approve(QStringLiteral("1001"), QStringLiteral("2468"),
                           QStringLiteral("void_line"), {}, cashier)
                  .error()
                  .code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(staff
                  .approve(QStringLiteral("9001"), QStringLiteral("1111"),
                           QStringLiteral("void_line"), {}, cashier)
                  .error()
                  .code(),
              ErrorCode::WrongPin);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("void_line")), 0);
    const Result<StaffMember> ok =
        staff.approve(QStringLiteral("9001"), QStringLiteral("8642"), QStringLiteral("void_line"),
                      QStringLiteral("line 2"), cashier);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->role, StaffRole::Manager);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("void_line")), 1);
}
