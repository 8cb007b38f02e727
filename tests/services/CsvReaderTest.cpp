#include "services/CsvReader.h"

#include <QStringEncoder>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace viptill;

namespace {

// A record as "LINE: field|field", or "LINE: quoting" / "LINE: unclosed".
QStringList read(const QByteArray& bytes)
{
    CsvRecords records(csvText(bytes).utf8);
    QStringList out;
    for (CsvRecord r; records.next(r);) {
        QString what;
        switch (r.problem) {
        case CsvRecord::Problem::None:
            what = r.fields.join(u'|');
            break;
        case CsvRecord::Problem::Quoting:
            what = QStringLiteral("quoting");
            break;
        case CsvRecord::Problem::UnclosedQuote:
            what = QStringLiteral("unclosed");
            break;
        }
        out << QStringLiteral("%1: %2").arg(r.line).arg(what);
    }
    return out;
}

struct CsvCase
{
    const char* what;
    QByteArray bytes;
    std::vector<const char*> records;
};

std::string lines(const std::vector<const char*>& records)
{
    std::string joined;
    for (const char* r : records)
        joined += (joined.empty() ? "" : "\n") + std::string(r);
    return joined;
}

} // namespace

TEST(CsvRecords, EachRecordWithTheLineItBeginsOnAndEveryBadLineFound)
{
    const QList<CsvCase> cases{
        {"blank lines are skipped", "a,b\n\n \t \nc\n", {"1: a|b", "4: c"}},
        {"a control character is text", "\v\n", {"1: \v"}},
        {"a quoted field over two lines", "\"x\ny\",z\nw\n", {"1: x\ny|z", "3: w"}},
        {"a quote inside a field, then on", "a\"b,c\nd\n", {"1: quoting", "2: d"}},
        {"two bad lines", "a\"b\nc\nd\"e\n", {"1: quoting", "2: c", "3: quoting"}},
        {"a quote left open", "x\n\"open,y\n", {"1: x", "2: unclosed"}},
        {"CR LF and a lone CR", "a\r\nb\rc", {"1: a", "2: b", "3: c"}},
        {"a byte-order mark",
         "\xEF\xBB\xBF"
         "a,b\n",
         {"1: a|b"}},
    };
    for (const CsvCase& c : cases)
        EXPECT_EQ(read(c.bytes).join(u'\n').toStdString(), lines(c.records)) << c.what;
}

TEST(CsvText, GB18030IsReadLineByLineAndALineOfNeitherIsNamed)
{
    QStringEncoder gb18030("GB18030");
    const QByteArray chinese = gb18030.encode(QStringLiteral("欧阳娜娜,北京\n"));
    const CsvText text = csvText("name,city\n" + chinese + "\x80\xff\n" + chinese);
    EXPECT_TRUE(text.fromGb18030);
    EXPECT_EQ(text.unreadableLines, QList<int>{3});
    EXPECT_EQ(QString::fromUtf8(text.utf8),
              QStringLiteral("name,city\n欧阳娜娜,北京\n\n欧阳娜娜,北京\n"));
    const CsvText utf8 = csvText(QStringLiteral("欧阳娜娜,北京\n").toUtf8());
    EXPECT_FALSE(utf8.fromGb18030);
    EXPECT_TRUE(utf8.unreadableLines.isEmpty());
}
