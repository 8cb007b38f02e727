// Members from the store's old system (member import): a clean file brings
// members whose cards work at once and whose points count; any fault brings
// nothing, and the dry run lists every fault with its line.

#include "cards/MagneticTrack.h"
#include "core/Identity.h"
#include "services/AuditService.h"
#include "services/CardService.h"
#include "services/CheckoutSession.h"
#include "services/DayCloseService.h"
#include "services/MemberImportService.h"
#include "services/MemberService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"
#include "storage/SqlConnection.h"
#include "support/TestStore.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

const QString Header = QStringLiteral("card_number,name,gender,birthday,id_number,mobile,address,"
                                      "tier,points_balance,points_lifetime,joined_on");

// One line of an import file, every field as the old system wrote it.
struct OldMember
{
    QString card;
    QString name = QStringLiteral("陈静");
    QString gender = QStringLiteral("F");
    QDate birthday{1980, 4, 12};
    int sequence = 1; // of the ID number
    QString mobile;
    QString address = QStringLiteral("上海市黄浦区南京东路100号");
    QString tier = QStringLiteral("gold");
    QString balance = QStringLiteral("0");
    QString lifetime = QStringLiteral("0");
    QString joinedOn = QStringLiteral("2015-03-01");
    QString idNumber = {};     // none: a valid one for the birthday and sequence
    QString birthdayText = {}; // none: the birthday's

    QString line() const
    {
        const QString id = idNumber.isEmpty() ? idNumberFor(birthday, sequence) : idNumber;
        const QString born = birthdayText.isEmpty() ? formatDate(birthday) : birthdayText;
        return QStringList{card,    name, gender,  born,     id,      mobile,
                           address, tier, balance, lifetime, joinedOn}
            .join(u',');
    }
};

// A member of the old system numbered n: card, ID number and mobile of its own.
OldMember oldMember(int n)
{
    OldMember m;
    m.card = QStringLiteral("2015%1").arg(n, 7, 10, QLatin1Char('0'));
    m.sequence = n;
    m.mobile = QStringLiteral("1360000%1").arg(n, 4, 10, QLatin1Char('0'));
    return m;
}

QByteArray fileOf(const QStringList& lines)
{
    return (QStringList{Header} + lines).join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray fileOf(const QList<OldMember>& members)
{
    QStringList lines;
    for (const OldMember& m : members)
        lines << m.line();
    return fileOf(lines);
}

using Found = QList<std::pair<int, QString>>; // line, code

Found found(const QList<LineFault>& faults)
{
    Found out;
    for (const LineFault& f : faults)
        out << std::pair{f.line, f.codeName()};
    return out;
}

std::string shown(const QList<LineFault>& faults)
{
    QStringList lines;
    for (const LineFault& f : faults)
        lines << QStringLiteral("%1 %2 %3").arg(f.line).arg(f.codeName(), f.message);
    return lines.join(u'\n').toStdString();
}

class MemberImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.seedCatalogue();
        manager = t.addStaff("9001", QStringLiteral("李经理"), StaffRole::Manager, "8642");
        cashier = t.addStaff("1001", QStringLiteral("小王"), StaffRole::Cashier, "2468");
    }

    Result<MemberImportReport> import(const QByteArray& csv)
    {
        return MemberImportService(t.context()).importCsv(csv, manager);
    }

    MemberView shownAtTill(const QString& card, PresentedCard::Medium how)
    {
        const Result<MemberView> view =
            MemberService(t.context()).memberForCard(PresentedCard(card, how));
        EXPECT_TRUE(view.ok()) << view.error().message().toStdString();
        return view ? view.value() : MemberView{};
    }

    TestStore t;
    StaffMember manager;
    StaffMember cashier;
};

} // namespace

