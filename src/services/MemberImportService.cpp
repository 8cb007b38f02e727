#include "MemberImportService.h"

#include "CsvReader.h"
#include "DayCloseService.h"
#include "StoreKeys.h"
#include "core/Identity.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <algorithm>

namespace viptill {

namespace {

// Rows checked against the store at once, and written at once.
constexpr qsizetype StoreBatch = 2000;
constexpr qsizetype WriteBatch = 1000;

// An ID number that passed its check is its first 17 digits; a mobile is
// 11 digits: both fit a number, which keeps a million of them small.
quint64 idNumberKey(const QString& idNumber)
{
    return idNumber.left(17).toULongLong();
}

quint64 mobileKey(const QString& mobile)
{
    return mobile.toULongLong();
}

bool isHeader(QStringList fields)
{
    for (QString& field : fields)
        field = field.trimmed().toLower();
    return fields == memberImportHeader();
}

// What a row brings that must be unique, and whether the store is still to
// be asked about each (not when the file already had it on an earlier line).
struct Pending
{
    int line = 0;
    ImportedMember member;
    bool askId = true;
    bool askMobile = true;
    bool askCard = true;
};

} // namespace

Result<QByteArray> MemberImportService::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileError, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

std::int64_t
MemberImportService::readMembers(const QByteArray& csv, QList<LineFault>& faults,
                                 const std::function<void(int line, ImportedMember&)>& onMember)
{
    const QDate today = m_ctx.clock.today();
    const CsvText text = csvText(csv);
    const QString header = memberImportHeader().join(u',');
    CsvRecords records(text.utf8);
    CsvRecord record;
    if (!records.next(record)) {
        faults << LineFault{1, ErrorCode::MalformedCsv,
                            tr("The file has no header; its first line must be %1.").arg(header)};
        return 0;
    }
    if (record.problem != CsvRecord::Problem::None || !isHeader(record.fields)) {
        faults << LineFault{record.line, ErrorCode::MalformedCsv,
                            tr("The first line must be the header %1.").arg(header)};
        return 0;
    }
    std::int64_t members = 0;
    for (const int line : text.unreadableLines) {
        ++members;
        faults << LineFault{line, ErrorCode::MalformedCsv,
                            tr("The line is neither UTF-8 nor GB18030 text.")};
    }
    while (records.next(record)) {
        ++members;
        switch (record.problem) {
        case CsvRecord::Problem::Quoting:
            faults << LineFault{
                record.line, ErrorCode::MalformedCsv,
                tr("The line breaks the CSV quoting rules (%1).").arg(record.detail)};
            continue;
        case CsvRecord::Problem::UnclosedQuote:
            faults << LineFault{record.line, ErrorCode::MalformedCsv,
                                tr("A quoted field that begins on this line is never closed.")};
            continue;
        case CsvRecord::Problem::None:
            break;
        }
        ImportRowCheck checked = checkImportRow(record.line, record.fields, today);
        if (checked.member)
            onMember(record.line, *checked.member);
        else
            faults << checked.faults;
    }
    return members;
}

MemberImportReport MemberImportService::check(const QByteArray& csv)
{
    MemberImportReport report;
    report.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex());
    QList<LineFault>& faults = report.faults;

    QList<Pending> pending;
    auto askTheStore = [&] {
        QStringList ids;
        QStringList mobiles;
        QStringList cards;
        for (const Pending& p : std::as_const(pending)) {
            if (p.askId)
                ids << p.member.member.idNumber;
            if (p.askMobile)
                mobiles << p.member.member.mobile;
            if (p.askCard)
                cards << p.member.cardNumber;
        }
        const Store::AlreadyHeld held = m_ctx.store.alreadyHeld(ids, mobiles, cards);
        for (const Pending& p : std::as_const(pending)) {
            const Member& m = p.member.member;
            if (p.askId && held.idNumbers.contains(m.idNumber))
                faults << LineFault{p.line, ErrorCode::DuplicateIdNumber,
                                    tr("A member of the store already has ID number %1: one "
                                       "membership per person.")
                                        .arg(maskIdNumber(m.idNumber))};
            if (p.askMobile && held.mobiles.contains(m.mobile))
                faults << LineFault{p.line, ErrorCode::DuplicateMobile,
                                    tr("Mobile %1 already belongs to a member of the store.")
                                        .arg(maskMobile(m.mobile))};
            if (p.askCard && held.cardNumbers.contains(p.member.cardNumber))
                faults << LineFault{
                    p.line, ErrorCode::CardNumberTaken,
                    tr("Card %1 is already a card of this store.").arg(p.member.cardNumber)};
        }
        pending.clear();
    };

