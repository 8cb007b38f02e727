#pragma once

#include "ServiceContext.h"
#include "core/MemberImport.h"

#include <QByteArray>
#include <functional>

namespace viptill {

// What a member import found in a file and did with it.
struct MemberImportReport
{
    std::int64_t members = 0;  // member lines in the file (the header not counted)
    std::int64_t imported = 0; // members written: 0 on a dry run
    // Every fault of the file in line order, each {line, code, message}
    // (LineFault::codeName() is the code's stable name). A dry run lists
    // them; an import that wrote members had none.
    QList<LineFault> faults;
    QString sha256; // of the file's bytes (hex), as the audit trail records it
};

// 导入会员: the members of a store's old system, with their cards and their
// points, brought in when the store goes live (cli.md, `member import`).
//
// The file is CSV in UTF-8 (with or without a byte-order mark) or GB18030,
// header exactly
//   card_number,name,gender,birthday,id_number,mobile,address,tier,
//   points_balance,points_lifetime,joined_on
// Each line must pass checkImportRow (core/MemberImport.h); besides, no
// person (ID number), mobile or card number may come twice in the file or be
// the store's already.
//
// For the CLI (the lead wires `viptillctl member import FILE.csv
// [--dry-run]` and the manager's screen to these):
//   - `--dry-run`: dryRun(path); exit 0 with
//       {"dry_run": true, "members": members, "imported": 0,
//        "faults": [{"line", "code", "message"}, …]}
//   - import: importFile(path, manager); exit 0 with
//       {"imported": imported, "faults": []}
//     or, refused, exit 1 with
//       {"error": {"code": "IMPORT_FAULTS", "message", "faults": [...]}}
//     where the faults are Error::faults(), the same list the dry run gives.
//     Other refusals as usual: NOT_PERMITTED (not a manager), DAY_CLOSED
//     (today is closed), FILE_ERROR, DATABASE_ERROR, KEY_FILE; nothing
//     changed.
//
// An import is one transaction: every member (imported_on today; ID number
// and mobile sealed), an active magnetic card with the number exactly as the
// old system had it (it works at once at every till, typed or swiped), the
// opening points as `import` ledger rows (lifetime points, which count
// toward the diamond upgrade) and `import_used` rows (balance − lifetime),
// chained like every ledger row, and one audit entry for the whole import
// (`member_import`: the manager, the count, the file's SHA-256). It holds
// the store's write lock throughout (a million members take minutes): run it
// before the store opens, not while tills sell.
class MemberImportService
{
    Q_DECLARE_TR_FUNCTIONS(MemberImportService)
public:
    explicit MemberImportService(ServiceContext& context)
        : m_ctx(context)
    {}

    // What importing the file would find wrong, changing nothing.
    Result<MemberImportReport> dryRun(const QString& path);
    Result<MemberImportReport> dryRunCsv(const QByteArray& csv);

    // Imports every member of the file, or, with any fault, none
    // (IMPORT_FAULTS with the faults). `manager` is who imports: a manager.
    Result<MemberImportReport> importFile(const QString& path, const StaffMember& manager);
    Result<MemberImportReport> importCsv(const QByteArray& csv, const StaffMember& manager);

private:
    Result<QByteArray> readFile(const QString& path);
    // Reads the file's lines: each member line with no fault of its own goes
    // to `onMember`, every other fault into `faults`. A bad header ends the
    // reading. The number of member lines.
    std::int64_t readMembers(const QByteArray& csv, QList<LineFault>& faults,
                             const std::function<void(int line, ImportedMember&)>& onMember);
    // Every fault of the file, against its own lines and the store.
    MemberImportReport check(const QByteArray& csv);
    // Writes the members of a file check() found no fault in.
    std::int64_t write(const QByteArray& csv, const QDateTime& at);

    ServiceContext& m_ctx;
};

} // namespace viptill