TEST_F(MemberImportTest, ACleanFileBringsMembersCardsAndPoints)
{
    OldMember chen = oldMember(1);
    chen.balance = QStringLiteral("1200");
    chen.lifetime = QStringLiteral("5000");
    OldMember liu = oldMember(2);
    liu.card = QStringLiteral("VIP00A7"); // letters too: typed from the card
    liu.name = QStringLiteral("刘伟");
    liu.gender = QStringLiteral("男"); // the old system's words
    liu.birthday = QDate(1975, 12, 1);
    liu.tier = QStringLiteral("Diamond");
    liu.balance = QStringLiteral("9000");
    liu.lifetime = QStringLiteral("9000");
    liu.address.clear(); // old files often lack it
    OldMember zhou = oldMember(3);
    zhou.balance = QStringLiteral("-30"); // a return after the points were spent
    zhou.lifetime = QStringLiteral("100");
    zhou.joinedOn = QStringLiteral("2026-11-18"); // today

    const Result<MemberImportReport> report = import(fileOf({chen, liu, zhou}));
    ASSERT_TRUE(report.ok()) << report.error().message().toStdString()
                             << shown(report.error().faults());
    EXPECT_EQ(report->members, 3);
    EXPECT_EQ(report->imported, 3);
    EXPECT_TRUE(report->faults.isEmpty());
    EXPECT_EQ(report->sha256.size(), 64);

    // Typed at a till (F2), and swiped: the old system's stripe.
    const MemberView typed = shownAtTill(chen.card, PresentedCard::Medium::Keyed);
    EXPECT_EQ(typed.member.name, QStringLiteral("陈静"));
    EXPECT_EQ(typed.member.idNumber, idNumberFor(chen.birthday, 1));
    EXPECT_EQ(typed.member.mobile, chen.mobile);
    EXPECT_EQ(typed.member.tier, Tier::Gold);
    EXPECT_EQ(typed.member.joinedAt.date(), QDate(2015, 3, 1));
    EXPECT_EQ(typed.member.importedOn, QDate(2026, 11, 18));
    EXPECT_EQ(typed.balance, 1200);
    EXPECT_EQ(typed.lifetime, 5000);
    ASSERT_TRUE(typed.card.has_value());
    EXPECT_EQ(typed.card->status, CardStatus::Active);
    EXPECT_EQ(typed.card->generation, 1);
    EXPECT_EQ(typed.card->tier, Tier::Gold);
    EXPECT_TRUE(typed.card->chipUid.isEmpty());

    const Result<QString> swipe = parseTrack2(u';' + chen.card + QStringLiteral("=0000?"));
    ASSERT_TRUE(swipe.ok()) << swipe.error().message().toStdString();
    EXPECT_EQ(shownAtTill(swipe.value(), PresentedCard::Medium::Magnetic).member.id,
              typed.member.id);

    const MemberView diamond = shownAtTill(liu.card, PresentedCard::Medium::Keyed);
    EXPECT_EQ(diamond.member.tier, Tier::Diamond);
    EXPECT_EQ(diamond.card->tier, Tier::Diamond);
    EXPECT_EQ(diamond.member.gender, u'M');
    EXPECT_TRUE(diamond.member.address.isEmpty());
    EXPECT_EQ(diamond.balance, 9000);
    EXPECT_EQ(diamond.lifetime, 9000);

    const MemberView owing = shownAtTill(zhou.card, PresentedCard::Medium::Keyed);
    EXPECT_EQ(owing.balance, -30);
    EXPECT_EQ(owing.lifetime, 100);

    // The opening rows: lifetime as `import`, the rest as `import_used`.
    const QList<LedgerEntry> ledger = t.store().ledgerOfMember(typed.member.id);
    ASSERT_EQ(ledger.size(), 2);
    EXPECT_EQ(ledger.at(0).kind, PointsKind::Import);
    EXPECT_EQ(ledger.at(0).points, 5000);
    EXPECT_EQ(ledger.at(1).kind, PointsKind::ImportUsed);
    EXPECT_EQ(ledger.at(1).points, -3800);
    EXPECT_EQ(t.store().ledgerOfMember(diamond.member.id).size(), 1); // nothing spent

    // The desk finds them by the card number too.
    const Result<QList<MemberView>> atTheDesk = MemberService(t.context()).find(liu.card);
    ASSERT_TRUE(atTheDesk.ok());
    ASSERT_EQ(atTheDesk->size(), 1);
    EXPECT_EQ(atTheDesk->first().member.id, diamond.member.id);

    // One audit entry for the whole import, with who and what.
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("member_import")), 1);
    EXPECT_EQ(t.store().lastAuditDetail(QStringLiteral("member_import"), report->sha256),
              QStringLiteral("members=3 sha256=") + report->sha256);
}

