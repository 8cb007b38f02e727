#include "cards/MagneticTrack.h"

#include "cards/SwipeDetector.h"
#include "core/Identity.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

const QString Card = cardNumberForSerial(13); // a well-formed card number

struct TrackCase
{
    const char* what;
    QString typed;
    bool ok;
};

class Track2 : public ::testing::TestWithParam<TrackCase>
{
};

} // namespace

TEST_P(Track2, ParsesWhatAWedgeReaderTypes)
{
    const Result<QString> r = parseTrack2(GetParam().typed);
    ASSERT_EQ(r.ok(), GetParam().ok) << GetParam().what;
    if (r.ok()) {
        EXPECT_EQ(r.value(), Card);
    } else {
        EXPECT_EQ(r.error().code(), ErrorCode::CardReadError);
        EXPECT_FALSE(r.error().message().isEmpty());
    }
}

INSTANTIATE_TEST_SUITE_P(
    Swipes, Track2,
    ::testing::Values(TrackCase{"a clean swipe", u';' + Card + u'?', true},
                      TrackCase{"with a field separator and extra data",
                                u';' + Card + QStringLiteral("=2912?"), true},
                      TrackCase{"error token ;E?", QStringLiteral(";E?"), false},
                      TrackCase{"error token %E?", QStringLiteral("%E?"), false},
                      TrackCase{"error token +E?", QStringLiteral("+E?"), false},
                      TrackCase{"a bad check digit", QStringLiteral(";8800000000014?"), false},
                      TrackCase{"too short", QStringLiteral(";?"), false},
                      TrackCase{"no end sentinel", u';' + Card, false},
                      TrackCase{"garbage", QStringLiteral(";88abc?"), false},
                      TrackCase{"a Chinese IME left on: full-width",
                                QStringLiteral("；") + Card + QStringLiteral("？"), true},
                      TrackCase{"full-width digits",
                                QStringLiteral("；８８") + Card.mid(2) + QStringLiteral("？"),
                                true},
                      TrackCase{"German layout: ö and ß",
                                QStringLiteral("ö") + Card + QStringLiteral("ß"), true}));

TEST(Track2, AzertyNumberRowIsReadAsDigits)
{
    // What a US-keyed wedge types on a French keyboard: & é " ' ( - è _ ç à
    // for 1 2 3 4 5 6 7 8 9 0.
    const QString row = QStringLiteral("&é\"'(-è_çà"); // keys for 1…9, 0
    QString typed = QStringLiteral(";");
    for (const QChar d : Card) {
        const int digit = d.unicode() - u'0';
        typed += row.at(digit == 0 ? 9 : digit - 1);
    }
    typed += u'?';
    const Result<QString> r = parseTrack2(typed);
    ASSERT_TRUE(r.ok()) << r.error().message().toStdString();
    EXPECT_EQ(r.value(), Card);
}

TEST(SwipeDetector, AFastSwipeIsACard)
{
    SwipeDetector d;
    const QString track = u';' + Card + u'?';
    std::int64_t t = 1000;
    SwipeDetector::Step step;
    for (const QChar c : track)
        step = d.feed(c, t += 3);
    EXPECT_EQ(step.verdict, SwipeDetector::Verdict::Swipe);
    EXPECT_EQ(step.text, Card);
    EXPECT_TRUE(d.awaitingEnter());
    EXPECT_EQ(d.finish(t + 2).verdict, SwipeDetector::Verdict::Held); // the reader's Enter
}

TEST(SwipeDetector, DigitsTypedByAPersonGoStraightThrough)
{
    SwipeDetector d;
    std::int64_t t = 0;
    for (const QChar c : QStringLiteral("6901000000017")) {
        const SwipeDetector::Step step = d.feed(c, t += 5);
        EXPECT_EQ(step.verdict, SwipeDetector::Verdict::Typing);
        EXPECT_EQ(step.text, QString(c));
    }
}

TEST(SwipeDetector, ASemicolonTypedSlowlyIsReleasedInOrder)
{
    SwipeDetector d;
    EXPECT_EQ(d.feed(u';', 0).verdict, SwipeDetector::Verdict::Held);
    const SwipeDetector::Step step = d.feed(u'1', 200);
    EXPECT_EQ(step.verdict, SwipeDetector::Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";1"));
    EXPECT_FALSE(d.holding());
}

TEST(SwipeDetector, ALoneSemicolonIsReleasedWhenTheGapTimerFires)
{
    SwipeDetector d;
    d.feed(u';', 0);
    const SwipeDetector::Step step = d.finish(SwipeDetector::MaxGapMs);
    EXPECT_EQ(step.verdict, SwipeDetector::Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";"));
}

TEST(SwipeDetector, ABadReadIsReported)
{
    SwipeDetector d;
    std::int64_t t = 0;
    SwipeDetector::Step step;
    for (const QChar c : QStringLiteral(";E?"))
        step = d.feed(c, t += 2);
    EXPECT_EQ(step.verdict, SwipeDetector::Verdict::BadSwipe);
    EXPECT_FALSE(step.text.isEmpty());
}

TEST(SwipeDetector, APauseMidSwipeReleasesWhatWasHeld)
{
    SwipeDetector d;
    d.feed(u';', 0);
    d.feed(u'8', 3);
    d.feed(u'8', 6);
    const SwipeDetector::Step step = d.feed(u'0', 6 + SwipeDetector::MaxGapMs + 10);
    EXPECT_EQ(step.verdict, SwipeDetector::Verdict::Typing);
    EXPECT_EQ(step.text, QStringLiteral(";880"));
}
