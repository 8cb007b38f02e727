// The store at department-store scale (issue 8), on SQLite and on
// PostgreSQL: a year of a busy store (1,000,000 members, 200,000 items,
// 10,000,000 sale lines, every day closed), and each figure beside a raw
// baseline in the same run — the bare sqlite3 / libpq calls reading or
// writing the same rows with the same durability — and their ratio.
// Targets: lookup and sale within 2× of raw; 1,000 durable sales a second on
// one SQLite file; 2,000 a second from 16 tills on PostgreSQL; the day's
// figures < 100 ms, the month's < 2 s; the till under 200 MB with this store.
// Run: build-bench/bench/store_benchmark ($VIPTILL_BENCH_DIR keeps the
// generated store and the PostgreSQL copy; $VIPTILL_BENCH_LINES and
// $VIPTILL_BENCH_MEMBERS make a smaller year; $VIPTILL_BENCH_PG names a
// server to use instead of starting one).

#include "BenchPostgres.h"
#include "RawConnection.h"
#include "YearOfSales.h"
#include "core/Identity.h"
#include "core/Points.h"
#include "core/Pricing.h"
#include "services/MemberService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "storage/PostgresConnection.h"
#include "storage/SqlStore.h"
#include "storage/SqliteConnection.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTextStream>
#include <atomic>
#include <benchmark/benchmark.h>
#include <cmath>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

using namespace viptill;

