#pragma once

#include "ServiceContext.h"
#include "core/CustomerCare.h"

namespace viptill {

struct ClassCounts
{
    QDate computedOn;
    std::int64_t a = 0;
    std::int64_t b = 0;
    std::int64_t c = 0;
    std::int64_t total() const { return a + b + c; }
};

// What the class lists are asked for, in the words of the screen and the CLI.
struct ClassQuery
{
    std::optional<MemberClass> memberClass;
    std::optional<Tier> tier;
    QString counter;                  // bought at this counter in the last year
    std::optional<QDate> visitedFrom; // last visit on or after
    std::optional<QDate> visitedTo;   // last visit on or before
};

// Member classes A/B/C by recency, frequency and spend over the last year,
// with the thresholds of the store settings (rfm_*), recomputed nightly.
class MemberClassService
{
    Q_DECLARE_TR_FUNCTIONS(MemberClassService)
public:
    explicit MemberClassService(ServiceContext& context)
        : m_ctx(context)
    {}

    // The year the figures cover ends today and starts 364 days before.
    static QDate yearStart(QDate today) { return today.addDays(-364); }

    // Classifies every member as of today.
    Result<ClassCounts> classify();
    // The members as last classified, filtered; an unknown counter is refused.
    Result<QList<MemberClassRecord>> members(const ClassQuery& query);

private:
    ServiceContext& m_ctx;
};

} // namespace viptill
