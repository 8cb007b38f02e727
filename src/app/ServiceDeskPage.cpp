#include "ServiceDeskPage.h"

#include "CardWriteDialog.h"
#include "HelpDialog.h"
#include "JoinDialog.h"
#include "MemberFileDialog.h"
#include "ReceiptOutput.h"
#include "ReplaceCardDialog.h"
#include "Tone.h"
#include "cards/CardReader.h"
#include "core/Identity.h"
#include "services/CardService.h"
#include "services/PerkService.h"
#include "services/StaffService.h"
#include "ui_servicedeskpage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>

namespace viptill {

namespace {

QString genderName(QChar gender)
{
    return gender == u'M' ? ServiceDeskPage::tr("male") : ServiceDeskPage::tr("female");
}

int ageOn(QDate birthday, QDate today)
{
    const int age = today.year() - birthday.year();
    const bool hadBirthday = today.month() > birthday.month() ||
                             (today.month() == birthday.month() && today.day() >= birthday.day());
    return hadBirthday ? age : age - 1;
}

} // namespace

ServiceDeskPage::ServiceDeskPage(TillContext& till, QList<CardReader*> readers, QWidget* parent)
    : Workspace(parent)
    , m_ui(new Ui::ServiceDeskPage)
    , m_till(till)
    , m_readers(std::move(readers))
{
    m_ui->setupUi(this);
    m_ui->search->setProperty("role", QStringLiteral("scan"));
    m_ui->keyMap->setProperty("role", QStringLiteral("keys"));
    m_ui->notices->setProperty("tone", QStringLiteral("info"));
    m_ui->members->setModel(&m_found);
    m_ui->members->verticalHeader()->setVisible(false);
    m_ui->members->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->members->horizontalHeader()->setSectionResizeMode(MemberListModel::Name,
                                                            QHeaderView::Stretch);
    m_ui->search->installEventFilter(this);
    connect(m_ui->search, &QLineEdit::returnPressed, this,
            [this] { search(m_ui->search->text()); });
    connect(m_ui->members->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_revealed.reset();
        showMember(selectedMember());
    });
    retranslate();
    showMember(std::nullopt);
}

ServiceDeskPage::~ServiceDeskPage() = default;

QString ServiceDeskPage::title() const
{
    return tr("Service desk (服务台)");
}

void ServiceDeskPage::retranslate()
{
    m_ui->keyMap->setText(
        tr("F1 Help · F2 Find · F3 Join · F4 Replace card · F5 Write card · "
           "F6 Diamond gift · F7 Diamond card swap · F8 Member file · F9 Show in full (manager) · "
           "↑↓ Choose · Esc Clear"));
}

void ServiceDeskPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showMember(selectedMember());
    }
    Workspace::changeEvent(event);
}

void ServiceDeskPage::start(const StaffMember& staff)
{
    m_staff = staff;
    m_found.setMembers({});
    m_lastQuery.clear();
    m_revealed.reset();
    showMember(std::nullopt);
    showNotice(tr("Tap or swipe a member's card, or type what you know of them."),
               QStringLiteral("info"));
}

void ServiceDeskPage::activate()
{
    m_ui->search->setFocus();
}

QString ServiceDeskPage::messageText() const
{
    return m_ui->message->text();
}

QString ServiceDeskPage::messageTone() const
{
    return m_ui->message->property("tone").toString();
}

void ServiceDeskPage::showNotice(const QString& text, const QString& tone)
{
    showToned(m_ui->message, text, tone);
}

CardReader* ServiceDeskPage::writer() const
{
    for (CardReader* reader : m_readers) {
        if (reader->canWrite())
            return reader;
    }
    return nullptr;
}

std::optional<MemberView> ServiceDeskPage::selectedMember() const
{
    const QModelIndex current = m_ui->members->currentIndex();
    if (!current.isValid() || current.row() >= m_found.rowCount())
        return std::nullopt;
    return m_found.members().at(current.row());
}

void ServiceDeskPage::selectRow(int row)
{
    if (row < 0 || row >= m_found.rowCount())
        return;
    m_ui->members->setCurrentIndex(m_found.index(row, 0));
    m_ui->members->selectRow(row);
}

void ServiceDeskPage::search(const QString& query)
{
    const QString q = query.trimmed();
    m_ui->search->clear();
    if (q.isEmpty())
        return;
    MemberService members(m_till.services);
    const Result<QList<MemberView>> found = members.find(q);
    if (!found) {
        showNotice(found.error().message(), QStringLiteral("error"));
        return;
    }
    m_lastQuery = q;
    m_found.setMembers(found.value());
    if (found->isEmpty()) {
        showMember(std::nullopt);
        showNotice(tr("No member found for \"%1\". F3 joins a new customer.").arg(q),
                   QStringLiteral("error"));
        return;
    }
    selectRow(0);
    showNotice(tr("%n member(s) found.", nullptr, static_cast<int>(found->size())),
               QStringLiteral("info"));
}

