// The Chinese translation is complete: every string the sources show people
// is in it, none is unfinished, and no placeholder is lost.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
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

struct Check
{
    int messages = 0;
    QStringList faults;
};

Check checkTs(const QString& path)
{
    Check check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        check.faults << QStringLiteral("cannot open ") + path;
        return check;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            // Plural messages hold their text in <numerusform> children.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++check.messages;
            if (type == u"unfinished" || text.isEmpty())
                check.faults << QStringLiteral("unfinished: ") + source;
            else if (type == u"obsolete" || type == u"vanished")
                check.faults << QStringLiteral("stale: ") + source;
            else if (placeholders(text) != placeholders(source))
                check.faults << QStringLiteral("placeholders differ: ") + source;
        }
    }
    if (xml.hasError())
        check.faults << xml.errorString();
    return check;
}

const QString tsFile = QStringLiteral(VIPTILL_TRANSLATIONS_DIR "/viptill_zh_CN.ts");

} // namespace

TEST(Translations, ChineseIsCompleteAndKeepsEveryPlaceholder)
{
    const Check check = checkTs(tsFile);
    EXPECT_GT(check.messages, 50);
    EXPECT_TRUE(check.faults.isEmpty()) << check.faults.join(u'\n').toStdString();
}

// A string added to the sources without running `update_translations` would
// show in English in a Chinese till: refresh a copy of the .ts from the
// sources, as the target does, and check the copy.
TEST(Translations, EveryStringInTheSourcesIsTranslated)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("viptill_zh_CN.ts"));
    ASSERT_TRUE(QFile::copy(tsFile, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(VIPTILL_SOURCE_DIR));
    lupdate.start(QStringLiteral(VIPTILL_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h,ui"), QStringLiteral("src"), QStringLiteral("ui"),
                   QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    const Check check = checkTs(copy);
    EXPECT_TRUE(check.faults.isEmpty())
        << "run `cmake --build build --target update_translations` and translate:\n"
        << check.faults.join(u'\n').toStdString();
}
