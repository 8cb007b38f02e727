#include "services/CatalogueService.h"

#include "services/SaleService.h"
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
};

class CatalogueCsvRefusals : public ::testing::TestWithParam<BadCsv>
{
};

TEST_P(CatalogueCsvRefusals, NameTheLine)
{
    const Result<QList<CatalogueRow>> rows = CatalogueService::parseCsv(QByteArray(GetParam().csv));
    ASSERT_FALSE(rows.ok()) << GetParam().what;
    EXPECT_EQ(rows.error().code(), ErrorCode::MalformedCsv);
    EXPECT_TRUE(rows.error().message().contains(QString::fromLatin1(GetParam().lineMention)))
        << rows.error().message().toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BadInput, CatalogueCsvRefusals,
    ::testing::Values(
        BadCsv{"malformed price",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,0\n6901000000024,a,b,12."
               "5.00,0\n",
               "Line 3"},
        BadCsv{"a field too many",
               "barcode,name,counter,price,special\n6901000000017,a,b,12,5.00,0\n", "Line 2"},
        BadCsv{"price with three decimals",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.005,0\n", "Line 2"},
        BadCsv{"price in words",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,0\n6901000000024,a,b,"
               "ten,0\n",
               "Line 3"},
        BadCsv{"bad special flag",
               "barcode,name,counter,price,special\n6901000000017,a,b,1.00,yes\n", "Line 2"},
        BadCsv{"duplicate barcode",
               "barcode,name,counter,price,special\n6901000000017,a,b,1,0\n6901000000017,c,b,2,0\n",
               "Line 3"},
        BadCsv{"wrong header", "code,name,counter,price,special\n", "Line 1"},
        BadCsv{"old Mac line ends count as lines",
               "barcode,name,counter,price,special\r6901000000017,a,b,1,0\r6901000000024,a,b,x,0\r",
               "Line 3"},
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