namespace {

constexpr int Year = 2025;
constexpr int LinesPerSale = 5;
constexpr int ManyTills = 16;
const QByteArray AuditKey(32, '\x33');

// The morning after the year: every day of it is closed, today is open.
QDateTime saleTime()
{
    return QDateTime(QDate(Year + 1, 1, 2), QTime(10, 0));
}

QString benchDir()
{
    return qEnvironmentVariable("VIPTILL_BENCH_DIR", QDir::tempPath());
}

bench::YearOfSalesSize yearSize()
{
    bench::YearOfSalesSize size;
    size.year = Year;
    bool ok = false;
    const std::int64_t lines = qEnvironmentVariable("VIPTILL_BENCH_LINES").toLongLong(&ok);
    if (ok && lines > 0)
        size.saleLines = lines;
    const std::int64_t members = qEnvironmentVariable("VIPTILL_BENCH_MEMBERS").toLongLong(&ok);
    if (ok && members > 0)
        size.members = members;
    return size;
}

// The same file as report_benchmark's, so either one generates it for both.
QString sqlitePath()
{
    static const QString path = [] {
        const bench::YearOfSalesSize size = yearSize();
        return bench::ensureYearOfSales(benchDir() + QStringLiteral("/viptill-bench-year-%1-%2.db")
                                                         .arg(size.saleLines)
                                                         .arg(size.members),
                                        size);
    }();
    return path;
}

std::unique_ptr<bench::BenchPostgres> postgresServer;

QString postgresUri()
{
    static QString uri;
    static QString error;
    static std::once_flag once;
    std::call_once(once, [] {
        const bench::YearOfSalesSize size = yearSize();
        const QString name = QStringLiteral("%1_%2").arg(size.saleLines).arg(size.members);
        const QString lite = sqlitePath();
        postgresServer = std::make_unique<bench::BenchPostgres>(benchDir(), name);
        uri = postgresServer->copyOf(lite, QStringLiteral("viptill_bench_") + name);
        error = postgresServer->error();
    });
    if (uri.isEmpty())
        throw std::runtime_error("no PostgreSQL server: " + error.toStdString());
    return uri;
}

enum class Engine
{
    Sqlite,
    Postgres
};

const char* engineName(Engine engine)
{
    return engine == Engine::Sqlite ? "sqlite" : "postgresql";
}

QString location(Engine engine)
{
    return engine == Engine::Sqlite ? sqlitePath() : postgresUri();
}

// The one place the benchmark makes a till's Store: the factory the CLI and
// the till use for a file or a postgresql:// URI, and the key file's keys.
std::unique_ptr<Store> openTillStore(const QString& where)
{
    std::unique_ptr<Store> store = openStore(where);
    store->setChainKey(AuditKey);
    store->setPersonalKey(bench::benchPersonalKey());
    return store;
}

std::unique_ptr<bench::RawConnection> openRaw(Engine engine)
{
    const QString where = location(engine);
    return engine == Engine::Sqlite ? bench::openRawSqlite(where.toStdString())
                                    : bench::openRawPostgres(where.toStdString());
}

// The members who buy: diamond members (no upgrade to write) who joined in
// the last tenth of the ids, during the year, so their cards have not lapsed.
std::int64_t buyer(std::int64_t i)
{
    const std::int64_t members = yearSize().members;
    const std::int64_t first = (members * 9 / 10) / 5 * 5 + 5;
    const std::int64_t count = std::max<std::int64_t>((members - first) / 5 + 1, 1);
    return first + 5 * ((i * 7919) % count);
}

std::int64_t itemOf(std::int64_t sale, int line)
{
    return (sale * 104729 + line * 15485863) % yearSize().items;
}

// A till: its own connection, clock and terminal code.
struct Terminal
{
    Terminal(Engine engine, const QString& code)
        : store(openTillStore(location(engine)))
        , services{*store, clock, code}
    {}
    std::unique_ptr<Store> store;
    FixedClock clock{saleTime()};
    ServiceContext services;
};

SaleRequest memberSale(std::int64_t i)
{
    SaleRequest request;
    request.card = PresentedCard{cardNumberForSerial(buyer(i))};
    for (int l = 0; l < LinesPerSale; ++l)
        request.items << ItemRequest{bench::barcodeFor(itemOf(i, l)), 1};
    return request;
}

template <typename F> void guardedBenchmark(benchmark::State& state, F&& body)
{
    try {
        body();
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
    }
}

// --- The raw baselines -----------------------------------------------------

std::string utf8(const QString& text)
{
    return text.toStdString();
}

const std::string& today()
{
    static const std::string day = utf8(formatDate(saleTime().date()));
    return day;
}

struct RawMember
{
    std::int64_t id = 0;
    std::int64_t cardId = 0;
    std::string tier;
    std::string birthday;
    std::int64_t balance = 0;
    std::int64_t lifetime = 0;
};

// What the till needs when a card is shown, read with the fewest statements
// that read the same rows: the card, the lapse setting, the member with the
// day of their last purchase, their last revival, their points.
RawMember rawMemberForCard(bench::RawConnection& db, const std::string& card)
{
    RawMember m;
    if (db.run("SELECT id, member_id, generation, status, tier, chip_uid FROM cards "
               "WHERE number = $1",
               {card}) == 0)
        throw std::runtime_error("unknown card " + card);
    if (db.text(3) != "active")
        throw std::runtime_error("card not active " + card);
    m.cardId = db.integer(0);
    const std::int64_t memberId = db.integer(1);
    const int lapseDays =
        db.run("SELECT value FROM settings WHERE key = 'lapse_days'") ? int(db.integer(0)) : 365;
    static int cutoffDays = -1;
    static std::string cutoff;
    if (lapseDays != cutoffDays) {
        cutoffDays = lapseDays;
        cutoff = utf8(formatDate(saleTime().date().addDays(-lapseDays)));
    }
    if (db.run("SELECT m.id, m.name, m.gender, m.birthday, m.id_number, m.mobile, m.address, "
               "m.category, m.tier, m.joined_at, m.upgraded_by_sale_id, "
               "COALESCE((SELECT MAX(s.day) FROM sales s WHERE s.points_member_id = m.id), "
               "m.joined_on) FROM members m WHERE m.id = $1",
               {memberId}) == 0)
        throw std::runtime_error("no member for card " + card);
    m.id = db.integer(0);
    m.birthday = db.text(3);
    m.tier = db.text(8);
    std::string anchor = db.text(11);
    db.run("SELECT MAX(day) FROM card_revivals WHERE member_id = $1", {memberId});
    if (!db.isNull(0) && db.text(0) > anchor)
        anchor = db.text(0);
    if (anchor <= cutoff)
        throw std::runtime_error("card lapsed " + card);
    db.run("SELECT COALESCE(SUM(points), 0), COALESCE(SUM(CASE WHEN kind IN ('earn', 'bonus', "
           "'reverse') THEN points ELSE 0 END), 0) FROM points_ledger WHERE member_id = $1",
           {memberId});
    m.balance = db.integer(0);
    m.lifetime = db.integer(1);
    return m;
}

// The chain's next link: one upsert takes the head (and its row lock), one
// update moves it on. The MAC is the product's own function (the bytes of
// the row must be the same).
std::pair<std::int64_t, std::string> rawExtendChain(bench::RawConnection& db, const QString& name,
                                                    const QList<chain::Field>& fields)
{
    const std::string chainName = utf8(name);
    db.run("INSERT INTO chain_heads (name, seq, mac, head_mac) VALUES ($1, 1, '', '') "
           "ON CONFLICT (name) DO UPDATE SET seq = chain_heads.seq + 1 RETURNING seq, mac",
           {chainName});
    const std::int64_t seq = db.integer(0);
    const QString mac =
        chain::entryMac(AuditKey, name, seq, fields, QString::fromStdString(db.text(1)));
    const std::string macText = utf8(mac);
    db.run("UPDATE chain_heads SET mac = $2, head_mac = $3 WHERE name = $1",
           {chainName, macText, utf8(chain::headMac(AuditKey, name, seq, mac))});
    return {seq, macText};
}

struct RawLine
{
    std::int64_t productId = 0;
    std::string barcode;
    std::string name;
    std::int64_t counterId = 0;
    std::string counterName;
    bool special = false;
    LinePrice price;
};

// A 5-line member sale written with bare calls: the same rows as the
// product's (sale, lines, tender, receipt number, the audit entry and its
// chain, the ledger row and its chain), one transaction, the engine's
// durable commit. Prices and points by the core's own arithmetic.
void rawMemberSale(bench::RawConnection& db, const QString& terminal, std::int64_t i)
{
    const std::string term = utf8(terminal);
    const QDateTime at = saleTime();
    static const std::string atText = utf8(formatLocalTime(at));
    static const std::string compactDay = utf8(at.date().toString(QStringLiteral("yyyyMMdd")));
    static const std::string monthDay = today().substr(4); // "-MM-DD"
    const Programme programme;
    db.beginWrite();
    try {
        if (db.run("SELECT day FROM day_closes WHERE day >= $1 ORDER BY day LIMIT 1", {today()}))
            throw std::runtime_error("the day is closed");
        const RawMember m = rawMemberForCard(db, utf8(cardNumberForSerial(buyer(i))));
        const Tier tier = m.tier == "diamond" ? Tier::Diamond : Tier::Gold;
        const Rate memberRate = programme.memberRate(tier);
        RawLine lines[LinesPerSale];
        std::int64_t total = 0;
        std::int64_t totalList = 0;
        for (int l = 0; l < LinesPerSale; ++l) {
            RawLine& line = lines[l];
            if (db.run("SELECT p.id, p.barcode, p.name, p.counter_id, c.name, p.list_fen, "
                       "p.special, p.on_sale FROM products p JOIN counters c ON c.id = "
                       "p.counter_id WHERE p.barcode = $1",
                       {utf8(bench::barcodeFor(itemOf(i, l)))}) == 0)
                throw std::runtime_error("unknown item");
            line.productId = db.integer(0);
            line.barcode = db.text(1);
            line.name = db.text(2);
            line.counterId = db.integer(3);
            line.counterName = db.text(4);
            const std::int64_t listFen = db.integer(5);
            line.special = db.text(6) == "1" || db.text(6) == "t";
            Rate promo = Rate::one();
            if (db.run("SELECT rate FROM counter_promotions WHERE counter_id = $1 AND cleared_at "
                       "IS NULL AND (valid_from IS NULL OR valid_from <= $2) AND (valid_to IS "
                       "NULL OR valid_to >= $2) ORDER BY id DESC LIMIT 1",
                       {line.counterId, today()}))
                promo = Rate::fromScaled(db.integer(0));
            line.price = priceLine(Money::fromFen(listFen), 1, promo, memberRate, line.special);
            total += line.price.amount.fen();
            totalList += line.price.listTotal().fen();
        }
        db.run("INSERT INTO receipt_sequences (terminal, day, last_seq) VALUES ($1, $2, 1) "
               "ON CONFLICT (terminal, day) DO UPDATE SET last_seq = receipt_sequences.last_seq "
               "+ 1 RETURNING last_seq",
               {term, today()});
        const std::int64_t seq = db.integer(0);
        char seqText[32];
        std::snprintf(seqText, sizeof seqText, "%04lld", static_cast<long long>(seq));
        const std::string receipt = term + '-' + compactDay + '-' + seqText;
        if (db.run("SELECT id FROM multiplier_rules WHERE active = 1"))
            throw std::runtime_error("the raw sale knows no multiplier rules");
        const PointsAward award = awardPoints(Money::fromFen(total), 1);
        bool birthdayGift = false;
        if (m.birthday.size() == 10 && m.birthday.substr(4) == monthDay)
            birthdayGift = db.run("SELECT 1 FROM sales WHERE points_member_id = $1 AND day >= $2 "
                                  "AND day <= $3 AND birthday_gift = 1 LIMIT 1",
                                  {m.id, today().substr(0, 4) + "-01-01",
                                   today().substr(0, 4) + "-12-31"}) == 0;
        if (programme.upgradesToDiamond(tier, m.lifetime + award.earned()))
            throw std::runtime_error("the raw sale writes no upgrades: choose diamond members");
        db.run("INSERT INTO sales (receipt_no, terminal, day, seq, at, member_id, card_id, tier, "
               "total_list_fen, total_fen, points_member_id, points_multiplier, points_base, "
               "points_bonus, points_earned, birthday_gift, upgraded_to, staff_id) VALUES ($1, "
               "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) "
               "RETURNING id",
               {receipt, term, today(), seq, atText, m.id, m.cardId, m.tier, totalList, total, m.id,
                award.multiplier, award.base, award.bonus, award.earned(), birthdayGift ? 1 : 0,
                bench::RawValue(), bench::RawValue()});
        const std::int64_t saleId = db.integer(0);
        // The audit entry's detail: a digest of the sale, as the product's.
        QList<chain::Field> saleFields{QString::fromStdString(receipt), QString::number(total)};
        for (int l = 0; l < LinesPerSale; ++l) {
            const RawLine& line = lines[l];
            db.run("INSERT INTO sale_lines (sale_id, line_no, product_id, barcode, name, "
                   "counter_id, counter_name, qty, list_fen, promo_rate, after_promo_fen, "
                   "member_rate, amount_fen, special) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
                   "$9, $10, $11, $12, $13, $14) RETURNING id",
                   {saleId, l + 1, line.productId, line.barcode, line.name, line.counterId,
                    line.counterName, std::int64_t{1}, line.price.unitList.fen(),
                    line.price.promoRate.scaled(), line.price.afterPromo.fen(),
                    line.price.memberRate.scaled(), line.price.amount.fen(), line.special ? 1 : 0});
            saleFields << QString::number(line.productId) << QString::fromStdString(line.barcode)
                       << QString::number(line.price.amount.fen());
        }
        db.run("INSERT INTO sale_tenders (sale_id, kind, amount_fen) VALUES ($1, $2, $3)",
               {saleId, "cash", total});
        const QString detail =
            chain::entryMac(AuditKey, QStringLiteral("sale-v1"), 0, saleFields, QString());
        const QString auditChain = QStringLiteral("audit:") + terminal;
        const auto audit =
            rawExtendChain(db, auditChain,
                           {std::nullopt, std::nullopt, terminal, QStringLiteral("sale"), detail,
                            QString::fromStdString(atText), QString::fromStdString(receipt)});
        db.run("INSERT INTO staff_events (staff_id, approver_id, terminal, action, detail, at, "
               "chain, chain_seq, mac, subject) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
               "$10) RETURNING id",
               {bench::RawValue(), bench::RawValue(), term, "sale", utf8(detail), atText,
                utf8(auditChain), audit.first, audit.second, receipt});
        const std::int64_t earned = award.base * award.multiplier;
        if (earned > 0) {
            const auto link =
                rawExtendChain(db, QStringLiteral("ledger:%1").arg(m.id),
                               {QString::number(m.id), QStringLiteral("earn"),
                                QString::number(earned), QString::number(saleId), std::nullopt,
                                std::nullopt, QString::fromStdString(atText),
                                QString::fromStdString(today()), QString::fromStdString(receipt)});
            db.run("INSERT INTO points_ledger (member_id, kind, points, sale_id, return_id, "
                   "redemption_id, at, day, note, chain_seq, mac) VALUES ($1, $2, $3, $4, $5, "
                   "$6, $7, $8, $9, $10, $11) RETURNING id",
                   {m.id, "earn", earned, saleId, bench::RawValue(), bench::RawValue(), atText,
                    today(), receipt, link.first, link.second});
        }
        if (award.bonus > 0) {
            const auto link =
                rawExtendChain(db, QStringLiteral("ledger:%1").arg(m.id),
                               {QString::number(m.id), QStringLiteral("bonus"),
                                QString::number(award.bonus), QString::number(saleId), std::nullopt,
                                std::nullopt, QString::fromStdString(atText),
                                QString::fromStdString(today()), QString::fromStdString(receipt)});
            db.run("INSERT INTO points_ledger (member_id, kind, points, sale_id, return_id, "
                   "redemption_id, at, day, note, chain_seq, mac) VALUES ($1, $2, $3, $4, $5, "
                   "$6, $7, $8, $9, $10, $11) RETURNING id",
                   {m.id, "bonus", award.bonus, saleId, bench::RawValue(), bench::RawValue(),
                    atText, today(), receipt, link.first, link.second});
        }
        db.commit();
    } catch (...) {
        try {
            db.rollback();
        } catch (...) {
        }
        throw;
    }
}

// The manager's figures, raw: the very statements ReportService runs for a
// range (recorded once through a connection that writes them down), run
// with the bare calls, every row and column read.
struct Statement
{
    std::string sql;
    std::vector<std::optional<std::string>> texts; // NULL, or the text
    std::vector<std::optional<std::int64_t>> integers;
};

class RecordingConnection final : public SqlConnection
{
public:
    RecordingConnection(std::unique_ptr<SqlConnection> inner, std::vector<Statement>& sink)
        : m_inner(std::move(inner))
        , m_sink(sink)
    {}
    QString engine() const override { return m_inner->engine(); }
    void executeScript(const QString& script) override { m_inner->executeScript(script); }
    std::vector<SqlRow> query(std::string_view sql, SqlParams params = {}) override
    {
        record(sql, params);
        return m_inner->query(sql, params);
    }
    std::int64_t execute(std::string_view sql, SqlParams params = {}) override
    {
        record(sql, params);
        return m_inner->execute(sql, params);
    }
    std::vector<SqlRow> query(std::string_view sql, const std::vector<SqlValue>& params) override
    {
        record(sql, params);
        return m_inner->query(sql, params);
    }
    std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params) override
    {
        record(sql, params);
        return m_inner->execute(sql, params);
    }

protected:
    void beginOutermost() override { m_inner->begin(); }
    void commitOutermost() override { m_inner->commit(); }
    void rollbackOutermost() override { m_inner->rollback(); }

private:
    template <typename Params> void record(std::string_view sql, const Params& params)
    {
        Statement s;
        s.sql = std::string(sql);
        for (const SqlValue& v : params) {
            s.texts.push_back(v.isNull() || v.isInteger() ? std::nullopt
                                                          : std::optional(utf8(v.text())));
            s.integers.push_back(v.isInteger() ? std::optional(v.integer()) : std::nullopt);
        }
        m_sink.push_back(std::move(s));
    }
    std::unique_ptr<SqlConnection> m_inner;
    std::vector<Statement>& m_sink;
};

