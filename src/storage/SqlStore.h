#pragma once

#include "PersonalData.h"
#include "Store.h"

#include <memory>

namespace viptill {

// The Store over SQL that both SQLite and PostgreSQL accept.
class SqlStore final : public Store
{
public:
    explicit SqlStore(std::unique_ptr<SqlConnection> connection);

    SqlConnection& connection() { return *m_db; }

    void setChainKey(const QByteArray& key) override { m_chainKey = key; }
    void setPersonalKey(const QByteArray& key) override;
    ChainReport verifyChains() override;

    QList<Sale> salesAfter(Id afterId, int limit) override;
    QList<ReturnRecord> returnsAfter(Id afterId, int limit) override;
    QList<Card> cardsAfter(Id afterId, int limit) override;
    QList<std::pair<Id, Tier>> memberTiersAfter(Id afterId, int limit) override;
    QList<Product> productsAfter(Id afterId, int limit) override;
    QList<RedemptionRecord> redemptionsAfter(Id afterId, int limit) override;
    std::optional<QString> lastAuditDetail(const QString& action, const QString& subject) override;
    QList<std::pair<Id, QString>> auditSubjectsAfter(const QString& action, Id afterId,
                                                     int limit) override;

    Transaction transaction() override;
    bool inTransaction() const override;
    int schemaVersion() override;
    std::int64_t backupTo(const QString& path) override;
    std::int64_t restoreFrom(const QString& path) override;
    QString integrityProblems() override { return m_db->integrityProblems(); }
    void interrupt() override { m_db->interrupt(); }
    bool isEmpty() override;
    bool hasSalesOrMembers() override;
    bool hasStaff() override;
    std::optional<QString> setting(const QString& key) override;
    void setSetting(const QString& key, const QString& value) override;
    std::int64_t nextSequence(const QString& name) override;

    std::optional<Counter> counterByName(const QString& name) override;
    QList<Counter> counters() override;
    Id ensureCounter(const QString& name) override;
    std::optional<Product> productByBarcode(const QString& barcode) override;
    std::optional<Product> product(Id id) override;
    Upsert upsertProduct(const Product& product, const QDateTime& at,
                         const QString& source) override;
    std::optional<Rate> promotionRate(Id counterId, QDate day) override;
    void addPromotion(Id counterId, Rate rate, std::optional<QDate> from, std::optional<QDate> to,
                      const QDateTime& at) override;
    std::int64_t clearPromotions(Id counterId, const QDateTime& at) override;
    Id addRule(const MultiplierRule& rule, const QDateTime& at) override;
    QList<MultiplierRule> activeRules() override;
    QList<MultiplierRule> rules() override;
    void stopRule(Id ruleId, QDate lastDay, const QDateTime& at, Id staffId) override;

    QList<SettingChange> settingChangesHolding(QDate day) override;
    QList<SettingChange> settingChanges() override;
    std::optional<SettingChange> settingChange(Id id) override;
    Id insertSettingChange(const SettingChange& change) override;
    void stopSettingChange(Id id, QDate lastDay, const QDateTime& at, Id staffId) override;

    std::optional<Member> member(Id id) override;
    std::optional<Member> memberByIdNumber(const QString& idNumber) override;
    std::optional<Member> memberByMobile(const QString& mobile) override;
    QList<Member> membersByName(const QString& prefix, int limit) override;
    Id insertMember(const Member& member) override;
    void setMemberTier(Id memberId, Tier tier, std::optional<Id> upgradedBySaleId) override;
    void setMembershipCancelled(Id memberId, std::optional<QDateTime> at) override;
    Id insertJoining(const Joining& joining) override;
    std::optional<Joining> latestJoining(Id memberId) override;
    void cancelJoining(Id joiningId, const QDateTime& at, Id returnId) override;
    Money keptOfJoining(Id joiningId) override;
    std::optional<Card> cardByNumber(const QString& number) override;
    std::optional<Card> currentCard(Id memberId) override;
    QList<Card> cardsOfMember(Id memberId) override;
    QList<LedgerEntry> ledgerOfMember(Id memberId) override;
    QList<RedemptionLine> redemptionsOfMember(Id memberId) override;
    void anonymiseMember(Id memberId, const QString& placeholderName, const QDateTime& at) override;
    Id insertCard(const Card& card, const QDateTime& at) override;
    std::optional<Card> liveCardOnChip(const QByteArray& chipUid) override;
    void bindCardChip(Id cardId, const QByteArray& chipUid) override;
    void setCardStatus(Id cardId, CardStatus status, const QDateTime& at,
                       const QString& note) override;

