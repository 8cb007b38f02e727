#include "MemberFileService.h"

#include "AuditService.h"
#include "CareSettings.h"
#include "core/Application.h"
#include "core/Identity.h"

namespace viptill {

namespace {

int ageOn(QDate birthday, QDate day)
{
    int age = day.year() - birthday.year();
    if (day.month() < birthday.month() ||
        (day.month() == birthday.month() && day.day() < birthday.day()))
        --age;
    return std::max(age, 0);
}

// A manager other than the one asking, whose PIN was checked on the spot.
Status requireApprover(const StaffMember& staff, const StaffMember& approver)
{
    if (approver.id == 0 || !approver.active || approver.role != StaffRole::Manager)
        return Error(ErrorCode::NotPermitted,
                     MemberFileService::tr("Only a manager can approve this."));
    if (approver.id == staff.id)
        return Error(ErrorCode::NotPermitted,
                     MemberFileService::tr("Another manager must approve this, not the one "
                                           "asking for it."));
    return success();
}

} // namespace

Result<Member> MemberFileService::liveMember(Id memberId)
{
    const std::optional<Member> member = m_ctx.store.member(memberId);
    if (!member)
        return Error::unknownMember(QString::number(memberId));
    if (member->erasedAt)
        return Error(ErrorCode::MemberErased,
                     tr("Member no. %1 was erased on %2; nothing of the person is kept.")
                         .arg(memberId)
                         .arg(member->erasedAt->date().toString(Qt::ISODate)));
    return *member;
}

MemberFile MemberFileService::load(const Member& member, int purchases)
{
    Store& store = m_ctx.store;
    const QDate today = m_ctx.clock.today();
    MemberFile file;
    file.view.member = member;
    file.view.card = store.currentCard(member.id);
    file.view.balance = store.pointsBalance(member.id);
    file.view.lifetime = store.pointsLifetime(member.id);
    file.profile = store.memberProfile(member.id).value_or(MemberProfile{member.id});
    file.age = ageOn(member.birthday, today);
    file.memberClass = store.memberClass(member.id);
    file.lapse = lapseStateOf(store, member.id, today, CareSettings::read(store, today).lapseDays);
    file.visitsWeek = store.visitDays(member.id, today.addDays(-6), today);
    file.visitsMonth = store.visitDays(member.id, today.addDays(-29), today);
    file.visitsYear = store.visitDays(member.id, today.addDays(-364), today);
    file.spendYear = store.memberSpend(member.id, today.addDays(-364), today);
    file.spendLifetime = store.memberSpend(member.id, member.joinedAt.date(), today);
    file.favouriteCounters =
        store.spendByCounter(member.id, today.addDays(-364), today).mid(0, FavouriteCounters);
    for (const QString& receipt : store.receiptsOfMember(member.id, purchases)) {
        if (const std::optional<Sale> sale = store.saleByReceipt(receipt))
            file.purchases << *sale;
    }
    file.calls = store.callsOfMember(member.id);
    file.messages = store.outboxOfMember(member.id);
    return file;
}

Result<MemberFile> MemberFileService::open(Id memberId, const StaffMember& reader)
{
    if (Status allowed = requireCareStaff(reader, tr("Reading a member's file")); !allowed)
        return allowed.error();
    return guarded<MemberFile>(m_ctx.store, [&]() -> Result<MemberFile> {
        Transaction transaction = m_ctx.store.transaction();
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));
        MemberFile file = load(*member);
        m_ctx.store.logStaffEvent({reader.id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("member_file_read"),
                                   QStringLiteral("member %1").arg(memberId),
                                   m_ctx.clock.now()});
        transaction.commit();
        return file;
    });
}