std::vector<Statement> recordFigures(Engine engine, const DayRange& range)
{
    std::vector<Statement> statements;
    const QString where = location(engine);
    std::unique_ptr<SqlConnection> inner;
    if (engine == Engine::Sqlite)
        inner = std::make_unique<SqliteConnection>(where);
    else
        inner = std::make_unique<PostgresConnection>(where);
    SqlStore store(std::make_unique<RecordingConnection>(std::move(inner), statements));
    // The top members' mobiles open with the personal key; what giving the
    // key reads (rows still to seal) is not the figures', so it is dropped.
    store.setPersonalKey(bench::benchPersonalKey());
    statements.clear();
    FixedClock clock(saleTime());
    ServiceContext services{store, clock, QStringLiteral("M01")};
    if (!ReportService(services).figures(range))
        throw std::runtime_error("the figures failed");
    return statements;
}

void replay(bench::RawConnection& db, const std::vector<Statement>& statements)
{
    for (const Statement& s : statements) {
        bench::RawValue params[32];
        if (s.texts.size() > 32)
            throw std::runtime_error("too many parameters");
        for (std::size_t p = 0; p < s.texts.size(); ++p) {
            if (s.integers[p])
                params[p] = bench::RawValue(*s.integers[p]);
            else if (s.texts[p])
                params[p] = bench::RawValue(std::string_view(*s.texts[p]));
        }
        db.run(s.sql, params, s.texts.size());
    }
}

