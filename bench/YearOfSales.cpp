#include "YearOfSales.h"

#include "core/Clock.h"
#include "core/Identity.h"
#include "core/Points.h"
#include "core/Pricing.h"
#include "services/DayCloseService.h"
#include "storage/Migrations.h"
#include "storage/SqlStore.h"
#include "storage/SqliteConnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>
#include <array>
#include <cmath>
#include <random>

namespace viptill::bench {

namespace {

constexpr int Tills = 20;
constexpr std::array<const char*, 4> TenderKinds{"cash", "bank_card", "wechat_pay", "alipay"};

class Dice
{
public:
    explicit Dice(std::uint64_t seed)
        : m_engine(seed)
    {}
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return std::uniform_int_distribution<std::int64_t>(low, high)(m_engine);
    }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 m_engine;
};

// How busy a day is, before scaling to the year's lines.
double dayWeight(QDate day)
{
    double w = 1.0;
    switch (day.dayOfWeek()) {
    case 5:
        w = 1.15;
        break;
    case 6:
    case 7:
        w = 1.6;
        break;
    default:
        w = 0.85;
    }
    const int m = day.month();
    const int d = day.day();
    if (m == 1 && d >= 15)
        w *= 1.5; // shopping before Spring Festival
    if (m == 2 && d <= 10)
        w *= 1.3;
    if (m >= 2 && m <= 4)
        w *= 0.85; // the slow season
    if (m == 10 && d <= 7)
        w *= 2.0; // the October holiday
    if (m == 11 && d >= 8 && d <= 11)
        w *= 2.2; // Double 11
    if (m == 12 && d >= 20)
        w *= 1.3;
    return w;
}

// The seconds after midnight of a ticket: mostly 10:00–22:00 with an
// afternoon and an evening peak, a few late ones and some after midnight.
int secondOfDay(Dice& dice)
{
    const double r = dice.unit();
    if (r < 0.002)
        return static_cast<int>(dice.between(0, 40 * 60)); // after midnight
    if (r < 0.008)
        return static_cast<int>(dice.between(22 * 3600, 24 * 3600 - 1));
    const double peak = dice.chance(0.55) ? 15.0 : 19.5;
    double hour = peak + (dice.unit() + dice.unit() + dice.unit() - 1.5) * 3.0;
    hour = std::clamp(hour, 10.0, 21.999);
    return static_cast<int>(hour * 3600);
}

int linesOfTicket(Dice& dice)
{
    const double r = dice.unit();
    if (r < 0.40)
        return 1;
    if (r < 0.65)
        return 2;
    if (r < 0.80)
        return 3;
    if (r < 0.90)
        return 4;
    if (r < 0.96)
        return 5;
    return static_cast<int>(dice.between(6, 10));
}

constexpr double MeanLines = 0.40 * 1 + 0.25 * 2 + 0.15 * 3 + 0.10 * 4 + 0.06 * 5 + 0.04 * 8;

struct PendingReturn
{
    std::int64_t saleId = 0;
    QString receiptNo;
    std::optional<std::int64_t> member;
    std::int64_t total = 0;
    std::int64_t earned = 0;
    QString tender;
    QList<std::pair<std::int64_t, std::pair<std::int64_t, std::int64_t>>> lines; // id, qty, amount
};

QTextStream& out()
{
    static QTextStream stream(stderr);
    return stream;
}

// Secondary indexes of the tables written in bulk: dropped while writing,
// built once at the end (far faster than keeping them up to date row by row).
QList<std::pair<QString, QString>> dropIndexes(SqliteConnection& db)
{
    QList<std::pair<QString, QString>> indexes;
    for (const SqlRow& row : db.query(
             "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
             "tbl_name IN ('sales', 'sale_lines', 'sale_tenders', 'points_ledger', 'returns', "
             "'return_lines', 'return_tenders', 'redemptions')"))
        indexes.append({row.text(0), row.text(1)});
    for (const auto& [name, sql] : std::as_const(indexes))
        db.executeScript(QStringLiteral("DROP INDEX %1").arg(name));
    return indexes;
}

} // namespace

