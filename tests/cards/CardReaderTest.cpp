#include "cards/CardReader.h"

#include "core/Identity.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace viptill;

TEST(EmulatedCardReader, TapsAndStates)
{
    EmulatedCardReader reader;
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    QSignalSpy state(&reader, &CardReader::stateChanged);
    reader.tap(cardNumberForSerial(1));
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presented.at(0).at(0).toString(), cardNumberForSerial(1));
    reader.unplug();
    EXPECT_EQ(reader.state(), CardReader::State::NoReader);
    reader.tap(cardNumberForSerial(2)); // nothing arrives from an unplugged reader
    EXPECT_EQ(presented.count(), 1);
    reader.plugIn();
    EXPECT_EQ(state.count(), 2);
}

TEST(MagstripeWedgeReader, ASwipeBecomesACardAndNeverReachesTheField)
{
    QLineEdit field;
    field.show();
    field.setFocus();
    MagstripeWedgeReader reader(qApp);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    const QString card = cardNumberForSerial(42);
    QTest::keyClicks(&field, u';' + card + u'?');
    QTest::keyClick(&field, Qt::Key_Return);
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presented.at(0).at(0).toString(), card);
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();
}

TEST(MagstripeWedgeReader, SlowTypingReachesTheFieldUnchanged)
{
    QLineEdit field;
    field.show();
    field.setFocus();
    MagstripeWedgeReader reader(qApp);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    QTest::keyClick(&field, ';');
    QTest::qWait(SwipeDetector::MaxGapMs * 3); // the gap timer releases it
    QTest::keyClick(&field, '1');
    QTest::keyClick(&field, '2');
    EXPECT_EQ(field.text(), QStringLiteral(";12"));
    EXPECT_EQ(presented.count(), 0);
}

TEST(MagstripeWedgeReader, ABadSwipeIsReported)
{
    QLineEdit field;
    field.show();
    field.setFocus();
    MagstripeWedgeReader reader(qApp);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    QTest::keyClicks(&field, QStringLiteral(";E?"));
    QTest::keyClick(&field, Qt::Key_Return);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(field.text().isEmpty());
}
