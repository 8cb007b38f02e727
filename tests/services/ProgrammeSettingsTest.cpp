// The programme's numbers are the store's settings, changed by a manager
// from a day on, never backwards, each in the audit trail, applied from the
// next sale (domain.md, "The store runs its own programme").

#include "services/CareSettings.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "services/SettingsService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

const QString Shirt = QStringLiteral("6902000000016"); // 男装 559.00, no promotion
const QString Cream = QStringLiteral("6903000000015"); // 美妆 200.00

class ProgrammeSettings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        manager = t.addStaff("9001", QStringLiteral("李经理"), StaffRole::Manager, "9999");
        cashier = t.addStaff("1001", QStringLiteral("王丽"), StaffRole::Cashier, "1111");
    }

    Result<SettingChange> set(const char* key, const char* value, std::optional<QDate> from = {},
                              std::optional<QDate> to = {})
    {
        return SettingsService(t.context())
            .set(manager, QString::fromLatin1(key), QString::fromUtf8(value), from, to, {});
    }

    void at(QDate day, QTime time = QTime(10, 0)) { t.clock().set(QDateTime(day, time)); }

    Result<Receipt> sell(const QString& card, const QString& barcode, std::int64_t qty = 1)
    {
        return SaleService(t.context()).sell({card, {{barcode, qty}}, {}});
    }

    TestStore t;
    StaffMember manager;
    StaffMember cashier;
};

QDate day(int d)
{
    return QDate(2026, 11, d);
}

} // namespace

// Which change holds a key on a day: a change for some days only wins while
// it lasts (the newest such); otherwise the standing one with the latest
// first day; none, the default.
TEST(SettingChanges, TheChangeInForceOnADay)
{
    auto change = [](Id id, const char* value, QDate from, std::optional<QDate> to = {},
                     std::optional<QDate> lastDay = {}) {
        SettingChange c;
        c.id = id;
        c.key = QStringLiteral("gold_rate");
        c.value = QString::fromLatin1(value);
        c.from = from;
        c.to = to;
        c.lastDay = lastDay;
        return c;
    };
    const QList<SettingChange> all{
        change(1, "0.88", QDate(2000, 1, 1)),
        change(2, "0.85", day(10), day(12)),          // VIP 专场, three days
        change(3, "0.90", day(5)),                    // standing from the 5th
        change(4, "0.86", day(20)),                   // standing from the 20th
        change(5, "0.80", day(11), day(11)),          // a second 专场 inside the first
        change(6, "0.70", day(25), day(30), day(26)), // stopped: its last day is the 26th
    };
    struct Row
    {
        QDate day;
        std::optional<Id> inForce;
    };
    const QList<Row> rows{{QDate(1999, 12, 31), std::nullopt},
                          {day(1), 1},
                          {day(5), 3},
                          {day(10), 2},
                          {day(11), 5},
                          {day(12), 2},
                          {day(13), 3},
                          {day(20), 4},
                          {day(26), 6},
                          {day(27), 4}};
    for (const Row& row : rows) {
        QList<SettingChange> holding;
        for (const SettingChange& c : all) {
            if (c.holds(row.day))
                holding << c;
        }
        const std::optional<SettingChange> found =
            changeInForce(holding, QStringLiteral("gold_rate"));
        EXPECT_EQ(found ? std::optional(found->id) : std::nullopt, row.inForce)
            << formatDate(row.day).toStdString();
    }
}