TEST_F(MemberImportTest, ASaleAddsToTheImportedLifetimeAndTheUpgradeCountsIt)
{
    OldMember nearly = oldMember(7);
    nearly.balance = QStringLiteral("500");
    nearly.lifetime = QStringLiteral("7990");
    ASSERT_TRUE(import(fileOf({nearly})).ok());

    // The shirt: 559.00 at 8.8折 is 491.92 paid, 49 points; 7990 + 49 ≥ 8000.
    CheckoutSession till(t.context(), cashier);
    ASSERT_TRUE(till.scan(QStringLiteral("6902000000016")).ok());
    ASSERT_TRUE(till.presentCard(PresentedCard(nearly.card, PresentedCard::Medium::Magnetic)).ok());
    const Result<Receipt> receipt = till.pay({});
    ASSERT_TRUE(receipt.ok()) << receipt.error().message().toStdString();
    EXPECT_EQ(receipt->sale.points->award.earned(), 49);
    EXPECT_EQ(receipt->sale.upgradedTo, Tier::Diamond);
    ASSERT_TRUE(receipt->member.has_value());
    EXPECT_EQ(receipt->member->balance, 549);
    EXPECT_EQ(receipt->member->lifetime, 8039);
    EXPECT_EQ(receipt->member->member.tier, Tier::Diamond);
}

TEST_F(MemberImportTest, TheLedgerAndTheAuditTrailVerifyAndCatchAnImportedRowEdited)
{
    t.seedMember(idNumberFor(QDate(1990, 1, 1), 901), QDate(1990, 1, 1));
    OldMember a = oldMember(1);
    a.balance = QStringLiteral("300");
    a.lifetime = QStringLiteral("800");
    const OldMember b = oldMember(2);
    ASSERT_TRUE(import(fileOf({a, b})).ok());
    ASSERT_TRUE(SaleService(t.context())
                    .sell({PresentedCard(a.card), {{QStringLiteral("6903000000015"), 1}}, {}, {}})
                    .ok());

    AuditService audit(t.context());
    const Result<AuditReport> sound = audit.verify();
    ASSERT_TRUE(sound.ok()) << sound.error().message().toStdString();
    EXPECT_TRUE(sound->ok()) << sound->firstBad->reason.toStdString();

    // The import wrote no entry per card or member: its ledger rows stand
    // for them, so a card or a tier changed behind VipTill's back is found.
    t.exec(QStringLiteral("UPDATE cards SET tier = 'diamond' WHERE number = '%1'").arg(b.card));
    const Result<AuditReport> card = audit.verify();
    ASSERT_TRUE(card.ok());
    ASSERT_FALSE(card->ok());
    EXPECT_EQ(card->firstBad->table, QStringLiteral("cards"));
    t.exec(QStringLiteral("UPDATE cards SET tier = 'gold' WHERE number = '%1'").arg(b.card));
    t.exec(QStringLiteral("UPDATE members SET tier = 'diamond' WHERE id = %1")
               .arg(t.memberIdOfCard(b.card)));
    const Result<AuditReport> tier = audit.verify();
    ASSERT_TRUE(tier.ok());
    ASSERT_FALSE(tier->ok());
    EXPECT_EQ(tier->firstBad->table, QStringLiteral("members"));
}

