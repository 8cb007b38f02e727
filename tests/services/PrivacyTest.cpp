// Personal data under China's PIPL: ID numbers and mobiles sealed at rest
// and found by a keyed hash, a member's data exported on request, erasure
// that anonymises the person and keeps the accounts; and manual points
// adjustments, approved by a second person.

#include "CareFixture.h"
#include "services/AuditService.h"
#include "services/GreetingService.h"
#include "services/MemberData.h"
#include "services/MemberFileService.h"
#include "services/MemberService.h"
#include "services/SaleService.h"
#include "storage/PersonalData.h"
#include "storage/SqlConnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace viptill;
using namespace viptill::test;

namespace {

const QDate Birthday(1980, 6, 15);

class Privacy : public CareFixture
{
protected:
    std::optional<SqlRow> rawMember(Id member)
    {
        const std::unique_ptr<SqlConnection> db = t.database().connect();
        return db->queryOne("SELECT id_number, mobile, id_number_hash, mobile_hash, name, "
                            "address, birthday, erased_at FROM members WHERE id = $1",
                            {member});
    }

    std::int64_t count(const char* sql, Id member)
    {
        const std::unique_ptr<SqlConnection> db = t.database().connect();
        return db->queryInteger(sql, {member});
    }

    AuditReport verify()
    {
        const Result<AuditReport> report = AuditService(t.context()).verify();
        EXPECT_TRUE(report.ok()) << report.error().message().toStdString();
        return report.ok() ? report.value() : AuditReport{};
    }

    MemberFileService files() { return MemberFileService(t.context()); }
};

} // namespace

TEST_F(Privacy, IdNumbersAndMobilesAreSealedAtRestAndFoundByTheirKeyedHash)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    const Member member = t.store().member(m).value();
    ASSERT_FALSE(member.mobile.isEmpty());
    const std::optional<SqlRow> row = rawMember(m);
    ASSERT_TRUE(row.has_value());
    for (std::size_t column : {0U, 1U}) {
        EXPECT_TRUE(row->text(column).startsWith(u"pd1:")) << row->text(column).toStdString();
        EXPECT_FALSE(row->text(column).contains(member.mobile));
        EXPECT_FALSE(row->text(column).contains(member.idNumber));
    }
    for (std::size_t column : {2U, 3U}) {
        EXPECT_EQ(row->text(column).size(), 64); // HMAC-SHA256, hex
        EXPECT_FALSE(row->text(column).contains(member.mobile));
    }
    // The same value seals differently every time: equal mobiles do not show.
    PersonalCipher cipher;
    cipher.setKey(testPersonalKey());
    EXPECT_NE(cipher.seal("mobile", member.mobile), cipher.seal("mobile", member.mobile));
    EXPECT_EQ(cipher.open("mobile", row->text(1)), member.mobile);
    // A sealed mobile moved into the ID number column does not open.
    EXPECT_THROW(cipher.open("id_number", row->text(1)), StorageError);

    // The desk finds the member by either, through the hash.
    EXPECT_EQ(t.store().memberByMobile(member.mobile)->id, m);
    EXPECT_EQ(t.store().memberByIdNumber(member.idNumber)->id, m);
    // Another store's key opens nothing and finds nothing.
    PersonalCipher other;
    other.setKey(QByteArray(32, '\x55'));
    EXPECT_THROW(other.open("mobile", row->text(1)), StorageError);
    EXPECT_NE(other.lookup("mobile", member.mobile), row->text(3));
}

TEST_F(Privacy, TheDatabaseFileHoldsNoIdNumberAndNoMobile)
{
    if (t.database().onPostgres())
        GTEST_SKIP() << "a file on disk is SQLite's";
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    const Member member = t.store().member(m).value();
    at(QDate(2026, 6, 15)); // a birthday greeting into the outbox
    ASSERT_GT(GreetingService(t.context()).prepareToday().value(), 0);
    // Everything into the main file: the WAL too.
    t.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QByteArray bytes;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(t.database().location() + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(member.mobile.toUtf8()));
    EXPECT_FALSE(bytes.contains(member.idNumber.toUtf8()));
    EXPECT_FALSE(bytes.contains(member.idNumber.left(14).toUtf8()));
}