TEST_F(ProgrammeSettings, EveryNumberOfTheProgrammeIsASettingWithItsDefault)
{
    const QList<SettingState> shown = SettingsService(t.context()).show(day(18)).value();
    QStringList keys;
    for (const SettingState& s : shown) {
        keys << s.spec->key;
        EXPECT_EQ(s.value, s.spec->defaultValue) << s.spec->key.toStdString();
        EXPECT_FALSE(s.inForce);
    }
    for (const char* key :
         {"store_name", "gold_rate", "diamond_rate", "gold_join_fen", "diamond_join_fen",
          "diamond_lifetime_points", "bonus_base_points", "bonus_points", "redeem_min_points",
          "redeem_step_points", "redeem_cap_fen", "redeem_cap_step_fen", "lapse_days",
          "dormant_days", "calls_per_year", "return_days"})
        EXPECT_TRUE(keys.contains(QString::fromLatin1(key))) << key;
    const Programme p = programmeOn(t.store(), day(18));
    EXPECT_EQ(p.goldRate.toString(), QStringLiteral("0.88"));
    EXPECT_EQ(p.diamondJoinMinimum.fen(), 300000);
    EXPECT_EQ(p.redemption.minimumPoints, 1000);
    EXPECT_FALSE(p.returnDays);
}

TEST_F(ProgrammeSettings, AChangeFromTodayPricesTheNextSale)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    EXPECT_EQ(sell(card, Shirt)->sale.total().fen(), 49192); // 559 × 0.88
    ASSERT_TRUE(set("gold_rate", "0.9").ok());
    const Result<Receipt> after = sell(card, Shirt);
    EXPECT_EQ(after->sale.total().fen(), 50310); // 559 × 0.90, from the next sale
    EXPECT_EQ(after->sale.lines.first().price.memberRate.toString(), QStringLiteral("0.90"));
}

TEST_F(ProgrammeSettings, AVipEventHoldsForItsDaysOnlyAndStopsEarly)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    // VIP 专场 from the 20th to the 22nd: gold 0.85.
    const Result<SettingChange> event = set("gold_rate", "0.85", day(20), day(22));
    ASSERT_TRUE(event.ok()) << event.error().message().toStdString();
    EXPECT_EQ(sell(card, Shirt)->sale.total().fen(), 49192); // the 18th: 0.88
    at(day(20));
    EXPECT_EQ(sell(card, Shirt)->sale.total().fen(), 47515); // 559 × 0.85
    // Stopped from the 21st: the 21st is back to the standing rate.
    at(day(20), QTime(18, 0));
    ASSERT_TRUE(SettingsService(t.context()).stop(manager, event->id, day(21)).ok());
    EXPECT_EQ(sell(card, Shirt)->sale.total().fen(), 47515); // still the 20th
    at(day(21));
    EXPECT_EQ(sell(card, Shirt)->sale.total().fen(), 49192);
    // The 20th keeps its rate: a return of its sale is judged by it.
    EXPECT_EQ(programmeOn(t.store(), day(20)).goldRate.toString(), QStringLiteral("0.85"));
}