// Every kind of fault in one file: the dry run lists each with its line.
TEST_F(MemberImportTest, TheDryRunListsEveryFaultWithItsLineAndChangesNothing)
{
    const QString storeCard = t.seedMember(idNumberFor(QDate(1990, 1, 1), 901), QDate(1990, 1, 1),
                                           300, QStringLiteral("13900000901"));
    QStringList lines;
    QList<std::pair<int, QString>> expected;
    auto add = [&](const OldMember& m, std::initializer_list<const char*> codes) {
        lines << m.line();
        for (const char* code : codes)
            expected << std::pair{static_cast<int>(lines.size()) + 1, QString::fromLatin1(code)};
    };
    add(oldMember(1), {});
    OldMember m = oldMember(2);
    m.idNumber = idNumberFor(m.birthday, 2).left(17) +
                 (idNumberFor(m.birthday, 2).back() == u'0' ? u'1' : u'0');
    add(m, {"INVALID_ID_NUMBER"});
    m = oldMember(3);
    m.idNumber = idNumberFor(QDate(1980, 4, 13), 3);
    add(m, {"ID_NUMBER_BIRTHDAY_MISMATCH"});
    m = oldMember(4);
    m.sequence = 1; // line 2's person
    add(m, {"DUPLICATE_ID_NUMBER"});
    m = oldMember(5);
    m.birthday = QDate(1990, 1, 1);
    m.sequence = 901; // the store's member
    add(m, {"DUPLICATE_ID_NUMBER"});
    m = oldMember(6);
    m.mobile = oldMember(1).mobile;
    add(m, {"DUPLICATE_MOBILE"});
    m = oldMember(7);
    m.mobile = QStringLiteral("13900000901");
    add(m, {"DUPLICATE_MOBILE"});
    m = oldMember(8);
    m.card = oldMember(1).card;
    add(m, {"CARD_NUMBER_TAKEN"});
    m = oldMember(9);
    m.card = storeCard; // a VipTill card: VipTill's shape, and the store's
    add(m, {"INVALID_CARD_NUMBER"});
    m = oldMember(10);
    m.card = QStringLiteral("12-34");
    add(m, {"INVALID_CARD_NUMBER"});
    m = oldMember(11);
    m.tier = QStringLiteral("platinum");
    add(m, {"INVALID_TIER"});
    m = oldMember(12);
    m.lifetime = QStringLiteral("-5");
    add(m, {"INVALID_POINTS"});
    m = oldMember(13);
    m.balance = QStringLiteral("12.5");
    add(m, {"INVALID_POINTS"});
    lines << QStringLiteral("20150000014,缺字段,F,1980-04-12");
    expected << std::pair{static_cast<int>(lines.size()) + 1, QStringLiteral("MALFORMED_CSV")};
    lines << oldMember(15).line().replace(QStringLiteral("陈静"), QStringLiteral("陈\"静"));
    expected << std::pair{static_cast<int>(lines.size()) + 1, QStringLiteral("MALFORMED_CSV")};
    m = oldMember(16);
    m.birthdayText = QStringLiteral("1980-02-30"); // no such day, in the ID number too
    m.idNumber = QStringLiteral("110105198002300161");
    add(m, {"INVALID_BIRTHDAY", "INVALID_ID_NUMBER"});
    m = oldMember(17);
    m.joinedOn = QStringLiteral("2026-11-19");
    add(m, {"INVALID_DATE"});
    m = oldMember(18);
    m.joinedOn = QStringLiteral("1979-01-01");
    add(m, {"INVALID_DATE"});
    m = oldMember(19);
    m.joinedOn = QStringLiteral("01/03/2015");
    add(m, {"INVALID_DATE"});
    m = oldMember(20);
    m.gender = QStringLiteral("X");
    m.mobile = QStringLiteral("12345");
    m.name.clear();
    add(m, {"INVALID_NAME", "INVALID_GENDER", "INVALID_MOBILE"});
    add(oldMember(21), {});
    // And a store's card number given to someone new.
    m = oldMember(22);
    m.card = QStringLiteral("VIP0022");
    add(m, {});
    m = oldMember(23);
    m.card = QStringLiteral("VIP0022");
    add(m, {"CARD_NUMBER_TAKEN"});

    const QStringList before = t.snapshot();
    const Result<MemberImportReport> dry =
        MemberImportService(t.context()).dryRunCsv(fileOf(lines));
    ASSERT_TRUE(dry.ok()) << dry.error().message().toStdString();
    EXPECT_EQ(dry->members, lines.size());
    EXPECT_EQ(dry->imported, 0);
    EXPECT_EQ(found(dry->faults), expected) << shown(dry->faults);
    for (const LineFault& fault : dry->faults) {
        EXPECT_FALSE(fault.message.isEmpty());
        // Never a whole ID number or mobile in a message.
        EXPECT_FALSE(fault.message.contains(idNumberFor(QDate(1990, 1, 1), 901)));
        EXPECT_FALSE(fault.message.contains(QStringLiteral("13900000901")));
    }
    EXPECT_EQ(t.snapshot(), before);

    // The import refuses with the same list, and nothing changes.
    const Result<MemberImportReport> refused = import(fileOf(lines));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::ImportFaults);
    EXPECT_EQ(refused.error().codeName(), QStringLiteral("IMPORT_FAULTS"));
    EXPECT_EQ(found(refused.error().faults()), expected);
    EXPECT_EQ(t.snapshot(), before);
}

