#include "services/CatalogueService.h"

#include "services/SaleService.h"
#include "services/StaffService.h"
#include "storage/SqliteConnection.h"
#include "support/TestStore.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

TEST(CatalogueCsv, ReadsQuotedFieldsAndABom)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "barcode,name,counter,price,special\r\n"
                           "6901000000017,\"歌莉娅 真丝连衣裙, 长款\",女装,1299.00,0\r\n"
                           "6905000000013,清仓 保温杯,特卖,59,1\r\n";
    const Result<QList<CatalogueRow>> rows = CatalogueService::parseCsv(csv);
    ASSERT_TRUE(rows.ok()) << rows.error().message().toStdString();
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).name, QStringLiteral("歌莉娅 真丝连衣裙, 长款"));
    EXPECT_EQ(rows->at(0).price.fen(), 129900);
    EXPECT_TRUE(rows->at(1).special);
    EXPECT_EQ(rows->at(1).line, 3);
}

TEST(CatalogueCsv, ReadsAChineseExcelFileInGB18030)
{
    // "歌莉娅 连衣裙" and "女装" as Excel on Chinese Windows saves them.
    QStringEncoder gb18030("GB18030");
    const QByteArray csv = "barcode,name,counter,price,special\r\n6901000000017," +
                           QByteArray(gb18030.encode(QStringLiteral("歌莉娅 连衣裙"))) + "," +
                           QByteArray(gb18030.encode(QStringLiteral("女装"))) + ",599.00,0\r\n";
    ASSERT_FALSE(gb18030.hasError());
    const Result<QList<CatalogueRow>> rows = CatalogueService::parseCsv(csv);
    ASSERT_TRUE(rows.ok()) << rows.error().message().toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).name, QStringLiteral("歌莉娅 连衣裙"));
    EXPECT_EQ(rows->at(0).counter, QStringLiteral("女装"));
}

struct BadCsv
{
    const char* what;
    const char* csv;
    const char* lineMention;
    ErrorCode code = ErrorCode::MalformedCsv;
};

class CatalogueCsvRefusals : public ::testing::TestWithParam<BadCsv>
{
};

TEST_P(CatalogueCsvRefusals, NameTheLine)
{
    const Result<QList<CatalogueRow>> rows = CatalogueService::parseCsv(QByteArray(GetParam().csv));
    ASSERT_FALSE(rows.ok()) << GetParam().what;
    EXPECT_EQ(rows.error().code(), GetParam().code) << GetParam().what;
    EXPECT_TRUE(rows.error().message().contains(QString::fromLatin1(GetParam().lineMention)))
        << rows.error().message().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, CatalogueCsvRefusals,
    ::testing::Values(
        BadCsv{"malformed price",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,0\n6901000000024,a,b,12."
               "5.00,0\n",
               "Line 3", ErrorCode::InvalidPrice},
        BadCsv{"a field too many",
               "barcode,name,counter,price,special\n6901000000017,a,b,12,5.00,0\n", "Line 2"},
        BadCsv{"price with three decimals",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.005,0\n", "Line 2",
               ErrorCode::InvalidPrice},
        BadCsv{"price in words",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,0\n6901000000024,a,b,"
               "ten,0\n",
               "Line 3", ErrorCode::InvalidPrice},
        BadCsv{"a price of nothing",
               "barcode,name,counter,price,special\n6901000000017,a,b,0.00,0\n", "Line 2",
               ErrorCode::InvalidPrice},
        BadCsv{"a price of ten million yuan",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,0\n6901000000024,a,b,"
               "10000000.00,0\n",
               "Line 3", ErrorCode::InvalidPrice},
        BadCsv{"an absurd price that would overflow",
               "barcode,name,counter,price,special\n6901000000017,a,b,99999999999999999999.99,0\n",
               "Line 2", ErrorCode::InvalidPrice},
        BadCsv{"bad special flag",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,yes\n", "Line 2"},
        BadCsv{"duplicate barcode",
               "barcode,name,counter,price,special\n6901000000017,a,b,1,0\n6901000000017,c,b,2,0\n",
               "Line 3"},
        BadCsv{"wrong header", "code,name,counter,price,special\n", "Line 1"},
        BadCsv{"old Mac line ends count as lines",
               "barcode,name,counter,price,special\r6901000000017,a,b,1,0\r6901000000024,a,b,x,0\r",
               "Line 3", ErrorCode::InvalidPrice},
        BadCsv{"a line break inside a quoted name",
               "barcode,name,counter,price,special\n6901000000017,\"a\nb\",c,1,0\n", "Line 2"},
        BadCsv{"neither UTF-8 nor GB18030",
               "barcode,name,counter,price,special\n1234,\x80\xff,c,1,0\n", "CSV UTF-8"},
        BadCsv{"unclosed quote", "barcode,name,counter,price,special\n6901000000017,\"a,b,1,0\n",
               "Line 2"}));

TEST(CatalogueImport, AllRowsOrNoneAndPriceChangesAreKept)
{
    TestStore t;
    CatalogueService catalogue(t.context());
    const QString path = t.database().filePath(QStringLiteral("items.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("barcode,name,counter,price,special\n6901000000017,连衣裙,女装,1299.00,"
               "0\n6905000000013,保温杯,特卖,59,1\n");
    file.close();
    const Result<ImportOutcome> first = catalogue.importCsvFile(path);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->imported, 2);
    EXPECT_EQ(first->updated, 0);

    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("barcode,name,counter,price,special\n6901000000017,连衣裙,女装,1199.00,"
               "0\n6905000000013,保温杯,特卖,59,1\n"
               "6901000000024,开衫,女装,399,0\n");
    file.close();
    const Result<ImportOutcome> second = catalogue.importCsvFile(path);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->imported, 1);
    EXPECT_EQ(second->updated, 1);
    EXPECT_EQ(second->unchanged, 1);
    EXPECT_EQ(t.store().productByBarcode(QStringLiteral("6901000000017"))->listPrice.fen(), 119900);
    // Every price an item has had is kept, with when and through what.
    const std::vector<SqlRow> history = t.database().connect()->query(
        "SELECT h.list_fen, h.source FROM price_history h JOIN products p ON p.id = h.product_id "
        "WHERE p.barcode = '6901000000017' ORDER BY h.id");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history.at(0).integer(0), 129900);
    EXPECT_EQ(history.at(1).integer(0), 119900);
    EXPECT_TRUE(history.at(1).text(1).startsWith(u"import:"));

    const QStringList before = t.snapshot();
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("barcode,name,counter,price,special\n6901000000017,连衣裙,女装,999.00,"
               "0\n6901000000031,坏行,女装,abc,0\n");
    file.close();
    const Result<ImportOutcome> bad = catalogue.importCsvFile(path);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message().contains(QStringLiteral("Line 3")));
    EXPECT_EQ(t.snapshot(), before);
}

