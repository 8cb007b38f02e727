#include "RedemptionScreen.h"

#include "ReceiptOutput.h"
#include "core/Identity.h"
#include "printing/ReceiptDocument.h"
#include "ui_redemptionscreen.h"

#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace viptill {

RedemptionScreen::RedemptionScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::RedemptionScreen)
{
    m_ui->setupUi(this);
    m_ui->memberBalance->setProperty("role", QStringLiteral("total"));
    m_ui->memberQuery->setProperty("role", QStringLiteral("scan"));
    m_ui->gifts->setModel(&m_giftTable);
    m_ui->gifts->verticalHeader()->setVisible(false);
    m_ui->gifts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->memberQuery), static_cast<QWidget*>(m_ui->steps),
                       static_cast<QWidget*>(m_ui->giftQuery)})
        w->installEventFilter(this);
    connect(m_ui->memberQuery, &QLineEdit::returnPressed, this, &RedemptionScreen::findTyped);
    connect(m_ui->giftQuery, &QLineEdit::textEdited, this, &RedemptionScreen::loadGifts);
    // The gifts of the step under the cursor, as it moves.
    connect(m_ui->steps, &QListWidget::currentRowChanged, this, &RedemptionScreen::loadGifts);
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_F8), this);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &RedemptionScreen::cancelToday);
    clearMember();
}

RedemptionScreen::~RedemptionScreen() = default;

QString RedemptionScreen::title() const
{
    return tr("Points redemption (积分兑换)");
}

QString RedemptionScreen::keys() const
{
    return tr("Tap the card or type mobile + last 4 of ID, Enter · ↑↓ points · Enter: gifts · "
              "type to find · ↑↓ gift · Enter: redeem (manager PIN) · F8 Cancel today's · Esc "
              "Back");
}

QList<std::pair<QString, QString>> RedemptionScreen::keyHelp() const
{
    return {
        {tr("Card"), tr("Tap or swipe the member's card: the member is shown")},
        {QStringLiteral("Enter"), tr("Find the member by mobile and the ID number's last four")},
        {QStringLiteral("↑ ↓"), tr("Choose the points to spend, then the gift")},
        {QStringLiteral("Enter"), tr("Points chosen: the gifts they allow; gift chosen: redeem")},
        {QStringLiteral("F8"), tr("Cancel a redemption of today (manager PIN)")},
        {QStringLiteral("Esc"), tr("Back one step; on the member field, start again")},
    };
}

void RedemptionScreen::reset()
{
    clearMember();
}

void RedemptionScreen::activate()
{
    restoreFocus();
}

void RedemptionScreen::restoreFocus()
{
    if (!m_member)
        m_ui->memberQuery->setFocus();
    else if (m_gifts.isEmpty() && m_ui->giftQuery->text().isEmpty())
        m_ui->steps->setFocus();
    else
        m_ui->giftQuery->setFocus();
}

void RedemptionScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_member)
            showMember(*m_member);
        else
            clearMember();
    }
    OfficeScreen::changeEvent(event);
}

void RedemptionScreen::clearMember()
{
    m_member.reset();
    m_steps.clear();
    m_gifts.clear();
    m_ui->memberQuery->clear();
    m_ui->giftQuery->clear();
    m_ui->steps->clear();
    m_ui->memberName->setText(tr("No member yet"));
    m_ui->memberMobile->clear();
    m_ui->memberTier->clear();
    m_ui->memberBalance->clear();
    loadGifts();
}

void RedemptionScreen::presentCard(const PresentedCard& card)
{
    MemberService members(m_office.till.services);
    const Result<MemberView> found = members.memberForCard(card);
    if (!found) {
        bad(found.error().message());
        return;
    }
    showMember(found.value());
}

