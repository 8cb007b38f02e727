#include "Records.h"

#include <QCoreApplication>
#include <algorithm>

namespace viptill {

QString cardStatusCode(CardStatus status)
{
    switch (status) {
    case CardStatus::Pending:
        return QStringLiteral("pending");
    case CardStatus::Active:
        return QStringLiteral("active");
    case CardStatus::Blocked:
        return QStringLiteral("blocked");
    case CardStatus::Replaced:
        return QStringLiteral("replaced");
    case CardStatus::Lapsed:
        return QStringLiteral("lapsed");
    }
    return {};
}

std::optional<CardStatus> cardStatusFromCode(const QString& code)
{
    for (CardStatus s : {CardStatus::Pending, CardStatus::Active, CardStatus::Blocked,
                         CardStatus::Replaced, CardStatus::Lapsed}) {
        if (cardStatusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

namespace {
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(RecordText)
public:
    static QString tender(TenderKind kind)
    {
        switch (kind) {
        case TenderKind::Cash:
            return tr("Cash");
        case TenderKind::BankCard:
            return tr("Bank card");
        case TenderKind::WeChatPay:
            return tr("WeChat Pay");
        case TenderKind::Alipay:
            return tr("Alipay");
        }
        return {};
    }
    static QString tier(Tier tier)
    {
        return tier == Tier::Diamond ? tr("Diamond", "VIP钻石卡") : tr("Gold", "尊贵VIP黄金卡");
    }
};
} // namespace

QString tenderKindName(TenderKind kind)
{
    return RecordText::tender(kind);
}

QString tierName(Tier tier)
{
    return RecordText::tier(tier);
}

QString tenderKindCode(TenderKind kind)
{
    switch (kind) {
    case TenderKind::Cash:
        return QStringLiteral("cash");
    case TenderKind::BankCard:
        return QStringLiteral("bank_card");
    case TenderKind::WeChatPay:
        return QStringLiteral("wechat_pay");
    case TenderKind::Alipay:
        return QStringLiteral("alipay");
    }
    return {};
}

std::optional<TenderKind> tenderKindFromCode(const QString& code)
{
    for (TenderKind k :
         {TenderKind::Cash, TenderKind::BankCard, TenderKind::WeChatPay, TenderKind::Alipay}) {
        if (tenderKindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString staffRoleCode(StaffRole role)
{
    switch (role) {
    case StaffRole::Cashier:
        return QStringLiteral("cashier");
    case StaffRole::ServiceDesk:
        return QStringLiteral("service_desk");
    case StaffRole::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<StaffRole> staffRoleFromCode(const QString& code)
{
    for (StaffRole r : {StaffRole::Cashier, StaffRole::ServiceDesk, StaffRole::Manager}) {
        if (staffRoleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString pointsKindCode(PointsKind kind)
{
    switch (kind) {
    case PointsKind::Earn:
        return QStringLiteral("earn");
    case PointsKind::Bonus:
        return QStringLiteral("bonus");
    case PointsKind::Redeem:
        return QStringLiteral("redeem");
    case PointsKind::Reverse:
        return QStringLiteral("reverse");
    case PointsKind::Adjust:
        return QStringLiteral("adjust");
    case PointsKind::Import:
        return QStringLiteral("import");
    case PointsKind::ImportUsed:
        return QStringLiteral("import_used");
    }
    return {};
}

std::optional<PointsKind> pointsKindFromCode(const QString& code)
{
    for (const PointsKind kind :
         {PointsKind::Earn, PointsKind::Bonus, PointsKind::Redeem, PointsKind::Reverse,
          PointsKind::Adjust, PointsKind::Import, PointsKind::ImportUsed}) {
        if (pointsKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

Money ReturnRecord::refundTotal() const
{
    Money sum;
    for (const ReturnLine& line : lines)
        sum += line.refund;
    return sum;
}

Money Sale::totalList() const
{
    Money sum;
    for (const SaleLine& line : lines)
        sum += line.price.listTotal();
    return sum;
}

Money Sale::total() const
{
    Money sum;
    for (const SaleLine& line : lines)
        sum += line.price.amount;
    return sum;
}

Money Sale::keptTotal() const
{
    Money sum;
    for (const SaleLine& line : lines) {
        const std::int64_t kept = line.price.quantity - line.returnedQuantity;
        sum += priceLine(line.price.unitList, kept, line.price.promoRate, line.price.memberRate,
                         line.specialPrice)
                   .amount;
    }
    return sum;
}

bool Sale::fullyReturned() const
{
    for (const SaleLine& line : lines) {
        if (line.returnedQuantity < line.price.quantity)
            return false;
    }
    return true;
}

std::optional<QDate> SettingChange::ends() const
{
    if (to && lastDay)
        return std::min(*to, *lastDay);
    return to ? to : lastDay;
}

bool SettingChange::holds(QDate day) const
{
    const std::optional<QDate> end = ends();
    return from <= day && (!end || day <= *end);
}

} // namespace viptill