DayRange dayOf(std::int64_t i)
{
    return DayRange::day(QDate(Year, 1, 1).addDays((i * 37) % 365));
}

DayRange monthOf(std::int64_t i)
{
    return DayRange::monthOf(QDate(Year, static_cast<int>(i % 12) + 1, 1));
}

// --- The benchmarks --------------------------------------------------------

void MemberLookupByCard(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        Terminal till(engine, QStringLiteral("B01"));
        MemberService members(till.services);
        std::int64_t i = 0;
        for (auto _ : state) {
            const Result<MemberView> found = members.memberForCard(cardNumberForSerial(buyer(i++)));
            if (!found)
                throw std::runtime_error(found.error().message().toStdString());
            benchmark::DoNotOptimize(found->balance);
        }
    });
}

void MemberLookupByCardRaw(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        const std::unique_ptr<bench::RawConnection> db = openRaw(engine);
        std::int64_t i = 0;
        for (auto _ : state) {
            const RawMember m = rawMemberForCard(*db, utf8(cardNumberForSerial(buyer(i++))));
            benchmark::DoNotOptimize(m.balance);
        }
    });
}

void MemberSale5Lines(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        Terminal till(engine, QStringLiteral("B01"));
        SaleService sales(till.services);
        std::int64_t i = 0;
        for (auto _ : state) {
            const Result<Receipt> sold = sales.sell(memberSale(i++));
            if (!sold)
                throw std::runtime_error(sold.error().message().toStdString());
            benchmark::DoNotOptimize(sold->sale.id);
        }
        state.counters["sales_per_s"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                           benchmark::Counter::kIsRate);
    });
}