// One fault is enough for nothing to be imported.
struct OneFault
{
    const char* what;
    QStringList lines; // after the header
    int line;
    const char* code;
};

TEST_F(MemberImportTest, AFileWithOneFaultImportsNothing)
{
    OldMember lifetime = oldMember(2);
    lifetime.lifetime = QStringLiteral("-1");
    OldMember tier = oldMember(2);
    tier.tier = QStringLiteral("silver");
    OldMember twice = oldMember(2);
    twice.card = oldMember(1).card;
    const QString good = oldMember(1).line();
    const QList<OneFault> cases{
        {"negative lifetime", {good, lifetime.line()}, 3, "INVALID_POINTS"},
        {"bad tier", {good, tier.line()}, 3, "INVALID_TIER"},
        {"a card twice", {good, twice.line()}, 3, "CARD_NUMBER_TAKEN"},
        {"an unclosed quote", {good, QStringLiteral("\"2015,陈静")}, 3, "MALFORMED_CSV"},
        {"a field too many", {good + QStringLiteral(",x")}, 2, "MALFORMED_CSV"},
    };
    const QStringList before = t.snapshot();
    for (const OneFault& c : cases) {
        SCOPED_TRACE(c.what);
        const Result<MemberImportReport> refused = import(fileOf(c.lines));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code(), ErrorCode::ImportFaults);
        EXPECT_EQ(found(refused.error().faults()), (Found{{c.line, QString::fromLatin1(c.code)}}))
            << shown(refused.error().faults());
        EXPECT_EQ(t.snapshot(), before);
    }
    // Not the header: nothing more can be read.
    const Result<MemberImportReport> header =
        import(QByteArray("card,name,gender\r\n") + oldMember(1).line().toUtf8());
    ASSERT_FALSE(header.ok());
    EXPECT_EQ(found(header.error().faults()), (Found{{1, QStringLiteral("MALFORMED_CSV")}}));
    const Result<MemberImportReport> empty = import(QByteArray());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(found(empty.error().faults()), (Found{{1, QStringLiteral("MALFORMED_CSV")}}));
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(MemberImportTest, ChineseExcelFilesInGB18030AndUtf8WithAByteOrderMark)
{
    OldMember a = oldMember(1);
    a.name = QStringLiteral("欧阳娜娜");
    a.address = QStringLiteral("北京市朝阳区建国路88号 SOHO现代城");
    const QString text = Header + QStringLiteral("\r\n") + a.line() + QStringLiteral("\r\n");
    QStringEncoder gb18030("GB18030");
    const QByteArray gbBytes = gb18030.encode(text);
    ASSERT_FALSE(gb18030.hasError());
    ASSERT_NE(gbBytes, text.toUtf8()); // really another encoding
    ASSERT_TRUE(import(gbBytes).ok());
    const MemberView gb = shownAtTill(a.card, PresentedCard::Medium::Keyed);
    EXPECT_EQ(gb.member.name, a.name);
    EXPECT_EQ(gb.member.address, a.address);

    OldMember b = oldMember(2);
    b.name = QStringLiteral("司马光");
    const Result<MemberImportReport> bom = import("\xEF\xBB\xBF" + fileOf({b}));
    ASSERT_TRUE(bom.ok()) << shown(bom.error().faults());
    EXPECT_EQ(shownAtTill(b.card, PresentedCard::Medium::Keyed).member.name, b.name);

    // A GB18030 file with a line that is neither: that line is the fault.
    OldMember c = oldMember(3);
    OldMember d = oldMember(4);
    const QByteArray mixed =
        gb18030.encode(Header + QStringLiteral("\r\n") + c.line() + QStringLiteral("\r\n")) +
        QByteArray("2015,\x80\xff,F\r\n") + gb18030.encode(d.line() + QStringLiteral("\r\n"));
    const Result<MemberImportReport> dry = MemberImportService(t.context()).dryRunCsv(mixed);
    ASSERT_TRUE(dry.ok());
    EXPECT_EQ(found(dry->faults), (Found{{3, QStringLiteral("MALFORMED_CSV")}}))
        << shown(dry->faults);
    EXPECT_EQ(dry->members, 3);
}

