#pragma once

#include "TestDatabase.h"
#include "services/ServiceContext.h"
#include "storage/Store.h"

#include <QStringList>
#include <memory>

namespace viptill::test {

// A real, fresh database (a SQLite file, or a database of its own on the
// PostgreSQL server $VIPTILL_TEST_POSTGRES names), a settable clock and the
// services' context, as every service test needs.
class TestStore
{
public:
    explicit TestStore(const QDateTime& now = QDateTime(QDate(2026, 11, 18), QTime(10, 0)),
                       TestDatabase::Engine engine = TestDatabase::Engine::OfTheRun);
    // On a database of its own on the PostgreSQL server `serverUri` names.
    TestStore(const QString& serverUri, const QDateTime& now);

    Store& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    ServiceContext& context() { return m_context; }
    const TestDatabase& database() const { return m_database; }
    const QString& location() const { return m_database.location(); }

    // Every row of every table, as text, read through a second connection:
    // comparing two snapshots proves an operation changed nothing at all.
    QStringList snapshot() const { return m_database.snapshot(); }

    // A small catalogue: 女装 (全柜8折), 男装, 美妆, 钟表, 特卖 (special-price).
    void seedCatalogue();
    // A member with an active card, joined through the real service with a
    // receipt worth `joiningYuan`; returns the card number.
    QString seedMember(const QString& idNumber, QDate birthday, std::int64_t joiningYuan = 300,
                       const QString& mobile = {});
    Id memberIdOfCard(const QString& card);
    // A member of staff, added as a store's manager would (StaffService), for
    // a test's fixture; the test fails if the store refuses them.
    StaffMember addStaff(const char* number, const QString& name, StaffRole role, const char* pin);
    // A programme setting as a store set up long before the test's days
    // would have it (a standing change from 2000-01-01, by nobody).
    void setSetting(const QString& key, const QString& value);
    // Runs SQL against the database directly (for fault injection in tests).
    void exec(const QString& sql) const { m_database.exec(sql); }

private:
    TestDatabase m_database;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    ServiceContext m_context;
};

// The audit key every test store chains its audit trail and ledger with.
QByteArray testAuditKey();
QByteArray testPersonalKey();

// A valid 身份证号 for a birthday, with the GB 11643 check digit.
QString idNumberFor(QDate birthday, int sequence = 123,
                    const QString& region = QStringLiteral("110105"));

} // namespace viptill::test