QString ensureYearOfSales(const QString& path, YearOfSalesSize size)
{
    if (QFile::exists(path))
        return path;
    const QString partial = path + QStringLiteral(".partial");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(partial + QString::fromLatin1(suffix));
    QElapsedTimer timer;
    timer.start();
    const QDate first(size.year, 1, 1);
    const QDate last(size.year, 12, 31);
    BigStoreSize store{size.items, size.members, first.addYears(-7), last};
    {
        SqliteConnection db(partial);
        migrate(db, migrationsFor(db.engine()));
        // A file being built, not a till's: speed over durability until it is done.
        db.execute("PRAGMA synchronous=OFF");
        db.execute("PRAGMA cache_size=-1000000");
        {
            Transaction transaction(db);
            fillBigStore(db, store);
            transaction.commit();
        }
        out() << "members and items: " << timer.elapsed() / 1000 << " s\n";
        out().flush();
        const QList<std::pair<QString, QString>> indexes = dropIndexes(db);
        QStringList counterNames;
        for (const SqlRow& row : db.query("SELECT name FROM counters ORDER BY id"))
            counterNames << row.text(0);

        QList<double> weights;
        double weightSum = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            weights << dayWeight(d);
            weightSum += weights.last();
        }
        const double ticketsInYear = static_cast<double>(size.saleLines) / MeanLines;

        Dice dice(20250101);
        const Rate gold = Rate::fromScaled(8800);
        const Rate diamond = Rate::fromScaled(8000);
        const Rate womensPromotion = Rate::fromScaled(8000);
        std::int64_t saleId = 0;
        std::int64_t lineId = 0;
        std::int64_t returnId = 0;
        std::int64_t lines = 0;
        QMap<QDate, QList<PendingReturn>> returnsDue;
        int dayIndex = 0;
        for (QDate day = first; day <= last; day = day.addDays(1), ++dayIndex) {
            Transaction transaction(db);
            const QString dayText = formatDate(day);
            const QString compact = day.toString(QStringLiteral("yyyyMMdd"));
            // Members who have joined by today: ids up to this one.
            const std::int64_t span = std::max<std::int64_t>(store.firstJoined.daysTo(last), 1);
            const std::int64_t joinedBy = std::clamp<std::int64_t>(
                (store.firstJoined.daysTo(day) + 1) * size.members / span, 1, size.members);
            const int tickets =
                static_cast<int>(std::lround(ticketsInYear * weights.at(dayIndex) / weightSum));
            QList<int> seconds;
            for (int t = 0; t < tickets; ++t)
                seconds << secondOfDay(dice);
            std::sort(seconds.begin(), seconds.end());
            std::array<int, Tills> seq{};
            for (const int second : std::as_const(seconds)) {
                const QDateTime at(day, QTime(0, 0).addSecs(second));
                const QString atText = formatLocalTime(at);
                const int till = static_cast<int>(dice.between(0, Tills - 1));
                const QString terminal =
                    QStringLiteral("T%1").arg(till + 1, 2, 10, QLatin1Char('0'));
                const int sequence = ++seq.at(static_cast<std::size_t>(till));
                const QString receipt = QStringLiteral("%1-%2-%3")
                                            .arg(terminal, compact)
                                            .arg(sequence, 4, 10, QLatin1Char('0'));
                std::optional<std::int64_t> member;
                if (dice.chance(0.45)) {
                    // A few members buy far more often than most.
                    const double u = dice.unit();
                    member =
                        1 + static_cast<std::int64_t>(static_cast<double>(joinedBy) * u * u * u);
                }
                const bool isDiamond = member && *member % 5 == 0;
                const Rate memberRate = !member ? Rate::one() : isDiamond ? diamond : gold;
                ++saleId;
                struct Line
                {
                    std::int64_t item;
                    LinePrice price;
                    bool special;
                };
                QList<Line> ticketLines;
                const int count = linesOfTicket(dice);
                std::int64_t totalList = 0;
                std::int64_t total = 0;
                for (int l = 0; l < count; ++l) {
                    const double u = dice.unit();
                    const std::int64_t item =
                        static_cast<std::int64_t>(static_cast<double>(size.items) * u * u);
                    const std::int64_t qty = dice.chance(0.9) ? 1 : dice.chance(0.8) ? 2 : 3;
                    const bool special = counterOf(item) == BigStoreCounters;
                    const LinePrice price = priceLine(
                        Money::fromFen(listFenOf(item)), qty,
                        counterOf(item) == 1 ? womensPromotion : Rate::one(), memberRate, special);
                    ticketLines << Line{item, price, special};
                    totalList += price.listTotal().fen();
                    total += price.amount.fen();
                }
                std::optional<PointsAward> award;
                if (member)
                    award = awardPoints(Money::fromFen(total), 1);
                const QString tender = QString::fromLatin1(TenderKinds.at(
                    static_cast<std::size_t>(dice.chance(0.35) ? 0 : dice.between(1, 3))));
                db.execute(
                    "INSERT INTO sales (id, receipt_no, terminal, day, seq, at, member_id, "
                    "card_id, "
                    "tier, total_list_fen, total_fen, points_member_id, points_multiplier, "
                    "points_base, points_bonus, points_earned) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                    "$8, $9, $10, $11, $12, $13, $14, $15, $16)",
                    {saleId, receipt, terminal, dayText, sequence, atText, member, member,
                     member
                         ? SqlValue(isDiamond ? QStringLiteral("diamond") : QStringLiteral("gold"))
                         : SqlValue(),
                     totalList, total, member, award ? SqlValue(1) : SqlValue(),
                     award ? SqlValue(award->base) : SqlValue(),
                     award ? SqlValue(award->bonus) : SqlValue(),
                     award ? SqlValue(award->earned()) : SqlValue()});
                PendingReturn pending;
                int lineNo = 0;
                for (const Line& line : std::as_const(ticketLines)) {
                    ++lineId;
                    ++lines;
                    db.execute(
                        "INSERT INTO sale_lines (id, sale_id, line_no, product_id, barcode, name, "
                        "counter_id, counter_name, qty, list_fen, promo_rate, after_promo_fen, "
                        "member_rate, amount_fen, special) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                        "$15, $8, $9, $10, $11, $12, $13, $14)",
                        {lineId, saleId, ++lineNo, line.item + 1, barcodeFor(line.item),
                         QStringLiteral("商品 %1").arg(line.item), counterOf(line.item),
                         line.price.quantity, line.price.unitList.fen(),
                         line.price.promoRate.scaled(), line.price.afterPromo.fen(),
                         line.price.memberRate.scaled(), line.price.amount.fen(), line.special,
                         counterNames.at(counterOf(line.item) - 1)});
                    pending.lines.append({lineId, {line.price.quantity, line.price.amount.fen()}});
                }
                db.execute(
                    "INSERT INTO sale_tenders (sale_id, kind, amount_fen) VALUES ($1, $2, $3)",
                    {saleId, tender, total});
                if (award) {
                    db.execute(
                        "INSERT INTO points_ledger (member_id, kind, points, sale_id, at, day, "
                        "note) VALUES ($1, 'earn', $2, $3, $4, $5, $6)",
                        {*member, award->base, saleId, atText, dayText, receipt});
                    if (award->bonus > 0)
                        db.execute(
                            "INSERT INTO points_ledger (member_id, kind, points, sale_id, at, "
                            "day, note) VALUES ($1, 'bonus', $2, $3, $4, $5, $6)",
                            {*member, award->bonus, saleId, atText, dayText, receipt});
                }
                if (dice.chance(0.02)) {
                    pending.saleId = saleId;
                    pending.receiptNo = receipt;
                    pending.member = member;
                    pending.total = total;
                    pending.earned = award ? award->earned() : 0;
                    pending.tender = tender;
                    const QDate back = std::min(day.addDays(dice.between(0, 7)), last);
                    returnsDue[back] << pending;
                }
            }
            // Returns due today, whole tickets, by the tender they were paid with.
            for (const PendingReturn& r : returnsDue.take(day)) {
                ++returnId;
                const QString atText = dayText + QStringLiteral("T18:00:00");
                db.execute(
                    "INSERT INTO returns (id, sale_id, at, day, refund_fen, points_reversed) "
                    "VALUES ($1, $2, $3, $4, $5, $6)",
                    {returnId, r.saleId, atText, dayText, r.total, r.earned});
                for (const auto& [id, qtyAmount] : r.lines)
                    db.execute(
                        "INSERT INTO return_lines (return_id, sale_line_id, qty, refund_fen) "
                        "VALUES ($1, $2, $3, $4)",
                        {returnId, id, qtyAmount.first, qtyAmount.second});
                db.execute(
                    "INSERT INTO return_tenders (return_id, kind, amount_fen) VALUES ($1, $2, $3)",
                    {returnId, r.tender, r.total});
                if (r.member && r.earned > 0)
                    db.execute(
                        "INSERT INTO points_ledger (member_id, kind, points, sale_id, "
                        "return_id, at, day, note) VALUES ($1, 'reverse', $2, $3, $4, $5, "
                        "$6, $7)",
                        {*r.member, -r.earned, r.saleId, returnId, atText, dayText, r.receiptNo});
            }
            // Gifts for points: the keenest members, a few hundred a day.
            const int gifts = static_cast<int>(dice.between(100, 250));
            for (int g = 0; g < gifts; ++g) {
                const double u = dice.unit();
                const std::int64_t member =
                    1 + static_cast<std::int64_t>(static_cast<double>(joinedBy) * u * u * u);
                const std::int64_t points = 1000 + 500 * dice.between(0, 4);
                const std::int64_t capFen = (points / 500 - 1) * 20000;
                std::int64_t item = dice.between(0, size.items - 1);
                while (counterOf(item) == BigStoreCounters || listFenOf(item) > capFen)
                    item = dice.between(0, size.items - 1);
                const QString atText =
                    formatLocalTime(QDateTime(day, QTime(11, 0).addSecs(g * 30)));
                const std::int64_t redemption = db.queryInteger(
                    "INSERT INTO redemptions (member_id, product_id, counter_id, list_fen, "
                    "cap_fen, "
                    "points, at, day) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                    {member, item + 1, counterOf(item), listFenOf(item), capFen, points, atText,
                     dayText});
                db.execute("INSERT INTO points_ledger (member_id, kind, points, redemption_id, at, "
                           "day, note) VALUES ($1, 'redeem', $2, $3, $4, $5, '')",
                           {member, -points, redemption, atText, dayText});
            }
            transaction.commit();
            if (day.day() == 1) {
                out() << dayText << ": " << lines << " lines, " << timer.elapsed() / 1000 << " s\n";
                out().flush();
            }
        }
        out() << "sales written: " << lines << " lines, " << timer.elapsed() / 1000 << " s\n";
        out().flush();
        for (const auto& [name, sql] : indexes)
            db.executeScript(sql);
        db.execute("ANALYZE");
        out() << "indexes built: " << timer.elapsed() / 1000 << " s\n";
        out().flush();
    }
    {
        // Each day closed after it, as the store does: the figures frozen
        // through the real service.
        SqlStore closingStore(std::make_unique<SqliteConnection>(partial));
        FixedClock clock(QDateTime(first, QTime(0, 0)));
        ServiceContext ctx{closingStore, clock, QStringLiteral("B01")};
        DayCloseService closing(ctx);
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            clock.set(QDateTime(day.addDays(1), QTime(0, 30)));
            const Result<DayClose> closed = closing.close(day, std::nullopt);
            if (!closed) {
                out() << "closing " << formatDate(day) << ": " << closed.error().message() << '\n';
                return {};
            }
        }
        closingStore.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    out() << "days closed: " << timer.elapsed() / 1000 << " s\n";
    out().flush();
    QFile::rename(partial, path);
    return path;
}

} // namespace viptill::bench
