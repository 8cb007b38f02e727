// The Chinese translation is complete: no entry unfinished, no placeholder lost.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%\\d"));
    QStringList found;
    for (const QRegularExpressionMatch& m : marker.globalMatch(text))
        found << m.captured();
    found.sort();
    return found;
}

} // namespace

TEST(Translations, ChineseIsCompleteAndKeepsEveryPlaceholder)
{
    QFile file(QStringLiteral(VIPTILL_TRANSLATIONS_DIR "/viptill_zh_CN.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    QStringList faults;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText();
            ++messages;
            if (type == u"unfinished" || text.isEmpty())
                faults << QStringLiteral("unfinished: ") + source;
            else if (type == u"obsolete" || type == u"vanished")
                faults << QStringLiteral("stale: ") + source;
            else if (placeholders(text) != placeholders(source))
                faults << QStringLiteral("placeholders differ: ") + source;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 50);
    EXPECT_TRUE(faults.isEmpty()) << faults.join(u'\n').toStdString();
}