void MemberSale5LinesRaw(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        const std::unique_ptr<bench::RawConnection> db = openRaw(engine);
        std::int64_t i = 0;
        for (auto _ : state)
            rawMemberSale(*db, QStringLiteral("R01"), i++);
        state.counters["sales_per_s"] = benchmark::Counter(static_cast<double>(state.iterations()),
                                                           benchmark::Counter::kIsRate);
    });
}

template <DayRange (*RangeOf)(std::int64_t)>
void ManagerFigures(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        Terminal office(engine, QStringLiteral("M01"));
        ReportService reports(office.services);
        std::int64_t i = 0;
        for (auto _ : state) {
            const Result<viptill::Figures> f = reports.figures(RangeOf(i++));
            if (!f)
                throw std::runtime_error(f.error().message().toStdString());
            benchmark::DoNotOptimize(f->sales);
        }
    });
}

template <DayRange (*RangeOf)(std::int64_t)>
void ManagerFiguresRaw(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        static std::map<std::tuple<Engine, qint64, qint64>, std::vector<Statement>> recorded;
        const std::unique_ptr<bench::RawConnection> db = openRaw(engine);
        std::int64_t i = 0;
        for (auto _ : state) {
            const DayRange range = RangeOf(i++);
            const auto key = std::tuple(engine, range.from.toJulianDay(), range.to.toJulianDay());
            if (!recorded.contains(key)) {
                state.PauseTiming();
                recorded[key] = recordFigures(engine, range);
                state.ResumeTiming();
            }
            replay(*db, recorded[key]);
        }
        benchmark::DoNotOptimize(db->checksum());
        state.counters["statements"] = static_cast<double>(recorded.begin()->second.size());
    });
}

