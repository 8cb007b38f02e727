#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringView>

namespace viptill {

// Track 2 as a keyboard-wedge magnetic reader types it: ";NUMBER?" or
// ";NUMBER=EXTRA?"; a bad read types an error token such as ";E?".
// Returns the card number when it is a well-formed VipTill card number.
Result<QString> parseTrack2(QStringView raw);

// Maps what a stray keyboard layout makes of a wedge's keystrokes back to
// what the reader meant (see the .cpp for each layout).
QString normaliseWedgeText(QStringView raw);

} // namespace viptill
