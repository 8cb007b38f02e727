// The audit trail and the points ledger are chained; `audit verify` finds a
// row edited, inserted or deleted behind VipTill's back (here, by SQL as the
// sqlite3 or psql shell would run it, triggers dropped first) and names it.

#include "services/AuditService.h"

#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/SaleService.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

using namespace viptill;
using namespace viptill::test;

namespace {

// A store with some trading: a member who joined, sales with and without
// the card, a return, a replaced card.
struct Trading
{
    Trading()
    {
        t.seedCatalogue();
        card = t.seedMember(idNumberFor(QDate(1985, 5, 20)), QDate(1985, 5, 20));
        SaleService tills(t.context());
        first = tills.sell({card, {{QStringLiteral("6901000000017"), 2}}, {}})->sale.receiptNo;
        EXPECT_TRUE(tills.sell({std::nullopt, {{QStringLiteral("6903000000015"), 1}}, {}}).ok());
        EXPECT_TRUE(tills.sell({card, {{QStringLiteral("6902000000023"), 1}}, {}}).ok());
        ReturnService returns(t.context());
        EXPECT_TRUE(returns.returnItems(first, {{QStringLiteral("6901000000017"), 1}}).ok());
        MemberService desk(t.context());
        EXPECT_TRUE(desk.replaceCard(t.memberIdOfCard(card), idNumberFor(QDate(1985, 5, 20)),
                                     ReplacementReason::Damaged)
                        .ok());
    }

    // Drops the append-only trigger as someone at the database shell would.
    void dropTrigger(const char* trigger, const char* table)
    {
        t.exec(t.database().onPostgres()
                   ? QStringLiteral("DROP TRIGGER %1 ON %2")
                         .arg(QString::fromLatin1(trigger), QString::fromLatin1(table))
                   : QStringLiteral("DROP TRIGGER %1").arg(QString::fromLatin1(trigger)));
    }

    AuditReport verify()
    {
        const Result<AuditReport> report = AuditService(t.context()).verify();
        EXPECT_TRUE(report.ok()) << report.error().message().toStdString();
        return report.ok() ? report.value() : AuditReport{};
    }

    TestStore t;
    QString card;
    QString first;
};

} // namespace

TEST(Audit, AStoreTradingThroughVipTillVerifiesClean)
{
    Trading s;
    const AuditReport report = s.verify();
    EXPECT_TRUE(report.ok()) << report.firstBad->reason.toStdString();
    EXPECT_GT(report.entries, 10);
}

TEST(Audit, AnEditedLedgerRowIsFound)
{
    Trading s;
    s.dropTrigger("points_ledger_no_update", "points_ledger");
    s.t.exec(QStringLiteral("UPDATE points_ledger SET points = points + 1000 WHERE id = "
                            "(SELECT MAX(id) FROM points_ledger WHERE kind = 'earn')"));
    const AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("points_ledger"));
    EXPECT_TRUE(report.firstBad->chain.startsWith(u"ledger:"));
    EXPECT_TRUE(report.firstBad->reason.contains(u"edited"))
        << report.firstBad->reason.toStdString();
}

TEST(Audit, AnInsertedLedgerRowIsFound)
{
    Trading s;
    s.t.exec(QStringLiteral("INSERT INTO points_ledger (member_id, kind, points, at, day) "
                            "VALUES (1, 'adjust', 5000, '2026-11-18T10:00:00', '2026-11-18')"));
    const AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("points_ledger"));
    EXPECT_GT(report.firstBad->id, 0);
}

TEST(Audit, ADeletedAuditEntryIsFound)
{
    Trading s;
    s.dropTrigger("staff_events_no_delete", "staff_events");
    s.t.exec(QStringLiteral("DELETE FROM staff_events WHERE chain_seq = 3"));
    const AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("staff_events"));
    EXPECT_EQ(report.firstBad->seq, 4);
    EXPECT_TRUE(report.firstBad->reason.contains(u"missing"))
        << report.firstBad->reason.toStdString();
}