// 16 tills, each its own connection and terminal code, selling 5-line
// member sales to one member base at once; what the store takes per second.
void ManyTillsSales(benchmark::State& state, Engine engine)
{
    guardedBenchmark(state, [&] {
        const int perTill = static_cast<int>(state.range(0));
        for (auto _ : state) {
            std::vector<std::unique_ptr<Terminal>> tills;
            for (int t = 0; t < ManyTills; ++t)
                tills.push_back(std::make_unique<Terminal>(
                    engine, QStringLiteral("T%1").arg(t + 1, 2, 10, QLatin1Char('0'))));
            std::atomic<int> ready = 0;
            std::atomic<int> failed = 0;
            std::vector<std::thread> threads;
            QElapsedTimer timer;
            for (int t = 0; t < ManyTills; ++t) {
                threads.emplace_back([&, t] {
                    SaleService sales(tills[static_cast<std::size_t>(t)]->services);
                    if (++ready == ManyTills)
                        timer.start();
                    while (ready < ManyTills)
                        std::this_thread::yield();
                    for (int s = 0; s < perTill; ++s) {
                        // Every till sells to the whole member base.
                        if (!sales.sell(memberSale(1 + s * ManyTills + t)))
                            ++failed;
                    }
                });
            }
            for (std::thread& thread : threads)
                thread.join();
            const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
            state.SetIterationTime(seconds);
            const int sold = ManyTills * perTill - failed;
            state.counters["sales_per_s"] = static_cast<double>(sold) / seconds;
            state.counters["failed"] = failed.load();
        }
    });
}