void ServiceDeskPage::refreshFound(Id select)
{
    MemberService members(m_till.services);
    const Result<MemberView> member = members.memberById(select);
    if (!member)
        return;
    m_found.setMembers({member.value()});
    selectRow(0);
}

void ServiceDeskPage::showMember(const std::optional<MemberView>& member)
{
    if (!member) {
        for (QLabel* label : {m_ui->name, m_ui->person, m_ui->mobile, m_ui->idNumber, m_ui->tier,
                              m_ui->card, m_ui->points, m_ui->joined, m_ui->notices})
            label->clear();
        return;
    }
    const Member& m = member->member;
    const QDate today = m_till.services.clock.today();
    const bool full = m_revealed == m.id;
    m_ui->name->setText(m.name);
    m_ui->person->setText(tr("%1, %2").arg(genderName(m.gender)).arg(ageOn(m.birthday, today)));
    m_ui->mobile->setText(full ? m.mobile : maskMobile(m.mobile));
    m_ui->idNumber->setText(full ? m.idNumber : maskIdNumber(m.idNumber));
    m_ui->tier->setText(tierName(m.tier));
    m_ui->card->setText(
        member->card ? tr("%1 (%2)").arg(member->card->number,
                                         MemberListModel::cardStateName(member->card->status))
                     : QString());
    m_ui->points->setText(tr("%1 (lifetime %2)").arg(member->balance).arg(member->lifetime));
    m_ui->joined->setText(formatDate(m.joinedAt.date()));
    QStringList notices;
    if (member->card && member->card->status == CardStatus::Pending)
        notices << tr("The card is waiting to be written: F5.");
    if (m.tier == Tier::Diamond && member->card && member->card->tier == Tier::Gold)
        notices << tr("Diamond member with a gold card: F7 swaps it for a diamond card.");
    if (m.tier == Tier::Diamond) {
        PerkService perks(m_till.services);
        const Result<std::optional<DiamondGift>> gift = perks.giftThisQuarter(m.id);
        if (gift && gift->has_value())
            notices << tr("This quarter's gift was handed over on %1 (%2).")
                           .arg(formatDate((*gift)->claimedAt.date()), (*gift)->gift);
        else if (gift)
            notices << tr("This quarter's diamond gift is due: F6.");
    }
    if (member->balance < 0)
        notices << tr("Negative points balance after a return.");
    m_ui->notices->setText(notices.join(u'\n'));
}

void ServiceDeskPage::presentCard(const PresentedCard& card)
{
    // A swipe while a form is open is the stock card being handed over.
    if (m_join) {
        m_join->cardSwiped(card.number);
        return;
    }
    if (m_replace) {
        m_replace->cardSwiped(card.number);
        return;
    }
    search(card.number);
    MemberService members(m_till.services);
    if (const Result<MemberView> checked = members.memberForCard(card); !checked)
        showNotice(checked.error().message(), QStringLiteral("error"));
}

void ServiceDeskPage::cardReadFailed(const QString& message)
{
    showNotice(message, QStringLiteral("error"));
}

void ServiceDeskPage::afterDialog()
{
    // Back to the search field, in the terminal's window, for the next key.
    window()->activateWindow();
    m_ui->search->setFocus();
}

void ServiceDeskPage::print(const ReceiptDocument& document, const QString& name)
{
    if (const Status printed = m_till.receipts.printSlip(document, name); !printed)
        showNotice(printed.error().message(), QStringLiteral("error"));
}

void ServiceDeskPage::showHelp()
{
    const HelpDialog::KeyMap keys = {
        {QStringLiteral("Enter"),
         tr("Find: card number, mobile, ID number or the start of a name")},
        {tr("Card"), tr("Tap or swipe a card: its member")},
        {QStringLiteral("F1"), tr("This help")},
        {QStringLiteral("F2"), tr("Back to the search field")},
        {QStringLiteral("F3"), tr("Join (办卡) with today's receipts")},
        {QStringLiteral("F4"), tr("Replace the member's card (补卡): lost, damaged, demagnetised")},
        {QStringLiteral("F5"), tr("Write the member's card onto an NFC card")},
        {QStringLiteral("F6"), tr("Hand over the diamond member's quarterly gift")},
        {QStringLiteral("F7"), tr("Swap a diamond member's gold card for a diamond card")},
        {QStringLiteral("F8"),
         tr("The member file: soft data, purchases, calls (reading is logged)")},
        {QStringLiteral("F9"), tr("Show the mobile and ID number in full (managers; logged)")},
        {QStringLiteral("↑ ↓"), tr("Choose a member")},
        {QStringLiteral("Esc"), tr("Clear")},
    };
    auto* help = new HelpDialog(tr("Keys of the service desk"), keys, this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    connect(help, &QDialog::finished, this, &ServiceDeskPage::afterDialog);
    help->open();
}

std::optional<Id> ServiceDeskPage::staffId() const
{
    return m_staff ? std::optional(m_staff->id) : std::nullopt;
}

void ServiceDeskPage::join()
{
    auto* dialog = new JoinDialog(m_till, writer() != nullptr, this);
    m_join = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JoinDialog::joinRequested, this, [this, dialog] { joinRequested(dialog); });
    connect(dialog, &QDialog::finished, this, &ServiceDeskPage::afterDialog);
    dialog->open();
}

