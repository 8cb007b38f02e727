#include "core/Identity.h"

#include <gtest/gtest.h>

using namespace viptill;

struct IdCase
{
    const char* number;
    QDate birth; // invalid: refused
};

class IdNumbers : public ::testing::TestWithParam<IdCase>
{
};

TEST_P(IdNumbers, PassTheGB11643Check)
{
    EXPECT_EQ(idNumberBirthDate(QString::fromLatin1(GetParam().number)), GetParam().birth);
}

INSTANTIATE_TEST_SUITE_P(Identity, IdNumbers,
                         ::testing::Values(IdCase{"11010519491231002X", QDate(1949, 12, 31)},
                                           IdCase{"11010519491231002x", QDate(1949, 12, 31)},
                                           IdCase{"440524188001010014", QDate(1880, 1, 1)},
                                           IdCase{"110105194912310021",
                                                  QDate()}, // wrong check digit
                                           IdCase{"11010519491331002X", QDate()},  // month 13
                                           IdCase{"1101051949123100", QDate()},    // too short
                                           IdCase{"11010519491231002XX", QDate()}, // too long
                                           IdCase{"A1010519491231002X", QDate()}));

TEST(Identity, Mobiles)
{
    EXPECT_TRUE(isValidMobile(QStringLiteral("13812345678")));
    EXPECT_TRUE(isValidMobile(QStringLiteral("19912345678")));
    EXPECT_FALSE(isValidMobile(QStringLiteral("12812345678")));
    EXPECT_FALSE(isValidMobile(QStringLiteral("1381234567")));
    EXPECT_FALSE(isValidMobile(QStringLiteral("138123456789")));
    EXPECT_FALSE(isValidMobile(QStringLiteral("+8613812345678")));
}

TEST(Identity, MasksShowOnlyWhatTheCashierNeeds)
{
    EXPECT_EQ(maskMobile(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
    EXPECT_EQ(maskIdNumber(QStringLiteral("11010519491231002X")),
              QStringLiteral("110105********002X"));
    EXPECT_EQ(maskName(QStringLiteral("王秀英")), QStringLiteral("王**"));
}

TEST(Identity, CardNumbersCarryALuhnCheckDigit)
{
    const QString number = cardNumberForSerial(1);
    EXPECT_EQ(number.size(), 13);
    EXPECT_TRUE(isWellFormedCardNumber(number));
    QString typo = number;
    typo[5] = typo[5] == u'1' ? u'2' : u'1';
    EXPECT_FALSE(isWellFormedCardNumber(typo));
    EXPECT_EQ(luhnCheckDigit(u"7992739871"), 3); // the textbook example
}

TEST(Identity, Ean13CheckDigit)
{
    EXPECT_TRUE(isValidEan13(QStringLiteral("6901234567892")));
    EXPECT_FALSE(isValidEan13(QStringLiteral("6901234567893")));
}