// The till app's memory with this store: till_benchmark opens it through the
// real objects in a process of its own (a window, a card, items scanned) and
// reports its resident set.
void TillMemory(benchmark::State& state)
{
#ifdef VIPTILL_TILL_BENCHMARK
    guardedBenchmark(state, [&] {
        const QString store = sqlitePath();
        for (auto _ : state) {
            QProcess till;
            till.start(QStringLiteral(VIPTILL_TILL_BENCHMARK),
                       {QStringLiteral("--till-memory"), store, QString::number(yearSize().members),
                        QString::number(yearSize().items)});
            if (!till.waitForFinished(600000) || till.exitCode() != 0)
                throw std::runtime_error("till_benchmark --till-memory failed: " +
                                         till.readAllStandardError().toStdString());
            // "rss_kB peak_kB"
            const QList<QByteArray> kb = till.readAllStandardOutput().trimmed().split(' ');
            if (kb.size() != 2)
                throw std::runtime_error("till_benchmark --till-memory said nothing");
            state.counters["rss_MB"] = kb.at(0).toDouble() / 1024.0;
            state.counters["peak_MB"] = kb.at(1).toDouble() / 1024.0;
        }
    });
#else
    state.SkipWithError("built without the GUI (VIPTILL_GUI=OFF)");
#endif
}

// --- What the run found ----------------------------------------------------

struct Measured
{
    double seconds = 0; // per iteration
    std::map<std::string, double> counters;
};

class CollectingReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run>& runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run& run : runs) {
            if (run.error_occurred || run.iterations == 0 || run.run_type != Run::RT_Iteration)
                continue;
            Measured& m = results[run.benchmark_name()];
            m.seconds = run.real_accumulated_time / static_cast<double>(run.iterations);
            for (const auto& [name, counter] : run.counters)
                m.counters[name] = counter.value;
        }
    }
    std::map<std::string, Measured> results;
};