TEST_F(ProgrammeSettings, ChangesAreNeverBackwardsNorOutOfRangeAndRefusalsChangeNothing)
{
    const QStringList before = t.snapshot();
    struct Row
    {
        const char* key;
        const char* value;
        std::optional<QDate> from;
        std::optional<QDate> to;
        ErrorCode code;
    };
    const QList<Row> rows{
        {"gold_rate", "0.85", day(17), {}, ErrorCode::InvalidDate}, // yesterday
        {"gold_rate", "0.85", day(20), day(19), ErrorCode::InvalidDate},
        {"gold_rate", "1.5", {}, {}, ErrorCode::InvalidSetting},
        {"gold_rate", "0", {}, {}, ErrorCode::InvalidSetting},
        {"gold_rate", "0.8x", {}, {}, ErrorCode::InvalidSetting},
        {"diamond_join_fen", "-1", {}, {}, ErrorCode::InvalidSetting},
        {"diamond_join_fen", "1000", {}, {}, ErrorCode::InvalidSetting}, // below gold's 300
        {"lapse_days", "5", {}, {}, ErrorCode::InvalidSetting},
        {"return_days", "soon", {}, {}, ErrorCode::InvalidSetting},
        {"store_name", "", {}, {}, ErrorCode::InvalidSetting},
        {"store_address", "北京\n朝阳", {}, {}, ErrorCode::InvalidSetting},
        {"store_phone", "010-1234 x9", {}, {}, ErrorCode::InvalidSetting},
        {"colour", "red", {}, {}, ErrorCode::InvalidSetting},
    };
    for (const Row& row : rows) {
        const Result<SettingChange> r = set(row.key, row.value, row.from, row.to);
        ASSERT_FALSE(r.ok()) << row.key << "=" << row.value;
        EXPECT_EQ(r.error().code(), row.code) << row.key << "=" << row.value;
    }
    // Only a manager.
    EXPECT_EQ(SettingsService(t.context())
                  .set(cashier, QStringLiteral("gold_rate"), QStringLiteral("0.5"), {}, {}, {})
                  .error()
                  .code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(ProgrammeSettings, EachChangeIsInTheAuditTrailWithTheManager)
{
    ASSERT_TRUE(set("store_name", "东方百货").ok());
    ASSERT_TRUE(set("return_days", "7", day(20)).ok());
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("setting_change")), 2);
    const std::optional<QString> detail =
        t.store().lastAuditDetail(QStringLiteral("setting_change"), QStringLiteral("return_days"));
    ASSERT_TRUE(detail);
    EXPECT_EQ(*detail, QStringLiteral("return_days=7 from 2026-11-20"));
    const QList<SettingState> shown = SettingsService(t.context()).show(day(18)).value();
    for (const SettingState& s : shown) {
        if (s.spec->key == u"store_name") {
            EXPECT_EQ(s.value, QStringLiteral("东方百货"));
            ASSERT_TRUE(s.inForce);
            EXPECT_EQ(s.inForce->staffId, manager.id);
        }
        if (s.spec->key == u"return_days") {
            EXPECT_EQ(s.value, QStringLiteral("none")); // not yet
            ASSERT_EQ(s.ahead.size(), 1);
            EXPECT_EQ(s.ahead.first().from, day(20));
        }
    }
    EXPECT_EQ(settingsOn(t.store(), day(18)).identity().name, QStringLiteral("东方百货"));
}

TEST_F(ProgrammeSettings, PointsAndRedemptionFollowTheirSettingsAndAReturnTheSalesDay)
{
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    // 1 point per 20 yuan from the 19th.
    ASSERT_TRUE(set("points_unit_fen", "2000", day(19)).ok());
    const Result<Receipt> before = sell(card, Cream, 5); // 5 × 200 × 0.88 = 880
    EXPECT_EQ(before->sale.points->award.base, 88);
    at(day(19));
    const Result<Receipt> after = sell(card, Cream, 5);
    EXPECT_EQ(after->sale.points->award.base, 44);
    // The 18th's sale comes back on the 19th: its 88 points go back, by its own day's rule.
    const Result<ReturnService::Outcome> returned =
        ReturnService(t.context()).returnItems(before->sale.receiptNo, {});
    ASSERT_TRUE(returned.ok());
    EXPECT_EQ(returned->record.pointsReversed, 88);

    ASSERT_TRUE(set("redeem_min_points", "500").ok());
    ASSERT_TRUE(set("redeem_step_points", "100").ok());
    ASSERT_TRUE(set("redeem_cap_fen", "5000").ok());
    ASSERT_TRUE(set("redeem_cap_step_fen", "1000").ok());
    // A diamond member who joined with 12000 yuan has 600 points (1 per 20 yuan now).
    const Id member = t.memberIdOfCard(t.seedMember(
        idNumberFor(QDate(1980, 1, 2)), QDate(1980, 1, 2), 12000, QStringLiteral("13700001111")));
    const QList<RedemptionStep> steps = RedemptionService(t.context()).steps(member).value();
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first().points, 500);
    EXPECT_EQ(steps.first().cap.fen(), 5000);
    EXPECT_EQ(steps.at(1).points, 600);
    EXPECT_EQ(steps.at(1).cap.fen(), 6000);
}

