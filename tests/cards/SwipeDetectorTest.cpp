#include "cards/SwipeDetector.h"

#include "core/Identity.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

using Verdict = SwipeDetector::Verdict;

const QString Card = cardNumberForSerial(42);

// Feeds `typed` one character every `everyMs`, from `start`; collects what a
// field would receive and what the reader reports.
struct Fed
{
    QString delivered;
    QStringList cards;
    QStringList failures;
    qint64 last = 0;
    SwipeDetector::Step lastStep;
};

void take(Fed& fed, const SwipeDetector::Step& step)
{
    fed.lastStep = step;
    switch (step.verdict) {
    case Verdict::Typing:
        fed.delivered += step.text;
        break;
    case Verdict::Held:
        break;
    case Verdict::Swipe:
        fed.cards << step.text;
        break;
    case Verdict::BadSwipe:
        fed.failures << step.text;
        break;
    }
}

Fed feed(SwipeDetector& detector, const QString& typed, qint64 everyMs, qint64 start = 1000)
{
    Fed fed;
    qint64 t = start;
    for (const QChar c : typed) {
        take(fed, detector.feed(c, t));
        fed.last = t;
        t += everyMs;
    }
    return fed;
}

} // namespace

TEST(SwipeDetector, AFastSwipeIsACard)
{
    SwipeDetector detector;
    const Fed fed = feed(detector, u';' + Card + u'?', 2);
    EXPECT_TRUE(fed.delivered.isEmpty()) << fed.delivered.toStdString();
    ASSERT_EQ(fed.cards, QStringList{Card});
    EXPECT_EQ(fed.lastStep.verdict, Verdict::Swipe);
    EXPECT_FALSE(detector.holding());
}

TEST(SwipeDetector, EveryCharacterIsHeldUntilTheEndSentinel)
{
    SwipeDetector detector;
    qint64 t = 0;
    for (const QChar c : u';' + Card) {
        EXPECT_EQ(detector.feed(c, t += 3).verdict, Verdict::Held);
        EXPECT_TRUE(detector.holding());
    }
    EXPECT_EQ(detector.heldText(), u';' + Card);
}

TEST(SwipeDetector, TheSameCharactersTypedSlowlyAreAllDeliveredInOrder)
{
    SwipeDetector detector;
    const QString typed = u';' + Card + u'?';
    Fed fed = feed(detector, typed, 200);
    take(fed, detector.finish(fed.last + 200));
    EXPECT_EQ(fed.delivered, typed);
    EXPECT_TRUE(fed.cards.isEmpty());
    EXPECT_TRUE(fed.failures.isEmpty());
}

TEST(SwipeDetector, ATypedSemicolonIsGivenBackWithTheNextDigit)
{
    SwipeDetector detector;
    EXPECT_EQ(detector.feed(u';', 0).verdict, Verdict::Held);
    EXPECT_TRUE(detector.holding());
    const SwipeDetector::Step step = detector.feed(u'1', 200);
    EXPECT_EQ(step.verdict, Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";1"));
    EXPECT_FALSE(detector.holding());
    EXPECT_EQ(detector.feed(u'2', 400).text, QStringLiteral("2"));
}

TEST(SwipeDetector, ALoneSemicolonIsGivenBackWhenTheTimerFires)
{
    SwipeDetector detector;
    detector.feed(u';', 0);
    const SwipeDetector::Step step = detector.finish(SwipeDetector::MaxGapMs);
    EXPECT_EQ(step.verdict, Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";"));
    EXPECT_FALSE(detector.holding());
}

TEST(SwipeDetector, TheGapIsMaxGapMs)
{
    SwipeDetector quick;
    quick.feed(u';', 0);
    EXPECT_EQ(quick.feed(u'8', SwipeDetector::MaxGapMs - 1).verdict, Verdict::Held);
    SwipeDetector slow;
    slow.feed(u';', 0);
    EXPECT_EQ(slow.feed(u'8', SwipeDetector::MaxGapMs).verdict, Verdict::Typing);
}

