#include "MagneticTrack.h"

#include "core/Identity.h"

#include <QCoreApplication>
#include <optional>

namespace viptill {

namespace {

// The messages say what the cashier should do next; they never repeat the
// number read, which may be a customer's bank card number.
class MagneticTrackText
{
    Q_DECLARE_TR_FUNCTIONS(MagneticTrackText)
public:
    static Error badRead()
    {
        return {ErrorCode::CardReadError,
                tr("The card could not be read. Swipe again slowly, in one steady movement.")};
    }
    static Error notOurs()
    {
        return {ErrorCode::CardReadError,
                tr("This is not a VIP card of this store. Ask the customer for their VIP card.")};
    }
    static Error failsCheckDigit()
    {
        return {ErrorCode::CardReadError,
                tr("This card's number fails its check digit: not a card of this store, or a "
                   "damaged stripe. Swipe again once; if it fails again, type the number printed "
                   "on the card.")};
    }
};

bool isStartSentinel(QChar c)
{
    return c == u';' || c == u'%' || c == u'+';
}

bool isGermanEndSentinel(QChar typed)
{
    return typed == u'_' || typed == u'＿';
}

bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

} // namespace

QChar wedgeCharacter(QChar typed)
{
    const char16_t c = typed.unicode();
    // A Chinese input method left on (full-width mode, or Chinese punctuation)
    // types full-width forms: ；？＝％＋ and ０-９. They sit at a fixed
    // offset from their ASCII twins (U+FF01…U+FF5E for U+0021…U+007E).
    if (c >= u'！' && c <= u'～')
        return wedgeCharacter(QChar(static_cast<char16_t>(c - (u'！' - u'!'))));
    switch (c) {
    // French AZERTY: the reader presses the keys of a US number row, which
    // unshifted type & é " ' ( - è _ ç à there; Caps Lock on a French layout
    // turns the accented ones into capitals.
    case u'&':
        return u'1';
    case u'é':
    case u'É':
        return u'2';
    case u'"':
        return u'3';
    case u'\'':
        return u'4';
    case u'(':
        return u'5';
    case u'-':
        return u'6';
    case u'è':
    case u'È':
        return u'7';
    case u'_': // also the German end sentinel: see normaliseWedgeText
        return u'8';
    case u'ç':
    case u'Ç':
        return u'9';
    case u'à':
    case u'À':
        return u'0';
    // German QWERTZ: the US ';' key types 'ö' there ('Ö' with Caps Lock).
    case u'ö':
    case u'Ö':
        return u';';
    // German QWERTZ: '?' is Shift+ß there; a reader whose Shift does not
    // register types the bare 'ß'.
    case u'ß':
        return u'?';
    default:
        break;
    }
    // Caps Lock turns the reader's Shift+E of an error token into 'e'.
    if (c >= u'a' && c <= u'z')
        return QChar(static_cast<char16_t>(c - (u'a' - u'A')));
    return typed;
}

bool isTrackStart(QChar typed)
{
    return isStartSentinel(wedgeCharacter(typed));
}

QString normaliseWedgeText(QStringView typed)
{
    QString text;
    text.reserve(typed.size());
    for (const QChar c : typed)
        text += wedgeCharacter(c);
    // German QWERTZ: a US reader's '?' (Shift and the key right of '.') types
    // '_' there, which AZERTY uses for 8. A track ends with its end sentinel,
    // so a '_' at the end of the text or just before the next track's start
    // sentinel is the German '?'; anywhere else it is a digit.
    for (qsizetype i = 0; i < typed.size(); ++i) {
        if (!isGermanEndSentinel(typed[i]))
            continue;
        qsizetype next = i + 1;
        while (next < text.size() && text[next].isSpace())
            ++next;
        if (next == text.size() || isStartSentinel(text[next]))
            text[i] = u'?';
    }
    return text;
}

Result<QString> parseTrack2(QStringView typed)
{
    const QString text = normaliseWedgeText(typed);
    std::optional<QString> track2;
    bool otherTrackData = false; // track 1 or 3 read, but no track 2
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) { // the reader's Enter, a stray space
            ++i;
            continue;
        }
        if (!isStartSentinel(text[i]))
            return MagneticTrackText::badRead(); // not a track at all
        const qsizetype end = text.indexOf(u'?', i + 1);
        if (end < 0)
            return MagneticTrackText::badRead(); // cut short
        const QString body = text.mid(i + 1, end - i - 1);
        if (text[i] == u';') {
            if (track2)
                return MagneticTrackText::badRead();
            track2 = body;
        } else if (body != u"E") {
            otherTrackData = true;
        }
        i = end + 1;
    }
    if (!track2)
        return otherTrackData ? MagneticTrackText::notOurs() : MagneticTrackText::badRead();
    // Track 2: the number, then optionally '=' and data the till does not use.
    const QString number = track2->section(u'=', 0, 0);
    if (!allAsciiDigits(number)) // the error token "E", nothing, or noise
        return MagneticTrackText::badRead();
    if (number.size() == 13 && number.startsWith(u"88")) {
        if (!isWellFormedCardNumber(number))
            return MagneticTrackText::failsCheckDigit();
        return number;
    }
    // A card the store's old system issued keeps its number (the member
    // import): the store alone knows whether this one is such a card, and
    // refuses it at once if not (a bank card's number is never shown).
    if (isImportedCardNumberShape(number))
        return number;
    if (number.startsWith(u"88"))
        return MagneticTrackText::badRead(); // ours, but digits went missing
    return MagneticTrackText::notOurs();     // a bank card, another store's card
}

} // namespace viptill
