#pragma once

// Black-box tests run the built viptillctl as store IT would, on a real
// database of the run's engine, and read its JSON.

#include "support/TestDatabase.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace viptill::test {

struct CtlRun
{
    int exit = -1;
    QJsonObject json;
    QByteArray out;
    QString code() const;
};

// The store's staff in every CLI test: cashier 1001/1111, service desk
// 2001/2222, manager 9001/9999 (the demo store's numbers and PINs).
struct StaffLogIn
{
    QString number;
    QString pin;
};
inline const StaffLogIn Cashier{QStringLiteral("1001"), QStringLiteral("1111")};
inline const StaffLogIn Desk{QStringLiteral("2001"), QStringLiteral("2222")};
inline const StaffLogIn Manager{QStringLiteral("9001"), QStringLiteral("9999")};

// Runs viptillctl on `location` with the store's key file, the clock
// $VIPTILL_NOW and `staff` as $VIPTILL_STAFF/$VIPTILL_PIN (none: unset).
CtlRun runCtl(const QString& location, const QString& keyFile, const QStringList& args,
              const QString& now, const std::optional<StaffLogIn>& staff,
              const QString& lang = QStringLiteral("en"));

// Adds the three staff members to the store at `location` (in-process,
// through StaffService, as a store's first manager would).
void addStaff(const QString& location, const QString& keyFile);

// A training store with its key file and staff: the runs are the manager's
// unless a test says otherwise.
class CliFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    CtlRun ctl(const QStringList& args, const QString& now = QStringLiteral("2026-11-18T10:00:00"),
               const QString& lang = QStringLiteral("en"))
    {
        return runCtl(db(), keyFile(), args, now, staff, lang);
    }

    QString db() const { return database.location(); }
    QString keyFile() const { return database.filePath(QStringLiteral("store.keys")); }

    // Every row of every table but the log-ins and wrong PINs (and what
    // they move: chain heads, lockout counters): what a refused command must
    // leave as it was. A refused command's log-in stays recorded, as at a till.
    QStringList books() const;

    // Who $VIPTILL_STAFF/$VIPTILL_PIN name for ctl(); none: unset.
    std::optional<StaffLogIn> staff = Manager;
    TestDatabase database;
    QTemporaryDir dir;
};

} // namespace viptill::test
