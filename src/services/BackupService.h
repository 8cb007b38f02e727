#pragma once

#include "ServiceContext.h"

namespace viptill {

// 备份 / 恢复: a consistent copy of the store taken while the tills sell, and
// the store put back from one. A copy that is damaged, not a VipTill store,
// or from a newer VipTill is refused and the store is left as it was.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    // STORE_DAMAGED, with what the engine said and what to do.
    static Error storeDamaged(const QString& problems);
    explicit BackupService(ServiceContext& context)
        : m_ctx(context)
    {}

    // The bytes of the copy.
    Result<std::int64_t> backup(const QString& path);
    Result<std::int64_t> restore(const QString& path);
    // Every page of the store checked (long on a year of sales: the
    // terminal runs it on its own connection beside the work). An error
    // says what is damaged and what to do.
    Status checkIntegrity();

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
