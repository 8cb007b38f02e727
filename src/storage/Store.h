#pragma once

#include "AuditChain.h"
#include "SqlConnection.h"
#include "core/CustomerCare.h"
#include "core/Figures.h"
#include "core/Greetings.h"
#include "core/Records.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace viptill {

// Everything the services keep and find, in the store's words. SQL stays
// behind this interface, whether a SQLite file or a PostgreSQL server is
// under it. Methods throw StorageError; services catch it at their edge.
class Store
{
public:
    virtual ~Store() = default;

    // The audit key (from the store's key file): what chains the audit trail
    // and the ledger. Without it nothing can be appended to either
    // (StorageError saying the key file is needed).
    virtual void setChainKey(const QByteArray& key) = 0;
    // The personal-data key (from the store's key file): ID numbers and
    // mobiles are sealed with it and found by its keyed hash. Given the key,
    // the store seals any row written before it had one.
    virtual void setPersonalKey(const QByteArray& key) = 0;
    // Every chain checked from its first entry to its head: entries edited,
    // inserted, deleted or cut off the end are found, the first one named.
    virtual ChainReport verifyChains() = 0;

    // What audit verify reads back, page by page, by id.
    virtual QList<Sale> salesAfter(Id afterId, int limit) = 0;
    virtual QList<ReturnRecord> returnsAfter(Id afterId, int limit) = 0;
    virtual QList<Card> cardsAfter(Id afterId, int limit) = 0;
    virtual QList<std::pair<Id, Tier>> memberTiersAfter(Id afterId, int limit) = 0;
    virtual QList<Product> productsAfter(Id afterId, int limit) = 0;
    virtual QList<RedemptionRecord> redemptionsAfter(Id afterId, int limit) = 0;
    // The detail of the last audit entry of `action` about `subject`.
    virtual std::optional<QString> lastAuditDetail(const QString& action,
                                                   const QString& subject) = 0;
    // Audit entries of `action` after `afterId`: (entry id, subject).
    virtual QList<std::pair<Id, QString>> auditSubjectsAfter(const QString& action, Id afterId,
                                                             int limit) = 0;

    // A write transaction; nested calls become savepoints.
    virtual Transaction transaction() = 0;
    // Whether a transaction is open: only its owner may run it again.
    virtual bool inTransaction() const = 0;

    virtual int schemaVersion() = 0;
    // A consistent copy of the store while tills sell, and back from one
    // (then brought up to date). Bytes of the copy.
    virtual std::int64_t backupTo(const QString& path) = 0;
    virtual std::int64_t restoreFrom(const QString& path) = 0;
    // The file checked page by page: what is wrong, empty when sound. Long
    // on a big store: run it beside the work, interrupt() stops it.
    virtual QString integrityProblems() = 0;
    virtual void interrupt() = 0;
    virtual bool isEmpty() = 0;
    // Whether a sale was ever rung up or a member ever joined, and whether
    // any staff account exists (leavers too): a store that has either can
    // no longer be made a training store.
    virtual bool hasSalesOrMembers() = 0;
    virtual bool hasStaff() = 0;
    virtual std::optional<QString> setting(const QString& key) = 0;
    virtual void setSetting(const QString& key, const QString& value) = 0;
    // The next value of a named counter (card serials and the like).
    virtual std::int64_t nextSequence(const QString& name) = 0;

    // Catalogue
    virtual std::optional<Counter> counterByName(const QString& name) = 0;
    virtual QList<Counter> counters() = 0; // by name
    virtual Id ensureCounter(const QString& name) = 0;
    virtual std::optional<Product> productByBarcode(const QString& barcode) = 0;
    virtual std::optional<Product> product(Id id) = 0;
    enum class Upsert
    {
        Inserted,
        Updated,
        Unchanged
    };
    // Writes a product by its barcode; a changed price goes into the price history.
    virtual Upsert upsertProduct(const Product& product, const QDateTime& at,
                                 const QString& source) = 0;
    virtual std::optional<Rate> promotionRate(Id counterId, QDate day) = 0;
    virtual void addPromotion(Id counterId, Rate rate, std::optional<QDate> from,
                              std::optional<QDate> to, const QDateTime& at) = 0;
    virtual std::int64_t clearPromotions(Id counterId, const QDateTime& at) = 0;
    virtual Id addRule(const MultiplierRule& rule, const QDateTime& at) = 0;
    virtual QList<MultiplierRule> activeRules() = 0;
    // Every rule, stopped ones too, by id.
    virtual QList<MultiplierRule> rules() = 0;
    // The rule's last day becomes `lastDay` (earlier than its own end).
    virtual void stopRule(Id ruleId, QDate lastDay, const QDateTime& at, Id staffId) = 0;

