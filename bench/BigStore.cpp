#include "BigStore.h"

#include "core/Identity.h"
#include "storage/Migrations.h"
#include "storage/SqliteConnection.h"

#include <QFile>

namespace viptill::bench {

QString barcodeFor(std::int64_t index)
{
    const QString first12 = QStringLiteral("69%1").arg(index, 10, 10, QLatin1Char('0'));
    return first12 + QString::number(ean13CheckDigit(first12));
}

QString ensureBigStore(const QString& path, BigStoreSize size)
{
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        SqliteConnection db(partial);
        migrate(db, migrationsFor(db.engine()));
        Transaction transaction(db);
        const QStringList counters{
            QStringLiteral("女装"), QStringLiteral("男装"), QStringLiteral("鞋履"),
            QStringLiteral("配饰"), QStringLiteral("美妆"), QStringLiteral("钟表"),
            QStringLiteral("童装"), QStringLiteral("家居"), QStringLiteral("运动"),
            QStringLiteral("箱包"), QStringLiteral("珠宝"), QStringLiteral("特卖")};
        for (const QString& c : counters)
            db.execute("INSERT INTO counters (name) VALUES ($1)", {c});
        for (std::int64_t i = 0; i < size.items; ++i) {
            const std::int64_t counter = i % counters.size() + 1;
            db.execute("INSERT INTO products (barcode, name, counter_id, list_fen, special) VALUES "
                       "($1, $2, $3, $4, $5)",
                       {barcodeFor(i), QStringLiteral("商品 %1").arg(i), counter,
                        9900 + (i % 500) * 1000, counter == 12});
        }
        for (std::int64_t m = 1; m <= size.members; ++m) {
            const QDate birthday = QDate(1960, 1, 1).addDays(m % 15000);
            const QString first17 = QStringLiteral("110105") +
                                    birthday.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(m % 1000, 3, 10, QLatin1Char('0'));
            db.execute(
                "INSERT INTO members (id, name, gender, birthday, id_number, mobile, address, "
                "category, tier, "
                "joined_at, joined_on) VALUES ($1, $2, 'F', $3, $4, $5, '上海市', '女装', $6, "
                "'2026-01-01T10:00:00', '2026-01-01')",
                {m, QStringLiteral("会员%1").arg(m), birthday.toString(Qt::ISODate),
                 first17 + QString::number(m) /* unique, not a real ID */,
                 QStringLiteral("13%1").arg(m, 9, 10, QLatin1Char('0')),
                 m % 5 == 0 ? QStringLiteral("diamond") : QStringLiteral("gold")});
            db.execute(
                "INSERT INTO cards (number, member_id, generation, status, issued_at, status_at) "
                "VALUES ($1, $2, 1, 'active', '2026-01-01T10:00:00', '2026-01-01T10:00:00')",
                {cardNumberForSerial(m), m});
            db.execute("INSERT INTO points_ledger (member_id, kind, points, at, day) "
                       "VALUES ($1, 'earn', $2, '2026-01-01T10:00:00', '2026-01-01')",
                       {m, m % 3000});
        }
        db.execute("INSERT INTO sequences (name, value) VALUES ('card', $1)", {size.members});
        transaction.commit();
    }
    QFile::rename(partial, path);
    return path;
}

} // namespace viptill::bench
