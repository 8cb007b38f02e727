#pragma once

#include "SqlConnection.h"
#include "core/Records.h"

#include <QList>
#include <QString>
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
