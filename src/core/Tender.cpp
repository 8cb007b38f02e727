#include "Tender.h"

#include "Pricing.h"

#include <QCoreApplication>

namespace viptill {

namespace {

class TenderText
{
    Q_DECLARE_TR_FUNCTIONS(TenderText)
public:
    static Error notPositive()
    {
        return {ErrorCode::InvalidTender, tr("Each payment must be a positive amount.")};
    }
    static Error nonCashOver(Money nonCash, Money total)
    {
        return {ErrorCode::InvalidTender,
                tr("Card and mobile payments (%1 yuan) exceed the total of %2 yuan.")
                    .arg(nonCash.toYuanString(), total.toYuanString())};
    }
    static Error stillToPay(Money left)
    {
        return {ErrorCode::InvalidTender, tr("%1 yuan is still to pay.").arg(left.toYuanString())};
    }
};

} // namespace

TenderTally tally(Money total, const QList<Tender>& offered)
{
    TenderTally t;
    for (const Tender& tender : offered)
        (tender.kind == TenderKind::Cash ? t.cash : t.nonCash) += tender.amount;
    if (t.nonCash > total) {
        t.nonCashOver = t.nonCash - total;
        return t;
    }
    const Money cashDue = total - t.nonCash;
    if (t.cash < cashDue)
        t.stillToPay = cashDue - t.cash;
    else
        t.change = t.cash - cashDue;
    return t;
}

Result<Payment> settle(Money total, const QList<Tender>& offered)
{
    Payment payment;
    if (offered.isEmpty()) {
        if (!total.isZero())
            payment.tenders << Tender{TenderKind::Cash, total};
        return payment;
    }
    for (const Tender& tender : offered) {
        if (tender.amount.isNegative() || tender.amount.isZero())
            return TenderText::notPositive();
    }
    if (Status fits = checkSaleCeiling(total, CeilingOf::Sale); !fits)
        return fits.error();
    const TenderTally t = tally(total, offered);
    if (Status fits = checkSaleCeiling(t.cash + t.nonCash, CeilingOf::Payment); !fits)
        return fits.error();
    if (!t.nonCashOver.isZero())
        return TenderText::nonCashOver(t.nonCash, total);
    if (!t.stillToPay.isZero())
        return TenderText::stillToPay(t.stillToPay);
    for (const Tender& tender : offered) {
        if (tender.kind != TenderKind::Cash)
            payment.tenders << tender;
    }
    if (const Money cashKept = total - t.nonCash; !cashKept.isZero())
        payment.tenders << Tender{TenderKind::Cash, cashKept};
    payment.change = t.change;
    return payment;
}

} // namespace viptill