TEST_F(Privacy, RowsWrittenBeforeTheKeyAreSealedWhenTheStoreIsGivenIt)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    const Member member = t.store().member(m).value();
    // As a version-7 store held them: in the clear, no hashes, never sealed.
    t.exec(QStringLiteral("DELETE FROM settings WHERE key = 'personal_data_sealed'"));
    t.exec(QStringLiteral("UPDATE members SET id_number = '%1', mobile = '%2', id_number_hash = "
                          "NULL, mobile_hash = NULL WHERE id = %3")
               .arg(member.idNumber, member.mobile)
               .arg(m));
    std::unique_ptr<Store> reopened = openStore(t.database().location());
    reopened->setPersonalKey(testPersonalKey());
    const std::optional<SqlRow> row = rawMember(m);
    EXPECT_TRUE(row->text(0).startsWith(u"pd1:"));
    EXPECT_TRUE(row->text(1).startsWith(u"pd1:"));
    EXPECT_EQ(reopened->memberByMobile(member.mobile)->id, m);
    EXPECT_EQ(reopened->memberByIdNumber(member.idNumber)->id, m);
    EXPECT_EQ(reopened->member(m)->mobile, member.mobile);
}

TEST_F(Privacy, WithoutTheKeyFileNothingPersonalIsWrittenOrFound)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    const Member member = t.store().member(m).value();
    std::unique_ptr<Store> keyless = openStore(t.database().location());
    EXPECT_THROW(keyless->memberByMobile(member.mobile), StorageError);
    EXPECT_THROW(keyless->member(m), StorageError);
}

