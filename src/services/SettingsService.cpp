#include "SettingsService.h"

#include <algorithm>

namespace viptill {

namespace {

// How a change reads in the audit trail: key=value, its days, its note.
QString changeDetail(const SettingChange& c)
{
    QString detail = QStringLiteral("%1=%2 from %3").arg(c.key, c.value, formatDate(c.from));
    if (c.to)
        detail += QStringLiteral(" to ") + formatDate(*c.to);
    if (!c.note.isEmpty())
        detail += QStringLiteral(" (") + c.note + u')';
    return detail;
}

} // namespace

Status requireManager(const StaffMember& staff, const QString& what)
{
    if (staff.id == 0 || !staff.active || staff.role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted,
                     SettingsService::tr("Only a manager may %1.").arg(what));
    return success();
}

Result<StoreSettings> SettingsService::on(QDate day)
{
    return guarded<StoreSettings>(
        m_ctx.store, [&]() -> Result<StoreSettings> { return settingsOn(m_ctx.store, day); });
}

Result<QList<SettingState>> SettingsService::show(QDate day)
{
    return guarded<QList<SettingState>>(m_ctx.store, [&]() -> Result<QList<SettingState>> {
        const QList<SettingChange> holding = m_ctx.store.settingChangesHolding(day);
        const QList<SettingChange> all = m_ctx.store.settingChanges();
        const StoreSettings settings = settingsOn(m_ctx.store, day);
        QList<SettingState> states;
        for (const SettingSpec& spec : settingSpecs()) {
            SettingState state;
            state.spec = &spec;
            state.value = settings.value(spec.key);
            state.inForce = changeInForce(holding, spec.key);
            for (const SettingChange& c : all) {
                const std::optional<QDate> end = c.ends();
                if (c.key == spec.key && c.from > day && (!end || *end >= c.from))
                    state.ahead << c;
            }
            std::sort(state.ahead.begin(), state.ahead.end(),
                      [](const SettingChange& a, const SettingChange& b) {
                          return std::pair(a.from, a.id) < std::pair(b.from, b.id);
                      });
            states << state;
        }
        return states;
    });
}

Result<QList<SettingChange>> SettingsService::history()
{
    return guarded<QList<SettingChange>>(m_ctx.store, [&]() -> Result<QList<SettingChange>> {
        return m_ctx.store.settingChanges();
    });
}

Result<SettingChange> SettingsService::set(const StaffMember& manager, const QString& key,
                                           const QString& value, std::optional<QDate> from,
                                           std::optional<QDate> to, const QString& note)
{
    if (const Status allowed = requireManager(manager, tr("change the programme's settings"));
        !allowed)
        return allowed.error();
    const SettingSpec* spec = settingSpec(key);
    if (!spec)
        return Error(ErrorCode::InvalidSetting, tr("%1 is not a setting of the store.").arg(key));
    const Result<QString> checked = checkSetting(*spec, value);
    if (!checked)
        return checked.error();
    const QDate today = m_ctx.clock.today();
    const QDate first = from.value_or(today);
    if (!first.isValid() || first < today)
        return Error(ErrorCode::InvalidDate,
                     tr("A setting changes from today or a later day, never backwards; %1 is gone.")
                         .arg(formatDate(first)));
    if (to && (!to->isValid() || *to < first))
        return Error(ErrorCode::InvalidDate, tr("The last day (%1) comes before the first (%2).")
                                                 .arg(formatDate(*to), formatDate(first)));
    const QString cleanNote = note.trimmed();
    if (cleanNote.size() > 40 || std::any_of(cleanNote.begin(), cleanNote.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return Error(ErrorCode::InvalidSetting,
                     tr("A note is at most 40 characters of plain text."));

    return guarded<SettingChange>(m_ctx.store, [&]() -> Result<SettingChange> {
        Transaction transaction = m_ctx.store.transaction();
        // Joining thresholds stay in order on every day the change holds
        // from its first: a diamond card never asks less than a gold one.
        if (key == u"gold_join_fen" || key == u"diamond_join_fen") {
            const StoreSettings onFirst = settingsOn(m_ctx.store, first);
            const std::int64_t gold = key == u"gold_join_fen"
                                          ? checked->toLongLong()
                                          : onFirst.number(QStringLiteral("gold_join_fen"));
            const std::int64_t diamond = key == u"diamond_join_fen"
                                             ? checked->toLongLong()
                                             : onFirst.number(QStringLiteral("diamond_join_fen"));
            if (diamond < gold)
                return Error(ErrorCode::InvalidSetting,
                             tr("A diamond card cannot take less than a gold card (¥%1 < ¥%2).")
                                 .arg(Money::fromFen(diamond).toYuanString(),
                                      Money::fromFen(gold).toYuanString()));
        }
        SettingChange change;
        change.key = key;
        change.value = checked.value();
        change.from = first;
        change.to = to;
        change.note = cleanNote;
        change.setAt = m_ctx.clock.now();
        change.staffId = manager.id;
        change.id = m_ctx.store.insertSettingChange(change);
        m_ctx.store.logStaffEvent({manager.id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("setting_change"),
                                   changeDetail(change),
                                   change.setAt,
                                   key});
        transaction.commit();
        return change;
    });
}

Result<SettingChange> SettingsService::stop(const StaffMember& manager, Id changeId,
                                            std::optional<QDate> on)
{
    if (const Status allowed = requireManager(manager, tr("change the programme's settings"));
        !allowed)
        return allowed.error();
    const QDate today = m_ctx.clock.today();
    const QDate stopDay = on.value_or(today);
    if (!stopDay.isValid() || stopDay < today)
        return Error(ErrorCode::InvalidDate,
                     tr("A change stops from today or a later day, never backwards; %1 is gone.")
                         .arg(formatDate(stopDay)));
    return guarded<SettingChange>(m_ctx.store, [&]() -> Result<SettingChange> {
        Transaction transaction = m_ctx.store.transaction();
        std::optional<SettingChange> change = m_ctx.store.settingChange(changeId);
        if (!change)
            return Error(ErrorCode::InvalidSetting,
                         tr("There is no setting change %1.").arg(changeId));
        const QDate lastDay = stopDay.addDays(-1);
        if (const std::optional<QDate> end = change->ends(); end && *end <= lastDay)
            return Error(ErrorCode::InvalidSetting,
                         tr("Change %1 ends on %2 already.").arg(changeId).arg(formatDate(*end)));
        const QDateTime now = m_ctx.clock.now();
        m_ctx.store.stopSettingChange(change->id, lastDay, now, manager.id);
        change->lastDay = lastDay;
        change->stoppedAt = now;
        change->stoppedBy = manager.id;
        m_ctx.store.logStaffEvent({manager.id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("setting_stop"),
                                   QStringLiteral("change %1 (%2) last day %3")
                                       .arg(change->id)
                                       .arg(change->key, formatDate(lastDay)),
                                   now,
                                   change->key});
        transaction.commit();
        return *change;
    });
}

} // namespace viptill