void ServiceDeskPage::joinRequested(JoinDialog* dialog)
{
    MemberService members(m_till.services);
    const NewCard card = dialog->newCard();
    const Result<JoinOutcome> joined =
        members.join(dialog->form(), dialog->receiptNumbers(), card, staffId());
    if (!joined) {
        dialog->showFaults({joined.error()});
        return;
    }
    dialog->accept();
    const JoinOutcome outcome = joined.value();
    const Id memberId = outcome.view.member.id;
    refreshFound(memberId);
    auto welcome = [this, outcome, memberId] {
        MemberService after(m_till.services);
        JoinOutcome printed = outcome;
        if (const Result<MemberView> now = after.memberById(memberId))
            printed.view = now.value();
        print(welcomeSlip(printed, m_till.receipts.header(*m_staff, m_till.services.terminal),
                          m_till.receipts.settings().columns),
              QStringLiteral("join-%1").arg(printed.view.card->number));
        refreshFound(memberId);
        showNotice(tr("%1 joined as %2 with card %3. The welcome slip is printed.")
                       .arg(printed.view.member.name, tierName(printed.view.member.tier),
                            printed.view.card->number),
                   QStringLiteral("good"));
    };
    if (card.kind == NewCard::Kind::Chip)
        writeThen(*outcome.view.card, welcome);
    else
        welcome();
}

void ServiceDeskPage::writeThen(const Card& card, std::function<void()> done)
{
    CardReader* reader = writer();
    if (!reader) {
        showNotice(tr("No card reader here can write cards; the card waits to be written (F5)."),
                   QStringLiteral("error"));
        return;
    }
    auto* dialog = new CardWriteDialog(m_till, *reader, card, staffId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CardWriteDialog::cardActivated, this, [done] { done(); });
    connect(dialog, &QDialog::finished, this, [this, memberId = card.memberId] {
        refreshFound(memberId);
        afterDialog();
    });
    dialog->open();
}

void ServiceDeskPage::replaceCard(ReplacementReason reason)
{
    const std::optional<MemberView> member = selectedMember();
    if (!member) {
        showNotice(tr("Find the member first (tap the card, or type the mobile or name)."),
                   QStringLiteral("error"));
        return;
    }
    auto* dialog = new ReplaceCardDialog(*member, writer() != nullptr, reason, this);
    m_replace = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplaceCardDialog::replaceRequested, this,
            [this, dialog, id = member->member.id] { replaceRequested(dialog, id); });
    connect(dialog, &QDialog::finished, this, &ServiceDeskPage::afterDialog);
    dialog->open();
}

void ServiceDeskPage::replaceRequested(ReplaceCardDialog* dialog, Id memberId)
{
    MemberService members(m_till.services);
    const ReplacementReason reason = dialog->reason();
    const NewCard how = dialog->newCard();
    const Result<CardReplacement> replaced =
        members.replaceCard(memberId, dialog->idNumber(), reason, how, staffId());
    if (!replaced) {
        dialog->showFault(replaced.error().message());
        return;
    }
    dialog->accept();
    const CardReplacement r = replaced.value();
    refreshFound(memberId);
    auto slip = [this, r, reason, memberId] {
        MemberService after(m_till.services);
        const Result<MemberView> now = after.memberById(memberId);
        if (!now)
            return;
        print(replacementSlip(now.value(), r.blockedCard, r.newCard, reason,
                              m_till.receipts.header(*m_staff, m_till.services.terminal),
                              m_till.services.clock.now(), m_till.receipts.settings().columns),
              QStringLiteral("card-%1").arg(r.newCard.number));
        refreshFound(memberId);
        showNotice(tr("Card %1 replaces card %2, which no longer works. The slip is printed.")
                       .arg(r.newCard.number, r.blockedCard.number),
                   QStringLiteral("good"));
    };
    if (how.kind == NewCard::Kind::Chip) {
        if (reason == ReplacementReason::Lost)
            showNotice(tr("Card %1 is blocked. Now write the new card.").arg(r.blockedCard.number),
                       QStringLiteral("good"));
        writeThen(r.newCard, slip);
    } else {
        slip();
    }
}

