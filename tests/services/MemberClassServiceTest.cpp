// Member classes on a fixture store whose classes were worked out by hand.

#include "services/MemberClassService.h"

#include "CareFixture.h"

using namespace viptill;
using namespace viptill::test;

namespace {

// Classified on 2026-11-18; the year counted runs from 2025-11-19. Defaults:
// A = within 90 days, 6 visits, 5000 yuan; B = within 180 days and 2 visits
// or 1000 yuan.
class MemberClasses : public CareFixture
{
protected:
    void SetUp() override
    {
        CareFixture::SetUp();
        // M7 comes back after 17 months: keep its card from lapsing meanwhile.
        t.setSetting(QStringLiteral("lapse_days"), QStringLiteral("1000"));
        // M1: joined with 3000 (diamond), five more visits of 500 in the last
        // 90 days: 6 visits, 5500 yuan, last seen 8 days ago → A.
        m1 = joinOn(QDate(2026, 6, 1), QDate(1980, 1, 1), 3000);
        for (QDate d : {QDate(2026, 9, 1), QDate(2026, 9, 15), QDate(2026, 10, 1),
                        QDate(2026, 10, 20), QDate(2026, 11, 10)})
            EXPECT_TRUE(buyOn(m1, d, 5).ok());
        // M2: joined with 300, one more visit of 100: 2 visits, last seen
        // 140 days ago → B by visits.
        m2 = joinOn(QDate(2026, 5, 1), QDate(1981, 2, 2), 300);
        EXPECT_TRUE(buyOn(m2, QDate(2026, 7, 1)).ok());
        // M3: one visit of 1000 → B by spend.
        m3 = joinOn(QDate(2026, 10, 1), QDate(1982, 3, 3), 1000);
        // M4: 3000 yuan but last seen 262 days ago → C.
        m4 = joinOn(QDate(2026, 3, 1), QDate(1983, 4, 4), 3000);
        // M5: one visit of 300 → C.
        m5 = joinOn(QDate(2026, 11, 1), QDate(1984, 5, 5), 300);
        // M6: one visit of 1000, of which a 200 cream came back: 800 → C.
        m6 = joinOn(QDate(2026, 11, 5), QDate(1985, 6, 6), 1000);
        const QString joining = t.store().receiptsOfMember(m6, 1).first();
        at(QDate(2026, 11, 6));
        EXPECT_TRUE(ReturnService(t.context()).returnItems(joining, {{Cream, 1}}).ok());
        // M7: joined a year and a half ago with 3000 (outside the year), one
        // visit of 100 this month → C.
        m7 = joinOn(QDate(2025, 6, 1), QDate(1986, 7, 7), 3000);
        EXPECT_TRUE(buyOn(m7, QDate(2026, 11, 1)).ok());
        at(QDate(2026, 11, 18), QTime(2, 0));
    }

    QMap<Id, MemberClassRecord> byMember(const QList<MemberClassRecord>& records)
    {
        QMap<Id, MemberClassRecord> map;
        for (const MemberClassRecord& r : records)
            map.insert(r.memberId, r);
        return map;
    }

    QList<Id> ids(const ClassQuery& query)
    {
        QList<Id> found;
        const Result<QList<MemberClassRecord>> members =
            MemberClassService(t.context()).members(query);
        for (const MemberClassRecord& r : members.value())
            found << r.memberId;
        std::sort(found.begin(), found.end());
        return found;
    }

    Id m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0;
};

} // namespace