TEST(CounterPromotions, ApplyWithinTheirDates)
{
    TestStore t;
    t.seedCatalogue();
    CatalogueService catalogue(t.context());
    ASSERT_TRUE(catalogue
                    .setPromotion(QStringLiteral("男装"), QStringLiteral("0.70"),
                                  QStringLiteral("2026-11-20"), QStringLiteral("2026-11-22"))
                    .ok());
    SaleService tills(t.context());
    const QList<ItemRequest> shirt{{QStringLiteral("6902000000016"), 1}};
    EXPECT_EQ(tills.price(shirt, std::nullopt)->total().fen(), 55900);
    t.clock().set(QDateTime(QDate(2026, 11, 21), QTime(10, 0)));
    EXPECT_EQ(tills.price(shirt, std::nullopt)->total().fen(), 39130);
    ASSERT_TRUE(catalogue.clearPromotion(QStringLiteral("男装")).ok());
    EXPECT_EQ(tills.price(shirt, std::nullopt)->total().fen(), 55900);

    const QStringList before = t.snapshot();
    EXPECT_EQ(catalogue.setPromotion(QStringLiteral("男装"), QStringLiteral("1.20"), {}, {})
                  .error()
                  .code(),
              ErrorCode::InvalidRate);
    EXPECT_EQ(catalogue.setPromotion(QStringLiteral("无此专柜"), QStringLiteral("0.80"), {}, {})
                  .error()
                  .code(),
              ErrorCode::UnknownCounter);
    EXPECT_EQ(catalogue
                  .setPromotion(QStringLiteral("男装"), QStringLiteral("0.80"),
                                QStringLiteral("2026-12-01"), QStringLiteral("2026-11-01"))
                  .error()
                  .code(),
              ErrorCode::InvalidDate);
    EXPECT_EQ(t.snapshot(), before);
}

// --- The manager's catalogue: the dry run, prices by a manager only with
// their history, special-price flags. ---