Result<MemberFile> MemberFileService::save(Id memberId, const MemberDetails& details,
                                           const MemberProfile& profile, const StaffMember& editor)
{
    if (Status allowed = requireCareStaff(editor, tr("Changing a member's file")); !allowed)
        return allowed.error();
    return guarded<MemberFile>(m_ctx.store, [&]() -> Result<MemberFile> {
        Transaction transaction = m_ctx.store.transaction();
        const Result<Member> member = liveMember(memberId);
        if (!member)
            return member.error();

        Member changed = *member;
        changed.name = details.name.trimmed();
        changed.mobile = details.mobile.trimmed();
        changed.address = details.address.trimmed();
        changed.category = details.category.trimmed();
        // The joining form's own checks, with the ID card's fields as they are.
        const Application form{changed.name,     QString(changed.gender), changed.birthday,
                               changed.idNumber, changed.mobile,          changed.address,
                               changed.category};
        if (const QList<Error> faults = applicationFaults(form, m_ctx.clock.today());
            !faults.isEmpty())
            return faults.first();

        MemberProfile p = profile;
        p.memberId = memberId;
        for (QString* text : {&p.email, &p.sizes, &p.job, &p.family, &p.tastes, &p.hobbies})
            *text = text->trimmed();
        for (const QString* text : {&p.sizes, &p.job, &p.family, &p.tastes, &p.hobbies}) {
            if (text->size() > MaxProfileText)
                return Error(
                    ErrorCode::InvalidProfile,
                    tr("Each note in the file is at most %1 characters.").arg(MaxProfileText));
        }
        if (!isPlausibleEmail(p.email))
            return Error(ErrorCode::InvalidProfile,
                         tr("%1 is not an e-mail address.").arg(p.email));

        QStringList fields;
        if (changed.name != member->name)
            fields << QStringLiteral("name");
        if (changed.mobile != member->mobile) {
            fields << QStringLiteral("mobile");
            if (const std::optional<Member> other = m_ctx.store.memberByMobile(changed.mobile);
                other && other->id != memberId)
                return Error(ErrorCode::DuplicateMobile,
                             tr("Mobile %1 already belongs to another member.")
                                 .arg(maskMobile(changed.mobile)));
        }
        if (changed.address != member->address)
            fields << QStringLiteral("address");
        if (changed.category != member->category)
            fields << QStringLiteral("category");
        const MemberProfile before =
            m_ctx.store.memberProfile(memberId).value_or(MemberProfile{memberId});
        const std::array<std::pair<const char*, bool>, 10> profileChanges{{
            {"email", p.email != before.email},
            {"sizes", p.sizes != before.sizes},
            {"job", p.job != before.job},
            {"family", p.family != before.family},
            {"tastes", p.tastes != before.tastes},
            {"hobbies", p.hobbies != before.hobbies},
            {"preferred_contact", p.preferredContact != before.preferredContact},
            {"promotion_response", p.promotionResponse != before.promotionResponse},
            {"call_window", p.callWindow != before.callWindow},
            {"sms_opt_out", p.smsOptOut != before.smsOptOut},
        }};
        bool profileChanged = false;
        for (const auto& [name, differs] : profileChanges) {
            if (differs) {
                fields << QString::fromLatin1(name);
                profileChanged = true;
            }
        }
        if (fields.isEmpty())
            return load(*member); // nothing to write, nothing to record

        const QDateTime now = m_ctx.clock.now();
        if (changed.name != member->name || changed.mobile != member->mobile ||
            changed.address != member->address || changed.category != member->category)
            m_ctx.store.updateMemberDetails(changed);
        if (profileChanged) {
            p.updatedAt = now;
            p.updatedBy = editor.id;
            m_ctx.store.saveMemberProfile(p);
        }
        m_ctx.store.logStaffEvent(
            {editor.id,
             {},
             m_ctx.terminal,
             QStringLiteral("member_file_edit"),
             QStringLiteral("member %1: %2").arg(memberId).arg(fields.join(QStringLiteral(", "))),
             now});
        MemberFile file = load(changed);
        transaction.commit();
        return file;
    });
}

Result<MemberExport> MemberFileService::exportData(Id memberId, const StaffMember& staff)
{
    if (Status allowed = requireCareStaff(staff, tr("Exporting a member's data")); !allowed)
        return allowed.error();
    return guarded<MemberExport>(m_ctx.store, [&]() -> Result<MemberExport> {
        Transaction transaction = m_ctx.store.transaction();
        const Result<Member> member = liveMember(memberId);
        if (!member)
            return member.error();
        MemberExport data;
        data.file = load(*member, std::numeric_limits<int>::max());
        data.cards = m_ctx.store.cardsOfMember(memberId);
        data.ledger = m_ctx.store.ledgerOfMember(memberId);
        data.redemptions = m_ctx.store.redemptionsOfMember(memberId);
        data.exportedAt = m_ctx.clock.now();
        data.exportedBy = staff.number;
        m_ctx.store.logStaffEvent({staff.id,
                                   {},
                                   m_ctx.terminal,
                                   QStringLiteral("member_data_export"),
                                   QStringLiteral("member %1").arg(memberId),
                                   data.exportedAt,
                                   QString::number(memberId)});
        transaction.commit();
        return data;
    });
}

