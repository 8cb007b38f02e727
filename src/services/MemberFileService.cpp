#include "MemberFileService.h"

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

} // namespace

MemberFile MemberFileService::load(const Member& member)
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
    file.lapse = lapseStateOf(store, member.id, today, CareSettings::read(store).lapseDays);
    file.visitsWeek = store.visitDays(member.id, today.addDays(-6), today);
    file.visitsMonth = store.visitDays(member.id, today.addDays(-29), today);
    file.visitsYear = store.visitDays(member.id, today.addDays(-364), today);
    file.spendYear = store.memberSpend(member.id, today.addDays(-364), today);
    file.spendLifetime = store.memberSpend(member.id, member.joinedAt.date(), today);
    file.favouriteCounters =
        store.spendByCounter(member.id, today.addDays(-364), today).mid(0, FavouriteCounters);
    for (const QString& receipt : store.receiptsOfMember(member.id, PurchasesShown)) {
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
        const std::optional<Member> member = m_ctx.store.member(memberId);
        if (!member)
            return Error::unknownMember(QString::number(memberId));

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

} // namespace viptill