    std::int64_t pointsBalance(Id memberId) override;
    std::int64_t pointsLifetime(Id memberId) override;
    Id appendPoints(const LedgerEntry& entry) override;

    int nextReceiptSequence(const QString& terminal, QDate day) override;
    Id insertSale(Sale& sale) override;
    std::optional<Sale> saleByReceipt(const QString& receiptNo) override;
    std::optional<Sale> sale(Id saleId) override;
    void creditSalePoints(Id saleId, const SalePoints& points, Id joiningId) override;
    bool memberBoughtOn(Id memberId, QDate day) override;
    int membersBuyingBefore(QDate day, const QDateTime& before) override;
    bool birthdayGiftGiven(Id memberId, int year) override;
    Id insertReturn(ReturnRecord& record) override;
    QList<Tender> refundsForSale(Id saleId) override;
    Id insertRedemption(const RedemptionRecord& record) override;

    std::optional<DiamondGift> diamondGift(Id memberId, int year, int quarter) override;
    Id insertDiamondGift(const DiamondGift& gift) override;

    DayTotals dayTotals(QDate day) override;

    std::optional<StaffMember> staffByNumber(const QString& number) override;
    std::optional<StaffMember> staffById(Id id) override;
    Id insertStaff(const StaffMember& staff, const QString& pinHash, const QDateTime& at) override;
    QString staffPinHash(Id staffId) override;
    QList<StaffMember> allStaff() override;
    std::int64_t activeManagers() override;
    void setStaffRole(Id staffId, StaffRole role) override;
    void disableStaff(Id staffId, const QDateTime& at) override;
    void setStaffPin(Id staffId, const QString& pinHash, bool mustChange) override;
    void setStaffLockout(Id staffId, int failedAttempts,
                         std::optional<QDateTime> lockedUntil) override;
    Id logStaffEvent(const StaffEvent& event) override;
    std::int64_t countStaffEvents(const QString& action) override;

    Id suspendSale(const SuspendedSale& sale) override;
    QList<SuspendedSale> suspendedSales(const QString& terminal) override;
    bool markResumed(Id suspendedId, const QDateTime& at) override;

    std::optional<MemberProfile> memberProfile(Id memberId) override;
    void saveMemberProfile(const MemberProfile& profile) override;
    void updateMemberDetails(const Member& member) override;
    std::optional<QDate> lastVisit(Id memberId) override;
    std::optional<QDate> lastRevival(Id memberId) override;
    Id insertCardRevival(const CardRevival& revival) override;
    QList<MemberVisit> membersLastVisitedBy(QDate lastVisitUpTo) override;
    QList<LapseClock> lapseClocks(QDate anchorFrom, QDate anchorTo) override;
    QList<RfmRow> rfmRows(QDate from, QDate to) override;
    void saveMemberClass(const MemberClassRecord& record) override;
    std::optional<MemberClassRecord> memberClass(Id memberId) override;
    QList<MemberClassRecord> memberClasses(const MemberClassFilter& filter) override;
    std::int64_t visitDays(Id memberId, QDate from, QDate to) override;
    Money memberSpend(Id memberId, QDate from, QDate to) override;
    QList<std::pair<QString, Money>> spendByCounter(Id memberId, QDate from, QDate to) override;
    QStringList receiptsOfMember(Id memberId, int limit) override;
    QList<std::pair<Id, QDate>> memberPurchaseDays(QDate from, QDate to, Money atLeast) override;
    QList<std::pair<Id, Id>> memberReturns(QDate from, QDate to) override;
    std::optional<std::pair<QString, QDateTime>> returnedReceipt(Id returnId) override;
    QList<Member> membersBornOn(const QStringList& monthDays) override;
    QList<PointsStanding> pointsStandings(std::int64_t minBalance) override;
    QList<StaffMember> activeStaff(StaffRole role) override;
    Id insertCall(const FollowUpCall& call) override;
    std::optional<FollowUpCall> call(Id callId) override;
    QList<FollowUpCall> callsDueBetween(QDate from, QDate to) override;
    QList<FollowUpCall> callsOfMember(Id memberId) override;
    std::int64_t callsDueInYear(Id memberId, int year) override;
    bool callDueOn(Id memberId, QDate day) override;
    std::optional<QDate> lastCallOfKind(Id memberId, CallKind kind) override;
    bool recordCallOutcome(const FollowUpCall& call) override;
    QList<Member> messageRecipients() override;
    Id insertOutboxMessage(const OutboxMessage& message) override;
    QList<OutboxMessage> outboxOn(QDate day) override;
    QList<OutboxMessage> outboxOfMember(Id memberId) override;
    std::optional<QDate> lastMessageOfKind(Id memberId, MessageKind kind) override;
    void setOutboxStatus(Id messageId, OutboxStatus status, const QDateTime& at,
                         const QString& batch) override;

