// A rate said the Chinese way, in tenths (折), as the till's screen, the
// settings and the receipt all print it.

#include "core/Rate.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

struct Tenths
{
    std::int64_t scaled; // ten-thousandths
    const char* said;
};

class RateInTenths : public ::testing::TestWithParam<Tenths>
{
};

} // namespace

TEST_P(RateInTenths, IsSaidAsTheStoreSaysIt)
{
    EXPECT_EQ(Rate::fromScaled(GetParam().scaled).tenths(), QString::fromLatin1(GetParam().said));
}

INSTANTIATE_TEST_SUITE_P(Rate, RateInTenths,
                         ::testing::Values(Tenths{8800, "8.8"}, Tenths{8000, "8"},
                                           Tenths{8750, "8.75"}, Tenths{8875, "8.875"},
                                           Tenths{9500, "9.5"}, Tenths{10000, "10"},
                                           Tenths{100, "0.1"}, Tenths{1, "0.001"}));
