#include "BackupService.h"

namespace viptill {

Result<std::int64_t> BackupService::backup(const QString& path)
{
    try {
        return m_ctx.store.backupTo(path);
    } catch (const StorageError& e) {
        return Error(ErrorCode::BackupFailed,
                     tr("The backup could not be written (%1); the store is unchanged.")
                         .arg(QString::fromUtf8(e.what())));
    }
}

Result<std::int64_t> BackupService::restore(const QString& path)
{
    try {
        return m_ctx.store.restoreFrom(path);
    } catch (const StorageError& e) {
        return Error(ErrorCode::RestoreRefused,
                     tr("Nothing was restored: %1. The store is as it was.")
                         .arg(QString::fromUtf8(e.what())));
    }
}

Status BackupService::checkIntegrity()
{
    QString problems;
    try {
        problems = m_ctx.store.integrityProblems();
    } catch (const StorageError& e) {
        problems = QString::fromUtf8(e.what());
    }
    if (problems.isEmpty())
        return success();
    return storeDamaged(problems);
}

Error BackupService::storeDamaged(const QString& problems)
{
    return Error(ErrorCode::StoreDamaged,
                 tr("The store's file is damaged (%1). Sales may fail or be lost: call IT to "
                    "restore the last backup (viptillctl restore).")
                     .arg(problems.section(u'\n', 0, 2)));
}

} // namespace viptill