    // The manager's office
    std::unique_ptr<ReadSnapshot> readSnapshot() override;
    QList<Product> productsOfCounter(Id counterId) override;
    Upsert upsertProductBy(const Product& product, const QDateTime& at, const QString& source,
                           std::optional<Id> staffId) override;
    QList<PriceChange> priceHistory(Id productId) override;
    QList<Promotion> promotionsFrom(QDate day) override;
    QList<Product> giftCandidates(Money cap, const QString& text, int limit) override;
    std::optional<RedemptionLine> redemption(Id id) override;
    QList<RedemptionLine> redemptionsBetween(QDate from, QDate to, std::optional<Id> counterId,
                                             bool withCancelled) override;
    void cancelRedemption(Id id, const QDateTime& at, std::optional<Id> staffId,
                          std::optional<Id> approverId) override;
    DayTotals rangeTotals(QDate from, QDate to) override;
    std::int64_t buyingMembers(QDate from, QDate to) override;
    Money vipSales(QDate from, QDate to) override;
    TierSales tierSales(QDate from, QDate to) override;
    QList<CounterTotals> counterTotals(QDate from, QDate to) override;
    QList<HourTotals> hourTotals(QDate from, QDate to) override;
    QList<MemberSpend> topMembers(QDate from, QDate to, int limit) override;
    QList<std::pair<QDate, std::int64_t>> pointsByDay(QDate from, QDate to) override;
    std::int64_t pointsThrough(std::optional<QDate> after, QDate through) override;
    QList<TenderTotals> tenderTotals(QDate day) override;
    QList<DiamondInvitee> diamondMembers(QDate from, QDate to) override;
    AlreadyHeld alreadyHeld(const QStringList& idNumbers, const QStringList& mobiles,
                            const QStringList& cardNumbers) override;
    std::unique_ptr<BulkWrite> bulkWrite() override;
    std::unique_ptr<MemberLoad> beginMemberLoad(std::int64_t members) override;
    QList<Id> insertImportedMembers(const QList<ImportedMember>& members,
                                    const QDateTime& at) override;
    std::optional<QString> importRecordOf(Id memberId) override;
    std::optional<DayClose> dayClose(QDate day) override;
    std::optional<DayClose> closeOnOrAfter(QDate day) override;
    std::optional<DayClose> closeOnOrBefore(QDate day) override;
    QList<DayClose> closesBetween(QDate from, QDate to) override;
    void insertDayClose(const DayClose& close) override;

private:
    std::optional<Member> memberWhere(std::string_view sql, const SqlValue& key);
    std::optional<Sale> saleWhere(std::string_view sql, const SqlValue& key);
    std::optional<StaffMember> staffWhere(std::string_view sql, const SqlValue& key);
    std::optional<Product> productWhere(std::string_view sql, const SqlValue& key);

    // Takes the next place in `chain`: its number and MAC over `fields`, and
    // moves the chain's head there (inside the caller's transaction).
    struct Link
    {
        std::int64_t seq = 0;
        QString mac;
    };
    Link extendChain(const QString& chain, const QList<chain::Field>& fields);
    void requireChainKey() const;
    // Of `values`, those `sql` (… IN ($1 … $N), N = HeldBatch) finds.
    QSet<QString> heldAmong(std::string_view sql, const QStringList& values);
    void verifyChain(const QString& name, std::string_view rows, std::string_view table,
                     const SqlValue& key, ChainReport& report,
                     const std::function<QList<chain::Field>(const SqlRow&)>& fieldsOf);

    std::optional<DayClose> closeWhere(std::string_view sql, QDate day);

    std::unique_ptr<SqlConnection> m_db;
    QByteArray m_chainKey;
    PersonalCipher m_personal;
    int m_snapshots = 0; // read snapshots open on the connection
};

} // namespace viptill