    QHash<quint64, int> idLines;
    QHash<quint64, int> mobileLines;
    QHash<QString, int> cardLines;
    report.members = readMembers(csv, faults, [&](int line, ImportedMember& imported) {
        const Member& m = imported.member;
        Pending p{line, imported};
        if (const auto first = idLines.constFind(idNumberKey(m.idNumber));
            first != idLines.cend()) {
            p.askId = false;
            faults << LineFault{line, ErrorCode::DuplicateIdNumber,
                                tr("The same person (ID number %1) as line %2: one membership "
                                   "per person.")
                                    .arg(maskIdNumber(m.idNumber))
                                    .arg(*first)};
        } else {
            idLines.insert(idNumberKey(m.idNumber), line);
        }
        if (const auto first = mobileLines.constFind(mobileKey(m.mobile));
            first != mobileLines.cend()) {
            p.askMobile = false;
            faults << LineFault{
                line, ErrorCode::DuplicateMobile,
                tr("The same mobile (%1) as line %2.").arg(maskMobile(m.mobile)).arg(*first)};
        } else {
            mobileLines.insert(mobileKey(m.mobile), line);
        }
        if (const auto first = cardLines.constFind(imported.cardNumber);
            first != cardLines.cend()) {
            p.askCard = false;
            faults << LineFault{
                line, ErrorCode::CardNumberTaken,
                tr("The same card number (%1) as line %2.").arg(imported.cardNumber).arg(*first)};
        } else {
            cardLines.insert(imported.cardNumber, line);
        }
        pending << std::move(p);
        if (pending.size() >= StoreBatch)
            askTheStore();
    });
    askTheStore();
    std::stable_sort(faults.begin(), faults.end(),
                     [](const LineFault& a, const LineFault& b) { return a.line < b.line; });
    return report;
}

std::int64_t MemberImportService::write(const QByteArray& csv, const QDateTime& at)
{
    QList<LineFault> none; // check() found none
    QList<ImportedMember> batch;
    batch.reserve(WriteBatch);
    std::int64_t written = 0;
    auto flush = [&] {
        written += m_ctx.store.insertImportedMembers(batch, at).size();
        batch.clear();
    };
    readMembers(csv, none, [&](int, ImportedMember& imported) {
        batch << std::move(imported);
        if (batch.size() >= WriteBatch)
            flush();
    });
    flush();
    return written;
}

Result<MemberImportReport> MemberImportService::dryRunCsv(const QByteArray& csv)
{
    if (m_ctx.keys && !*m_ctx.keys)
        return m_ctx.keys->error(); // ID numbers and mobiles are compared by their keyed hashes
    return guarded<MemberImportReport>(m_ctx.store, [&]() -> Result<MemberImportReport> {
        const std::unique_ptr<Store::ReadSnapshot> snapshot = m_ctx.store.readSnapshot();
        return check(csv);
    });
}

Result<MemberImportReport> MemberImportService::dryRun(const QString& path)
{
    const Result<QByteArray> csv = readFile(path);
    if (!csv)
        return csv.error();
    return dryRunCsv(*csv);
}

Result<MemberImportReport> MemberImportService::importCsv(const QByteArray& csv,
                                                          const StaffMember& manager)
{
    if (manager.role != StaffRole::Manager)
        return Error(
            ErrorCode::NotPermitted,
            tr("Members are imported by a manager only; %1 is not a manager.").arg(manager.number));
    if (m_ctx.keys && !*m_ctx.keys)
        return m_ctx.keys->error();
    return guarded<MemberImportReport>(m_ctx.store, [&]() -> Result<MemberImportReport> {
        const std::unique_ptr<Store::BulkWrite> bulk = m_ctx.store.bulkWrite(); // past the commit
        Transaction transaction = m_ctx.store.transaction();
        const QDateTime now = m_ctx.clock.now();
        if (const Status open = DayCloseService::checkOpen(m_ctx.store, now.date()); !open)
            return open.error();
        // The whole file is checked before anything is written, in the same
        // transaction: what was checked is what is written.
        MemberImportReport report = check(csv);
        if (!report.faults.isEmpty()) {
            const int count = static_cast<int>(report.faults.size());
            return Error(ErrorCode::ImportFaults,
                         tr("The file has %n fault(s); nothing was imported. Correct them and "
                            "import the file again.",
                            nullptr, count),
                         report.faults);
        }
        const std::unique_ptr<Store::MemberLoad> load = m_ctx.store.beginMemberLoad(report.members);
        report.imported = write(csv, now);
        load->finish();
        m_ctx.store.logStaffEvent(
            {manager.id,
             {},
             m_ctx.terminal,
             QStringLiteral("member_import"),
             QStringLiteral("members=%1 sha256=%2").arg(report.imported).arg(report.sha256),
             now,
             report.sha256});
        transaction.commit();
        return report;
    });
}

Result<MemberImportReport> MemberImportService::importFile(const QString& path,
                                                           const StaffMember& manager)
{
    const Result<QByteArray> csv = readFile(path);
    if (!csv)
        return csv.error();
    return importCsv(*csv, manager);
}

} // namespace viptill