namespace {

class ManagerCatalogue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        StaffService staff(t.context());
        manager = staff
                      .addStaff(QStringLiteral("9001"), QStringLiteral("李强"), StaffRole::Manager,
                                QStringLiteral("9999"))
                      .value();
        cashier = staff
                      .addStaff(QStringLiteral("1001"), QStringLiteral("王丽"), StaffRole::Cashier,
                                QStringLiteral("1111"))
                      .value();
    }

    QString writeCsv(const QByteArray& text)
    {
        const QString path = t.database().filePath(QStringLiteral("catalogue.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return path;
    }

    TestStore t;
    StaffMember manager;
    StaffMember cashier;
};

} // namespace

TEST_F(ManagerCatalogue, TheDryRunShowsWhatWouldChangeAndChangesNothing)
{
    // The cardigan's price changes, the cream is as it is, the watch moves
    // counter, and a new item comes in.
    const QString path = writeCsv("barcode,name,counter,price,special\n"
                                  "6901000000024,歌莉娅 针织开衫,女装,299.00,0\n"
                                  "6903000000015,自然堂 保湿面霜,美妆,200.00,0\n"
                                  "6904000000014,天王表 机械男表,珠宝,3000.00,0\n"
                                  "6906000000012,李宁 跑步鞋,运动,499.00,0\n");
    CatalogueService catalogue(t.context());
    const QStringList before = t.snapshot();
    const Result<ImportPreview> preview = catalogue.previewCsvFile(path);
    ASSERT_TRUE(preview.ok()) << preview.error().message().toStdString();
    EXPECT_EQ(t.snapshot(), before);
    EXPECT_EQ(preview->counts.imported, 1);
    EXPECT_EQ(preview->counts.updated, 2);
    EXPECT_EQ(preview->counts.unchanged, 1);
    ASSERT_EQ(preview->changes.size(), 3);
    const CatalogueChange& cardigan = preview->changes.at(0);
    EXPECT_EQ(cardigan.kind, CatalogueChange::Kind::Changed);
    EXPECT_TRUE(cardigan.priceChanges());
    EXPECT_EQ(cardigan.before->listPrice.fen(), 33333);
    EXPECT_EQ(cardigan.row.price.fen(), 29900);
    EXPECT_FALSE(preview->changes.at(1).priceChanges());
    EXPECT_EQ(preview->changes.at(1).before->counterName, QStringLiteral("钟表"));
    EXPECT_EQ(preview->changes.at(2).kind, CatalogueChange::Kind::New);

    // The import itself then does what the dry run said, as the manager.
    const Result<ImportOutcome> done = catalogue.importCsvFile(path, manager);
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->imported, 1);
    EXPECT_EQ(done->updated, 2);
    EXPECT_EQ(done->unchanged, 1);
    const QList<PriceChange> history =
        catalogue.priceHistory(QStringLiteral("6901000000024")).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().listPrice.fen(), 29900);
    EXPECT_EQ(history.last().staffNumber, QStringLiteral("9001"));
    EXPECT_TRUE(history.first().staffNumber.isEmpty()); // the seed import
}

TEST_F(ManagerCatalogue, APriceChangeIsAManagersAndKeptWithWhoMadeIt)
{
    CatalogueService catalogue(t.context());
    t.clock().advanceSeconds(3600);
    const Result<PriceChangeOutcome> changed =
        catalogue.changePrice(QStringLiteral("6903000000022"), QStringLiteral("368.00"), manager);
    ASSERT_TRUE(changed.ok()) << changed.error().message().toStdString();
    EXPECT_EQ(changed->before.listPrice.fen(), 40000);
    EXPECT_EQ(changed->after.listPrice.fen(), 36800);
    EXPECT_EQ(t.store().productByBarcode(QStringLiteral("6903000000022"))->listPrice.fen(), 36800);
    const QList<PriceChange> history =
        catalogue.priceHistory(QStringLiteral("6903000000022")).value();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().at, t.clock().now());
    EXPECT_EQ(history.last().staffNumber, QStringLiteral("9001"));
    EXPECT_EQ(history.last().source, QStringLiteral("manager"));
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("price_change")), 1);
    // The till sells at the new price.
    SaleService tills(t.context());
    EXPECT_EQ(
        tills.sell({std::nullopt, {{QStringLiteral("6903000000022"), 1}}, {}})->sale.total().fen(),
        36800);
    // From the CLI: recorded as the CLI's.
    ASSERT_TRUE(
        catalogue.changePrice(QStringLiteral("6903000000022"), QStringLiteral("380"), std::nullopt)
            .ok());
    EXPECT_EQ(catalogue.priceHistory(QStringLiteral("6903000000022"))->last().source,
              QStringLiteral("cli"));
}