TEST(SwipeDetector, TheReadersEnterAfterASwipeIsSwallowed)
{
    SwipeDetector detector;
    const Fed fed = feed(detector, u';' + Card + u'?', 2);
    ASSERT_EQ(fed.cards, QStringList{Card});
    EXPECT_TRUE(detector.awaitingEnter());
    const SwipeDetector::Step enter = detector.finish(fed.last + 4);
    EXPECT_EQ(enter.verdict, Verdict::Held);
    EXPECT_FALSE(detector.awaitingEnter());
    // The next Enter is the cashier's.
    const SwipeDetector::Step next = detector.finish(fed.last + 2000);
    EXPECT_EQ(next.verdict, Verdict::Typing);
    EXPECT_TRUE(next.text.isEmpty());
}

TEST(SwipeDetector, AnEnterLongAfterASwipeIsThePersons)
{
    SwipeDetector detector;
    const Fed fed = feed(detector, u';' + Card + u'?', 2);
    const SwipeDetector::Step enter = detector.finish(fed.last + 500);
    EXPECT_EQ(enter.verdict, Verdict::Typing);
    EXPECT_TRUE(enter.text.isEmpty());
}

TEST(SwipeDetector, ABadReadIsReported)
{
    SwipeDetector detector;
    const Fed fed = feed(detector, QStringLiteral(";E?"), 2);
    ASSERT_EQ(fed.failures.size(), 1);
    EXPECT_TRUE(fed.failures.front().contains(QStringLiteral("Swipe again slowly")))
        << fed.failures.front().toStdString();
    EXPECT_TRUE(fed.delivered.isEmpty());
    EXPECT_EQ(detector.finish(fed.last + 3).verdict, Verdict::Held); // its Enter
}

// A number not of VipTill's shape may be a card of the store's old system:
// the store judges it, and refuses a bank card without showing its number
// (MemberImportTest.ANumberNotOfVipTillsShapeIsACardOnlyIfTheImportBroughtIt).
TEST(SwipeDetector, AnotherShapeOfNumberIsHandedToTheStoreNotTyped)
{
    SwipeDetector detector;
    const Fed fed = feed(detector, QStringLiteral(";6222021234567890128=4912?"), 2);
    EXPECT_EQ(fed.cards, QStringList{QStringLiteral("6222021234567890128")});
    EXPECT_TRUE(fed.failures.isEmpty());
    EXPECT_TRUE(fed.delivered.isEmpty()) << fed.delivered.toStdString();
}

TEST(SwipeDetector, ASwipeInterruptedByAPauseIsGivenBack)
{
    SwipeDetector detector;
    detector.feed(u';', 0);
    detector.feed(u'8', 3);
    detector.feed(u'8', 6);
    const SwipeDetector::Step step = detector.feed(u'0', 6 + SwipeDetector::MaxGapMs + 10);
    EXPECT_EQ(step.verdict, Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";880"));
    EXPECT_FALSE(detector.holding());
}

TEST(SwipeDetector, ACharacterNoTrackHasGivesBackWhatWasHeld)
{
    SwipeDetector detector;
    detector.feed(u';', 0);
    detector.feed(u'-', 10); // AZERTY's 6: could still be a track
    const SwipeDetector::Step step = detector.feed(u')', 20);
    EXPECT_EQ(step.verdict, Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";-)"));
}

TEST(SwipeDetector, ASecondSentinelAfterAPauseStartsAfresh)
{
    SwipeDetector detector;
    detector.feed(u';', 0);
    const SwipeDetector::Step step = detector.feed(u';', 500);
    EXPECT_EQ(step.verdict, Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";"));
    EXPECT_TRUE(detector.holding()); // the second one may begin a swipe
    const Fed fed = feed(detector, Card + u'?', 2, 502);
    EXPECT_EQ(fed.cards, QStringList{Card});
}

