// The one keyed hash every seal is made with, against the published test
// vectors of HMAC-SHA-256 (RFC 4231), so a change of library or of the
// wrapper cannot silently change every MAC in every store.

#include "core/KeyedHash.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

struct Vector
{
    const char* name;
    QByteArray key;
    QByteArray message;
    const char* mac; // hex
};

class KeyedHash : public ::testing::TestWithParam<Vector>
{
};

} // namespace

TEST_P(KeyedHash, GivesThePublishedMac)
{
    const Vector& v = GetParam();
    EXPECT_EQ(hmacSha256(v.key, v.message).toHex(), QByteArray(v.mac)) << v.name;
}

INSTANTIATE_TEST_SUITE_P(
    Rfc4231, KeyedHash,
    ::testing::Values(Vector{"case 1", QByteArray(20, '\x0b'), "Hi There",
                             "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
                      Vector{"case 2", "Jefe", "what do ya want for nothing?",
                             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
                      Vector{"case 3", QByteArray(20, '\xaa'), QByteArray(50, '\xdd'),
                             "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
                      Vector{"case 6, a key longer than a block", QByteArray(131, '\xaa'),
                             "Test Using Larger Than Block-Size Key - Hash Key First",
                             "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"}),
    [](const ::testing::TestParamInfo<Vector>& vector) {
        return "Vector" + std::to_string(vector.index + 1);
    });