    // The programme's settings, as changes from a day on (ProgrammeSettings
    // works out which holds on a day).
    virtual QList<SettingChange> settingChangesHolding(QDate day) = 0;
    virtual QList<SettingChange> settingChanges() = 0; // every one, newest first
    virtual std::optional<SettingChange> settingChange(Id id) = 0;
    virtual Id insertSettingChange(const SettingChange& change) = 0;
    virtual void stopSettingChange(Id id, QDate lastDay, const QDateTime& at, Id staffId) = 0;

    // Members and cards
    virtual std::optional<Member> member(Id id) = 0;
    virtual std::optional<Member> memberByIdNumber(const QString& idNumber) = 0;
    virtual std::optional<Member> memberByMobile(const QString& mobile) = 0;
    // Members whose name starts with `prefix`, by name, at most `limit`.
    virtual QList<Member> membersByName(const QString& prefix, int limit) = 0;
    virtual Id insertMember(const Member& member) = 0;
    virtual void setMemberTier(Id memberId, Tier tier, std::optional<Id> upgradedBySaleId) = 0;
    // Cancels the membership (`at`) or, with none, lets it stand again.
    virtual void setMembershipCancelled(Id memberId, std::optional<QDateTime> at) = 0;
    // Joinings: each of a member's, the latest is the membership as it is.
    virtual Id insertJoining(const Joining& joining) = 0;
    virtual std::optional<Joining> latestJoining(Id memberId) = 0;
    virtual void cancelJoining(Id joiningId, const QDateTime& at, Id returnId) = 0;
    // What the receipts credited at a joining keep paid: paid less refunded.
    virtual Money keptOfJoining(Id joiningId) = 0;
    virtual std::optional<Card> cardByNumber(const QString& number) = 0;
    virtual std::optional<Card> currentCard(Id memberId) = 0; // the newest card
    // Every card the member has had, newest first.
    virtual QList<Card> cardsOfMember(Id memberId) = 0;
    // Every row of a member's points, oldest first.
    virtual QList<LedgerEntry> ledgerOfMember(Id memberId) = 0;
    // Every gift a member had for points, cancelled ones too, oldest first.
    virtual QList<RedemptionLine> redemptionsOfMember(Id memberId) = 0;
    // Erasure (PIPL): the person leaves the member row — name replaced by
    // `placeholderName`, ID number and mobile gone (and not to be found),
    // address, birthday (but its year) and the file's profile cleared, the
    // planned calls dropped, the messages' mobile and words wiped, the call
    // suggestions wiped. The row, the sales, returns, redemptions and the
    // points ledger stay as they are: they are the store's accounts.
    virtual void anonymiseMember(Id memberId, const QString& placeholderName,
                                 const QDateTime& at) = 0;
    virtual Id insertCard(const Card& card, const QDateTime& at) = 0;
    // The pending or active card written onto this chip, if any.
    virtual std::optional<Card> liveCardOnChip(const QByteArray& chipUid) = 0;
    // Records the NFC chip a card was written onto (its UID).
    virtual void bindCardChip(Id cardId, const QByteArray& chipUid) = 0;
    virtual void setCardStatus(Id cardId, CardStatus status, const QDateTime& at,
                               const QString& note) = 0;

    // Points
    virtual std::int64_t pointsBalance(Id memberId) = 0;
    virtual std::int64_t pointsLifetime(Id memberId) = 0;
    virtual Id appendPoints(const LedgerEntry& entry) = 0;

    // Sales, returns, redemptions
    virtual int nextReceiptSequence(const QString& terminal, QDate day) = 0;
    virtual Id insertSale(Sale& sale) = 0; // fills in the ids of the sale and its lines
    virtual std::optional<Sale> saleByReceipt(const QString& receiptNo) = 0;
    virtual std::optional<Sale> sale(Id saleId) = 0;
    // A walk-in receipt credited to the member joining with it.
    virtual void creditSalePoints(Id saleId, const SalePoints& points, Id joiningId) = 0;
    virtual bool memberBoughtOn(Id memberId, QDate day) = 0;
    virtual int membersBuyingBefore(QDate day, const QDateTime& before) = 0;
    virtual bool birthdayGiftGiven(Id memberId, int year) = 0;
    virtual Id insertReturn(ReturnRecord& record) = 0;
    // What earlier returns of the sale paid back, by tender kind.
    virtual QList<Tender> refundsForSale(Id saleId) = 0;
    virtual Id insertRedemption(const RedemptionRecord& record) = 0;