TEST(SwipeDetector, DigitsAtScannerSpeedGoStraightThrough)
{
    // A barcode scanner is a keyboard wedge too: fast, but no sentinel.
    SwipeDetector detector;
    qint64 t = 0;
    for (const QChar c : QStringLiteral("6901000000017")) {
        const SwipeDetector::Step step = detector.feed(c, t += 1);
        EXPECT_EQ(step.verdict, Verdict::Typing);
        EXPECT_EQ(step.text, QString(c));
    }
    EXPECT_FALSE(detector.holding());
}

TEST(SwipeDetector, AThreeTrackReaderGivesOneCardAndNoFailure)
{
    SwipeDetector detector;
    Fed fed = feed(detector, QStringLiteral("%E?;") + Card + QStringLiteral("=4912?+E?"), 2);
    take(fed, detector.finish(fed.last + 2));
    EXPECT_EQ(fed.cards, QStringList{Card});
    EXPECT_TRUE(fed.failures.isEmpty()) << fed.failures.join(u'|').toStdString();
    EXPECT_TRUE(fed.delivered.isEmpty()) << fed.delivered.toStdString();
}

TEST(SwipeDetector, ATrack1FailureAloneIsReportedAtTheEnter)
{
    SwipeDetector detector;
    Fed fed = feed(detector, QStringLiteral("%E?"), 2);
    EXPECT_TRUE(fed.failures.isEmpty());
    take(fed, detector.finish(fed.last + 2));
    EXPECT_EQ(fed.failures.size(), 1);
}

TEST(SwipeDetector, ABankCardsNameTrackNeverReachesTheField)
{
    SwipeDetector detector;
    Fed fed = feed(detector, QStringLiteral("%B6222021234567890128^ZHANG/SAN^4912?"), 2);
    take(fed, detector.finish(fed.last + 2));
    EXPECT_TRUE(fed.delivered.isEmpty()) << fed.delivered.toStdString();
    ASSERT_EQ(fed.failures.size(), 1);
    EXPECT_TRUE(fed.failures.front().contains(QStringLiteral("not a VIP card")));
}

TEST(SwipeDetector, TheLayoutsAreMappedBack)
{
    QString azerty; // the number row of a French keyboard, unshifted
    for (const QChar d : Card)
        azerty += QStringLiteral("à&é\"'(-è_ç").at(d.unicode() - u'0'); // 0 is à, 1 is &…
    for (const QString& typed : {QStringLiteral("；") + Card + QStringLiteral("？"),
                                 u'ö' + Card + u'ß', u';' + azerty + u'?'}) {
        SwipeDetector detector;
        const Fed fed = feed(detector, typed, 2);
        EXPECT_EQ(fed.cards, QStringList{Card}) << typed.toStdString();
        EXPECT_TRUE(fed.delivered.isEmpty()) << typed.toStdString();
    }
}

TEST(SwipeDetector, TheGermanUnderscoreEndsATrackAtTheEnter)
{
    SwipeDetector detector;
    Fed fed = feed(detector, u'ö' + Card + u'_', 2);
    EXPECT_TRUE(fed.cards.isEmpty()); // '_' may be AZERTY's 8 until the Enter
    EXPECT_TRUE(detector.holding());
    take(fed, detector.finish(fed.last + 2));
    EXPECT_EQ(fed.cards, QStringList{Card});
    EXPECT_TRUE(fed.delivered.isEmpty());
}

TEST(SwipeDetector, TheGermanUnderscoreEndsATrackWhenTheTimerFires)
{
    SwipeDetector detector;
    Fed fed = feed(detector, u'ö' + Card + u'_', 2);
    take(fed, detector.finish(fed.last + SwipeDetector::MaxGapMs));
    EXPECT_EQ(fed.cards, QStringList{Card});
}

TEST(SwipeDetector, AClockGoingBackwardsCountsAsAPause)
{
    SwipeDetector detector;
    detector.feed(u';', 1000);
    const SwipeDetector::Step step = detector.feed(u'8', 10);
    EXPECT_EQ(step.verdict, Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";8"));
}