Result<Erasure> MemberFileService::erase(Id memberId, const StaffMember& staff,
                                         const StaffMember& approver)
{
    if (Status allowed = requireCareStaff(staff, tr("Erasing a member")); !allowed)
        return allowed.error();
    if (Status approved = requireApprover(staff, approver); !approved)
        return approved.error();
    return guarded<Erasure>(m_ctx.store, [&]() -> Result<Erasure> {
        Transaction transaction = m_ctx.store.transaction();
        const Result<Member> member = liveMember(memberId);
        if (!member)
            return member.error();
        const QDateTime now = m_ctx.clock.now();
        Erasure erasure;
        erasure.memberId = memberId;
        erasure.erasedAt = now;
        for (const Card& card : m_ctx.store.cardsOfMember(memberId)) {
            if (card.status == CardStatus::Blocked || card.status == CardStatus::Replaced)
                continue;
            m_ctx.store.setCardStatus(card.id, CardStatus::Blocked, now,
                                      QStringLiteral("member erased"));
            audit::recordCard(m_ctx, card.number, staff.id);
            ++erasure.cardsBlocked;
        }
        // Points are the store's debt to the person, who is leaving: written
        // off, in the ledger, so the outstanding points stay true.
        const std::int64_t balance = m_ctx.store.pointsBalance(memberId);
        if (balance > 0) {
            m_ctx.store.appendPoints({memberId,
                                      PointsKind::Adjust,
                                      -balance,
                                      {},
                                      {},
                                      {},
                                      now,
                                      QStringLiteral("member erased")});
            erasure.pointsForfeited = balance;
        }
        m_ctx.store.anonymiseMember(memberId, tr("Erased member %1").arg(memberId), now);
        m_ctx.store.logStaffEvent(
            {staff.id, approver.id, m_ctx.terminal, QStringLiteral("member_erase"),
             QStringLiteral("member %1: %2 card(s) blocked, %3 points written off")
                 .arg(memberId)
                 .arg(erasure.cardsBlocked)
                 .arg(erasure.pointsForfeited),
             now, QString::number(memberId)});
        transaction.commit();
        return erasure;
    });
}

Result<PointsAdjustment> MemberFileService::adjustPoints(Id memberId, std::int64_t points,
                                                         const QString& reason,
                                                         const StaffMember& staff,
                                                         const StaffMember& approver)
{
    if (Status allowed = requireCareStaff(staff, tr("Adjusting points")); !allowed)
        return allowed.error();
    if (Status approved = requireApprover(staff, approver); !approved)
        return approved.error();
    const QString why = reason.simplified();
    if (points == 0 || points > MaxAdjustment || points < -MaxAdjustment)
        return Error(
            ErrorCode::InvalidAdjustment,
            tr("An adjustment is between 1 and %1 points, added or taken off.").arg(MaxAdjustment));
    if (why.isEmpty() || why.size() > MaxReason)
        return Error(
            ErrorCode::InvalidAdjustment,
            tr("Say why the points are adjusted, in at most %1 characters.").arg(MaxReason));
    return guarded<PointsAdjustment>(m_ctx.store, [&]() -> Result<PointsAdjustment> {
        Transaction transaction = m_ctx.store.transaction();
        const Result<Member> member = liveMember(memberId);
        if (!member)
            return member.error();
        const std::int64_t balance = m_ctx.store.pointsBalance(memberId);
        if (balance + points < 0)
            return Error(ErrorCode::NegativeBalance,
                         tr("Member no. %1 has %2 points; %3 cannot be taken off.")
                             .arg(memberId)
                             .arg(balance)
                             .arg(-points));
        const QDateTime now = m_ctx.clock.now();
        m_ctx.store.appendPoints({memberId, PointsKind::Adjust, points, {}, {}, {}, now, why});
        m_ctx.store.logStaffEvent({staff.id, approver.id, m_ctx.terminal,
                                   QStringLiteral("points_adjust"),
                                   QStringLiteral("member %1: %2%3 points (%4)")
                                       .arg(memberId)
                                       .arg(points > 0 ? QStringLiteral("+") : QString())
                                       .arg(points)
                                       .arg(why),
                                   now, QString::number(memberId)});
        transaction.commit();
        return PointsAdjustment{memberId, points, balance + points, why, now};
    });
}

} // namespace viptill