void printTable(const std::map<std::string, Measured>& results)
{
    QTextStream out(stdout);
    auto find = [&](const std::string& name) -> const Measured* {
        for (const auto& [key, m] : results) {
            if (key == name || key.rfind(name + '/', 0) == 0)
                return &m;
        }
        return nullptr;
    };
    auto verdict = [](bool pass) {
        return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
    };
    out << "\nfigure                          product        raw     ratio  target\n";
    for (const char* engine : {"sqlite", "postgresql"}) {
        for (const char* figure :
             {"MemberLookupByCard", "MemberSale5Lines", "DayReport", "MonthReport"}) {
            const std::string name = std::string(figure) + '/' + engine;
            const Measured* product = find(name);
            const Measured* raw = find(std::string(figure) + "Raw/" + engine);
            if (!product) {
                out << QString::fromStdString(name).leftJustified(30) << "  (not run)\n";
                continue;
            }
            const double ratio = raw ? product->seconds / raw->seconds : 0;
            QString target;
            const std::string f = figure;
            if (f == "MemberLookupByCard" || f == "MemberSale5Lines")
                target = QStringLiteral("ratio <= 2: ") + verdict(raw && ratio <= 2.0);
            else if (f == "DayReport")
                target = QStringLiteral("< 100 ms: ") + verdict(product->seconds < 0.1);
            else
                target = QStringLiteral("< 2 s: ") + verdict(product->seconds < 2.0);
            out << QString::fromStdString(name).leftJustified(30)
                << QStringLiteral("%1 ms").arg(product->seconds * 1e3, 9, 'f', 3)
                << (raw ? QStringLiteral("%1 ms").arg(raw->seconds * 1e3, 9, 'f', 3)
                        : QStringLiteral("         --"))
                << QStringLiteral("%1x").arg(ratio, 8, 'f', 2) << "  " << target << '\n';
        }
    }
    if (const Measured* sale = find("MemberSale5Lines/sqlite")) {
        const double perSecond = 1.0 / sale->seconds;
        out << QStringLiteral("durable sales/s, one SQLite file: %1  (>= 1000: %2)\n")
                   .arg(perSecond, 0, 'f', 0)
                   .arg(verdict(perSecond >= 1000));
    }
    for (const char* engine : {"postgresql", "sqlite"}) {
        if (const Measured* many = find(std::string("ManyTillsSales/") + engine)) {
            const double perSecond =
                many->counters.count("sales_per_s") ? many->counters.at("sales_per_s") : 0.0;
            out << QStringLiteral("sales/s from 16 tills on %1: %2")
                       .arg(QLatin1String(engine))
                       .arg(perSecond, 0, 'f', 0);
            if (QLatin1String(engine) == QLatin1String("postgresql"))
                out << QStringLiteral("  (>= 2000: %1)").arg(verdict(perSecond >= 2000));
            out << '\n';
        }
    }
    if (const Measured* memory = find("TillMemory")) {
        const double rss = memory->counters.count("rss_MB") ? memory->counters.at("rss_MB") : 0;
        const double peak = memory->counters.count("peak_MB") ? memory->counters.at("peak_MB") : 0;
        out << QStringLiteral("till memory with this store: %1 MB resident, %2 MB at peak  "
                              "(< 200 MB: %3)\n")
                   .arg(rss, 0, 'f', 0)
                   .arg(peak, 0, 'f', 0)
                   .arg(verdict(peak < 200));
    }
}

void registerBenchmarks()
{
    const int perTill = qEnvironmentVariableIntValue("VIPTILL_BENCH_TILL_SALES") > 0
                            ? qEnvironmentVariableIntValue("VIPTILL_BENCH_TILL_SALES")
                            : 200;
    for (Engine engine : {Engine::Sqlite, Engine::Postgres}) {
        const std::string e = engineName(engine);
        benchmark::RegisterBenchmark(("MemberLookupByCard/" + e).c_str(), MemberLookupByCard,
                                     engine)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("MemberLookupByCardRaw/" + e).c_str(), MemberLookupByCardRaw,
                                     engine)
            ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("MemberSale5Lines/" + e).c_str(), MemberSale5Lines, engine)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->MinTime(2.0);
        benchmark::RegisterBenchmark(("MemberSale5LinesRaw/" + e).c_str(), MemberSale5LinesRaw,
                                     engine)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->MinTime(2.0);
        benchmark::RegisterBenchmark(("DayReport/" + e).c_str(), ManagerFigures<dayOf>, engine)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(30);
        benchmark::RegisterBenchmark(("DayReportRaw/" + e).c_str(), ManagerFiguresRaw<dayOf>,
                                     engine)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(30);
        benchmark::RegisterBenchmark(("MonthReport/" + e).c_str(), ManagerFigures<monthOf>, engine)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(12);
        benchmark::RegisterBenchmark(("MonthReportRaw/" + e).c_str(), ManagerFiguresRaw<monthOf>,
                                     engine)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime()
            ->Iterations(12);
        benchmark::RegisterBenchmark(("ManyTillsSales/" + e).c_str(), ManyTillsSales, engine)
            ->Arg(perTill)
            ->Unit(benchmark::kMillisecond)
            ->UseManualTime()
            ->Iterations(1);
    }
    benchmark::RegisterBenchmark("TillMemory", TillMemory)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    registerBenchmarks();
    CollectingReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    printTable(reporter.results);
    benchmark::Shutdown();
    postgresServer.reset(); // stops the server this run started
    return 0;
}