TEST_F(MemberImportTest, AClosedDayLongAgoDoesNotBlockTheImportButTodayClosedDoes)
{
    DayCloseService closing(t.context());
    ASSERT_TRUE(closing.close(QDate(2026, 11, 17), manager).ok());
    // They joined in 2015, a day the close of 17 November froze: an
    // imported row is judged by the day it is imported.
    ASSERT_TRUE(import(fileOf({oldMember(1)})).ok());

    ASSERT_TRUE(closing.close(QDate(2026, 11, 18), manager).ok());
    const QStringList before = t.snapshot();
    const Result<MemberImportReport> refused = import(fileOf({oldMember(2)}));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::DayClosed);
    EXPECT_EQ(t.snapshot(), before);
    // The schema refuses such a row from any other path too.
    try {
        t.exec(QStringLiteral(
            "INSERT INTO members (name, gender, birthday, id_number, mobile, address, category, "
            "tier, joined_at, joined_on, imported_on) VALUES ('x', 'F', '1980-01-01', 'i', 'm', "
            "'', '', 'gold', '2015-03-01T00:00:00', '2015-03-01', '2026-11-18')"));
        ADD_FAILURE() << "a member imported on a closed day went in";
    } catch (const StorageError& e) {
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("the day is closed")))
            << e.what();
    }
}

TEST_F(MemberImportTest, ImportedMembersAreNotCardsOpenedOnTheirOldJoiningDay)
{
    t.clock().set(QDateTime(QDate(2026, 11, 17), QTime(10, 0)));
    t.seedMember(idNumberFor(QDate(1990, 1, 1), 901), QDate(1990, 1, 1)); // joins at the desk
    t.clock().set(QDateTime(QDate(2026, 11, 18), QTime(10, 0)));
    OldMember yesterday = oldMember(1);
    yesterday.joinedOn = QStringLiteral("2026-11-17");
    yesterday.balance = QStringLiteral("100");
    yesterday.lifetime = QStringLiteral("100");
    OldMember today = oldMember(2);
    today.joinedOn = QStringLiteral("2026-11-18");
    ASSERT_TRUE(import(fileOf({yesterday, today})).ok());

    ReportService reports(t.context());
    EXPECT_EQ(reports.day(QDate(2026, 11, 17))->totals.newMembers, 1);
    EXPECT_EQ(reports.day(QDate(2026, 11, 18))->totals.newMembers, 0);
    const Result<Figures> range = reports.figures({QDate(2026, 11, 1), QDate(2026, 11, 18)});
    ASSERT_TRUE(range.ok());
    EXPECT_EQ(range->totals.newMembers, 1);
    // Their points are outstanding from the day they came in, not before.
    EXPECT_EQ(range->pointsOutstanding, 30 + 100);
    EXPECT_EQ(reports.figures({QDate(2026, 11, 1), QDate(2026, 11, 17)})->pointsOutstanding, 30);
    const Result<DayClose> close = DayCloseService(t.context()).preview(QDate(2026, 11, 18));
    ASSERT_TRUE(close.ok());
    EXPECT_EQ(close->totals.newMembers, 0);
}

