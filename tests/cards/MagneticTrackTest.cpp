#include "cards/MagneticTrack.h"

#include "core/Identity.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

const QString Card = cardNumberForSerial(13); // a well-formed card number

// The same number with any other last digit.
QString withWrongCheckDigit(const QString& card)
{
    const int check = card.back().unicode() - u'0';
    return card.left(12) + QChar(static_cast<char16_t>(u'0' + (check + 1) % 10));
}

// What the cashier is told, by kind (the English source text).
enum class Told
{
    TheCard,    // the number comes through
    ToTheStore, // another shape: the store judges it (a card of its old system?)
    SwipeAgain, // a bad read
    NotOurs,    // a bank card, another store's card
    CheckDigit, // 88… but the check digit fails
};

struct TrackCase
{
    const char* name; // the test's name: letters and digits only
    QString typed;
    Told told;
    QString number = {}; // ToTheStore: the number handed on
};

// The card's digits as a US-keyed reader types them on a French AZERTY
// keyboard: the unshifted number row is & é " ' ( - è _ ç à for 1…9, 0.
QString onAzerty(const QString& digits)
{
    static const QString row = QStringLiteral("&é\"'(-è_çà");
    QString typed;
    for (const QChar d : digits) {
        const int digit = d.unicode() - u'0';
        typed += row.at(digit == 0 ? 9 : digit - 1);
    }
    return typed;
}

// Full-width digits, as a Chinese input method in full-width mode types them.
QString fullWidth(const QString& digits)
{
    QString typed;
    for (const QChar d : digits)
        typed += QChar(static_cast<char16_t>(u'０' + (d.unicode() - u'0')));
    return typed;
}

class MagneticTrack : public ::testing::TestWithParam<TrackCase>
{
};

} // namespace

