#include "TestStore.h"

#include "core/Identity.h"
#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/SaleService.h"
#include "services/StaffService.h"

#include <gtest/gtest.h>

namespace viptill::test {

TestStore::TestStore(const QDateTime& now, TestDatabase::Engine engine)
    : m_database(engine)
    , m_store(openStore(m_database.location()))
    , m_clock(now)
    , m_context{*m_store, m_clock, QStringLiteral("T01")}
{
    m_store->setChainKey(testAuditKey());
    m_store->setPersonalKey(testPersonalKey());
}

TestStore::TestStore(const QString& serverUri, const QDateTime& now)
    : m_database(serverUri)
    , m_store(openStore(m_database.location()))
    , m_clock(now)
    , m_context{*m_store, m_clock, QStringLiteral("T01")}
{
    m_store->setChainKey(testAuditKey());
    m_store->setPersonalKey(testPersonalKey());
}

void TestStore::setSetting(const QString& key, const QString& value)
{
    SettingChange change;
    change.key = key;
    change.value = value;
    change.from = QDate(2000, 1, 1);
    change.setAt = QDateTime(change.from, QTime(0, 0));
    m_store->insertSettingChange(change);
}

QByteArray testAuditKey()
{
    return QByteArray(32, '\x33');
}

QByteArray testPersonalKey()
{
    return QByteArray(32, '\x44');
}

void TestStore::seedCatalogue()
{
    CatalogueService catalogue(m_context);
    QList<CatalogueRow> rows{
        {2, QStringLiteral("6901000000017"), QStringLiteral("歌莉娅 真丝连衣裙"),
         QStringLiteral("女装"), Money::fromYuan(500), false},
        {3, QStringLiteral("6901000000024"), QStringLiteral("歌莉娅 针织开衫"),
         QStringLiteral("女装"), Money::fromFen(33333), false},
        {4, QStringLiteral("6902000000016"), QStringLiteral("雅戈尔 商务衬衫"),
         QStringLiteral("男装"), Money::fromYuan(559), false},
        {5, QStringLiteral("6902000000023"), QStringLiteral("雅戈尔 羊毛西装"),
         QStringLiteral("男装"), Money::fromYuan(2000), false},
        {6, QStringLiteral("6903000000015"), QStringLiteral("自然堂 保湿面霜"),
         QStringLiteral("美妆"), Money::fromYuan(200), false},
        {7, QStringLiteral("6903000000022"), QStringLiteral("自然堂 眼霜"), QStringLiteral("美妆"),
         Money::fromYuan(400), false},
        {8, QStringLiteral("6903000000039"), QStringLiteral("自然堂 面膜礼盒"),
         QStringLiteral("美妆"), Money::fromFen(40001), false},
        {9, QStringLiteral("6904000000014"), QStringLiteral("天王表 机械男表"),
         QStringLiteral("钟表"), Money::fromYuan(3000), false},
        {10, QStringLiteral("6904000000021"), QStringLiteral("天王表 陀飞轮腕表"),
         QStringLiteral("钟表"), Money::fromYuan(80000), false},
        {11, QStringLiteral("6905000000013"), QStringLiteral("清仓 保温杯"), QStringLiteral("特卖"),
         Money::fromYuan(100), true},
        {12, QStringLiteral("6905000000020"), QStringLiteral("清仓 羊毛袜"), QStringLiteral("特卖"),
         Money::fromFen(9990), true},
    };
    ASSERT_TRUE(catalogue.importRows(rows, QStringLiteral("test")).ok());
    ASSERT_TRUE(
        catalogue.setPromotion(QStringLiteral("女装"), QStringLiteral("0.80"), {}, {}).ok());
}

QString TestStore::seedMember(const QString& idNumber, QDate birthday, std::int64_t joiningYuan,
                              const QString& mobile)
{
    // A walk-in receipt of exactly the joining amount: the 男装 shirt and cream
    // make whole-yuan totals without any promotion.
    SaleService tills(m_context);
    QList<ItemRequest> items;
    std::int64_t left = joiningYuan;
    while (left >= 2000) {
        items << ItemRequest{QStringLiteral("6902000000023"), 1};
        left -= 2000;
    }
    while (left >= 200) {
        items << ItemRequest{QStringLiteral("6903000000015"), 1};
        left -= 200;
    }
    while (left >= 100) {
        items << ItemRequest{QStringLiteral("6905000000013"), 1};
        left -= 100;
    }
    EXPECT_EQ(left, 0) << "seedMember takes multiples of 100 yuan";
    Result<Receipt> sold = tills.sell({std::nullopt, items, {}});
    EXPECT_TRUE(sold.ok()) << (sold ? QString() : sold.error().message()).toStdString();
    Application form{
        QStringLiteral("测试会员"),
        QStringLiteral("F"),
        birthday,
        idNumber,
        mobile.isEmpty() ? QStringLiteral("139%1").arg(idNumber.right(8).left(7) + u'0') : mobile,
        QStringLiteral("上海市徐汇区漕溪北路1号"),
        QStringLiteral("女装")};
    MemberService members(m_context);
    Result<JoinOutcome> joined = members.join(form, {sold->sale.receiptNo});
    EXPECT_TRUE(joined.ok()) << (joined ? QString() : joined.error().message()).toStdString();
    return joined ? joined->view.card->number : QString();
}

Id TestStore::memberIdOfCard(const QString& card)
{
    return m_store->cardByNumber(card)->memberId;
}

QString idNumberFor(QDate birthday, int sequence, const QString& region)
{
    const QString first17 = region + birthday.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + idNumberCheckDigit(first17);
}

StaffMember TestStore::addStaff(const char* number, const QString& name, StaffRole role,
                                const char* pin)
{
    const Result<StaffMember> added = StaffService(m_context).addStaff(
        QString::fromLatin1(number), name, role, QString::fromLatin1(pin));
    EXPECT_TRUE(added.ok()) << added.error().message().toStdString();
    return added ? added.value() : StaffMember{};
}

} // namespace viptill::test