TEST_F(ManagerCatalogue, PriceRefusalsChangeNothing)
{
    CatalogueService catalogue(t.context());
    const QStringList before = t.snapshot();
    const Result<PriceChangeOutcome> byCashier =
        catalogue.changePrice(QStringLiteral("6903000000022"), QStringLiteral("1.00"), cashier);
    ASSERT_FALSE(byCashier.ok());
    EXPECT_EQ(byCashier.error().code(), ErrorCode::NotPermitted);
    for (const char* bad : {"0", "0.00", "-5", "12.345", "abc", "", "10000000.00",
                            "99999999999999999999.99", "0.001"}) {
        const Result<PriceChangeOutcome> r = catalogue.changePrice(
            QStringLiteral("6903000000022"), QString::fromLatin1(bad), manager);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code(), ErrorCode::InvalidPrice) << bad;
    }
    EXPECT_EQ(catalogue.changePrice(QStringLiteral("6999999999999"), QStringLiteral("1"), manager)
                  .error()
                  .code(),
              ErrorCode::UnknownBarcode);
    EXPECT_EQ(catalogue.setCounterSpecial(QStringLiteral("美妆"), true, cashier).error().code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(catalogue.setCounterSpecial(QStringLiteral("无此柜"), true, manager).error().code(),
              ErrorCode::UnknownCounter);
    EXPECT_EQ(catalogue.importRows({}, QStringLiteral("x"), cashier).error().code(),
              ErrorCode::NotPermitted);
    // The same price again changes nothing and records nothing.
    ASSERT_TRUE(
        catalogue.changePrice(QStringLiteral("6903000000022"), QStringLiteral("400.00"), manager)
            .ok());
    EXPECT_EQ(t.snapshot(), before);
}

struct PriceEdge
{
    const char* typed;
    std::optional<std::int64_t> fen; // none: refused with INVALID_PRICE
};

class ListPriceEdges : public ::testing::TestWithParam<PriceEdge>
{
};

