#pragma once

#include "Money.h"
#include "Points.h"
#include "Pricing.h"
#include "Programme.h"
#include "Rate.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <cstdint>
#include <optional>

// The store's records as the core sees them: plain values, no SQL.
namespace viptill {

using Id = std::int64_t;

struct Counter
{
    Id id = 0;
    QString name;
};

struct Product
{
    Id id = 0;
    QString barcode;
    QString name;
    Id counterId = 0;
    QString counterName;
    Money listPrice;
    bool specialPrice = false;
    bool onSale = true;
};

enum class CardStatus
{
    Pending,
    Active,
    Blocked,
    Replaced,
    Lapsed
};
QString cardStatusCode(CardStatus status);
std::optional<CardStatus> cardStatusFromCode(const QString& code);

struct Card
{
    Id id = 0;
    QString number;
    Id memberId = 0;
    int generation = 1;
    CardStatus status = CardStatus::Pending;
    Tier tier = Tier::Gold; // the tier printed on the card
    QByteArray chipUid;     // the NFC chip the card was written onto; empty if none yet
};

// What a card told the till. A chip card also gives the chip's UID and the
// generation written on it; its reader has already checked the MAC that
// binds them to the number, so what is left to check is the database.
struct PresentedCard
{
    enum class Medium
    {
        Keyed,    // typed by the cashier (F2) or given on the command line
        Magnetic, // swiped on a keyboard-wedge magnetic reader
        Chip      // tapped on an NFC reader
    };
    // A bare number is a card typed in (implicitly, so the CLI and the
    // tests can name a card by its number).
    PresentedCard(QString cardNumber = {}, Medium how = Medium::Keyed, QByteArray uid = {},
                  int cardGeneration = 0)
        : number(std::move(cardNumber))
        , medium(how)
        , chipUid(std::move(uid))
        , generation(cardGeneration)
    {}

    QString number;
    Medium medium = Medium::Keyed;
    QByteArray chipUid;
    int generation = 0; // 0: not stated (keyed and magnetic cards)
};

struct Member
{
    Id id = 0;
    QString name;
    QChar gender; // 'F' or 'M'
    QDate birthday;
    QString idNumber;
    QString mobile;
    QString address;
    QString category;
    Tier tier = Tier::Gold;
    QDateTime joinedAt;
    std::optional<Id> upgradedBySaleId;
    // When the person was erased (PIPL): the row stays for the sales and the
    // points, with nothing of the person in it.
    std::optional<QDateTime> erasedAt;
    // The day the member was brought from the store's old system; none for
    // a member who joined at a VipTill till.
    std::optional<QDate> importedOn;
    // When the membership was cancelled because the receipts it was opened
    // with no longer stand (domain.md, "Joining stands on its receipts"):
    // every card is blocked; the row, sales and points stay, and the person
    // may join again.
    std::optional<QDateTime> membershipCancelledAt;
};

// A member brought from the store's old system (member import), as
// checked: the member (joined on the old system's joining day), the card
// number the old system issued, kept exactly, and the points there.
struct ImportedMember
{
    Member member;
    QString cardNumber;
    std::int64_t balance = 0;
    std::int64_t lifetime = 0;
};

// One joining (办卡) of a member: the first, or one after a cancellation.
// The receipts credited at it (Sale::joiningId) are what the tier it gave
// stands on.
struct Joining
{
    Id id = 0;
    Id memberId = 0;
    QDateTime at;
    std::optional<Id> staffId;
    std::optional<QDateTime> cancelledAt;
    std::optional<Id> cancelledByReturnId;
};

struct SaleLine
{
    Id id = 0;
    int lineNo = 0;
    Id productId = 0;
    QString barcode;
    QString name;
    Id counterId = 0;
    QString counterName;
    bool specialPrice = false;
    LinePrice price;
    std::int64_t returnedQuantity = 0; // from the returns recorded against it
};

enum class TenderKind
{
    Cash,
    BankCard,
    WeChatPay,
    Alipay
};
QString tenderKindCode(TenderKind kind);
std::optional<TenderKind> tenderKindFromCode(const QString& code);

// What staff and customers call a tender kind and a tier, in their language.
QString tenderKindName(TenderKind kind);
QString tierName(Tier tier);

struct Tender
{
    TenderKind kind = TenderKind::Cash;
    Money amount;
};

// Points credited for a sale, at the till or later when its receipt was used
// to join. Kept with the sale so a return reverses with the same multiplier.
struct SalePoints
{
    Id memberId = 0;
    PointsAward award;
};

enum class PointsKind
{
    Earn,
    Bonus,
    Redeem,
    Reverse,
    Adjust,
    // A member brought from the store's old system: their lifetime points
    // there (counts toward lifetime, as earned points do) …
    Import,
    // … and what the old system had spent or added besides (balance less
    // lifetime; like a redemption or an adjustment, not toward lifetime).
    ImportUsed
};
QString pointsKindCode(PointsKind kind);
std::optional<PointsKind> pointsKindFromCode(const QString& code);

// One row of the append-only points ledger; a balance is the sum of its rows.
struct LedgerEntry
{
    Id memberId = 0;
    PointsKind kind = PointsKind::Earn;
    std::int64_t points = 0; // signed: redeem and reverse are negative
    std::optional<Id> saleId;
    std::optional<Id> returnId;
    std::optional<Id> redemptionId;
    QDateTime at;
    QString note;
};

struct Sale
{
    Id id = 0;
    QString receiptNo;
    QString terminal;
    QDateTime at;
    std::optional<Id> memberId; // the card shown at the till
    std::optional<Id> cardId;
    std::optional<Tier> tier; // the tier priced at
    // A walk-in receipt credited to a member when they joined: the joining.
    std::optional<Id> joiningId;
    QList<SaleLine> lines;
    QList<Tender> tenders;
    std::optional<SalePoints> points;
    std::optional<Id> staffId; // the cashier
    bool birthdayGift = false;
    std::optional<Tier> upgradedTo;

