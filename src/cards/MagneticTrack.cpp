#include "MagneticTrack.h"

#include "core/Identity.h"

#include <QCoreApplication>

namespace viptill {

namespace {

class MagneticTrackText
{
    Q_DECLARE_TR_FUNCTIONS(MagneticTrackText)
public:
    static Error badRead()
    {
        return {ErrorCode::CardReadError,
                tr("The card could not be read. Swipe again, slowly and evenly.")};
    }
    static Error notOurs(const QString& number)
    {
        return {ErrorCode::CardReadError, tr("Card number %1 fails its check digit: it is not a "
                                             "card of this store, or it was misread. "
                                             "Swipe again.")
                                              .arg(number)};
    }
};

QChar mapped(QChar c)
{
    switch (c.unicode()) {
    // A Chinese input method left on types full-width forms.
    case u'；':
        return u';';
    case u'？':
        return u'?';
    case u'＝':
        return u'=';
    case u'％':
        return u'%';
    // The French AZERTY row types these for unshifted 1…0: the wedge sends
    // the keys of a US keyboard.
    case u'&':
        return u'1';
    case u'é':
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
        return u'7';
    case u'_':
        return u'8';
    case u'ç':
        return u'9';
    case u'à':
        return u'0';
    // German QWERTZ: the US ';' key is 'ö'; US '?' (Shift+/) comes as '_' on
    // some layouts and 'ß' is where US '-' sits next to 0.
    case u'ö':
    case u'Ö':
        return u';';
    case u'ß':
        return u'?';
    default:
        break;
    }
    if (c >= u'０' && c <= u'９')
        return QChar(u'0' + (c.unicode() - u'０'));
    return c;
}

} // namespace

QString normaliseWedgeText(QStringView raw)
{
    QString text;
    text.reserve(raw.size());
    for (const QChar c : raw)
        text += mapped(c);
    return text;
}

Result<QString> parseTrack2(QStringView raw)
{
    QString text = normaliseWedgeText(raw).trimmed();
    // German: '_' stands for '?' only as the end sentinel; AZERTY's '_' is 8.
    if (raw.trimmed().endsWith(u'_') && (text.startsWith(u';')))
        text[text.size() - 1] = u'?';
    if (text.size() < 3 ||
        !(text.startsWith(u';') || text.startsWith(u'%') || text.startsWith(u'+')) ||
        !text.endsWith(u'?'))
        return MagneticTrackText::badRead();
    const QString body = text.mid(1, text.size() - 2);
    if (body.compare(u"E", Qt::CaseInsensitive) == 0 || body.isEmpty())
        return MagneticTrackText::badRead();
    const QString number = body.section(u'=', 0, 0);
    for (const QChar c : number) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return MagneticTrackText::badRead();
    }
    if (!isWellFormedCardNumber(number))
        return MagneticTrackText::notOurs(number);
    return number;
}

} // namespace viptill
