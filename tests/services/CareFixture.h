#pragma once

// A store for the customer-care tests: the small catalogue, staff of every
// role, and members who join and buy on the days a test names.

#include "services/SaleService.h"
#include "services/StaffService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace viptill::test {

// 保温杯 at the 特卖 counter: 100 yuan, special-price, so a member pays
// exactly 100 yuan whatever their tier.
inline const QString Flask = QStringLiteral("6905000000013");
inline const QString Cream = QStringLiteral("6903000000015"); // 美妆, 200 yuan
inline const QString Suit = QStringLiteral("6902000000023");  // 男装, 2000 yuan

class CareFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        StaffService staff(t.context());
        desk1 = staff
                    .addStaff(QStringLiteral("2001"), QStringLiteral("陈静"),
                              StaffRole::ServiceDesk, QStringLiteral("2222"))
                    .value();
        desk2 = staff
                    .addStaff(QStringLiteral("2002"), QStringLiteral("刘洋"),
                              StaffRole::ServiceDesk, QStringLiteral("2222"))
                    .value();
        cashier = staff
                      .addStaff(QStringLiteral("1001"), QStringLiteral("王丽"), StaffRole::Cashier,
                                QStringLiteral("1111"))
                      .value();
        manager = staff
                      .addStaff(QStringLiteral("9001"), QStringLiteral("李强"), StaffRole::Manager,
                                QStringLiteral("9999"))
                      .value();
    }

    void at(QDate day, QTime time = QTime(10, 0)) { t.clock().set(QDateTime(day, time)); }

    // A member who joins on `day` with a walk-in receipt of `yuan`; their
    // birthday (and so their ID number and mobile) is `birthday`.
    Id joinOn(QDate day, QDate birthday, std::int64_t yuan = 300, int seq = 123)
    {
        at(day, QTime(9, 30));
        const QString card = t.seedMember(idNumberFor(birthday, seq), birthday, yuan);
        const Id id = t.memberIdOfCard(card);
        cards.insert(id, card);
        return id;
    }

    // The member buys `qty` flasks with the card on `day`.
    Result<Receipt> buyOn(Id member, QDate day, std::int64_t qty = 1,
                          const QString& barcode = Flask)
    {
        at(day, QTime(15, 0));
        SaleService tills(t.context());
        return tills.sell({cards.value(member), {{barcode, qty}}, {}});
    }

    TestStore t{QDateTime(QDate(2026, 1, 5), QTime(9, 0))};
    StaffMember desk1;
    StaffMember desk2;
    StaffMember cashier;
    StaffMember manager;
    QHash<Id, QString> cards;
};

} // namespace viptill::test