    virtual std::optional<DiamondGift> diamondGift(Id memberId, int year, int quarter) = 0;
    virtual Id insertDiamondGift(const DiamondGift& gift) = 0;

    // Figures
    virtual DayTotals dayTotals(QDate day) = 0;

    // Staff and what they did
    virtual std::optional<StaffMember> staffByNumber(const QString& number) = 0;
    virtual std::optional<StaffMember> staffById(Id id) = 0;
    virtual Id insertStaff(const StaffMember& staff, const QString& pinHash,
                           const QDateTime& at) = 0;
    virtual QString staffPinHash(Id staffId) = 0;
    virtual QList<StaffMember> allStaff() = 0; // by number, leavers too
    virtual std::int64_t activeManagers() = 0;
    virtual void setStaffRole(Id staffId, StaffRole role) = 0;
    // A leaver (never deleted: the history keeps the name).
    virtual void disableStaff(Id staffId, const QDateTime& at) = 0;
    virtual void setStaffPin(Id staffId, const QString& pinHash, bool mustChange) = 0;
    virtual void setStaffLockout(Id staffId, int failedAttempts,
                                 std::optional<QDateTime> lockedUntil) = 0;
    virtual Id logStaffEvent(const StaffEvent& event) = 0;
    virtual std::int64_t countStaffEvents(const QString& action) = 0;

    // Sales on hold
    virtual Id suspendSale(const SuspendedSale& sale) = 0;
    virtual QList<SuspendedSale> suspendedSales(const QString& terminal) = 0;
    // False if it was already resumed (by another till, say).
    virtual bool markResumed(Id suspendedId, const QDateTime& at) = 0;

    // Customer care (客户维护): the member file, care lists, classes, calls,
    // the SMS outbox.
    virtual std::optional<MemberProfile> memberProfile(Id memberId) = 0;
    virtual void saveMemberProfile(const MemberProfile& profile) = 0;
    // Writes what the desk may change of the joining form: name, mobile,
    // address, main category.
    virtual void updateMemberDetails(const Member& member) = 0;
    // The day of the last purchase credited to the member, else the joining day.
    virtual std::optional<QDate> lastVisit(Id memberId) = 0;
    virtual std::optional<QDate> lastRevival(Id memberId) = 0;
    virtual Id insertCardRevival(const CardRevival& revival) = 0;
    // Members whose last visit is on or before `lastVisitUpTo`, oldest visit first.
    virtual QList<MemberVisit> membersLastVisitedBy(QDate lastVisitUpTo) = 0;
    // Active and lapsed cards whose lapse clock runs from a day in [from, to].
    virtual QList<LapseClock> lapseClocks(QDate anchorFrom, QDate anchorTo) = 0;
    // Every member's last visit, visit days and spend (paid less refunded) in [from, to].
    virtual QList<RfmRow> rfmRows(QDate from, QDate to) = 0;
    virtual void saveMemberClass(const MemberClassRecord& record) = 0;
    virtual std::optional<MemberClassRecord> memberClass(Id memberId) = 0;
    virtual QList<MemberClassRecord> memberClasses(const MemberClassFilter& filter) = 0;
    // The member's days with a purchase and what was spent in [from, to].
    virtual std::int64_t visitDays(Id memberId, QDate from, QDate to) = 0;
    virtual Money memberSpend(Id memberId, QDate from, QDate to) = 0;
    // What the member spent at each counter in [from, to] (paid less
    // refunded), most first.
    virtual QList<std::pair<QString, Money>> spendByCounter(Id memberId, QDate from, QDate to) = 0;
    // The member's receipts, newest first, at most `limit`.
    virtual QStringList receiptsOfMember(Id memberId, int limit) = 0;
    // Members with a receipt on a day in [from, to] that keeps at least
    // `atLeast` (paid less refunded, and something in any case): (member, day).
    virtual QList<std::pair<Id, QDate>> memberPurchaseDays(QDate from, QDate to, Money atLeast) = 0;
    // Returns made in [from, to] of sales credited to a member: (return id, member).
    virtual QList<std::pair<Id, Id>> memberReturns(QDate from, QDate to) = 0;
    // The receipt a return was made from, and when.
    virtual std::optional<std::pair<QString, QDateTime>> returnedReceipt(Id returnId) = 0;
    // Members whose birthday (month and day) is one of `monthDays` ("MM-DD").
    virtual QList<Member> membersBornOn(const QStringList& monthDays) = 0;
    // Members with a balance of at least `minBalance`, with the day of their
    // last redemption (if any) and their joining day.
    struct PointsStanding
    {
        Id memberId = 0;
        std::int64_t balance = 0;
        std::optional<QDate> lastRedemption;
        QDate joinedOn;
    };
    virtual QList<PointsStanding> pointsStandings(std::int64_t minBalance) = 0;
    virtual QList<StaffMember> activeStaff(StaffRole role) = 0;
    // 0 when the member already has a call of this kind on this subject.
    virtual Id insertCall(const FollowUpCall& call) = 0;
    virtual std::optional<FollowUpCall> call(Id callId) = 0;
    virtual QList<FollowUpCall> callsDueBetween(QDate from, QDate to) = 0;
    virtual QList<FollowUpCall> callsOfMember(Id memberId) = 0;
    virtual std::int64_t callsDueInYear(Id memberId, int year) = 0;
    virtual bool callDueOn(Id memberId, QDate day) = 0;
    // The due day of the member's latest call of `kind`, if any.
    virtual std::optional<QDate> lastCallOfKind(Id memberId, CallKind kind) = 0;
    // Records how a call went; false if it was recorded before.
    virtual bool recordCallOutcome(const FollowUpCall& call) = 0;
    // Members who may get text messages (not opted out), with their mobile.
    virtual QList<Member> messageRecipients() = 0;
    // 0 when the member already has a message of this kind that day.
    virtual Id insertOutboxMessage(const OutboxMessage& message) = 0;
    virtual QList<OutboxMessage> outboxOn(QDate day) = 0;
    virtual QList<OutboxMessage> outboxOfMember(Id memberId) = 0;
    virtual std::optional<QDate> lastMessageOfKind(Id memberId, MessageKind kind) = 0;
    virtual void setOutboxStatus(Id messageId, OutboxStatus status, const QDateTime& at,
                                 const QString& batch) = 0;

