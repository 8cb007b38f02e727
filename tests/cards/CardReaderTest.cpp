#include "cards/CardReader.h"

#include "core/Identity.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>
#include <gtest/gtest.h>
#include <memory>

using namespace viptill;

namespace {

const QString CardNo = cardNumberForSerial(42);

QString presentedNumber(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).value<PresentedCard>().number;
}

PresentedCard::Medium presentedMedium(const QSignalSpy& spy, qsizetype i)
{
    return spy.at(i).at(0).value<PresentedCard>().medium;
}

// Long enough for the gap timer to fire and given-back keys to arrive.
void settle()
{
    QTest::qWait(SwipeDetector::MaxGapMs * 3);
}

// A key press and release sent straight to `to`, as a keyboard would.
void press(QObject* to, int key, const QString& text,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(to, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(to, &up);
}

// Text committed by an input method (a Chinese IME's full-width punctuation).
void commit(QObject* to, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(to, &event);
}

// Records the key presses that reach a field.
class KeyRecorder : public QObject
{
public:
    QList<int> keys;
    QStringList texts;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            keys << key->key();
            texts << key->text();
        }
        return QObject::eventFilter(watched, event);
    }
};

// The reader watches the whole application, as the till does.
class MagstripeCardReader : public ::testing::Test
{
protected:
    void SetUp() override
    {
        field.show();
        field.setFocus();
        QObject::connect(&field, &QLineEdit::returnPressed, &field,
                         [this] { textAtEnter << field.text(); });
    }

    QLineEdit field;
    QStringList textAtEnter; // the field's text each time Enter reached it
    MagstripeWedgeReader reader{qApp};
    QSignalSpy presented{&reader, &CardReader::cardPresented};
    QSignalSpy failed{&reader, &CardReader::readFailed};
};

} // namespace

TEST(EmulatedCardReader, ATapPresentsTheCard)
{
    EmulatedCardReader reader;
    EXPECT_EQ(reader.description(), QStringLiteral("Emulated reader (demo)"));
    EXPECT_EQ(reader.state(), CardReader::State::Ready);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    reader.tap(CardNo);
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presentedNumber(presented, 0), CardNo);
    EXPECT_EQ(presentedMedium(presented, 0), PresentedCard::Medium::Chip);
}

TEST(EmulatedCardReader, WritesACardThatThenTapsAsItsChip)
{
    EmulatedCardReader reader;
    ASSERT_TRUE(reader.canWrite());
    QSignalSpy written(&reader, &CardReader::cardWritten);
    QSignalSpy failed(&reader, &CardReader::writeFailed);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    reader.failNextWrite();
    reader.write({CardNo, 2});
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(written.count(), 0);
    reader.write({CardNo, 2});
    ASSERT_EQ(written.count(), 1);
    const PresentedCard chip = written.at(0).at(0).value<PresentedCard>();
    EXPECT_EQ(chip.number, CardNo);
    EXPECT_EQ(chip.generation, 2);
    EXPECT_EQ(chip.chipUid.size(), 7);
    reader.tap(CardNo);
    ASSERT_EQ(presented.count(), 1);
    const PresentedCard tapped = presented.at(0).at(0).value<PresentedCard>();
    EXPECT_EQ(tapped.chipUid, chip.chipUid);
    EXPECT_EQ(tapped.generation, 2);
    reader.unplug();
    EXPECT_FALSE(reader.canWrite());
}

TEST(EmulatedCardReader, RemoveAndAFailedRead)
{
    EmulatedCardReader reader;
    QSignalSpy removed(&reader, &CardReader::cardRemoved);
    QSignalSpy failed(&reader, &CardReader::readFailed);
    reader.remove();
    reader.failRead(QStringLiteral("Tap again"));
    EXPECT_EQ(removed.count(), 1);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).toString(), QStringLiteral("Tap again"));
}

TEST(EmulatedCardReader, UnpluggedItPresentsNothing)
{
    EmulatedCardReader reader;
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    QSignalSpy state(&reader, &CardReader::stateChanged);
    reader.unplug();
    EXPECT_EQ(reader.state(), CardReader::State::NoReader);
    ASSERT_EQ(state.count(), 1);
    EXPECT_EQ(state.at(0).at(0).value<CardReader::State>(), CardReader::State::NoReader);
    EXPECT_FALSE(state.at(0).at(1).toString().isEmpty());
    EXPECT_FALSE(reader.stateDetail().isEmpty());
    reader.tap(CardNo);
    EXPECT_EQ(presented.count(), 0);
    reader.unplug(); // no change, no signal
    EXPECT_EQ(state.count(), 1);
    reader.plugIn();
    EXPECT_EQ(reader.state(), CardReader::State::Ready);
    ASSERT_EQ(state.count(), 2);
    EXPECT_EQ(state.at(1).at(0).value<CardReader::State>(), CardReader::State::Ready);
    reader.tap(CardNo);
    EXPECT_EQ(presented.count(), 1);
}

TEST_F(MagstripeCardReader, DescribesItself)
{
    EXPECT_EQ(reader.description(), QStringLiteral("Magnetic stripe reader (keyboard)"));
    EXPECT_EQ(reader.state(), CardReader::State::Ready);
}

TEST_F(MagstripeCardReader, ASwipeIsACardAndNoneOfItsKeysReachTheField)
{
    QTest::keyClicks(&field, u';' + CardNo);
    QTest::keyClick(&field, '?', Qt::ShiftModifier); // the reader's Shift comes first
    QTest::keyClick(&field, Qt::Key_Return);
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presentedNumber(presented, 0), CardNo);
    EXPECT_EQ(presentedMedium(presented, 0), PresentedCard::Medium::Magnetic);
    settle();
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();
    EXPECT_TRUE(textAtEnter.isEmpty()); // the reader's Enter is swallowed too
    EXPECT_EQ(failed.count(), 0);
}

