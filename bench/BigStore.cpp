#include "BigStore.h"

#include "core/Clock.h"
#include "core/Identity.h"
#include "storage/Migrations.h"
#include "storage/PersonalData.h"
#include "storage/SqliteConnection.h"

#include <QFile>

namespace viptill::bench {

QString barcodeFor(std::int64_t index)
{
    const QString first12 = QStringLiteral("69%1").arg(index, 10, 10, QLatin1Char('0'));
    return first12 + QString::number(ean13CheckDigit(first12));
}

std::int64_t counterOf(std::int64_t itemIndex)
{
    return itemIndex % BigStoreCounters + 1;
}

std::int64_t listFenOf(std::int64_t itemIndex)
{
    return 9900 + (itemIndex % 500) * 1000;
}

QByteArray benchPersonalKey()
{
    return QByteArray(32, '\x44');
}

QDate joinedOn(std::int64_t member, const BigStoreSize& size)
{
    const std::int64_t span = size.firstJoined.daysTo(size.lastJoined);
    return size.firstJoined.addDays(span * (member - 1) / std::max<std::int64_t>(size.members, 1));
}

void fillBigStore(SqliteConnection& db, const BigStoreSize& size)
{
    const QStringList counters{
        QStringLiteral("女装"), QStringLiteral("男装"), QStringLiteral("鞋履"),
        QStringLiteral("配饰"), QStringLiteral("美妆"), QStringLiteral("钟表"),
        QStringLiteral("童装"), QStringLiteral("家居"), QStringLiteral("运动"),
        QStringLiteral("箱包"), QStringLiteral("珠宝"), QStringLiteral("特卖")};
    for (const QString& c : counters)
        db.execute("INSERT INTO counters (name) VALUES ($1)", {c});
    for (std::int64_t i = 0; i < size.items; ++i) {
        const std::int64_t counter = counterOf(i);
        db.execute("INSERT INTO products (barcode, name, counter_id, list_fen, special) VALUES "
                   "($1, $2, $3, $4, $5)",
                   {barcodeFor(i), QStringLiteral("商品 %1").arg(i), counter, listFenOf(i),
                    counter == BigStoreCounters});
    }
    // ID numbers and mobiles sealed as the product writes them (PIPL).
    PersonalCipher personal;
    personal.setKey(benchPersonalKey());
    for (std::int64_t m = 1; m <= size.members; ++m) {
        const QDate birthday = QDate(1960, 1, 1).addDays(m % 15000);
        const QString first17 = QStringLiteral("110105") +
                                birthday.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(m % 1000, 3, 10, QLatin1Char('0'));
        const QString joined = formatDate(joinedOn(m, size));
        const QString joinedAt = joined + QStringLiteral("T10:00:00");
        const QString idNumber = first17 + QString::number(m); // unique, not a real ID
        const QString mobile = QStringLiteral("13%1").arg(m, 9, 10, QLatin1Char('0'));
        db.execute("INSERT INTO members (id, name, gender, birthday, id_number, mobile, address, "
                   "category, tier, joined_at, joined_on, id_number_hash, mobile_hash) VALUES "
                   "($1, $2, 'F', $3, $4, $5, '上海市', '女装', $6, $7, $8, $9, $10)",
                   {m, QStringLiteral("会员%1").arg(m), birthday.toString(Qt::ISODate),
                    personal.seal("id_number", idNumber), personal.seal("mobile", mobile),
                    m % 5 == 0 ? QStringLiteral("diamond") : QStringLiteral("gold"), joinedAt,
                    joined, personal.lookup("id_number", idNumber),
                    personal.lookup("mobile", mobile)});
        db.execute(
            "INSERT INTO cards (number, member_id, generation, status, issued_at, status_at) "
            "VALUES ($1, $2, 1, 'active', $3, $3)",
            {cardNumberForSerial(m), m, joinedAt});
        db.execute("INSERT INTO points_ledger (member_id, kind, points, at, day) "
                   "VALUES ($1, 'earn', $2, $3, $4)",
                   {m, m % 3000, joinedAt, joined});
    }
    db.execute("INSERT INTO sequences (name, value) VALUES ('card', $1)", {size.members});
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
        fillBigStore(db, size);
        transaction.commit();
    }
    QFile::rename(partial, path);
    return path;
}

} // namespace viptill::bench