void ServiceDeskPage::writeCard()
{
    const std::optional<MemberView> member = selectedMember();
    if (!member) {
        showNotice(tr("Find the member first (tap the card, or type the mobile or name)."),
                   QStringLiteral("error"));
        return;
    }
    CardService cards(m_till.services);
    const Result<Card> card = cards.cardToWrite(member->member.id);
    if (!card) {
        showNotice(card.error().message(), QStringLiteral("error"));
        return;
    }
    writeThen(card.value(), [this, number = card->number] {
        showNotice(tr("Card %1 is written and active.").arg(number), QStringLiteral("good"));
    });
}

void ServiceDeskPage::diamondGift()
{
    const std::optional<MemberView> member = selectedMember();
    if (!member) {
        showNotice(tr("Find the member first (tap the card, or type the mobile or name)."),
                   QStringLiteral("error"));
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Diamond gift"));
    dialog->setLabelText(tr("The gift handed to %1 this quarter:").arg(member->member.name));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, view = *member](const QString& gift) {
                PerkService perks(m_till.services);
                const Result<DiamondGift> claimed = perks.claimQuarterlyGift(
                    view.member.id, gift, m_staff ? std::optional(m_staff->id) : std::nullopt);
                if (!claimed) {
                    showNotice(claimed.error().message(), QStringLiteral("error"));
                    return;
                }
                print(diamondGiftSlip(view, claimed.value(),
                                      m_till.receipts.header(*m_staff, m_till.services.terminal),
                                      m_till.receipts.settings().columns),
                      QStringLiteral("gift-%1-%2Q%3")
                          .arg(view.member.id)
                          .arg(claimed->year)
                          .arg(claimed->quarter));
                refreshFound(view.member.id);
                showNotice(tr("Quarter %1 gift recorded for %2; the member signs the slip.")
                               .arg(claimed->quarter)
                               .arg(view.member.name),
                           QStringLiteral("good"));
            });
    connect(dialog, &QDialog::finished, this, &ServiceDeskPage::afterDialog);
    dialog->open();
}

void ServiceDeskPage::openFile()
{
    const std::optional<MemberView> member = selectedMember();
    if (!member || !m_staff) {
        showNotice(tr("Find the member first (tap the card, or type the mobile or name)."),
                   QStringLiteral("error"));
        return;
    }
    // Opening the file is logged (who, when) by the file itself.
    const Result<MemberFileDialog*> file =
        MemberFileDialog::openFor(m_till.services, *m_staff, member->member.id, this);
    if (!file) {
        showNotice(file.error().message(), QStringLiteral("error"));
        return;
    }
    connect(file.value(), &QDialog::finished, this, [this, id = member->member.id] {
        refreshFound(id);
        afterDialog();
    });
}

void ServiceDeskPage::reveal()
{
    const std::optional<MemberView> member = selectedMember();
    if (!member || !m_staff)
        return;
    if (m_staff->role != StaffRole::Manager) {
        showNotice(tr("Only a manager may see a member's mobile and ID number in full."),
                   QStringLiteral("error"));
        return;
    }
    StaffService staff(m_till.services);
    if (const Status logged = staff.record(*m_staff, QStringLiteral("reveal_member"),
                                           QString::number(member->member.id));
        !logged) {
        showNotice(logged.error().message(), QStringLiteral("error"));
        return;
    }
    m_revealed = member->member.id;
    showMember(member);
    showNotice(tr("Shown in full; this is logged."), QStringLiteral("info"));
}

bool ServiceDeskPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_ui->search || event->type() != QEvent::KeyPress)
        return Workspace::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int row = m_ui->members->currentIndex().row();
    switch (key->key()) {
    case Qt::Key_F1:
        showHelp();
        return true;
    case Qt::Key_F2:
        m_ui->search->selectAll();
        return true;
    case Qt::Key_F3:
        join();
        return true;
    case Qt::Key_F4:
        replaceCard(ReplacementReason::Lost);
        return true;
    case Qt::Key_F5:
        writeCard();
        return true;
    case Qt::Key_F6:
        diamondGift();
        return true;
    case Qt::Key_F7:
        replaceCard(ReplacementReason::Upgrade);
        return true;
    case Qt::Key_F8:
        openFile();
        return true;
    case Qt::Key_F9:
        reveal();
        return true;
    case Qt::Key_Up:
        selectRow(std::max(0, row - 1));
        return true;
    case Qt::Key_Down:
        selectRow(std::min(m_found.rowCount() - 1, row + 1));
        return true;
    case Qt::Key_Escape:
        m_ui->search->clear();
        m_found.setMembers({});
        m_revealed.reset();
        showMember(std::nullopt);
        showNotice(QString(), QStringLiteral("info"));
        return true;
    default:
        return false;
    }
}

} // namespace viptill