TEST_F(MemberImportTest, OnlyAManagerImports)
{
    const QStringList before = t.snapshot();
    const Result<MemberImportReport> refused =
        MemberImportService(t.context()).importCsv(fileOf({oldMember(1)}), cashier);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(MemberImportTest, ANumberNotOfVipTillsShapeIsACardOnlyIfTheImportBroughtIt)
{
    ASSERT_TRUE(import(fileOf({oldMember(1)})).ok());
    MemberService members(t.context());
    // A bank card swiped by mistake: refused, its number never shown.
    const Result<MemberView> bank = members.memberForCard(
        PresentedCard(QStringLiteral("6222021234567890128"), PresentedCard::Medium::Magnetic));
    ASSERT_FALSE(bank.ok());
    EXPECT_EQ(bank.error().code(), ErrorCode::UnknownCard);
    EXPECT_TRUE(bank.error().message().contains(QStringLiteral("not a VIP card")));
    EXPECT_FALSE(bank.error().message().contains(QStringLiteral("6222")));
    // Typed, the cashier sees what they typed.
    const Result<MemberView> typed = members.memberForCard(QStringLiteral("20159999999"));
    ASSERT_FALSE(typed.ok());
    EXPECT_TRUE(typed.error().message().contains(QStringLiteral("20159999999")));
    // VipTill's own numbers keep their check digit.
    const QString own = cardNumberForSerial(424242);
    const QString wrongCheck =
        own.left(12) + QChar(static_cast<char16_t>(u'0' + (own.back().unicode() - u'0' + 1) % 10));
    EXPECT_FALSE(parseTrack2(u';' + wrongCheck + u'?').ok());
    // A number of the old system's shape the import did not bring (written
    // behind VipTill's back) is no card either.
    const Id member = t.memberIdOfCard(oldMember(1).card);
    t.exec(QStringLiteral("UPDATE members SET imported_on = NULL WHERE id = %1").arg(member));
    EXPECT_FALSE(members.memberForCard(oldMember(1).card).ok());
}

TEST_F(MemberImportTest, AnImportedMagneticCardIsNotWrittenOntoAChip)
{
    ASSERT_TRUE(import(fileOf({oldMember(1)})).ok());
    const Result<Card> card =
        CardService(t.context()).cardToWrite(t.memberIdOfCard(oldMember(1).card));
    ASSERT_FALSE(card.ok());
    EXPECT_EQ(card.error().code(), ErrorCode::InvalidCardNumber);
}

namespace {

// Members enough for the import to set the member tables' indexes aside:
// birthdays a day apart every 999 members, so each ID number is valid.
QByteArray manyMembers(int count)
{
    QStringList lines;
    lines.reserve(count);
    for (int n = 0; n < count; ++n) {
        OldMember m;
        m.card = QStringLiteral("2015%1").arg(n, 7, 10, QLatin1Char('0'));
        m.birthday = QDate(1960, 1, 1).addDays(n / 999);
        m.sequence = n % 999 + 1;
        m.mobile = QStringLiteral("137%1").arg(n, 8, 10, QLatin1Char('0'));
        m.lifetime = QString::number(n % 5000);
        m.balance = m.lifetime;
        lines << m.line();
    }
    return fileOf(lines);
}

// Every index of the member tables, as the engine would make it again.
QStringList memberIndexes(const TestDatabase& database)
{
    const std::unique_ptr<SqlConnection> db = database.connect();
    QStringList indexes;
    for (const std::string_view table : {"members", "cards", "points_ledger", "chain_heads"})
        for (const SqlConnection::IndexDefinition& index : db->secondaryIndexes(table))
            indexes << QString::fromStdString(index.create);
    return indexes;
}

} // namespace

TEST_F(MemberImportTest, AStoreSizedImportBuildsTheIndexesAgainAsTheyWere)
{
    const QStringList indexes = memberIndexes(t.database());
    ASSERT_GE(indexes.size(), 8); // the ID number's and the mobile's hashes among them
    const int count = static_cast<int>(Store::IndexesAsideFrom);
    const QByteArray csv = manyMembers(count);

    // A write failing after the indexes went aside: the rollback brings
    // them back with everything else as it was.
    const QStringList before = t.snapshot();
    t.database().failInserts(QStringLiteral("chain_heads"));
    const Result<MemberImportReport> failed = import(csv);
    t.database().stopFailingInserts(QStringLiteral("chain_heads"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code(), ErrorCode::DatabaseError);
    EXPECT_EQ(memberIndexes(t.database()), indexes);
    EXPECT_EQ(t.snapshot(), before);

    const Result<MemberImportReport> done = import(csv);
    ASSERT_TRUE(done.ok()) << done.error().message().toStdString();
    EXPECT_EQ(done->imported, count);
    EXPECT_EQ(memberIndexes(t.database()), indexes);

    // Built again, they hold: the last member's card and mobile are found,
    // and a person already a member is refused by the unique hash.
    const MemberView last =
        shownAtTill(QStringLiteral("2015%1").arg(count - 1, 7, 10, QLatin1Char('0')),
                    PresentedCard::Medium::Magnetic);
    EXPECT_EQ(last.balance, (count - 1) % 5000);
    OldMember known; // member 5 of the file, with a new card and mobile
    known.card = QStringLiteral("20990000001");
    known.birthday = QDate(1960, 1, 1);
    known.sequence = 6;
    known.mobile = QStringLiteral("13900000001");
    const Result<MemberImportReport> again = import(fileOf(QList<OldMember>{known}));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(found(again.error().faults()), (Found{{2, QStringLiteral("DUPLICATE_ID_NUMBER")}}));
}