TEST_F(MagstripeCardReader, SlowTypingReachesTheFieldAsTyped)
{
    QTest::keyClick(&field, ';');
    QTest::keyClick(&field, '1', Qt::NoModifier, 200); // the gap timer gives ';' back first
    QTest::keyClick(&field, '2', Qt::NoModifier, 200);
    settle();
    EXPECT_EQ(field.text(), QStringLiteral(";12"));
    EXPECT_EQ(presented.count(), 0);
    EXPECT_EQ(failed.count(), 0);
}

TEST_F(MagstripeCardReader, ASemicolonAndAQuickEnterArriveInOrder)
{
    QTest::keyClick(&field, ';');
    QTest::keyClick(&field, Qt::Key_Return);
    settle();
    EXPECT_EQ(field.text(), QStringLiteral(";"));
    EXPECT_EQ(textAtEnter, QStringList{QStringLiteral(";")});
}

TEST_F(MagstripeCardReader, AGivenBackKeyIsTheSameKey)
{
    // The return window's '+' is matched by its key code, not its text.
    KeyRecorder recorder;
    field.installEventFilter(&recorder);
    QTest::keyClick(&field, '+');
    settle();
    EXPECT_EQ(recorder.keys, QList<int>{Qt::Key_Plus});
    EXPECT_EQ(recorder.texts, QStringList{QStringLiteral("+")});
    EXPECT_EQ(field.text(), QStringLiteral("+"));
}

TEST_F(MagstripeCardReader, ABarcodeScannerGoesStraightThrough)
{
    // A scanner types as fast as a reader, but without a sentinel: its keys
    // reach the field at once, unchanged.
    QTest::keyClicks(&field, QStringLiteral("6901000000017"));
    QTest::keyClick(&field, Qt::Key_Return);
    EXPECT_EQ(textAtEnter, QStringList{QStringLiteral("6901000000017")});
    EXPECT_EQ(presented.count(), 0);
}

TEST_F(MagstripeCardReader, ABadSwipeIsReportedAndItsEnterSwallowed)
{
    QTest::keyClicks(&field, QStringLiteral(";E?"));
    QTest::keyClick(&field, Qt::Key_Return);
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("Swipe again slowly")));
    settle();
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();
    EXPECT_TRUE(textAtEnter.isEmpty());
}

TEST_F(MagstripeCardReader, ASwipeOnAGermanKeyboardSentAsEvents)
{
    press(&field, Qt::Key_Odiaeresis, QStringLiteral("ö"));
    for (const QChar d : CardNo)
        press(&field, Qt::Key_0 + (d.unicode() - u'0'), QString(d));
    press(&field, Qt::Key_Underscore, QStringLiteral("_"), Qt::ShiftModifier);
    press(&field, Qt::Key_Return, QStringLiteral("\r"));
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presentedNumber(presented, 0), CardNo);
    settle();
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();
    EXPECT_TRUE(textAtEnter.isEmpty());
}

TEST_F(MagstripeCardReader, AChineseInputMethodsPunctuationIsWatched)
{
    commit(&field, QStringLiteral("；"));
    QTest::keyClicks(&field, CardNo);
    commit(&field, QStringLiteral("？"));
    QTest::keyClick(&field, Qt::Key_Return);
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presentedNumber(presented, 0), CardNo);
    settle();
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();
}

TEST_F(MagstripeCardReader, AChineseInputMethodsWordsGoStraightThrough)
{
    commit(&field, QStringLiteral("王丽"));
    EXPECT_EQ(field.text(), QStringLiteral("王丽"));
    commit(&field, QStringLiteral("；"));
    settle();
    EXPECT_EQ(field.text(), QStringLiteral("王丽；"));
}

TEST_F(MagstripeCardReader, KeysFromTheWindowSystem)
{
    // Through the platform: each key goes to the window first, which hands it
    // to the focus widget; the reader must see it once, with its time stamp.
    QWindow* window = field.windowHandle();
    ASSERT_NE(window, nullptr);
    for (const QChar c : u';' + CardNo + u'?')
        QTest::keyClick(window, c.toLatin1());
    QTest::keyClick(window, Qt::Key_Return);
    ASSERT_EQ(presented.count(), 1);
    EXPECT_EQ(presentedNumber(presented, 0), CardNo);
    settle();
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();

    QTest::keyClick(window, ';');
    QTest::keyClick(window, '7', Qt::NoModifier, 200);
    settle();
    EXPECT_EQ(field.text(), QStringLiteral(";7"));
}

TEST(MagstripeCardReaderOnOneField, WatchesOnlyThatField)
{
    QLineEdit field;
    QLineEdit other;
    field.show();
    other.show();
    MagstripeWedgeReader reader(&field);
    QSignalSpy presented(&reader, &CardReader::cardPresented);
    QTest::keyClicks(&field, u';' + CardNo + u'?');
    QTest::keyClick(&field, Qt::Key_Return);
    EXPECT_EQ(presented.count(), 1);
    QTest::keyClicks(&other, u';' + CardNo + u'?');
    EXPECT_EQ(presented.count(), 1);
    EXPECT_EQ(other.text(), u';' + CardNo + u'?');
    settle();
    EXPECT_TRUE(field.text().isEmpty()) << field.text().toStdString();
}

TEST(MagstripeCardReaderOnOneField, OnceGoneItKeepsNothingBack)
{
    QLineEdit field;
    field.show();
    auto reader = std::make_unique<MagstripeWedgeReader>(&field);
    reader.reset();
    QTest::keyClick(&field, ';');
    EXPECT_EQ(field.text(), QStringLiteral(";"));
}