// One table for every way a price enters: a manager's change, an import
// file, its dry run and rows handed over ready-made. A refusal changes
// nothing.
TEST_P(ListPriceEdges, HoldForEveryWayAPriceEnters)
{
    TestStore t;
    t.seedCatalogue();
    const StaffMember manager = StaffService(t.context())
                                    .addStaff(QStringLiteral("9001"), QStringLiteral("李强"),
                                              StaffRole::Manager, QStringLiteral("9999"))
                                    .value();
    CatalogueService catalogue(t.context());
    const QString typed = QString::fromLatin1(GetParam().typed);
    const QString path = t.database().filePath(QStringLiteral("prices.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("barcode,name,counter,price,special\n6901000000017,连衣裙,女装,299.00,0\n"
               "6906000000012,李宁 跑步鞋,运动," +
               typed.toLatin1() + ",0\n");
    file.close();
    CatalogueRow row{2,
                     QStringLiteral("6906000000029"),
                     QStringLiteral("李宁 卫衣"),
                     QStringLiteral("运动"),
                     Money::fromFen(GetParam().fen.value_or(0)),
                     false};
    if (!GetParam().fen)
        row.price = Money::parseYuan(typed).value_or(Money::fromFen(-1));

    const QStringList before = t.snapshot();
    const Result<PriceChangeOutcome> changed =
        catalogue.changePrice(QStringLiteral("6903000000022"), typed, manager);
    const Result<ImportPreview> dryRun = catalogue.previewCsvFile(path);
    const Result<ImportPreview> rowsDryRun = catalogue.previewRows({row});
    if (!GetParam().fen) {
        for (const Error& e : {changed.error(), dryRun.error(), rowsDryRun.error(),
                               catalogue.importCsvFile(path, manager).error(),
                               catalogue.importRows({row}, QStringLiteral("x"), manager).error()}) {
            EXPECT_EQ(e.code(), ErrorCode::InvalidPrice) << typed.toStdString();
            EXPECT_FALSE(e.message().isEmpty());
        }
        EXPECT_TRUE(dryRun.error().message().contains(QStringLiteral("3")))
            << "the dry run names the line";
        EXPECT_EQ(t.snapshot(), before) << typed.toStdString();
        return;
    }
    ASSERT_TRUE(changed.ok()) << changed.error().message().toStdString();
    EXPECT_EQ(changed->after.listPrice.fen(), *GetParam().fen);
    ASSERT_TRUE(dryRun.ok());
    EXPECT_EQ(dryRun->changes.last().row.price.fen(), *GetParam().fen);
    ASSERT_TRUE(rowsDryRun.ok());
    ASSERT_TRUE(catalogue.importCsvFile(path, manager).ok());
    EXPECT_EQ(t.store().productByBarcode(QStringLiteral("6906000000012"))->listPrice.fen(),
              *GetParam().fen);
    ASSERT_TRUE(catalogue.importRows({row}, QStringLiteral("x"), manager).ok());
}

INSTANTIATE_TEST_SUITE_P(Catalogue, ListPriceEdges,
                         ::testing::Values(PriceEdge{"0.01", 1}, PriceEdge{"9999999.99", 999999999},
                                           PriceEdge{"0009999999.99", 999999999},
                                           PriceEdge{"0.00", std::nullopt},
                                           PriceEdge{"0", std::nullopt},
                                           PriceEdge{"10000000.00", std::nullopt},
                                           PriceEdge{"10000000", std::nullopt},
                                           PriceEdge{"99999999999999999999.99", std::nullopt},
                                           PriceEdge{"9223372036854775808", std::nullopt}));

// Behind the services, the schema keeps the same bounds: a price written by
// any other path is refused.
TEST(CatalogueSchema, RefusesAPriceOutOfBoundsWrittenBehindTheServices)
{
    TestStore t;
    t.seedCatalogue();
    const QStringList before = t.snapshot();
    Product product = *t.store().productByBarcode(QStringLiteral("6903000000022"));
    for (std::int64_t fen : {std::int64_t{0}, std::int64_t{1000000000}}) {
        product.listPrice = Money::fromFen(fen);
        EXPECT_THROW(t.store().upsertProduct(product, t.clock().now(), QStringLiteral("x")),
                     StorageError)
            << fen;
        Product fresh = product;
        fresh.barcode = QStringLiteral("6903000000992");
        EXPECT_THROW(t.store().upsertProduct(fresh, t.clock().now(), QStringLiteral("x")),
                     StorageError)
            << fen;
    }
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(ManagerCatalogue, SpecialPriceGoodsPerItemOrPerCounterGetNoMemberDiscount)
{
    CatalogueService catalogue(t.context());
    const Result<std::int64_t> counter =
        catalogue.setCounterSpecial(QStringLiteral("美妆"), true, manager);
    ASSERT_TRUE(counter.ok());
    EXPECT_EQ(counter.value(), 3);
    EXPECT_TRUE(t.store().productByBarcode(QStringLiteral("6903000000039"))->specialPrice);
    EXPECT_EQ(catalogue.priceHistory(QStringLiteral("6903000000039"))->size(), 2);
    const Result<PriceChangeOutcome> item =
        catalogue.setSpecial(QStringLiteral("6903000000015"), false, manager);
    ASSERT_TRUE(item.ok());
    EXPECT_TRUE(item->before.specialPrice);
    EXPECT_FALSE(item->after.specialPrice);
    SaleService tills(t.context());
    const Result<Sale> priced = tills.price(
        {{QStringLiteral("6903000000022"), 1}, {QStringLiteral("6903000000015"), 1}}, Tier::Gold);
    ASSERT_TRUE(priced.ok());
    EXPECT_EQ(priced->lines.at(0).price.amount.fen(), 40000); // special now: no 0.88
    EXPECT_EQ(priced->lines.at(1).price.amount.fen(), 17600); // back to 0.88
    // Still nothing special can be a gift.
    const QList<Promotion> promotions = catalogue.promotions().value();
    ASSERT_EQ(promotions.size(), 1);
    EXPECT_EQ(promotions.first().counter, QStringLiteral("女装"));
}

TEST_F(ManagerCatalogue, PromotionsWithDatesAreListedUntilTheyEnd)
{
    CatalogueService catalogue(t.context());
    ASSERT_TRUE(catalogue
                    .setPromotion(QStringLiteral("男装"), QStringLiteral("0.90"),
                                  QStringLiteral("2026-11-20"), QStringLiteral("2026-11-30"))
                    .ok());
    ASSERT_TRUE(catalogue
                    .setPromotion(QStringLiteral("钟表"), QStringLiteral("0.95"),
                                  QStringLiteral("2026-11-01"), QStringLiteral("2026-11-10"))
                    .ok());
    const QList<Promotion> running = catalogue.promotions().value(); // today: 18 November
    ASSERT_EQ(running.size(), 2);
    EXPECT_EQ(running.at(0).counter, QStringLiteral("女装"));
    EXPECT_EQ(running.at(1).counter, QStringLiteral("男装"));
    EXPECT_EQ(running.at(1).rate.toString(), QStringLiteral("0.90"));
    EXPECT_EQ(running.at(1).from, QDate(2026, 11, 20));
}