    // --- The manager's office ---

    // Many reads from one consistent state of the database (the figures),
    // without the write lock: tills go on selling while it is held. Reads
    // only; inside a write transaction it adds nothing.
    class ReadSnapshot
    {
    public:
        virtual ~ReadSnapshot() = default;
    };
    virtual std::unique_ptr<ReadSnapshot> readSnapshot() = 0;

    // Catalogue: counters, prices and who changed them, promotions, gifts.
    virtual QList<Product> productsOfCounter(Id counterId) = 0;
    // As upsertProduct; a price history row names the manager (none: the
    // import or the CLI, as `source` says).
    virtual Upsert upsertProductBy(const Product& product, const QDateTime& at,
                                   const QString& source, std::optional<Id> staffId) = 0;
    virtual QList<PriceChange> priceHistory(Id productId) = 0; // oldest first
    // Promotions not cleared and not ended before `day`, by counter.
    virtual QList<Promotion> promotionsFrom(QDate day) = 0;
    // Gifts a cap allows (list price within it, not special, on sale) whose
    // name, counter or barcode holds `text`, dearest first, at most `limit`.
    virtual QList<Product> giftCandidates(Money cap, const QString& text, int limit) = 0;

    // Redemptions with their names; cancelling marks one, nothing is removed.
    virtual std::optional<RedemptionLine> redemption(Id id) = 0;
    virtual QList<RedemptionLine>
    redemptionsBetween(QDate from, QDate to, std::optional<Id> counterId, bool withCancelled) = 0;
    virtual void cancelRedemption(Id id, const QDateTime& at, std::optional<Id> staffId,
                                  std::optional<Id> approverId) = 0;

