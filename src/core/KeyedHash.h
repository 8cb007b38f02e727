#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace viptill {

// HMAC-SHA-256 (libsodium), the one keyed hash VipTill seals with: the
// cards' MACs, the chained ledgers and audit trail, the lookup hashes of
// ID numbers and mobiles. Each caller puts its own label at the start of
// the message, so no two purposes share an input. 32 bytes.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

// True once libsodium is ready; it is made ready at the first call.
bool sodiumReady();

} // namespace viptill
