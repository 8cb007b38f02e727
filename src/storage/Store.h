#pragma once

#include "SqlConnection.h"
#include "core/Figures.h"
#include "core/Records.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace viptill {

// Everything the services keep and find, in the store's words. SQL stays
// behind this interface; an engine other than SQLite implements it too.
// Methods throw StorageError; services catch it at their edge.
class Store
{
public:
    virtual ~Store() = default;

    // A write transaction; nested calls become savepoints.
    virtual Transaction transaction() = 0;

    virtual int schemaVersion() = 0;
    virtual bool isEmpty() = 0;
    virtual std::optional<QString> setting(const QString& key) = 0;
    virtual void setSetting(const QString& key, const QString& value) = 0;
    // The next value of a named counter (card serials and the like).
    virtual std::int64_t nextSequence(const QString& name) = 0;

    // Catalogue
    virtual std::optional<Counter> counterByName(const QString& name) = 0;
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

    // Members and cards
    virtual std::optional<Member> member(Id id) = 0;
    virtual std::optional<Member> memberByIdNumber(const QString& idNumber) = 0;
    virtual std::optional<Member> memberByMobile(const QString& mobile) = 0;
    // Members whose name starts with `prefix`, by name, at most `limit`.
    virtual QList<Member> membersByName(const QString& prefix, int limit) = 0;
    virtual Id insertMember(const Member& member) = 0;
    virtual void setMemberTier(Id memberId, Tier tier, std::optional<Id> upgradedBySaleId) = 0;
    virtual std::optional<Card> cardByNumber(const QString& number) = 0;
    virtual std::optional<Card> currentCard(Id memberId) = 0; // the newest card
    // Every card the member has had, newest first.
    virtual QList<Card> cardsOfMember(Id memberId) = 0;
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
    virtual void creditSalePoints(Id saleId, const SalePoints& points) = 0;
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
    virtual Id insertStaff(const StaffMember& staff, const QString& pinHash) = 0;
    virtual QString staffPinHash(Id staffId) = 0;
    virtual void setStaffLockout(Id staffId, int failedAttempts,
                                 std::optional<QDateTime> lockedUntil) = 0;
    virtual Id logStaffEvent(const StaffEvent& event) = 0;
    virtual std::int64_t countStaffEvents(const QString& action) = 0;

    // Sales on hold
    virtual Id suspendSale(const SuspendedSale& sale) = 0;
    virtual QList<SuspendedSale> suspendedSales(const QString& terminal) = 0;
    // False if it was already resumed (by another till, say).
    virtual bool markResumed(Id suspendedId, const QDateTime& at) = 0;

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
    virtual QList<Counter> counters() = 0;
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

// Opens the SQLite file at `path`, creating it if needed, and brings its
// schema up to date. Throws StorageError with a clear message on failure.
std::unique_ptr<Store> openSqliteStore(const QString& path);

} // namespace viptill
