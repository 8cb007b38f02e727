#pragma once

#include "services/ServiceContext.h"
#include "storage/Store.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace viptill::test {

// A real SQLite file in a fresh temporary folder, a settable clock and the
// services' context, as every service test needs.
class TestStore
{
public:
    explicit TestStore(const QDateTime& now = QDateTime(QDate(2026, 11, 18), QTime(10, 0)));

    Store& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    ServiceContext& context() { return m_context; }
    QString path() const { return m_dir.filePath(QStringLiteral("till.db")); }

    // Every row of every table, as text, read through a second connection:
    // comparing two snapshots proves an operation changed nothing at all.
    QStringList snapshot() const;

    // A small catalogue: 女装 (全柜8折), 男装, 美妆, 钟表, 特卖 (special-price).
    void seedCatalogue();
    // A member with an active card, joined through the real service with a
    // receipt worth `joiningYuan`; returns the card number.
    QString seedMember(const QString& idNumber, QDate birthday, std::int64_t joiningYuan = 300,
                       const QString& mobile = {});
    Id memberIdOfCard(const QString& card);
    // Runs SQL against the file directly (for fault injection in tests).
    void exec(const QString& sql) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    FixedClock m_clock;
    ServiceContext m_context;
};

// Every row of every table of the file at `path`, as text.
QStringList snapshotOf(const QString& path);

// A valid 身份证号 for a birthday, with the GB 11643 check digit.
QString idNumberFor(QDate birthday, int sequence = 123,
                    const QString& region = QStringLiteral("110105"));

} // namespace viptill::test
