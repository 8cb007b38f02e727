#include "MemberClassService.h"

#include "CareSettings.h"

namespace viptill {

Result<ClassCounts> MemberClassService::classify()
{
    return guarded<ClassCounts>(m_ctx.store, [&]() -> Result<ClassCounts> {
        Transaction transaction = m_ctx.store.transaction();
        const QDate today = m_ctx.clock.today();
        const RfmThresholds thresholds = CareSettings::read(m_ctx.store, m_ctx.clock.today()).rfm;
        ClassCounts counts;
        counts.computedOn = today;
        for (const RfmRow& row : m_ctx.store.rfmRows(yearStart(today), today)) {
            const RfmFigures figures{row.lastVisit.daysTo(today), row.visits, row.spend};
            MemberClassRecord record;
            record.memberId = row.memberId;
            record.memberClass = viptill::classify(figures, thresholds);
            record.lastVisit = row.lastVisit;
            record.visits = row.visits;
            record.spend = row.spend;
            record.computedOn = today;
            m_ctx.store.saveMemberClass(record);
            switch (record.memberClass) {
            case MemberClass::A:
                ++counts.a;
                break;
            case MemberClass::B:
                ++counts.b;
                break;
            case MemberClass::C:
                ++counts.c;
                break;
            }
        }
        transaction.commit();
        return counts;
    });
}

Result<QList<MemberClassRecord>> MemberClassService::members(const ClassQuery& query)
{
    return guarded<QList<MemberClassRecord>>(
        m_ctx.store, [&]() -> Result<QList<MemberClassRecord>> {
            MemberClassFilter filter;
            filter.memberClass = query.memberClass;
            filter.tier = query.tier;
            filter.visitedFrom = query.visitedFrom;
            filter.visitedTo = query.visitedTo;
            const QString counter = query.counter.trimmed();
            if (!counter.isEmpty()) {
                const std::optional<Counter> found = m_ctx.store.counterByName(counter);
                if (!found)
                    return Error(ErrorCode::UnknownCounter,
                                 tr("There is no counter called %1.").arg(counter));
                filter.counterId = found->id;
                filter.boughtAtCounterSince = yearStart(m_ctx.clock.today());
            }
            return m_ctx.store.memberClasses(filter);
        });
}

} // namespace viptill