TEST_F(MemberClasses, AreThoseWorkedOutByHand)
{
    const Result<ClassCounts> counts = MemberClassService(t.context()).classify();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->a, 1);
    EXPECT_EQ(counts->b, 2);
    EXPECT_EQ(counts->c, 4);
    EXPECT_EQ(counts->computedOn, QDate(2026, 11, 18));
    const QMap<Id, MemberClassRecord> c =
        byMember(MemberClassService(t.context()).members({}).value());
    ASSERT_EQ(c.size(), 7);
    const std::map<Id, std::tuple<MemberClass, std::int64_t, std::int64_t, QDate>> expected{
        {m1, {MemberClass::A, 6, 550000, QDate(2026, 11, 10)}},
        {m2, {MemberClass::B, 2, 40000, QDate(2026, 7, 1)}},
        {m3, {MemberClass::B, 1, 100000, QDate(2026, 10, 1)}},
        {m4, {MemberClass::C, 1, 300000, QDate(2026, 3, 1)}},
        {m5, {MemberClass::C, 1, 30000, QDate(2026, 11, 1)}},
        {m6, {MemberClass::C, 1, 80000, QDate(2026, 11, 5)}},
        {m7, {MemberClass::C, 1, 10000, QDate(2026, 11, 1)}},
    };
    for (const auto& [id, want] : expected) {
        const auto& [cls, visits, spend, last] = want;
        EXPECT_EQ(c.value(id).memberClass, cls) << "member " << id;
        EXPECT_EQ(c.value(id).visits, visits) << "member " << id;
        EXPECT_EQ(c.value(id).spend.fen(), spend) << "member " << id;
        EXPECT_EQ(c.value(id).lastVisit, last) << "member " << id;
    }
    // The list goes A, B, C, and by spend within a class.
    const QList<MemberClassRecord> all = MemberClassService(t.context()).members({}).value();
    EXPECT_EQ(all.first().memberId, m1);
    EXPECT_EQ(all.at(1).memberId, m3);
    EXPECT_EQ(all.at(2).memberId, m2);
}

TEST_F(MemberClasses, TheThresholdsAreStoreSettings)
{
    ASSERT_TRUE(MemberClassService(t.context()).classify().ok());
    t.setSetting(QStringLiteral("rfm_a_spend_fen"), QStringLiteral("600000"));
    t.setSetting(QStringLiteral("rfm_b_visits"), QStringLiteral("1"));
    const Result<ClassCounts> counts = MemberClassService(t.context()).classify();
    ASSERT_TRUE(counts.ok());
    // M1 falls to B; M5, M6 and M7 rise to B by their one visit; M4 stays C.
    EXPECT_EQ(counts->a, 0);
    EXPECT_EQ(counts->b, 6);
    EXPECT_EQ(counts->c, 1);
    EXPECT_EQ(t.store().memberClass(m1)->memberClass, MemberClass::B);
    EXPECT_EQ(t.store().memberClass(m4)->memberClass, MemberClass::C);
}

TEST_F(MemberClasses, ListsFilterByClassTierCounterAndLastVisit)
{
    ASSERT_TRUE(MemberClassService(t.context()).classify().ok());
    EXPECT_EQ(ids({MemberClass::A}), QList<Id>{m1});
    EXPECT_EQ(ids({MemberClass::B}), (QList<Id>{m2, m3}));
    EXPECT_EQ(ids({std::nullopt, Tier::Diamond}), (QList<Id>{m1, m4, m7}));
    EXPECT_EQ(ids({MemberClass::C, Tier::Diamond}), (QList<Id>{m4, m7}));
    // 男装 (the suit) was bought by those who joined with 3000 — M7 outside the year.
    EXPECT_EQ(ids({std::nullopt, std::nullopt, QStringLiteral("男装")}), (QList<Id>{m1, m4}));
    ClassQuery recent;
    recent.visitedFrom = QDate(2026, 10, 1);
    EXPECT_EQ(ids(recent), (QList<Id>{m1, m3, m5, m6, m7}));
    recent.visitedTo = QDate(2026, 11, 4);
    EXPECT_EQ(ids(recent), (QList<Id>{m3, m5, m7}));
    const Result<QList<MemberClassRecord>> unknown =
        MemberClassService(t.context())
            .members({std::nullopt, std::nullopt, QStringLiteral("古董")});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code(), ErrorCode::UnknownCounter);
}

TEST_F(MemberClasses, ClassifyingAgainReplacesTheClassesAsTheDaysGoBy)
{
    ASSERT_TRUE(MemberClassService(t.context()).classify().ok());
    // 83 days on, M1 was last seen 91 days ago: no longer A.
    at(QDate(2027, 2, 9));
    ASSERT_TRUE(MemberClassService(t.context()).classify().ok());
    const std::optional<MemberClassRecord> m1Now = t.store().memberClass(m1);
    ASSERT_TRUE(m1Now.has_value());
    EXPECT_EQ(m1Now->memberClass, MemberClass::B);
    EXPECT_EQ(m1Now->computedOn, QDate(2027, 2, 9));
    EXPECT_EQ(MemberClassService(t.context()).members({}).value().size(), 7);
}
