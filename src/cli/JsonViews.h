#pragma once

#include "services/CatalogueService.h"
#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/ReportExport.h"
#include "services/ReportService.h"
#include "services/SaleService.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of cli.md. Money is integer fen, rates decimal strings;
// nothing here is ever a float.
namespace viptill::json {

QJsonObject error(const Error& error);
// A file's faulty lines: [{"line", "code", "message"}].
QJsonArray lineFaults(const QList<LineFault>& faults);
// `training`: rung up in a training store (培训), not a real sale.
QJsonObject receipt(const Receipt& receipt, bool training);
QJsonObject returned(const ReturnService::Outcome& outcome, const QString& receiptNo);
QJsonObject memberShown(const MemberView& view);
QJsonObject joined(const JoinOutcome& outcome);
QJsonObject redemption(const RedemptionOutcome& outcome);
QJsonObject dayReport(const DayReport& report);

// The manager's office
QJsonObject figures(const Figures& figures);
QJsonArray counters(const QList<CounterTotals>& counters);
QJsonObject settlement(const Settlement& settlement);
QJsonObject diamondEvent(const DiamondEventList& list);
QJsonObject dayClose(const DayClose& close);
QJsonObject cancelledRedemption(const CancelledRedemption& cancelled);
QJsonObject importPreview(const ImportPreview& preview);
QJsonObject priceChange(const PriceChangeOutcome& outcome);
QJsonObject priceHistory(const QString& barcode, const QList<PriceChange>& history);

} // namespace viptill::json
