#pragma once

#include "Error.h"
#include "Records.h"

namespace viptill {

// What the tenders offered so far come to against a total, before they are
// settled: the payment dialog shows it while the cashier types.
struct TenderTally
{
    Money nonCash;     // bank card, WeChat Pay, Alipay
    Money cash;        // handed over
    Money stillToPay;  // zero once the total is covered
    Money nonCashOver; // non-cash beyond the total: refused, never change
    Money change;      // cash beyond what the non-cash tenders leave to pay

    bool settles() const { return stillToPay.isZero() && nonCashOver.isZero(); }
};

TenderTally tally(Money total, const QList<Tender>& offered);

// A sale's payment as recorded: the non-cash tenders as given, then the cash
// kept (total − non-cash), and the change handed back.
struct Payment
{
    QList<Tender> tenders;
    Money change;
};

// The one tender rule of the till, the service and the CLI (domain.md,
// issue 13): change comes only from cash actually handed over; a card or
// mobile payment is taken for exactly what it says and can never exceed
// what is left to pay, so it never produces change. Nothing offered: the
// total in cash. Too little, a non-cash excess or an amount that is not
// positive is refused (INVALID_TENDER).
Result<Payment> settle(Money total, const QList<Tender>& offered);

} // namespace viptill
