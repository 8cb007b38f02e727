#include "AuditDigest.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace viptill {

namespace {

class Digest
{
public:
    explicit Digest(const char* kind) { add(QString::fromLatin1(kind)); }
    Digest& add(const QString& field)
    {
        const QByteArray utf8 = field.toUtf8();
        m_hash.addData(QByteArray::number(utf8.size()) + ':' + utf8 + ';');
        return *this;
    }
    Digest& add(std::int64_t value) { return add(QString::number(value)); }
    Digest& add(const std::optional<Id>& value)
    {
        return add(value ? QString::number(*value) : QStringLiteral("-"));
    }
    QString hex() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

QString saleDigest(const Sale& sale)
{
    Digest d("sale-v1");
    d.add(sale.receiptNo).add(sale.terminal).add(formatLocalTime(sale.at));
    d.add(sale.memberId).add(sale.cardId).add(sale.tier ? tierCode(*sale.tier) : QString());
    d.add(sale.staffId).add(sale.birthdayGift ? 1 : 0);
    d.add(sale.upgradedTo ? tierCode(*sale.upgradedTo) : QString());
    d.add(sale.lines.size());
    for (const SaleLine& line : sale.lines) {
        d.add(line.lineNo).add(line.productId).add(line.barcode).add(line.name);
        d.add(line.counterId).add(line.price.quantity).add(line.price.unitList.fen());
        d.add(line.price.promoRate.scaled()).add(line.price.afterPromo.fen());
        d.add(line.price.memberRate.scaled()).add(line.price.amount.fen());
        d.add(line.specialPrice ? 1 : 0);
    }
    d.add(sale.tenders.size());
    for (const Tender& t : sale.tenders)
        d.add(tenderKindCode(t.kind)).add(t.amount.fen());
    return d.hex();
}

QString returnDigest(const ReturnRecord& r)
{
    Digest d("return-v1");
    d.add(r.id).add(r.saleId).add(formatLocalTime(r.at)).add(r.staffId).add(r.approverId);
    d.add(r.pointsReversed).add(r.backToGold ? 1 : 0);
    d.add(r.lines.size());
    for (const ReturnLine& line : r.lines)
        d.add(line.saleLineId).add(line.quantity).add(line.refund.fen());
    d.add(r.refunds.size());
    for (const Tender& t : r.refunds)
        d.add(tenderKindCode(t.kind)).add(t.amount.fen());
    return d.hex();
}

QString redemptionDigest(const RedemptionRecord& r)
{
    Digest d("redemption-v1");
    d.add(r.id).add(r.memberId).add(r.productId).add(r.counterId).add(r.listPrice.fen());
    d.add(r.cap.fen()).add(r.points).add(formatLocalTime(r.at)).add(r.staffId).add(r.approverId);
    d.add(r.cancelledAt ? formatLocalTime(*r.cancelledAt) : QString());
    return d.hex();
}

QString priceState(const Product& product)
{
    return QStringLiteral("%1|%2|%3")
        .arg(product.listPrice.fen())
        .arg(product.specialPrice ? 1 : 0)
        .arg(product.onSale ? 1 : 0);
}

QString cardState(const Card& card)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(cardStatusCode(card.status))
        .arg(card.generation)
        .arg(QString::fromLatin1(card.chipUid.toHex().toUpper()), tierCode(card.tier));
}

QString importNote(const QString& cardNumber, Tier tier)
{
    return QStringLiteral("imported: card %1, %2").arg(cardNumber, tierCode(tier));
}

Card ImportedState::card() const
{
    Card c;
    c.number = cardNumber;
    c.generation = 1;
    c.status = CardStatus::Active;
    c.tier = tier;
    return c;
}

std::optional<ImportedState> importedStateOf(const QString& note)
{
    static const QRegularExpression shape(
        QStringLiteral("^imported: card ([0-9A-Za-z]{4,32}), ([a-z]+)$"));
    const QRegularExpressionMatch match = shape.match(note);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<Tier> tier = tierFromCode(match.captured(2));
    if (!tier)
        return std::nullopt;
    return ImportedState{match.captured(1), *tier};
}

} // namespace viptill