TEST_F(Privacy, AMembersDataIsExportedWholeForThemAndTheExportIsLogged)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 5), 3).ok());
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 6), 1, Cream).ok());
    at(QDate(2026, 3, 9));
    const Member member = t.store().member(m).value();
    const Result<MemberExport> data = files().exportData(m, desk1);
    ASSERT_TRUE(data.ok()) << data.error().message().toStdString();
    EXPECT_EQ(data->file.purchases.size(), 3); // the joining receipt and two sales
    EXPECT_EQ(data->cards.size(), 1);
    std::int64_t sum = 0;
    for (const LedgerEntry& e : data->ledger)
        sum += e.points;
    EXPECT_EQ(sum, t.store().pointsBalance(m));
    EXPECT_EQ(t.store().countStaffEvents(QStringLiteral("member_data_export")), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("member.json"));
    ASSERT_TRUE(writeMemberExport(data.value(), path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json[QStringLiteral("format")].toString(), QStringLiteral("viptill-member-export-1"));
    const QJsonObject person = json[QStringLiteral("member")].toObject();
    EXPECT_EQ(person[QStringLiteral("mobile")].toString(), member.mobile);
    EXPECT_EQ(person[QStringLiteral("id_number")].toString(), member.idNumber);
    EXPECT_EQ(person[QStringLiteral("purchases")].toArray().size(), 3);
    EXPECT_EQ(json[QStringLiteral("points_ledger")].toArray().size(), data->ledger.size());
    EXPECT_EQ(json[QStringLiteral("exported_by")].toString(), desk1.number);

    // A cashier cannot take a copy; nothing is written.
    const QStringList before = t.snapshot();
    EXPECT_EQ(files().exportData(m, cashier).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(t.snapshot(), before);
}

TEST_F(Privacy, ErasureAnonymisesThePersonAndKeepsTheAccounts)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    const Result<Receipt> sale = buyOn(m, QDate(2026, 3, 5), 3);
    ASSERT_TRUE(sale.ok());
    at(QDate(2026, 6, 15));
    ASSERT_GT(GreetingService(t.context()).prepareToday().value(), 0);
    const Member before = t.store().member(m).value();
    const std::int64_t balance = t.store().pointsBalance(m);
    const std::int64_t lifetime = t.store().pointsLifetime(m);
    ASSERT_GT(balance, 0);
    const DayTotals dayBefore = t.store().dayTotals(QDate(2026, 3, 5));

    at(QDate(2026, 6, 16), QTime(16, 0));
    const Result<Erasure> erased = files().erase(m, desk1, manager);
    ASSERT_TRUE(erased.ok()) << erased.error().message().toStdString();
    EXPECT_EQ(erased->pointsForfeited, balance);
    EXPECT_EQ(erased->cardsBlocked, 1);

    // Nothing of the person is left, and nothing finds them.
    const Member after = t.store().member(m).value();
    EXPECT_TRUE(after.erasedAt.has_value());
    EXPECT_NE(after.name, before.name);
    EXPECT_TRUE(after.mobile.isEmpty());
    EXPECT_TRUE(after.idNumber.isEmpty());
    EXPECT_TRUE(after.address.isEmpty());
    EXPECT_EQ(after.birthday, QDate(1980, 1, 1)); // the year, for the age statistics
    EXPECT_FALSE(t.store().memberByMobile(before.mobile).has_value());
    EXPECT_FALSE(t.store().memberByIdNumber(before.idNumber).has_value());
    EXPECT_TRUE(t.store().membersByName(before.name, 10).isEmpty());
    const std::optional<SqlRow> row = rawMember(m);
    EXPECT_TRUE(row->isNull(2));
    EXPECT_TRUE(row->isNull(3));
    EXPECT_EQ(count("SELECT COUNT(*) FROM sms_outbox WHERE member_id = $1 AND (mobile <> '' OR "
                    "text <> '' OR status = 'pending')",
                    m),
              0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_profiles WHERE member_id = $1", m), 0);

    // The card is blocked; a sale with it is refused.
    EXPECT_EQ(t.store().cardByNumber(cards.value(m))->status, CardStatus::Blocked);
    EXPECT_FALSE(buyOn(m, QDate(2026, 6, 17)).ok());

    // The accounts stand: the sale, its points, the day's figures; the
    // balance written off in the ledger, the lifetime points as they were.
    EXPECT_EQ(t.store().saleByReceipt(sale->sale.receiptNo)->total(), sale->sale.total());
    EXPECT_EQ(t.store().dayTotals(QDate(2026, 3, 5)).ticketsPaid, dayBefore.ticketsPaid);
    EXPECT_EQ(t.store().dayTotals(QDate(2026, 3, 5)).pointsEarned, dayBefore.pointsEarned);
    EXPECT_EQ(t.store().pointsBalance(m), 0);
    EXPECT_EQ(t.store().pointsLifetime(m), lifetime);
    EXPECT_EQ(t.store().ledgerOfMember(m).last().points, -balance);

    // Recorded with both staff numbers; the trail verifies clean.
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    const std::optional<SqlRow> event = db->queryOne(
        "SELECT staff_id, approver_id FROM staff_events WHERE action = 'member_erase' AND "
        "approver_id IS NOT NULL AND subject = $1",
        {QString::number(m)});
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(event->integer(0), desk1.id);
    EXPECT_EQ(event->integer(1), manager.id);
    const AuditReport report = verify();
    EXPECT_TRUE(report.ok()) << report.firstBad->reason.toStdString();

    // The person may join again one day: their ID number is free.
    at(QDate(2026, 7, 1), QTime(9, 30));
    EXPECT_NE(t.memberIdOfCard(t.seedMember(before.idNumber, Birthday, 300)), m);
}

TEST_F(Privacy, ErasureIsRefusedWithoutASecondPersonsApprovalAndChangesNothing)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 5), 3).ok());
    const QStringList before = t.snapshot();
    EXPECT_EQ(files().erase(m, cashier, manager).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(files().erase(m, desk1, desk2).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(files().erase(m, manager, manager).error().code(), ErrorCode::NotPermitted);
    EXPECT_EQ(files().erase(4242, desk1, manager).error().code(), ErrorCode::UnknownMember);
    EXPECT_EQ(t.snapshot(), before);
    ASSERT_TRUE(files().erase(m, desk1, manager).ok());
    const QStringList erased = t.snapshot();
    EXPECT_EQ(files().erase(m, desk1, manager).error().code(), ErrorCode::MemberErased);
    EXPECT_EQ(files().exportData(m, desk1).error().code(), ErrorCode::MemberErased);
    EXPECT_EQ(t.snapshot(), erased);
}

TEST_F(Privacy, APointsAdjustmentIsApprovedRecordedWithBothAndLeavesTheTierAlone)
{
    const Id m = joinOn(QDate(2026, 3, 2), Birthday);
    ASSERT_TRUE(buyOn(m, QDate(2026, 3, 5), 3).ok());
    at(QDate(2026, 3, 6));
    const std::int64_t balance = t.store().pointsBalance(m);
    const std::int64_t lifetime = t.store().pointsLifetime(m);
    const Result<PointsAdjustment> added =
        files().adjustPoints(m, 8000, QStringLiteral("  积分卡  补登 "), desk1, manager);
    ASSERT_TRUE(added.ok()) << added.error().message().toStdString();
    EXPECT_EQ(added->balance, balance + 8000);
    EXPECT_EQ(added->reason, QStringLiteral("积分卡 补登"));
    EXPECT_EQ(t.store().pointsBalance(m), balance + 8000);
    EXPECT_EQ(t.store().pointsLifetime(m), lifetime); // not earned: no diamond
    EXPECT_EQ(t.store().member(m)->tier, Tier::Gold);
    const LedgerEntry row = t.store().ledgerOfMember(m).last();
    EXPECT_EQ(row.kind, PointsKind::Adjust);
    EXPECT_EQ(row.note, QStringLiteral("积分卡 补登"));
    const std::unique_ptr<SqlConnection> db = t.database().connect();
    const std::optional<SqlRow> event = db->queryOne(
        "SELECT staff_id, approver_id FROM staff_events WHERE action = 'points_adjust'");
    ASSERT_TRUE(event.has_value());
    EXPECT_EQ(event->integer(0), desk1.id);
    EXPECT_EQ(event->integer(1), manager.id);

    const QStringList before = t.snapshot();
    const QString why = QStringLiteral("correction");
    EXPECT_EQ(files().adjustPoints(m, -(balance + 8001), why, desk1, manager).error().code(),
              ErrorCode::NegativeBalance);
    EXPECT_EQ(files().adjustPoints(m, 0, why, desk1, manager).error().code(),
              ErrorCode::InvalidAdjustment);
    EXPECT_EQ(files().adjustPoints(m, 100'001, why, desk1, manager).error().code(),
              ErrorCode::InvalidAdjustment);
    EXPECT_EQ(files().adjustPoints(m, 10, QStringLiteral("   "), desk1, manager).error().code(),
              ErrorCode::InvalidAdjustment);
    EXPECT_EQ(files().adjustPoints(m, 10, why, desk1, desk2).error().code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(files().adjustPoints(m, 10, why, cashier, manager).error().code(),
              ErrorCode::NotPermitted);
    EXPECT_EQ(t.snapshot(), before);
    EXPECT_TRUE(files().adjustPoints(m, -(balance + 8000), why, desk1, manager).ok());
    EXPECT_EQ(t.store().pointsBalance(m), 0);
    const AuditReport report = verify();
    EXPECT_TRUE(report.ok()) << report.firstBad->reason.toStdString();
}
