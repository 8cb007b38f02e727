#pragma once

#include "services/MemberService.h"
#include "services/RedemptionService.h"
#include "services/ReportService.h"
#include "services/SaleService.h"

#include <QJsonObject>

// The JSON shapes of cli.md. Money is integer fen, rates decimal strings;
// nothing here is ever a float.
namespace viptill::json {

QJsonObject error(const Error& error);
QJsonObject receipt(const Receipt& receipt);
QJsonObject returned(const ReturnService::Outcome& outcome, const QString& receiptNo);
QJsonObject memberShown(const MemberView& view);
QJsonObject joined(const JoinOutcome& outcome);
QJsonObject redemption(const RedemptionOutcome& outcome);
QJsonObject dayReport(const DayReport& report);

} // namespace viptill::json
