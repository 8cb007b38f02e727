#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringView>

namespace viptill {

// A keyboard-wedge magnetic reader types each track as if on a US keyboard:
// track 2 as ";NUMBER?" or ";NUMBER=EXTRA?", and an error token such as ";E?"
// (or "%E?", "+E?" for tracks 1 and 3) when the stripe could not be read.
// A till's keyboard is not always set to US, so what arrives is first mapped
// back to what the reader meant (see MagneticTrack.cpp for each layout).

// What the reader meant by one character a stray layout or input method
// produced. '_' is ambiguous: it comes back as '8' (French AZERTY); at the end
// of a track it is the German end sentinel, which normaliseWedgeText knows.
QChar wedgeCharacter(QChar typed);

// Whether a typed character, mapped back, starts a track (';' '%' '+').
bool isTrackStart(QChar typed);

// The whole text mapped back, the German '_' end sentinel included.
QString normaliseWedgeText(QStringView typed);

// The card number of a swipe: a VipTill card number whose check digit holds,
// or a number of another shape that a card of the store's old system may
// have (isImportedCardNumberShape: 4 to 32 digits on a stripe), which the
// store then accepts only if it has such a card (MemberService). Otherwise
// a CardReadError telling the cashier what to do next. Several tracks in
// one text (a three-track reader types "%…?;…?+…?") are accepted: the
// number comes from track 2.
Result<QString> parseTrack2(QStringView typed);

} // namespace viptill
