#pragma once

#include "Pn532Emulator.h"
#include "cards/CardFormat.h"

#include <QByteArray>

// Chips as VipTill's service desk leaves them, built straight from the card
// format (docs/card-format.md), for tests that need a member card in the
// emulated reader's field without writing one first.
namespace viptill::testsupport {

// The store secrets tests use; `mac` and `master` fill each 32-byte secret.
CardKeys testCardKeys(char mac = '\x11', char master = '\x22');

QByteArray uidOf(const EmulatedTag& tag);

// `blank` with `image` written and protected for `keys`: on a MIFARE Classic
// 1K the payload in sector 1 and the derived keys in its trailer; on an
// NTAG213 the payload in pages 4..11, the password, PACK and AUTH0.
EmulatedTag issued(EmulatedTag blank, const CardImage& image, const CardKeys& keys);

} // namespace viptill::testsupport
