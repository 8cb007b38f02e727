#include "services/ReportExport.h"

#include "support/TestStore.h"
#include "support/TradingWeek.h"

#include <QFile>
#include <QTemporaryDir>
#include <csv.h>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

// Reads a CSV back the way a spreadsheet does (libcsv, quotes honoured):
// the records, each a list of fields.
QList<QStringList> readCsv(const QByteArray& bytes)
{
    struct Collect
    {
        QList<QStringList> records;
        QStringList current;
    } collect;
    csv_parser parser{};
    csv_init(&parser, CSV_STRICT | CSV_APPEND_NULL);
    auto onField = [](void* field, size_t length, void* self) {
        static_cast<Collect*>(self)->current
            << QString::fromUtf8(static_cast<const char*>(field), static_cast<qsizetype>(length));
    };
    auto onRecord = [](int, void* self) {
        auto* c = static_cast<Collect*>(self);
        c->records << c->current;
        c->current.clear();
    };
    const QByteArray body = bytes.mid(3); // after the byte-order mark
    EXPECT_EQ(csv_parse(&parser, body.constData(), static_cast<size_t>(body.size()), onField,
                        onRecord, &collect),
              static_cast<size_t>(body.size()));
    csv_fini(&parser, onField, onRecord, &collect);
    csv_free(&parser);
    return collect.records;
}

QStringList recordStarting(const QList<QStringList>& records, const QString& first)
{
    for (const QStringList& r : records) {
        if (!r.isEmpty() && r.first() == first)
            return r;
    }
    return {};
}

} // namespace

TEST(ReportExport, CsvIsUtf8WithABomQuotedAsRfc4180)
{
    ReportTable table;
    table.title = QStringLiteral("Test");
    table.headers = {QStringLiteral("a"), QStringLiteral("b")};
    table.rows = {{QStringLiteral("歌莉娅, 长款"), QStringLiteral("say \"hi\"")},
                  {QStringLiteral("two\nlines"), QStringLiteral("1234.50")}};
    const QByteArray bytes = ReportExport::csv({table});
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\"歌莉娅, 长款\",\"say \"\"hi\"\"\"\r\n"));
    const QList<QStringList> back = readCsv(bytes);
    ASSERT_EQ(back.size(), 4);
    EXPECT_EQ(back.at(2),
              (QStringList{QStringLiteral("歌莉娅, 长款"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(back.at(3).first(), QStringLiteral("two\nlines"));
}

TEST(ReportExport, TheFiguresReadBackFromTheFile)
{
    TestStore t;
    TradingWeek week(t);
    week.tradeDayA();
    const Result<Figures> f = ReportService(t.context()).figures(DayRange::day(TradingWeek::DayA));
    ASSERT_TRUE(f.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    ASSERT_TRUE(ReportExport::writeCsv(path, ReportExport::figures(*f)).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = readCsv(file.readAll());
    EXPECT_EQ(records.first().first(), QStringLiteral("Figures 2026-11-17"));
    EXPECT_EQ(recordStarting(records, QStringLiteral("Sales (less refunds)")).value(1),
              QStringLiteral("68611.00"));
    EXPECT_EQ(recordStarting(records, QStringLiteral("VIP share")).value(1),
              QStringLiteral("98.6%"));
    EXPECT_EQ(recordStarting(records, QStringLiteral("Average ticket (客单价)")).value(1),
              QStringLiteral("11451.83"));
    EXPECT_EQ(recordStarting(records, QStringLiteral("Items per ticket (连带率)")).value(1),
              QStringLiteral("2.17"));
    EXPECT_EQ(recordStarting(records, QStringLiteral("Points outstanding at the end")).value(1),
              QStringLiteral("5315"));
    // Counters: name, sales, refunded, net, items, redemptions, cost.
    EXPECT_EQ(recordStarting(records, QStringLiteral("特卖")),
              (QStringList{QStringLiteral("特卖"), QStringLiteral("200.00"),
                           QStringLiteral("100.00"), QStringLiteral("100.00"), QStringLiteral("2"),
                           QStringLiteral("0"), QStringLiteral("0.00")}));
    EXPECT_EQ(recordStarting(records, QStringLiteral("Total")).value(3),
              QStringLiteral("68611.00"));
    EXPECT_EQ(
        recordStarting(records, QStringLiteral("23:00")),
        (QStringList{QStringLiteral("23:00"), QStringLiteral("1"), QStringLiteral("559.00")}));
    // Top members show the masked mobile only.
    const QStringList first = recordStarting(records, QStringLiteral("1"));
    EXPECT_EQ(first.value(1), QString::number(week.diamond));
    EXPECT_TRUE(first.value(3).contains(QStringLiteral("****")));
}

TEST(ReportExport, TheSettlementHasATableForEachCounter)
{
    TestStore t;
    TradingWeek week(t);
    week.tradeDayA();
    const Result<Settlement> s = ReportService(t.context()).settlement(QStringLiteral("2026-11"));
    ASSERT_TRUE(s.ok());
    const QList<ReportTable> tables = ReportExport::settlement(*s);
    ASSERT_EQ(tables.size(), 2);
    EXPECT_EQ(tables.at(0).totals.last(), QStringLiteral("400.00"));
    EXPECT_EQ(tables.at(1).title, QStringLiteral("Settlement 2026-11 · 美妆"));
    ASSERT_EQ(tables.at(1).rows.size(), 1);
    EXPECT_EQ(tables.at(1).rows.first().value(1), QString::number(week.keptRedemption));
    EXPECT_EQ(tables.at(1).rows.first().value(4), QStringLiteral("400.00"));
    const QList<QStringList> back = readCsv(ReportExport::csv(tables));
    EXPECT_EQ(recordStarting(back, QStringLiteral("2026-11-17")).value(3),
              QStringLiteral("自然堂 眼霜"));
}
