#include "DemoStore.h"

#include "CatalogueService.h"
#include "MemberService.h"
#include "SaleService.h"
#include "StaffService.h"
#include "StoreMode.h"
#include "core/Identity.h"

#include <array>
#include <random>

namespace viptill {

namespace {

struct DemoCounter
{
    const char16_t* name;
    int weight; // how often a basket holds something from it
    bool special;
    std::int64_t minYuan;
    std::int64_t maxYuan;
    std::initializer_list<const char16_t*> brands;
    std::initializer_list<const char16_t*> goods;
};

// Brands and goods as a Chinese department store floor guide shows them.
const std::array<DemoCounter, 12> Counters{{
    {u"女装",
     20,
     false,
     199,
     2599,
     {u"歌莉娅", u"太平鸟", u"ONLY", u"拉夏贝尔", u"江南布衣"},
     {u"真丝连衣裙", u"羊绒大衣", u"针织开衫", u"雪纺衬衫", u"高腰阔腿裤", u"羽绒服", u"半身裙"}},
    {u"男装",
     15,
     false,
     259,
     3299,
     {u"七匹狼", u"雅戈尔", u"海澜之家", u"利郎", u"报喜鸟"},
     {u"商务衬衫", u"羊毛西装", u"休闲夹克", u"纯棉T恤", u"修身西裤", u"羊绒衫", u"风衣"}},
    {u"鞋履",
     12,
     false,
     299,
     1899,
     {u"百丽", u"红蜻蜓", u"奥康", u"他她", u"森达"},
     {u"真皮短靴", u"单鞋", u"休闲皮鞋", u"高跟鞋", u"乐福鞋", u"商务皮鞋"}},
    {u"配饰",
     8,
     false,
     69,
     899,
     {u"帕罗", u"恒源祥", u"鄂尔多斯", u"Lily"},
     {u"羊绒围巾", u"真皮腰带", u"丝巾", u"针织手套", u"礼帽"}},
    {u"美妆",
     15,
     false,
     120,
     1580,
     {u"百雀羚", u"自然堂", u"佰草集", u"相宜本草", u"珀莱雅"},
     {u"保湿面霜", u"精华液", u"爽肤水", u"眼霜", u"口红", u"洁面乳", u"面膜礼盒"}},
    {u"钟表",
     2,
     false,
     680,
     8800,
     {u"天王表", u"飞亚达", u"罗西尼", u"海鸥", u"依波"},
     {u"机械男表", u"石英女表", u"情侣对表", u"陀飞轮腕表", u"钢带腕表"}},
    {u"童装",
     10,
     false,
     89,
     799,
     {u"巴拉巴拉", u"安奈儿", u"小猪班纳", u"笛莎"},
     {u"儿童羽绒服", u"连帽卫衣", u"牛仔裤", u"公主裙", u"保暖内衣套装"}},
    {u"家居",
     6,
     false,
     59,
     2999,
     {u"罗莱", u"富安娜", u"水星家纺", u"梦洁"},
     {u"蚕丝被", u"四件套", u"羽绒枕", u"毛巾礼盒", u"珊瑚绒毯"}},
    {u"运动",
     8,
     false,
     199,
     1299,
     {u"李宁", u"安踏", u"特步", u"361度"},
     {u"跑步鞋", u"运动套装", u"篮球鞋", u"速干T恤", u"运动双肩包"}},
    {u"箱包",
     3,
     false,
     299,
     3999,
     {u"金利来", u"稻草人", u"万里马", u"爱华仕"},
     {u"真皮手提包", u"拉杆箱", u"商务公文包", u"斜挎包", u"钱包"}},
    {u"珠宝",
     1,
     false,
     899,
     12800,
     {u"周大福", u"老凤祥", u"周生生", u"六福"},
     {u"足金手镯", u"铂金项链", u"钻石戒指", u"翡翠吊坠", u"珍珠耳钉"}},
    {u"特卖",
     10,
     true,
     49,
     599,
     {u"品牌折扣", u"清仓精选", u"季末特惠"},
     {u"女式毛衫", u"男式衬衫", u"运动鞋", u"保温杯", u"床品三件套", u"羊毛袜"}},
}};

constexpr std::array<const char16_t*, 24> Surnames{
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴", u"徐", u"孙",
    u"胡", u"朱", u"高", u"林", u"何", u"郭", u"马", u"罗", u"梁", u"宋", u"郑", u"谢"};
constexpr std::array<const char16_t*, 24> GivenNames{
    u"秀英", u"丽娟", u"建国", u"志强", u"海燕", u"晓明", u"静",   u"敏",
    u"伟",   u"磊",   u"婷婷", u"雪梅", u"国华", u"红霞", u"俊杰", u"欣怡",
    u"子涵", u"桂英", u"立新", u"春燕", u"文博", u"佳琪", u"玉兰", u"浩然"};
constexpr std::array<const char16_t*, 6> Districts{u"北京市朝阳区建国路",   u"上海市徐汇区漕溪北路",
                                                   u"广州市天河区体育西路", u"杭州市西湖区文三路",
                                                   u"南京市鼓楼区中山北路", u"成都市锦江区春熙路"};
constexpr std::array<const char16_t*, 6> RegionCodes{u"110105", u"310104", u"440106",
                                                     u"330106", u"320106", u"510104"};

class Dice
{
public:
    explicit Dice(std::uint32_t seed)
        : m_engine(seed)
    {}
    // A whole number in [low, high]; mt19937's output is the same everywhere.
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return low +
               static_cast<std::int64_t>(m_engine() % static_cast<std::uint32_t>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

private:
    std::mt19937 m_engine;
};

QString ean13(std::int64_t body)
{
    // 69x: the GS1 prefixes of mainland China.
    const QString first12 = QStringLiteral("69%1").arg(body, 10, 10, QLatin1Char('0'));
    return first12 + QString::number(ean13CheckDigit(first12));
}

} // namespace

Result<DemoOutcome> DemoStore::fill()
{
    return guarded<DemoOutcome>(m_ctx.store, [&]() -> Result<DemoOutcome> {
        Transaction transaction = m_ctx.store.transaction();
        if (!m_ctx.store.isEmpty() || m_ctx.store.hasStaff())
            return Error(
                ErrorCode::DatabaseNotEmpty,
                tr("The database already holds a store; the demo fills only an empty one."));
        // The demo is for learning the till: a training store, for good.
        m_ctx.store.setSetting(StoreMode::TrainingKey, QStringLiteral("1"));
        Dice dice(20261122);
        const QDateTime end = m_ctx.clock.now();
        const QDate firstDay = end.date().addDays(-30);
        FixedClock clock(QDateTime(firstDay.addDays(-1), QTime(9, 0)));
        ServiceContext ctx{m_ctx.store, clock, m_ctx.terminal};
        CatalogueService catalogue(ctx);

        // The catalogue: every brand with a share of its counter's goods.
        QList<CatalogueRow> rows;
        QList<QList<QString>> barcodesByCounter;
        std::int64_t serial = 100000;
        for (const DemoCounter& counter : Counters) {
            QList<QString> barcodes;
            for (const char16_t* brand : counter.brands) {
                for (const char16_t* goods : counter.goods) {
                    if (!dice.chance(80))
                        continue;
                    CatalogueRow row;
                    row.barcode = ean13(serial += dice.between(1, 37));
                    row.name = QString::fromUtf16(brand) + u' ' + QString::fromUtf16(goods);
                    row.counter = QString::fromUtf16(counter.name);
                    // Prices end in 9 or 0 yuan, as shelf prices do.
                    const std::int64_t yuan =
                        dice.between(counter.minYuan, counter.maxYuan) / 10 * 10 +
                        (dice.chance(60) ? 9 : 0);
                    row.price = Money::fromYuan(yuan);
                    row.special = counter.special;
                    barcodes << row.barcode;
                    rows << row;
                }
            }
            barcodesByCounter << barcodes;
        }
        Result<ImportOutcome> imported = catalogue.importRows(rows, QStringLiteral("demo"));
        if (!imported)
            return imported.error();

        // The demo's staff (their PINs are in the README): a cashier, a
        // service-desk clerk and a manager.
        StaffService staff(ctx);
        for (const auto& [number, name, role, pin] :
             {std::tuple{u"1001", u"王丽 (收银)", StaffRole::Cashier, u"1111"},
              std::tuple{u"2001", u"陈静 (服务台)", StaffRole::ServiceDesk, u"2222"},
              std::tuple{u"9001", u"李强 (经理)", StaffRole::Manager, u"9999"}}) {
            Result<StaffMember> added =
                staff.addStaff(QString::fromUtf16(number), QString::fromUtf16(name), role,
                               QString::fromUtf16(pin));
            if (!added)
                return added.error();
        }

        // Promotions and double-points rules the store really runs.
        for (const Result<Rate>& r :
             {catalogue.setPromotion(QStringLiteral("女装"), QStringLiteral("0.80"), {}, {}),
              catalogue.setPromotion(QStringLiteral("鞋履"), QStringLiteral("0.85"),
                                     formatDate(firstDay.addDays(10)),
                                     formatDate(firstDay.addDays(20)))}) {
            if (!r)
                return r.error();
        }
        MultiplierRule slowSeason;
        slowSeason.name = QStringLiteral("淡季周三双倍积分");
        slowSeason.multiplier = 2;
        slowSeason.weekdays = {3};
        slowSeason.months = {2, 3, 4};
        MultiplierRule birthday;
        birthday.name = QStringLiteral("会员生日双倍积分");
        birthday.multiplier = 2;
        birthday.birthdayOnly = true;
        for (const MultiplierRule& rule : {slowSeason, birthday}) {
            if (Result<Id> added = catalogue.addRule(rule); !added)
                return added.error();
        }

        // A month of trading: each day some walk-in tickets, some members
        // joining with that day's receipts, and members coming back.
        MemberService members(ctx);
        SaleService tills(ctx);
        ReturnService returns(ctx);
        DemoOutcome outcome;
        outcome.products = imported->imported;
        QStringList cards;
        int nextPerson = 0;
        auto pick = [&](std::int64_t counterIndex) {
            const QList<QString>& list = barcodesByCounter.at(counterIndex);
            return list.at(dice.between(0, list.size() - 1));
        };
        int totalWeight = 0;
        for (const DemoCounter& c : Counters)
            totalWeight += c.weight;
        auto anyCounter = [&] {
            std::int64_t roll = dice.between(1, totalWeight);
            std::int64_t index = 0;
            while ((roll -= Counters.at(static_cast<std::size_t>(index)).weight) > 0)
                ++index;
            return index;
        };
        auto basket = [&](int lines) {
            QList<ItemRequest> items;
            for (int i = 0; i < lines; ++i)
                items << ItemRequest{pick(anyCounter()), dice.chance(85) ? 1 : 2};
            return items;
        };
        for (QDate day = firstDay; day <= end.date(); day = day.addDays(1)) {
            const bool today = day == end.date();
            clock.set(QDateTime(day, QTime(10, 0)));
            const int tickets = static_cast<int>(dice.between(18, 30)) / (today ? 3 : 1);
            for (int t = 0; t < tickets; ++t) {
                clock.advanceSeconds(dice.between(300, 1400));
                if (today && clock.now() >= end)
                    break;
                SaleRequest request;
                request.items = basket(static_cast<int>(dice.between(1, 3)));
                if (!cards.isEmpty() && dice.chance(45))
                    request.card = cards.at(dice.between(0, cards.size() - 1));
                if (dice.chance(40))
                    request.tenders = {Tender{
                        dice.chance(50) ? TenderKind::WeChatPay : TenderKind::Alipay, Money()}};
                Result<Sale> priced = tills.price(request.items, std::nullopt);
                if (!request.tenders.isEmpty() && priced) {
                    // A mobile payment is for the exact amount; price with the tier first.
                    std::optional<Tier> tier;
                    if (request.card) {
                        Result<MemberView> m = members.memberForCard(*request.card);
                        if (m)
                            tier = m->member.tier;
                    }
                    Result<Sale> exact = tills.price(request.items, tier);
                    request.tenders.first().amount = exact ? exact->total() : Money();
                }
                Result<Receipt> sold = tills.sell(request);
                if (!sold)
                    return sold.error();
                ++outcome.sales;
                if (dice.chance(3)) {
                    clock.advanceSeconds(600);
                    if (Result<ReturnService::Outcome> back =
                            returns.returnItems(sold->sale.receiptNo, {});
                        !back)
                        return back.error();
                }
            }
            // One or two customers join at the service desk with today's receipts.
            const int joiners = today ? 1 : static_cast<int>(dice.between(1, 2));
            for (int j = 0; j < joiners && nextPerson < 48; ++j) {
                const bool diamond = dice.chance(25);
                clock.advanceSeconds(900);
                QStringList receipts;
                SaleRequest big;
                big.items = diamond ? QList<ItemRequest>{{pick(10), 1}, {pick(5), 1}}
                                    : QList<ItemRequest>{{pick(1), 1}, {pick(4), 1}};
                Result<Receipt> sold = tills.sell(big);
                if (!sold)
                    return sold.error();
                ++outcome.sales;
                receipts << sold->sale.receiptNo;
                clock.advanceSeconds(600);
                const int person = nextPerson++;
                Application form;
                form.name = QString::fromUtf16(
                                Surnames.at(static_cast<std::size_t>(person) % Surnames.size())) +
                            QString::fromUtf16(GivenNames.at(
                                static_cast<std::size_t>(person * 7 + 3) % GivenNames.size()));
                form.gender = person % 3 == 0 ? QStringLiteral("M") : QStringLiteral("F");
                form.birthday = QDate(static_cast<int>(dice.between(1958, 2002)),
                                      static_cast<int>(dice.between(1, 12)),
                                      static_cast<int>(dice.between(1, 28)));
                if (person == 5)
                    form.birthday = day.addYears(-36); // someone's birthday falls in the demo month
                const std::size_t region = static_cast<std::size_t>(person) % RegionCodes.size();
                const QString first17 =
                    QString::fromUtf16(RegionCodes.at(region)) +
                    form.birthday.toString(QStringLiteral("yyyyMMdd")) +
                    QStringLiteral("%1").arg(100 + person * 7 % 900, 3, 10, QLatin1Char('0'));
                form.idNumber = first17 + idNumberCheckDigit(first17);
                form.mobile =
                    QStringLiteral("13%1%2")
                        .arg(dice.between(5, 9))
                        .arg(10000000 + person * 1234567 % 90000000, 8, 10, QLatin1Char('0'));
                form.address = QString::fromUtf16(Districts.at(region)) +
                               QString::number(dice.between(1, 300)) + QStringLiteral("号");
                form.category = QString::fromUtf16(
                    Counters.at(static_cast<std::size_t>(dice.between(0, 10))).name);
                Result<JoinOutcome> joined = members.join(form, receipts);
                if (!joined)
                    return joined.error();
                cards << joined->view.card->number;
                ++outcome.members;
            }
        }
        transaction.commit();
        return outcome;
    });
}

} // namespace viptill