TEST_F(ProgrammeSettings, ThreeDaysOfFreeJoiningNeedNoReceipt)
{
    Application form;
    form.name = QStringLiteral("张敏");
    form.gender = QStringLiteral("F");
    form.birthday = QDate(1990, 3, 3);
    form.idNumber = idNumberFor(form.birthday);
    form.mobile = QStringLiteral("13900001111");
    form.address = QStringLiteral("北京市东城区王府井大街1号");
    form.category = QStringLiteral("女装");
    EXPECT_EQ(MemberService(t.context()).join(form, {}).error().code(), ErrorCode::NoReceipts);
    ASSERT_TRUE(set("gold_join_fen", "0", day(18), day(20)).ok());
    ASSERT_TRUE(set("join_gift", "精美雨伞一把", day(18), day(20)).ok());
    const Result<JoinOutcome> joined = MemberService(t.context()).join(form, {});
    ASSERT_TRUE(joined.ok()) << joined.error().message().toStdString();
    EXPECT_EQ(joined->view.member.tier, Tier::Gold);
    EXPECT_EQ(joined->joiningGift, QStringLiteral("精美雨伞一把"));
}

TEST_F(ProgrammeSettings, AReturnWindowRefusesOlderReceiptsAndChangesNothing)
{
    const QString first = SaleService(t.context()).sell({{}, {{Shirt, 1}}, {}})->sale.receiptNo;
    const QString second = SaleService(t.context()).sell({{}, {{Cream, 1}}, {}})->sale.receiptNo;
    ASSERT_TRUE(set("return_days", "7").ok());
    at(day(26)); // eight days on
    const QStringList before = t.snapshot();
    const Result<ReturnService::Outcome> late = ReturnService(t.context()).returnItems(first, {});
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code(), ErrorCode::ReturnWindowClosed);
    EXPECT_EQ(t.snapshot(), before);
    at(day(25)); // seven days on: still within
    EXPECT_TRUE(ReturnService(t.context()).returnItems(second, {}).ok());
}

TEST_F(ProgrammeSettings, CareSettingsAreTheSameSettings)
{
    CareSettingsService care(t.context());
    ASSERT_TRUE(
        care.set(manager, QStringLiteral("calls_per_member_per_year"), QStringLiteral("6")).ok());
    EXPECT_EQ(CareSettings::read(t.store(), day(18)).maxCallsPerYear, 6);
    EXPECT_EQ(care.set(manager, QStringLiteral("gold_rate"), QStringLiteral("0.8")).error().code(),
              ErrorCode::InvalidSetting);
    EXPECT_EQ(care.set(cashier, QStringLiteral("lapse_days"), QStringLiteral("400")).error().code(),
              ErrorCode::NotPermitted);
}

TEST_F(ProgrammeSettings, RulesAreListedAndStoppedNeverBackwards)
{
    CatalogueService catalogue(t.context());
    MultiplierRule wednesdays;
    wednesdays.name = QStringLiteral("淡季周三双倍积分");
    wednesdays.multiplier = 2;
    const Id id = catalogue.addRule(wednesdays, manager).value();
    const QString card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
    EXPECT_EQ(sell(card, Cream)->sale.points->award.multiplier, 2);

    EXPECT_EQ(catalogue.stopRule(manager, id, day(17)).error().code(), ErrorCode::InvalidDate);
    EXPECT_EQ(catalogue.stopRule(cashier, id, {}).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(catalogue.stopRule(manager, 999, {}).error().code(), ErrorCode::UnknownRule);
    // Stopped from tomorrow: today still doubles.
    const Result<RuleState> stopped = catalogue.stopRule(manager, id, day(19));
    ASSERT_TRUE(stopped.ok());
    EXPECT_TRUE(stopped->active);
    EXPECT_EQ(sell(card, Cream)->sale.points->award.multiplier, 2);
    at(day(19));
    EXPECT_EQ(sell(card, Cream)->sale.points->award.multiplier, 1);
    const QList<RuleState> rules = catalogue.rules().value();
    ASSERT_EQ(rules.size(), 1);
    EXPECT_FALSE(rules.first().active);
    EXPECT_EQ(rules.first().rule.to, day(18));
    EXPECT_TRUE(rules.first().rule.stoppedAt);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("rule_stop")), 1);
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("rule_add")), 1);
}