    Money totalList() const;
    Money total() const;
    // What the customer keeps paid for after the returns so far.
    Money keptTotal() const;
    bool fullyReturned() const;
};

enum class StaffRole
{
    Cashier,
    ServiceDesk,
    Manager
};
QString staffRoleCode(StaffRole role); // "cashier", "service_desk", "manager"
std::optional<StaffRole> staffRoleFromCode(const QString& code);

struct StaffMember
{
    Id id = 0;
    QString number;
    QString name;
    StaffRole role = StaffRole::Cashier;
    int failedAttempts = 0;
    std::optional<QDateTime> lockedUntil;
    bool active = true; // false: left the store; the history keeps the name
    // A PIN a manager reset: the staff member chooses their own at the next
    // log-in before anything else.
    bool mustChangePin = false;
};

// A change of one setting of the programme, from a day on. A change with a
// last day (`to`) is for those days only (a VIP 专场, 三天免费办卡) and wins
// over the standing value while it lasts (services/ProgrammeSettings).
struct SettingChange
{
    Id id = 0;
    QString key;
    QString value; // in the setting's written form ("0.88", fen, days, text)
    QDate from;
    std::optional<QDate> to;
    QString note;
    QDateTime setAt;
    std::optional<Id> staffId;
    // Stopped: its last day is now `lastDay` (never before the day before
    // it was stopped, so no past day changes).
    std::optional<QDate> lastDay;
    std::optional<QDateTime> stoppedAt;
    std::optional<Id> stoppedBy;

    bool temporary() const { return to.has_value(); }
    // The last day it holds, if any.
    std::optional<QDate> ends() const;
    // Whether its days hold `day` (a newer change may still win that day).
    bool holds(QDate day) const;
};

// Something a member of staff did at a till, and the manager who approved it.
struct StaffEvent
{
    std::optional<Id> staffId;
    std::optional<Id> approverId;
    QString terminal;
    QString action;
    QString detail;
    QDateTime at;
    // What it is about, where the audit cross-checks look it up: a sale's
    // receipt number, a card's number, a member's id.
    QString subject;
};

// A sale put on hold (挂单) to serve the next customer, resumed later (取单).
struct SuspendedSale
{
    Id id = 0;
    QString terminal;
    std::optional<Id> staffId;
    std::optional<QString> cardNumber;
    QList<std::pair<QString, std::int64_t>> items; // barcode, quantity
    Money total;
    QDateTime suspendedAt;
};

struct ReturnLine
{
    Id saleLineId = 0;
    std::int64_t quantity = 0;
    Money refund;
};

struct ReturnRecord
{
    Id id = 0;
    Id saleId = 0;
    QDateTime at;
    QList<ReturnLine> lines;
    QList<Tender> refunds;
    std::int64_t pointsReversed = 0;
    bool backToGold = false;
    std::optional<Id> staffId;
    std::optional<Id> approverId;

    Money refundTotal() const;
};

// A gift for points, charged to the item's counter at list price.
struct RedemptionRecord
{
    Id id = 0;
    Id memberId = 0;
    Id productId = 0;
    Id counterId = 0;
    Money listPrice;
    Money cap;
    std::int64_t points = 0;
    QDateTime at;
    std::optional<Id> staffId;    // who handed the gift over
    std::optional<Id> approverId; // the manager whose PIN approved it
    std::optional<QDateTime> cancelledAt;
};

// A diamond member's free gift of one quarter (钻石卡季度礼品).
struct DiamondGift
{
    Id id = 0;
    Id memberId = 0;
    int year = 0;
    int quarter = 0; // 1 … 4
    QString gift;
    QDateTime claimedAt;
    std::optional<Id> staffId;
};

// Raw totals of one day, as storage adds them up; see DayReport for figures.
struct DayTotals
{
    std::int64_t tickets = 0;
    Money ticketsPaid;
    Money vipTicketsPaid;
    std::int64_t items = 0;
    std::int64_t returns = 0;
    Money refunded;
    Money vipRefunded;
    std::int64_t newMembers = 0;
    std::int64_t pointsEarned = 0;   // earn + bonus
    std::int64_t pointsReversed = 0; // as a positive number
    std::int64_t pointsRedeemed = 0; // as a positive number
    std::int64_t redemptions = 0;
    Money redemptionCost;
};

} // namespace viptill
