// An export of a store's old system, as the member import reads it: whatever
// the file holds, every record is either a line that breaks the quoting (and
// carries no fields) or is checked, and a line is either a member that keeps
// every rule or faults that say why not, each on that line.

#include "core/Identity.h"
#include "core/MemberImport.h"
#include "services/CsvReader.h"

#include <cstdint>
#include <cstdlib>

using namespace viptill;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const CsvText text = csvText(bytes);
    const QDate today(2026, 12, 1);
    CsvRecords records(text.utf8);
    int lastLine = 0;
    for (CsvRecord record; records.next(record);) {
        if (record.line < 1 || record.line < lastLine)
            std::abort();
        lastLine = record.line;
        if (record.problem != CsvRecord::Problem::None) {
            if (!record.fields.isEmpty())
                std::abort();
            continue;
        }
        const ImportRowCheck checked = checkImportRow(record.line, record.fields, today);
        if (checked.member.has_value() == !checked.faults.isEmpty())
            std::abort();
        for (const LineFault& fault : checked.faults) {
            if (fault.line != record.line || fault.message.isEmpty())
                std::abort();
        }
        if (const std::optional<ImportedMember>& m = checked.member) {
            if (!isImportedCardNumberShape(m->cardNumber) || m->lifetime < 0 ||
                !idNumberBirthDate(m->member.idNumber).isValid() ||
                m->member.joinedAt.date() > today || !isValidMobile(m->member.mobile))
                std::abort();
        }
    }
    return 0;
}