void RedemptionScreen::findTyped()
{
    const QStringList parts = m_ui->memberQuery->text().split(
        QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    Result<MemberView> found = Error(ErrorCode::UnknownMember, {});
    if (parts.size() == 2) {
        found = RedemptionService(m_office.till.services).findMember(parts.at(0), parts.at(1));
    } else if (parts.size() == 1 && (isWellFormedCardNumber(parts.first()) ||
                                     isImportedCardNumberShape(parts.first()))) {
        // A card that will not read, typed (ours, or one the old system
        // issued): checked like a tapped one.
        found = MemberService(m_office.till.services).memberForCard(PresentedCard(parts.first()));
    } else {
        bad(tr("Type the member's mobile, a space and the last four characters of the ID "
               "number (or tap the card)."));
        m_ui->memberQuery->selectAll();
        return;
    }
    if (!found) {
        bad(found.error().message());
        m_ui->memberQuery->selectAll();
        return;
    }
    showMember(found.value());
}

void RedemptionScreen::showMember(const MemberView& member, bool announce)
{
    m_member = member;
    const Member& m = member.member;
    m_ui->memberName->setText(maskName(m.name));
    m_ui->memberMobile->setText(tr("Mobile %1").arg(maskMobile(m.mobile)));
    m_ui->memberTier->setText(tierName(m.tier));
    m_ui->memberBalance->setText(tr("%1 points").arg(member.balance));
    m_ui->memberQuery->clear();
    const Result<QList<RedemptionStep>> steps =
        RedemptionService(m_office.till.services).steps(m.id);
    m_steps = steps ? steps.value() : QList<RedemptionStep>{};
    m_ui->steps->clear();
    for (const RedemptionStep& step : std::as_const(m_steps))
        m_ui->steps->addItem(tr("%1 points → ¥%2").arg(step.points).arg(step.cap.toYuanString()));
    m_ui->giftQuery->clear();
    m_gifts.clear();
    loadGifts();
    if (!announce) {
        if (!m_steps.isEmpty())
            m_ui->steps->setCurrentRow(0);
        return;
    }
    if (member.balance < 0) {
        bad(tr("%1 has a negative balance (%2 points): no redemption until it is positive again.")
                .arg(maskName(m.name))
                .arg(member.balance));
        m_ui->memberQuery->setFocus();
        return;
    }
    if (m_steps.isEmpty()) {
        bad(tr("%1 has %2 points; a redemption needs at least 1000.")
                .arg(maskName(m.name))
                .arg(member.balance));
        m_ui->memberQuery->setFocus();
        return;
    }
    m_ui->steps->setCurrentRow(0);
    m_ui->steps->setFocus();
    info(tr("%1: %2 points. Choose the points to spend (↑↓, Enter).")
             .arg(maskName(m.name))
             .arg(member.balance));
}

std::optional<std::int64_t> RedemptionScreen::chosenPoints() const
{
    const int row = m_ui->steps->currentRow();
    if (!m_member || row < 0 || row >= m_steps.size())
        return std::nullopt;
    return m_steps.at(row).points;
}

void RedemptionScreen::chooseStep()
{
    if (!chosenPoints())
        return;
    loadGifts();
    m_ui->giftQuery->setFocus();
    info(m_gifts.isEmpty() ? tr("No gift within this cap matches; type fewer letters or choose "
                                "more points.")
                           : tr("Type to find the gift, ↑↓ to choose it, Enter to redeem."));
}

void RedemptionScreen::loadGifts()
{
    ReportTable table;
    table.headers = {tr("Barcode"), tr("Item"), tr("Counter"), tr("List price")};
    table.numericColumns = {3};
    m_gifts.clear();
    if (const std::optional<std::int64_t> points = chosenPoints()) {
        const Result<QList<Product>> found =
            RedemptionService(m_office.till.services).gifts(*points, m_ui->giftQuery->text());
        if (!found)
            bad(found.error().message());
        else
            m_gifts = found.value();
    }
    for (const Product& p : std::as_const(m_gifts))
        table.rows << QStringList{p.barcode, p.name, p.counterName, p.listPrice.toYuanString()};
    m_giftTable.setTable(table);
    m_ui->gifts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (!m_gifts.isEmpty())
        m_ui->gifts->selectRow(0);
}

void RedemptionScreen::moveGift(int delta)
{
    if (m_gifts.isEmpty())
        return;
    const QModelIndexList rows = m_ui->gifts->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    m_ui->gifts->selectRow(std::clamp(row + delta, 0, static_cast<int>(m_gifts.size()) - 1));
}

void RedemptionScreen::redeemChosen()
{
    const QModelIndexList rows = m_ui->gifts->selectionModel()->selectedRows();
    const std::optional<std::int64_t> points = chosenPoints();
    if (!m_member || !points || rows.isEmpty() || rows.first().row() >= m_gifts.size()) {
        bad(tr("Choose the points and a gift first."));
        return;
    }
    const Product gift = m_gifts.at(rows.first().row());
    const Id memberId = m_member->member.id;
    const QString what =
        tr("%1 points for %2 (¥%3) to member %4")
            .arg(*points)
            .arg(gift.name, gift.listPrice.toYuanString(), maskName(m_member->member.name));
    withApproval(
        QStringLiteral("redeem"), what,
        [this, memberId, points, gift](const StaffMember& manager) {
            RedemptionService desk(m_office.till.services);
            const Result<RedemptionOutcome> done = desk.redeem(
                memberId, *points, gift.barcode,
                m_office.manager ? std::optional(m_office.manager->id) : std::nullopt, manager.id);
            if (!done) {
                bad(done.error().message());
                return;
            }
            QString summary = tr("Redeemed no. %1: %2 for %3 points; balance %4.")
                                  .arg(done->record.id)
                                  .arg(gift.name)
                                  .arg(*points)
                                  .arg(done->balance);
            const Result<RedemptionSlip> slip = desk.slip(done->record.id);
            const Status printed = slip ? m_office.till.receipts.printRedemption(
                                              slip.value(), m_office.manager.value_or(manager))
                                        : Status(slip.error());
            if (!printed) {
                bad(summary + u'\n' + printed.error().message());
            } else {
                good(summary + u' ' + tr("The member's and the counter's slips are printed."));
            }
            MemberService members(m_office.till.services);
            if (const Result<MemberView> after = members.memberById(memberId); after)
                showMember(after.value(), false);
        },
        m_ui->giftQuery);
}

void RedemptionScreen::cancelToday()
{
    RedemptionService desk(m_office.till.services);
    const Result<QList<RedemptionLine>> today = desk.today();
    if (!today) {
        bad(today.error().message());
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Cancel a redemption of today"));
    dialog->resize(1000, 460);
    auto* layout = new QVBoxLayout(dialog);
    auto* scan = new QLineEdit(dialog);
    scan->setObjectName(QStringLiteral("slipBarcode"));
    scan->setPlaceholderText(tr("Scan the barcode on the slip, or choose below"));
    auto* list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("todaysRedemptions"));
    list->setWordWrap(true);
    for (const RedemptionLine& line : today.value()) {
        const RedemptionRecord& r = line.record;
        auto* item = new QListWidgetItem(tr("No. %1 · %2 · %3 · ¥%4 · %5 points · %6 · member %7")
                                             .arg(r.id)
                                             .arg(r.at.toString(QStringLiteral("HH:mm")),
                                                  line.productName, r.listPrice.toYuanString())
                                             .arg(r.points)
                                             .arg(line.counter, maskMobile(line.memberMobile)),
                                         list);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qint64>(r.id)));
        if (r.cancelledAt) {
            item->setText(item->text() + tr(" · cancelled"));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    auto* keys = new QLabel(tr("↑↓ choose · Enter: cancel it (manager PIN) · Esc: close"), dialog);
    keys->setProperty("role", QStringLiteral("keys"));
    layout->addWidget(scan);
    layout->addWidget(list);
    layout->addWidget(keys);
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->flags() & Qt::ItemIsEnabled) {
            list->setCurrentRow(row);
            break;
        }
    }
    auto cancelOne = [this, dialog](Id id) {
        withApproval(
            QStringLiteral("cancel_redemption"), tr("cancel redemption no. %1").arg(id),
            [this, dialog, id](const StaffMember& manager) {
                RedemptionService desk2(m_office.till.services);
                const Result<CancelledRedemption> done = desk2.cancel(
                    id, m_office.manager ? std::optional(m_office.manager->id) : std::nullopt,
                    manager.id);
                if (!done) {
                    bad(done.error().message());
                    return;
                }
                const Status printed = m_office.till.receipts.printRedemptionCancel(
                    done.value(), m_office.manager.value_or(manager));
                const QString summary =
                    tr("Redemption no. %1 cancelled: %2 points back, balance %3.")
                        .arg(id)
                        .arg(done->pointsRestored)
                        .arg(done->balance);
                if (printed)
                    good(summary);
                else
                    bad(summary + u'\n' + printed.error().message());
                if (m_member && m_member->member.id == done->line.record.memberId) {
                    if (const Result<MemberView> after =
                            MemberService(m_office.till.services).memberById(m_member->member.id))
                        showMember(after.value(), false);
                }
                dialog->accept();
            },
            dialog, dialog);
    };
    connect(list, &QListWidget::itemActivated, dialog, [cancelOne](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            cancelOne(item->data(Qt::UserRole).toLongLong());
    });
    connect(scan, &QLineEdit::returnPressed, dialog, [this, scan, cancelOne] {
        static const QRegularExpression slip(QStringLiteral("^R(\\d{1,12})$"));
        const QRegularExpressionMatch m = slip.match(scan->text().trimmed().toUpper());
        if (!m.hasMatch()) {
            bad(tr("\"%1\" is not a redemption slip's barcode.").arg(scan->text()));
            scan->selectAll();
            return;
        }
        cancelOne(m.captured(1).toLongLong());
    });
    connect(dialog, &QDialog::finished, this, [this] { restoreFocus(); });
    dialog->open();
    if (list->count() > 0)
        list->setFocus();
    else
        scan->setFocus();
}

bool RedemptionScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return OfficeScreen::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_ui->memberQuery && key->key() == Qt::Key_Escape) {
        clearMember();
        info(tr("Ready for the next member."));
        return true;
    }
    if (watched == m_ui->steps) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            chooseStep();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_ui->memberQuery->setFocus();
            return true;
        }
        return false;
    }
    if (watched == m_ui->giftQuery) {
        switch (key->key()) {
        case Qt::Key_Up:
            moveGift(-1);
            return true;
        case Qt::Key_Down:
            moveGift(1);
            return true;
        case Qt::Key_PageUp:
            moveGift(-10);
            return true;
        case Qt::Key_PageDown:
            moveGift(10);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            redeemChosen();
            return true;
        case Qt::Key_Escape:
            m_ui->giftQuery->clear();
            m_ui->steps->setFocus();
            return true;
        default:
            return false;
        }
    }
    return OfficeScreen::eventFilter(watched, event);
}

} // namespace viptill
