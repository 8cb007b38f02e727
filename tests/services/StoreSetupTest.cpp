// 开店: a new store's first run records its first manager and its name,
// address and phone together, or nothing at all.

#include "services/StoreSetup.h"

#include "services/SettingsService.h"
#include "services/StaffService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

const StoreIdentity Nanjing{QStringLiteral("东方百货 南京路店"),
                            QStringLiteral("上海市黄浦区南京东路100号"),
                            QStringLiteral("021-6322 5000")};

} // namespace

TEST(StoreSetup, TheFirstManagerAndTheStoresNameComeTogether)
{
    TestStore t;
    const Result<StaffMember> manager =
        StoreSetup(t.context())
            .begin(Nanjing, QStringLiteral("9001"), QStringLiteral("李强"), StaffRole::Manager,
                   QStringLiteral("9999"));
    ASSERT_TRUE(manager.ok()) << manager.error().message().toStdString();
    EXPECT_EQ(manager->role, StaffRole::Manager);
    EXPECT_TRUE(
        StaffService(t.context()).logIn(QStringLiteral("9001"), QStringLiteral("9999")).ok());
    const StoreIdentity shown =
        SettingsService(t.context()).on(t.clock().today()).value().identity();
    EXPECT_EQ(shown.name, Nanjing.name);
    EXPECT_EQ(shown.address, Nanjing.address);
    EXPECT_EQ(shown.phone, Nanjing.phone);
    // Each from today, in the new manager's name, in the audit trail.
    const QList<SettingChange> changes = SettingsService(t.context()).history().value();
    ASSERT_EQ(changes.size(), 3);
    for (const SettingChange& c : changes) {
        EXPECT_EQ(c.staffId, manager->id);
        EXPECT_EQ(c.from, t.clock().today());
        EXPECT_FALSE(c.to.has_value());
    }
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("setting_change")), 3);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("staff_add")), 1);
}

TEST(StoreSetup, AnEmptyAddressAndPhoneStayUnset)
{
    TestStore t;
    ASSERT_TRUE(StoreSetup(t.context())
                    .begin({QStringLiteral("小店"), {}, QStringLiteral("  ")},
                           QStringLiteral("9001"), QStringLiteral("李强"), StaffRole::Manager,
                           QStringLiteral("9999"))
                    .ok());
    const QList<SettingChange> changes = SettingsService(t.context()).history().value();
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.first().key, QStringLiteral("store_name"));
}

TEST(StoreSetup, ARefusalRecordsNothing)
{
    struct Row
    {
        const char* why;
        StoreIdentity store;
        const char* number;
        const char* name;
        StaffRole role;
        const char* pin;
        ErrorCode code;
    };
    const QList<Row> rows{
        {"a cashier first", Nanjing, "1001", "王丽", StaffRole::Cashier, "1111",
         ErrorCode::NotPermitted},
        {"the desk first", Nanjing, "2001", "陈静", StaffRole::ServiceDesk, "2222",
         ErrorCode::NotPermitted},
        {"no name", Nanjing, "9001", "", StaffRole::Manager, "9999", ErrorCode::InvalidName},
        {"a short PIN", Nanjing, "9001", "李强", StaffRole::Manager, "99", ErrorCode::InvalidPin},
        {"a bad number", Nanjing, "9x", "李强", StaffRole::Manager, "9999",
         ErrorCode::UnknownStaff},
        {"no store name",
         {QString(), Nanjing.address, Nanjing.phone},
         "9001",
         "李强",
         StaffRole::Manager,
         "9999",
         ErrorCode::InvalidSetting},
        {"a phone of letters",
         {Nanjing.name, Nanjing.address, QStringLiteral("call us")},
         "9001",
         "李强",
         StaffRole::Manager,
         "9999",
         ErrorCode::InvalidSetting},
    };
    TestStore t;
    const QStringList empty = t.snapshot();
    for (const Row& row : rows) {
        const Result<StaffMember> r =
            StoreSetup(t.context())
                .begin(row.store, QString::fromLatin1(row.number), QString::fromUtf8(row.name),
                       row.role, QString::fromLatin1(row.pin));
        ASSERT_FALSE(r.ok()) << row.why;
        EXPECT_EQ(r.error().code(), row.code) << row.why;
        EXPECT_EQ(t.snapshot(), empty) << row.why;
    }
}

TEST(StoreSetup, AStoreWithStaffIsSetUpAlready)
{
    TestStore t;
    ASSERT_TRUE(StoreSetup(t.context())
                    .begin(Nanjing, QStringLiteral("9001"), QStringLiteral("李强"),
                           StaffRole::Manager, QStringLiteral("9999"))
                    .ok());
    const QStringList before = t.snapshot();
    EXPECT_EQ(StoreSetup(t.context())
                  .begin(Nanjing, QStringLiteral("9002"), QStringLiteral("赵经理"),
                         StaffRole::Manager, QStringLiteral("8888"))
                  .error()
                  .code(),
              ErrorCode::StaffRequired);
    EXPECT_EQ(t.snapshot(), before);
}
