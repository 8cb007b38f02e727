#pragma once

#include "Error.h"
#include "Records.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <optional>

namespace viptill {

// The member import (`member import FILE.csv`): members of the store's old
// system, one CSV row each, under exactly this header:
//   card_number,name,gender,birthday,id_number,mobile,address,tier,
//   points_balance,points_lifetime,joined_on
const QStringList& memberImportHeader();

// What one row says, checked on its own: the rules that need neither the
// file's other rows nor the store (duplicates are the service's).
//   card_number      as the old system issued it, kept exactly: 4 to 32
//                    letters or digits, not of VipTill's own shape
//                    (isImportedCardNumberShape)
//   name … mobile    the joining form's checks (personFaults); gender F or M
//                    (女 and 男 are read as F and M); the ID number's x as X
//   address          may be empty (old files often lack it); at most 120
//                    characters, one line
//   tier             gold or diamond
//   points_balance   a whole number; below zero when a return came after the
//                    points were spent
//   points_lifetime  a whole number, not below zero
//   joined_on        a date (YYYY-MM-DD), not after today nor before the
//                    birthday
// Every fault of the row is listed, each with the row's line. Whole numbers
// are at most nine digits.
struct ImportRowCheck
{
    std::optional<ImportedMember> member; // when the row has no fault
    QList<LineFault> faults;
};
ImportRowCheck checkImportRow(int line, const QStringList& fields, QDate today);

} // namespace viptill
