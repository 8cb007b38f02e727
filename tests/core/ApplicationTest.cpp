#include "core/Application.h"

#include <gtest/gtest.h>

using namespace viptill;

namespace {

Application goodForm()
{
    return {QStringLiteral("王秀英"),      QStringLiteral("F"),
            QDate(1949, 12, 31),           QStringLiteral("11010519491231002X"),
            QStringLiteral("13812345678"), QStringLiteral("北京市朝阳区建国路1号"),
            QStringLiteral("女装")};
}

const QDate Today(2026, 11, 22);

} // namespace

TEST(Application, AGoodFormPasses)
{
    EXPECT_TRUE(validateApplication(goodForm(), Today).ok());
    EXPECT_TRUE(applicationFaults(goodForm(), Today).isEmpty());
}

struct FaultCase
{
    const char* what;
    void (*spoil)(Application&);
    ErrorCode code;
};

class ApplicationFaults : public ::testing::TestWithParam<FaultCase>
{
};

TEST_P(ApplicationFaults, NameTheField)
{
    Application form = goodForm();
    GetParam().spoil(form);
    const Status s = validateApplication(form, Today);
    ASSERT_FALSE(s.ok()) << GetParam().what;
    EXPECT_EQ(s.error().code(), GetParam().code) << GetParam().what;
}

INSTANTIATE_TEST_SUITE_P(
    Form, ApplicationFaults,
    ::testing::Values(
        FaultCase{"no name", [](Application& f) { f.name = QStringLiteral("  "); },
                  ErrorCode::InvalidName},
        FaultCase{"gender", [](Application& f) { f.gender = QStringLiteral("X"); },
                  ErrorCode::InvalidGender},
        FaultCase{"future birthday", [](Application& f) { f.birthday = QDate(2030, 1, 1); },
                  ErrorCode::InvalidBirthday},
        FaultCase{"bad check digit",
                  [](Application& f) { f.idNumber = QStringLiteral("110105194912310021"); },
                  ErrorCode::InvalidIdNumber},
        FaultCase{"ID birth date differs", [](Application& f) { f.birthday = QDate(1950, 1, 1); },
                  ErrorCode::IdNumberBirthdayMismatch},
        FaultCase{"mobile", [](Application& f) { f.mobile = QStringLiteral("12345678901"); },
                  ErrorCode::InvalidMobile},
        FaultCase{"address", [](Application& f) { f.address.clear(); }, ErrorCode::InvalidAddress},
        FaultCase{"category", [](Application& f) { f.category.clear(); },
                  ErrorCode::InvalidCategory}));

TEST(Application, EveryFaultIsListedForTheForm)
{
    Application form = goodForm();
    form.name.clear();
    form.mobile = QStringLiteral("1");
    const QList<Error> faults = applicationFaults(form, Today);
    ASSERT_EQ(faults.size(), 2);
    EXPECT_EQ(faults.at(0).code(), ErrorCode::InvalidName);
    EXPECT_EQ(faults.at(1).code(), ErrorCode::InvalidMobile);
}
