#include "MemberFileDialog.h"

#include "ApprovalDialog.h"
#include "PointsAdjustDialog.h"
#include "Tone.h"
#include "core/Identity.h"
#include "services/DormancyService.h"
#include "services/MemberData.h"
#include "ui_memberfiledialog.h"

#include <QDir>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardPaths>

namespace viptill {

namespace {

template <typename Enum, std::size_t N>
void fill(QComboBox* box, const std::array<Enum, N>& values, QString (*code)(Enum),
          QString (*name)(Enum))
{
    for (Enum v : values)
        box->addItem(name(v), code(v));
}

void select(QComboBox* box, const QString& code)
{
    box->setCurrentIndex(std::max(0, box->findData(code)));
}

void tidy(QTableView* view, int stretch)
{
    view->verticalHeader()->setVisible(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace

Result<MemberFileDialog*> MemberFileDialog::openFor(ServiceContext& context,
                                                    const StaffMember& staff, Id memberId,
                                                    QWidget* parent)
{
    Result<MemberFile> file = MemberFileService(context).open(memberId, staff);
    if (!file)
        return file.error();
    auto* dialog = new MemberFileDialog(context, staff, std::move(file).value(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

MemberFileDialog::MemberFileDialog(ServiceContext& context, StaffMember staff, MemberFile file,
                                   QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::MemberFileDialog)
    , m_ctx(context)
    , m_staff(std::move(staff))
    , m_file(std::move(file))
    , m_exportFolder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                     QStringLiteral("/VipTill"))
{
    m_ui->setupUi(this);
    resize(1240, 700);
    m_ui->heading->setProperty("role", QStringLiteral("title"));
    m_ui->keys->setProperty("role", QStringLiteral("keys"));
    m_ui->mobile->setProperty("role", QStringLiteral("masked"));
    m_ui->idNumber->setProperty("role", QStringLiteral("masked"));
    m_ui->keys->setText(tr("Tab: next field · Ctrl+Tab: next page · F10: save · F8: revive a "
                           "lapsed card · F6: adjust points · F7: export for the member · F9: "
                           "erase the member · Esc: close"));
    m_ui->newMobile->setPlaceholderText(tr("type a new number to change it"));
    fill(m_ui->preferredContact,
         std::array{ContactChannel::Phone, ContactChannel::Sms, ContactChannel::WeChat,
                    ContactChannel::Email},
         &contactChannelCode, &contactChannelName);
    fill(m_ui->promotionResponse,
         std::array{PromotionResponse::Unknown, PromotionResponse::Keen, PromotionResponse::Neutral,
                    PromotionResponse::Uninterested},
         &promotionResponseCode, &promotionResponseName);
    fill(m_ui->callWindow, std::array{CallWindow::Daytime, CallWindow::Noon, CallWindow::Evening},
         &callWindowCode, &callWindowName);
    m_ui->purchases->setModel(&m_purchases);
    m_ui->calls->setModel(&m_calls);
    m_ui->messages->setModel(&m_messages);
    tidy(m_ui->purchases, PurchaseListModel::Items);
    tidy(m_ui->calls, CallListModel::About);
    tidy(m_ui->messages, OutboxModel::Text);
    // The file is one member's: no name column, and no clerk in the history.
    m_ui->calls->setColumnHidden(CallListModel::Member, true);
    m_ui->calls->setColumnHidden(CallListModel::Assignee, true);
    m_ui->messages->setColumnHidden(OutboxModel::Member, true);
    showFile();
    m_ui->tabs->setCurrentIndex(0);
    m_ui->name->setFocus();
}

MemberFileDialog::~MemberFileDialog() = default;

QString MemberFileDialog::messageText() const
{
    return m_ui->message->text();
}

QString MemberFileDialog::messageTone() const
{
    return m_ui->message->property("tone").toString();
}

void MemberFileDialog::showMessage(const QString& text, const QString& tone)
{
    showToned(m_ui->message, text, tone);
}

void MemberFileDialog::showSummary()
{
    const MemberFile& f = m_file;
    const Member& m = f.view.member;
    m_ui->heading->setText(tr("%1 · member no. %2").arg(m.name).arg(m.id));
    QStringList lines;
    QString card = tierName(m.tier);
    if (f.view.card) {
        const QString state =
            f.lapse.lapsed ? tr("lapsed since %1").arg(formatDate(f.lapse.lapsesOn))
            : f.view.card->status == CardStatus::Active
                ? tr("active, lapses on %1 without a purchase").arg(formatDate(f.lapse.lapsesOn))
                : cardStatusCode(f.view.card->status);
        card = tr("%1 · card %2 (%3)").arg(tierName(m.tier), f.view.card->number, state);
    }
    if (f.lapse.lapsed || (f.view.card && f.view.card->status == CardStatus::Lapsed))
        card = QStringLiteral("<span style='color:#a4161a'><b>%1</b></span>")
                   .arg(card.toHtmlEscaped());
    else
        card = card.toHtmlEscaped();
    lines << tr("%1 · class %2 · points %3 (lifetime %4)")
                 .arg(card,
                      f.memberClass ? memberClassCode(f.memberClass->memberClass) : tr("not yet"))
                 .arg(f.view.balance)
                 .arg(f.view.lifetime);
    lines << tr("Last visit %1 · visits %2 this week, %3 this month, %4 this year · spend ¥%5 "
                "this year, ¥%6 since joining on %7")
                 .arg(formatDate(f.lapse.lastVisit))
                 .arg(f.visitsWeek)
                 .arg(f.visitsMonth)
                 .arg(f.visitsYear)
                 .arg(f.spendYear.toYuanString(), f.spendLifetime.toYuanString(),
                      formatDate(m.joinedAt.date()))
                 .toHtmlEscaped();
    QStringList favourites;
    for (const auto& [counter, spend] : f.favouriteCounters)
        favourites << tr("%1 ¥%2").arg(counter, spend.toYuanString());
    lines << tr("Favourite counters: %1 · Sizes: %2")
                 .arg(favourites.isEmpty() ? tr("none this year")
                                           : favourites.join(QStringLiteral("、")),
                      f.profile.sizes.isEmpty() ? tr("not noted") : f.profile.sizes)
                 .toHtmlEscaped();
    m_ui->summary->setText(lines.join(QStringLiteral("<br>")));
}

void MemberFileDialog::showFile()
{
    const MemberFile& f = m_file;
    const Member& m = f.view.member;
    showSummary();
    m_ui->name->setText(m.name);
    m_ui->born->setText(
        tr("%1 · %2 · %3 years")
            .arg(m.gender == u'M' ? tr("male") : tr("female"), formatDate(m.birthday))
            .arg(f.age));
    m_ui->idNumber->setText(maskIdNumber(m.idNumber));
    m_ui->mobile->setText(maskMobile(m.mobile));
    m_ui->newMobile->clear();
    m_ui->address->setText(m.address);
    m_ui->category->setText(m.category);
    m_ui->email->setText(f.profile.email);
    m_ui->sizes->setText(f.profile.sizes);
    m_ui->job->setText(f.profile.job);
    m_ui->family->setText(f.profile.family);
    m_ui->tastes->setText(f.profile.tastes);
    m_ui->hobbies->setText(f.profile.hobbies);
    select(m_ui->preferredContact, contactChannelCode(f.profile.preferredContact));
    select(m_ui->promotionResponse, promotionResponseCode(f.profile.promotionResponse));
    select(m_ui->callWindow, callWindowCode(f.profile.callWindow));
    m_ui->smsOptOut->setChecked(f.profile.smsOptOut);
    m_purchases.setPurchases(f.purchases);
    QList<CallView> calls;
    for (const FollowUpCall& c : f.calls) {
        CallView v;
        v.call = c;
        v.member = m;
        v.about = c.suggestions.isEmpty()
                      ? tr("Due %1").arg(formatDate(c.dueOn))
                      : tr("Due %1 · %2").arg(formatDate(c.dueOn), c.suggestions);
        calls << v;
    }
    m_calls.setCalls(calls);
    m_messages.setMessages(f.messages, {{m.id, m.name}});
}

void MemberFileDialog::save()
{
    const Member& m = m_file.view.member;
    MemberDetails details{m_ui->name->text(), m.mobile, m_ui->address->text(),
                          m_ui->category->text()};
    if (!m_ui->newMobile->text().trimmed().isEmpty())
        details.mobile = m_ui->newMobile->text().trimmed();
    MemberProfile profile = m_file.profile;
    profile.email = m_ui->email->text();
    profile.sizes = m_ui->sizes->text();
    profile.job = m_ui->job->text();
    profile.family = m_ui->family->text();
    profile.tastes = m_ui->tastes->text();
    profile.hobbies = m_ui->hobbies->text();
    profile.preferredContact =
        contactChannelFromCode(m_ui->preferredContact->currentData().toString())
            .value_or(ContactChannel::Phone);
    profile.promotionResponse =
        promotionResponseFromCode(m_ui->promotionResponse->currentData().toString())
            .value_or(PromotionResponse::Unknown);
    profile.callWindow = callWindowFromCode(m_ui->callWindow->currentData().toString())
                             .value_or(CallWindow::Daytime);
    profile.smsOptOut = m_ui->smsOptOut->isChecked();
    const Result<MemberFile> done = MemberFileService(m_ctx).save(m.id, details, profile, m_staff);
    if (!done) {
        showMessage(done.error().message(), QStringLiteral("error"));
        return;
    }
    m_file = done.value();
    showFile();
    showMessage(tr("Saved."), QStringLiteral("good"));
    emit saved(m_file);
}

void MemberFileDialog::reviveCard()
{
    DormancyService care(m_ctx);
    const Result<Card> card = care.revive(m_file.view.member.id, m_staff);
    if (!card) {
        showMessage(card.error().message(), QStringLiteral("error"));
        return;
    }
    m_file.view.card = card.value();
    if (const Result<LapseState> lapse = care.lapseOf(m_file.view.member.id))
        m_file.lapse = lapse.value();
    showSummary();
    showMessage(tr("Card %1 is active again; the points are as they were.").arg(card->number),
                QStringLiteral("good"));
}

void MemberFileDialog::exportData()
{
    const Member& m = m_file.view.member;
    const Result<MemberExport> copy = MemberFileService(m_ctx).exportData(m.id, m_staff);
    if (!copy) {
        showMessage(copy.error().message(), QStringLiteral("error"));
        return;
    }
    QDir().mkpath(m_exportFolder);
    const QString path =
        QDir(m_exportFolder)
            .filePath(QStringLiteral("member-%1-%2.json")
                          .arg(m.id)
                          .arg(copy->exportedAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (Status written = writeMemberExport(copy.value(), path); !written) {
        showMessage(written.error().message(), QStringLiteral("error"));
        return;
    }
    showMessage(tr("Everything held on %1 is in %2, for the member only; the export is "
                   "recorded.")
                    .arg(m.name, QDir::toNativeSeparators(path)),
                QStringLiteral("good"));
}

void MemberFileDialog::erase()
{
    const MemberFile& f = m_file;
    const Member& m = f.view.member;
    const QString what =
        // No name here: this is what the audit trail keeps, for good.
        tr("erase member no. %1 at their request: name, ID number, mobile, address and notes "
           "are deleted for good, the card is blocked and %2 points are written off. The sales "
           "and points history stay, without the person.")
            .arg(m.id)
            .arg(f.view.balance);
    auto* approval = new ApprovalDialog(m_ctx, m_staff, QStringLiteral("member_erase"), what, this);
    approval->setAttribute(Qt::WA_DeleteOnClose);
    connect(approval, &ApprovalDialog::approved, this, [this](const StaffMember& manager) {
        const Result<Erasure> done =
            MemberFileService(m_ctx).erase(m_file.view.member.id, m_staff, manager);
        if (!done) {
            showMessage(done.error().message(), QStringLiteral("error"));
            return;
        }
        // What is left of the file, read again.
        if (Result<MemberFile> file = MemberFileService(m_ctx).open(done->memberId, m_staff)) {
            m_file = std::move(file).value();
            showFile();
        }
        showMessage(tr("Member no. %1 is erased: %2 card(s) blocked, %3 points written off.")
                        .arg(done->memberId)
                        .arg(done->cardsBlocked)
                        .arg(done->pointsForfeited),
                    QStringLiteral("good"));
    });
    approval->open();
}

void MemberFileDialog::adjustPoints()
{
    auto* dialog =
        new PointsAdjustDialog(m_ctx, m_staff, m_file.view.member, m_file.view.balance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PointsAdjustDialog::adjusted, this, [this](const PointsAdjustment& a) {
        // Only the balance changed: no second reading of the file (nor its log).
        m_file.view.balance = a.balance;
        showSummary();
        showMessage(tr("%1%2 points (%3); the balance is now %4.")
                        .arg(a.points > 0 ? QStringLiteral("+") : QString())
                        .arg(a.points)
                        .arg(a.reason)
                        .arg(a.balance),
                    QStringLiteral("good"));
    });
    dialog->open();
}

void MemberFileDialog::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_F6:
        adjustPoints();
        return;
    case Qt::Key_F7:
        exportData();
        return;
    case Qt::Key_F9:
        erase();
        return;
    case Qt::Key_F10:
        save();
        return;
    case Qt::Key_F8:
        reviveCard();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter moves on to the next field rather than closing the file.
        focusNextChild();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace viptill
