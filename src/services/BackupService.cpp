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

} // namespace viptill