TEST(Audit, EntriesCutOffTheEndAreFound)
{
    Trading s;
    // The last ledger entry goes, and the head is set back to the one before.
    s.dropTrigger("points_ledger_no_delete", "points_ledger");
    s.t.exec(
        QStringLiteral("DELETE FROM points_ledger WHERE id = (SELECT MAX(id) FROM points_ledger)"));
    s.t.exec(QStringLiteral(
        "UPDATE chain_heads SET seq = seq - 1, mac = (SELECT mac FROM points_ledger p WHERE "
        "'ledger:' || p.member_id = chain_heads.name AND p.chain_seq = chain_heads.seq - 1) "
        "WHERE name = 'ledger:1'"));
    const AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("chain_heads"));
}

TEST(Audit, AnEditedSaleLineIsFound)
{
    Trading s;
    s.dropTrigger("sale_lines_no_change", "sale_lines");
    s.t.exec(QStringLiteral("UPDATE sale_lines SET amount_fen = 1 WHERE id = 1"));
    const AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("sales"));
    EXPECT_TRUE(report.firstBad->reason.contains(u"edited"));
}

TEST(Audit, AnUnblockedCardAndAForgedTierAreFound)
{
    Trading s;
    // The replaced card made to work again (its replacement set aside first:
    // a member has one active card).
    s.t.exec(
        QStringLiteral("UPDATE cards SET status = 'blocked' WHERE number <> '%1'").arg(s.card));
    s.t.exec(QStringLiteral("UPDATE cards SET status = 'active' WHERE number = '%1'").arg(s.card));
    AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("cards"));
    EXPECT_TRUE(report.firstBad->reason.contains(s.card));

    Trading other;
    other.t.exec(QStringLiteral("UPDATE members SET tier = 'diamond'"));
    report = other.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("members"));
}

TEST(Audit, WithoutTheKeyNothingIsAppendedAndNothingVerified)
{
    Trading s;
    s.t.store().setChainKey({});
    SaleService tills(s.t.context());
    const QStringList before = s.t.snapshot();
    const Result<Receipt> sale =
        tills.sell({std::nullopt, {{QStringLiteral("6903000000015"), 1}}, {}});
    ASSERT_FALSE(sale.ok());
    EXPECT_TRUE(sale.error().message().contains(u"key file"));
    EXPECT_EQ(s.t.snapshot(), before);
    EXPECT_FALSE(AuditService(s.t.context()).verify().ok());
    // With another key, the chains do not check.
    s.t.store().setChainKey(QByteArray(32, '\x44'));
    const Result<AuditReport> wrongKey = AuditService(s.t.context()).verify();
    ASSERT_TRUE(wrongKey.ok());
    EXPECT_FALSE(wrongKey->ok());
}

TEST(Audit, AChangedPriceAndAnEditedRedemptionAreFound)
{
    Trading s;
    // The member's card now (Trading replaced the first).
    const std::optional<Card> card = s.t.store().currentCard(s.t.memberIdOfCard(s.card));
    SaleService tills(s.t.context());
    ASSERT_TRUE(tills.sell({card->number, {{QStringLiteral("6904000000021"), 1}}, {}}).ok());
    RedemptionService gifts(s.t.context());
    const Result<RedemptionOutcome> gift =
        gifts.redeem(card->memberId, 1000, QStringLiteral("6903000000015"));
    ASSERT_TRUE(gift.ok()) << gift.error().message().toStdString();
    EXPECT_TRUE(s.verify().ok());

    // A price lowered at the database shell: tills would charge it.
    s.t.exec(QStringLiteral("UPDATE products SET list_fen = 100 WHERE barcode = '6902000000016'"));
    AuditReport report = s.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("products"));
    EXPECT_TRUE(report.firstBad->reason.contains(u"6902000000016"));

    Trading other;
    const Id member = other.t.memberIdOfCard(other.card);
    ASSERT_TRUE(SaleService(other.t.context())
                    .sell({other.t.store().currentCard(member)->number,
                           {{QStringLiteral("6904000000021"), 1}},
                           {}})
                    .ok());
    const Result<RedemptionOutcome> again =
        RedemptionService(other.t.context()).redeem(member, 1000, QStringLiteral("6903000000015"));
    ASSERT_TRUE(again.ok());
    // The gift made dearer, so the counter is paid more by the mall.
    other.t.exec(QStringLiteral("UPDATE redemptions SET list_fen = 90000"));
    report = other.verify();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.firstBad->table, QStringLiteral("redemptions"));
}