    // Figures of the days from `from` to `to`, both included.
    virtual DayTotals rangeTotals(QDate from, QDate to) = 0;
    virtual std::int64_t buyingMembers(QDate from, QDate to) = 0;
    // Member tickets less the refunds on them made in the range.
    virtual Money vipSales(QDate from, QDate to) = 0;
    virtual TierSales tierSales(QDate from, QDate to) = 0;
    virtual QList<CounterTotals> counterTotals(QDate from, QDate to) = 0;
    virtual QList<HourTotals> hourTotals(QDate from, QDate to) = 0;
    virtual QList<MemberSpend> topMembers(QDate from, QDate to, int limit) = 0;
    // The ledger's net points of each day that has rows, in order.
    virtual QList<std::pair<QDate, std::int64_t>> pointsByDay(QDate from, QDate to) = 0;
    // The ledger's rows dated after `after` (from the first, when none) up
    // to `through`, added up.
    virtual std::int64_t pointsThrough(std::optional<QDate> after, QDate through) = 0;
    virtual QList<TenderTotals> tenderTotals(QDate day) = 0;
    // Members who are diamond now, with what they spent in the range.
    virtual QList<DiamondInvitee> diamondMembers(QDate from, QDate to) = 0;

    // --- Members from the store's old system (the member import) ---

    // Of these ID numbers and mobiles (compared by their keyed hashes) and
    // card numbers, the ones the store already holds. Asked a few hundred at
    // a time, never one query a row.
    struct AlreadyHeld
    {
        QSet<QString> idNumbers;
        QSet<QString> mobiles;
        QSet<QString> cardNumbers;
    };
    virtual AlreadyHeld alreadyHeld(const QStringList& idNumbers, const QStringList& mobiles,
                                    const QStringList& cardNumbers) = 0;
    // While it lives, writes of very many rows are expected (the member
    // import): the engine may keep more of the store in memory for them.
    class BulkWrite
    {
    public:
        virtual ~BulkWrite() = default;
    };
    virtual std::unique_ptr<BulkWrite> bulkWrite() = 0;
    // A load of `members` members in the caller's transaction (the member
    // import). When they are many beside the members the store has, the
    // member tables' indexes that no constraint stands on are set aside and
    // finish() builds them again: one sort each instead of millions of
    // scattered inserts. Both happen inside the transaction, so a rollback
    // leaves the indexes as they were; on a server the tables are closed to
    // everyone else until the commit.
    class MemberLoad
    {
    public:
        virtual ~MemberLoad() = default;
        virtual void finish() = 0;
    };
    virtual std::unique_ptr<MemberLoad> beginMemberLoad(std::int64_t members) = 0;
    // Fewer members than this are written into the indexes as they are.
    static constexpr std::int64_t IndexesAsideFrom = 10000;
    // Writes members brought from the old system, in the caller's
    // transaction, hundreds of rows a statement: each member (imported on
    // the day of `at`; ID number and mobile sealed as insertMember seals
    // them), an active card with the number as given (magnetic: no chip; the
    // member's tier printed on it), and the opening ledger rows, each chained
    // as appendPoints chains it: `import` of the lifetime points, always
    // (its note, importNote(), names the card and the tier for audit
    // verify), and `import_used` of balance − lifetime when they differ.
    // Returns the members' ids in the order given.
    virtual QList<Id> insertImportedMembers(const QList<ImportedMember>& members,
                                            const QDateTime& at) = 0;
    // The note of the member's opening `import` ledger row; none for a
    // member who joined at a till.
    virtual std::optional<QString> importRecordOf(Id memberId) = 0;

    // 日结
    virtual std::optional<DayClose> dayClose(QDate day) = 0; // with its tenders
    // The earliest close on or after `day`: while there is one, `day` is closed.
    virtual std::optional<DayClose> closeOnOrAfter(QDate day) = 0;
    // The latest close on or before `day`.
    virtual std::optional<DayClose> closeOnOrBefore(QDate day) = 0;
    virtual QList<DayClose> closesBetween(QDate from, QDate to) = 0; // without tenders
    virtual void insertDayClose(const DayClose& close) = 0;
};

// Where the store's file is when none is named: $VIPTILL_DB, else the
// platform's application-data folder (created if missing).
QString defaultDatabasePath();

// Where the store is when --db names none: $VIPTILL_DB, else the `database`
// key of VipTill's settings file (a file, or the postgresql:// URI of the
// server a store of many tills shares), else defaultDatabasePath().
QString configuredStoreLocation();

// Whether `location` names a PostgreSQL server (postgresql://… or
// postgres://…) rather than a SQLite file.
bool isServerLocation(const QString& location);

// `location` as it may be shown: a URI loses its password.
QString displayLocation(const QString& location);

// Opens the store at `location`: the PostgreSQL database a postgresql:// or
// postgres:// URI names, else the SQLite file at that path (created if
// needed). Brings its schema up to date. Throws StorageError with a clear
// message on failure.
std::unique_ptr<Store> openStore(const QString& location);

} // namespace viptill