TEST_P(MagneticTrack, ReadsTrack2AsAWedgeReaderTypesIt)
{
    const TrackCase& c = GetParam();
    const Result<QString> read = parseTrack2(c.typed);
    if (c.told == Told::TheCard || c.told == Told::ToTheStore) {
        ASSERT_TRUE(read.ok()) << read.error().message().toStdString();
        EXPECT_EQ(read.value(), c.told == Told::TheCard ? Card : c.number);
        return;
    }
    ASSERT_FALSE(read.ok()) << read.value().toStdString();
    EXPECT_EQ(read.error().code(), ErrorCode::CardReadError);
    const QString message = read.error().message();
    switch (c.told) {
    case Told::SwipeAgain:
        EXPECT_TRUE(message.contains(QStringLiteral("Swipe again slowly")))
            << message.toStdString();
        break;
    case Told::NotOurs:
        EXPECT_TRUE(message.contains(QStringLiteral("not a VIP card of this store")))
            << message.toStdString();
        break;
    case Told::CheckDigit:
        EXPECT_TRUE(message.contains(QStringLiteral("fails its check digit")))
            << message.toStdString();
        break;
    case Told::TheCard:
    case Told::ToTheStore:
        break;
    }
    // A bank card's number is never repeated on the screen.
    EXPECT_FALSE(message.contains(QStringLiteral("622202"))) << message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Swipes, MagneticTrack,
    ::testing::Values(
        TrackCase{"CleanSwipe", u';' + Card + u'?', Told::TheCard},
        TrackCase{"WithTheReadersEnter", u';' + Card + QStringLiteral("?\r"), Told::TheCard},
        TrackCase{"WithExtraData", u';' + Card + QStringLiteral("=49121010000?"), Told::TheCard},
        TrackCase{"ThreeTrackReader", QStringLiteral("%E?;") + Card + QStringLiteral("=4912?+E?"),
                  Told::TheCard},
        TrackCase{"ErrorTokenTrack2", QStringLiteral(";E?"), Told::SwipeAgain},
        TrackCase{"ErrorTokenTrack1", QStringLiteral("%E?"), Told::SwipeAgain},
        TrackCase{"ErrorTokenTrack3", QStringLiteral("+E?"), Told::SwipeAgain},
        TrackCase{"AllThreeErrorTokens", QStringLiteral("%E?;E?+E?"), Told::SwipeAgain},
        TrackCase{"ErrorTokenWithCapsLock", QStringLiteral(";e?"), Told::SwipeAgain},
        TrackCase{"BadCheckDigit", u';' + withWrongCheckDigit(Card) + u'?', Told::CheckDigit},
        // Not VipTill's shape: only a card of the store's old system may have
        // such a number, which the store alone knows (MemberImportTest).
        TrackCase{"ElevenDigitsStarting88", QStringLiteral(";88000000001?"), Told::ToTheStore,
                  QStringLiteral("88000000001")},
        TrackCase{"OldSystemsCard", QStringLiteral(";20150301007=0000?"), Told::ToTheStore,
                  QStringLiteral("20150301007")},
        TrackCase{"ThreeDigits", QStringLiteral(";880?"), Told::SwipeAgain},
        TrackCase{"ThirtyThreeDigits", QStringLiteral(";123456789012345678901234567890123?"),
                  Told::NotOurs},
        TrackCase{"Empty", QStringLiteral(";?"), Told::SwipeAgain},
        TrackCase{"NothingAtAll", QString(), Told::SwipeAgain},
        TrackCase{"NoEndSentinel", u';' + Card, Told::SwipeAgain},
        TrackCase{"NoStartSentinel", Card + u'?', Told::SwipeAgain},
        TrackCase{"Garbage", QStringLiteral(";88abc?"), Told::SwipeAgain},
        TrackCase{"TwoTrack2s", u';' + Card + QStringLiteral("?;") + Card + u'?', Told::SwipeAgain},
        TrackCase{"BankCard", QStringLiteral(";6222021234567890128=4912?"), Told::ToTheStore,
                  QStringLiteral("6222021234567890128")},
        TrackCase{"BankCardTrack1Only", QStringLiteral("%B6222021234567890128^ZHANG/SAN^4912?"),
                  Told::NotOurs},
        TrackCase{"ChineseImeFullWidthSentinels",
                  QStringLiteral("；") + Card + QStringLiteral("？"), Told::TheCard},
        TrackCase{"ChineseImeFullWidthEverything",
                  QStringLiteral("；") + fullWidth(Card) + QStringLiteral("＝４９１２？"),
                  Told::TheCard},
        TrackCase{"ChineseImeFullWidthErrorToken", QStringLiteral("；Ｅ？"), Told::SwipeAgain},
        TrackCase{"AzertyNumberRow", u';' + onAzerty(Card) + u'?', Told::TheCard},
        TrackCase{"AzertyWithCapsLock",
                  u';' + onAzerty(Card).replace(u'é', u'É').replace(u'à', u'À') + u'?',
                  Told::TheCard},
        TrackCase{"GermanSemicolonAndSharpS", u'ö' + Card + u'ß', Told::TheCard},
        TrackCase{"GermanUnderscoreEnd", u'ö' + Card + u'_', Told::TheCard},
        TrackCase{"GermanUnderscoreEndAndEnter", u'ö' + Card + QStringLiteral("_\r"),
                  Told::TheCard},
        TrackCase{"GermanWithCapsLock", u'Ö' + Card + u'_', Told::TheCard},
        TrackCase{"GermanThreeTrackReader", QStringLiteral("%E_ö") + Card + QStringLiteral("_+E_"),
                  Told::TheCard}),
    [](const ::testing::TestParamInfo<TrackCase>& param) { return std::string(param.param.name); });

TEST(MagneticTrackLayouts, EveryMappingBringsBackWhatTheReaderMeant)
{
    const struct
    {
        QChar typed;
        QChar meant;
    } mappings[] = {
        {u'；', u';'}, {u'？', u'?'}, {u'＝', u'='}, {u'％', u'%'}, {u'＋', u'+'}, {u'０', u'0'},
        {u'９', u'9'}, {u'&', u'1'},  {u'é', u'2'},  {u'"', u'3'},  {u'\'', u'4'}, {u'(', u'5'},
        {u'-', u'6'},  {u'è', u'7'},  {u'_', u'8'},  {u'ç', u'9'},  {u'à', u'0'},  {u'ö', u';'},
        {u'Ö', u';'},  {u'ß', u'?'},  {u'e', u'E'},  {u'7', u'7'},  {u';', u';'},  {u'?', u'?'},
    };
    for (const auto& m : mappings)
        EXPECT_EQ(wedgeCharacter(m.typed), m.meant) << QString(m.typed).toStdString();
}

TEST(MagneticTrackLayouts, TheGermanUnderscoreIsAnEndOnlyAtTheEnd)
{
    // AZERTY's 8 inside a track, Germany's '?' at its end.
    EXPECT_EQ(normaliseWedgeText(u";&_8_"), QStringLiteral(";188?"));
    EXPECT_EQ(normaliseWedgeText(u"ö1_ö2_ \r"), QStringLiteral(";1?;2? \r"));
}
