#include "CheckoutPage.h"

#include "ApprovalDialog.h"
#include "HelpDialog.h"
#include "PaymentDialog.h"
#include "ReceiptOutput.h"
#include "ReturnDialog.h"
#include "Tone.h"
#include "core/Identity.h"
#include "services/StaffService.h"
#include "ui_checkoutpage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace viptill {

CheckoutPage::CheckoutPage(TillContext& till, QWidget* parent)
    : Workspace(parent)
    , m_ui(new Ui::CheckoutPage)
    , m_till(till)
{
    m_ui->setupUi(this);
    m_ui->lines->setModel(&m_lines);
    m_ui->lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->lines->horizontalHeader()->setSectionResizeMode(SaleLinesModel::Name,
                                                          QHeaderView::Stretch);
    m_ui->lines->verticalHeader()->setVisible(false);
    m_ui->barcode->setProperty("role", QStringLiteral("scan"));
    m_ui->total->setProperty("role", QStringLiteral("total"));
    m_ui->change->setProperty("role", QStringLiteral("change"));
    m_ui->pendingQuantity->setProperty("role", QStringLiteral("quantity"));
    m_ui->keyMap->setProperty("role", QStringLiteral("keys"));
    retranslate();
    m_ui->barcode->installEventFilter(this);
    connect(m_ui->barcode, &QLineEdit::returnPressed, this, &CheckoutPage::scanEntered);
    refresh();
}

CheckoutPage::~CheckoutPage() = default;

void CheckoutPage::retranslate()
{
    m_ui->keyMap->setText(
        tr("F1 Help · F2 Member card · F3 Hold/Resume · F4 Quantity · F8 Void line · "
           "F9 Void sale · F10 Pay · F11 Reprint · F12 Return · Ctrl+P Last receipt · Esc Cancel · "
           "Ctrl+Q Log out"));
}

void CheckoutPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        refresh();
    }
    Workspace::changeEvent(event);
}

QString CheckoutPage::title() const
{
    return tr("Checkout (收银)");
}

void CheckoutPage::activate()
{
    m_ui->barcode->setFocus();
}

QString CheckoutPage::unfinishedBusiness() const
{
    if (m_session && !m_session->isEmpty())
        return tr("A sale is on the checkout screen: finish it, hold it (F3) or void it first.");
    return {};
}

void CheckoutPage::start(const StaffMember& cashier)
{
    m_session = std::make_unique<CheckoutSession>(m_till.services, cashier);
    m_entry.clear();
    m_lastReceipt.reset();
    m_change.reset();
    showNotice(tr("Ready for the next customer."), QStringLiteral("info"));
    refresh();
    m_ui->barcode->setFocus();
}

QString CheckoutPage::messageText() const
{
    return m_ui->message->text();
}

QString CheckoutPage::messageTone() const
{
    return m_ui->message->property("tone").toString();
}

QString CheckoutPage::changeText() const
{
    return m_ui->change->text();
}

void CheckoutPage::showNotice(const QString& text, const QString& tone)
{
    showToned(m_ui->message, text, tone);
}

int CheckoutPage::selectedLine() const
{
    const QModelIndexList rows = m_ui->lines->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CheckoutPage::selectLine(int row)
{
    if (row < 0 || row >= m_lines.rowCount())
        return;
    m_ui->lines->selectRow(row);
}

void CheckoutPage::refresh()
{
    const int keep = selectedLine();
    if (!m_session) {
        m_lines.setLines({});
        return;
    }
    const Sale& draft = m_session->draft();
    m_lines.setLines(draft.lines);
    selectLine(keep >= 0 && keep < m_lines.rowCount() ? keep : m_lines.rowCount() - 1);
    m_ui->pendingQuantity->setText(
        m_entry.nextQuantity() > 1 ? tr("×%1").arg(m_entry.nextQuantity()) : QString());

    const std::optional<MemberView>& member = m_session->member();
    // The change stays in sight while it is counted out, until the next sale.
    if (!m_session->isEmpty() || member)
        m_change.reset();
    m_ui->change->setText(m_change ? tr("Change ¥%1").arg(m_change->toYuanString()) : QString());
    if (member) {
        m_ui->memberName->setText(member->member.name);
        m_ui->memberMobile->setText(tr("Mobile %1").arg(maskMobile(member->member.mobile)));
        m_ui->memberTier->setText(member->member.tier == Tier::Diamond
                                      ? tr("Diamond card (VIP钻石卡)")
                                      : tr("Gold card (尊贵VIP黄金卡)"));
        m_ui->memberBalance->setText(tr("Points %1").arg(member->balance));
        QStringList notices;
        const CheckoutSession::Notices n = m_session->notices();
        if (n.birthdayGiftDue)
            notices << tr("Birthday today: a birthday gift goes with this sale.");
        if (n.cardSwapDue)
            notices << tr("Diamond member with a gold card: send to the service desk to swap it.");
        if (member->balance < 0)
            notices << tr("Negative points balance after a return.");
        m_ui->memberNotices->setText(notices.join(u'\n'));
    } else {
        m_ui->memberName->setText(tr("No member card"));
        m_ui->memberMobile->clear();
        m_ui->memberTier->clear();
        m_ui->memberBalance->clear();
        m_ui->memberNotices->setText(tr("F2 or swipe / tap the card"));
    }
    m_ui->listTotal->setText(tr("List ¥%1").arg(draft.totalList().toYuanString()));
    m_ui->savings->setText(tr("Saved ¥%1").arg(m_session->savings().toYuanString()));
    const std::optional<PointsAward> points = m_session->pointsPreview();
    m_ui->points->setText(points ? tr("Points +%1").arg(points->earned()) : QString());
    m_ui->total->setText(tr("¥%1").arg(m_session->total().toYuanString()));
    emit saleChanged();
}

void CheckoutPage::scanEntered()
{
    if (!m_session)
        return;
    const QString text = m_ui->barcode->text().trimmed();
    m_ui->barcode->clear();
    if (text.isEmpty())
        return;
    // "3*" waits for the next item; "3*BARCODE" (a scan straight after "3*")
    // and "BARCODE*3" are one entry (core/ItemEntry.h, as viptillctl reads).
    const Result<std::optional<EnteredItem>> entered = m_entry.enter(text);
    if (!entered) {
        showNotice(entered.error().message(), QStringLiteral("error"));
        refresh();
        return;
    }
    if (!entered.value()) {
        showNotice(tr("Next item ×%1: scan it.").arg(m_entry.nextQuantity()),
                   QStringLiteral("info"));
        refresh();
        return;
    }
    const Result<SaleLine> line =
        m_session->scan(entered.value()->barcode, entered.value()->quantity);
    if (!line) {
        showNotice(line.error().message(), QStringLiteral("error"));
        refresh();
        return;
    }
    showNotice(tr("%1 ×%2  ¥%3")
                   .arg(line->name)
                   .arg(line->price.quantity)
                   .arg(line->price.amount.toYuanString()),
               QStringLiteral("info"));
    refresh();
    for (int row = 0; row < m_lines.rowCount(); ++row) {
        if (m_lines.lines().at(row).barcode == line->barcode)
            selectLine(row);
    }
}

void CheckoutPage::setAside()
{
    if (m_session && !m_session->isEmpty())
        (void)m_session->suspend(); // a failure leaves the sale on screen for the next
}

void CheckoutPage::presentCard(const PresentedCard& card)
{
    if (!m_session)
        return;
    const Result<MemberView> member = m_session->presentCard(card);
    if (!member) {
        showNotice(member.error().message(), QStringLiteral("error"));
        return;
    }
    showNotice(
        tr("Member %1: check the card holder against the masked mobile.").arg(member->member.name),
        QStringLiteral("good"));
    refresh();
}

void CheckoutPage::cardReadFailed(const QString& message)
{
    showNotice(message, QStringLiteral("error"));
}

void CheckoutPage::afterDialog()
{
    // Back to the barcode field, in the terminal's window, for the next scan.
    window()->activateWindow();
    m_ui->barcode->setFocus();
}

void CheckoutPage::withApproval(const QString& action, const QString& what,
                                std::function<void(const StaffMember&)> then)
{
    auto* dialog = new ApprovalDialog(m_till.services, m_session->cashier(), action, what, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalDialog::approved, this, [then](const StaffMember& m) { then(m); });
    connect(dialog, &QDialog::finished, this, &CheckoutPage::afterDialog);
    dialog->open();
}

void CheckoutPage::showHelp()
{
    auto* help = new HelpDialog(this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    connect(help, &QDialog::finished, this, &CheckoutPage::afterDialog);
    help->open();
}

void CheckoutPage::enterMemberCard()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Member card"));
    dialog->setLabelText(tr("Card number (when the card cannot be read):"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString& number) { presentCard(PresentedCard(number.trimmed())); });
    connect(dialog, &QDialog::finished, this, &CheckoutPage::afterDialog);
    dialog->open();
}

void CheckoutPage::suspendOrResume()
{
    if (!m_session)
        return;
    if (!m_session->isEmpty()) {
        const Result<Id> held = m_session->suspend();
        if (!held)
            showNotice(held.error().message(), QStringLiteral("error"));
        else
            showNotice(tr("Sale put on hold (no. %1). F3 brings it back.").arg(held.value()),
                       QStringLiteral("good"));
        refresh();
        return;
    }
    const Result<QList<SuspendedSale>> held = m_session->suspended();
    if (!held || held->isEmpty()) {
        showNotice(held ? tr("No sale is on hold at this till.") : held.error().message(),
                   held ? QStringLiteral("info") : QStringLiteral("error"));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sales on hold"));
    auto* list = new QListWidget(dialog);
    for (const SuspendedSale& s : held.value()) {
        auto* item = new QListWidgetItem(tr("No. %1 · %2 · %3 items · ¥%4")
                                             .arg(s.id)
                                             .arg(s.suspendedAt.toString(QStringLiteral("HH:mm")))
                                             .arg(s.items.size())
                                             .arg(s.total.toYuanString()),
                                         list);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qint64>(s.id)));
    }
    list->setCurrentRow(0);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    connect(list, &QListWidget::itemActivated, dialog, [this, dialog](QListWidgetItem* item) {
        const Status resumed = m_session->resume(item->data(Qt::UserRole).toLongLong());
        if (!resumed)
            showNotice(resumed.error().message(), QStringLiteral("error"));
        else
            showNotice(tr("Sale resumed."), QStringLiteral("good"));
        refresh();
        dialog->accept();
    });
    connect(dialog, &QDialog::finished, this, &CheckoutPage::afterDialog);
    dialog->open();
    list->setFocus();
}

void CheckoutPage::changeQuantity()
{
    const int line = selectedLine();
    if (!m_session || line < 0) {
        showNotice(tr("Choose a line first (Up/Down)."), QStringLiteral("error"));
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, static_cast<int>(MaxLineQuantity));
    dialog->setIntValue(static_cast<int>(m_lines.lines().at(line).price.quantity));
    dialog->setWindowTitle(tr("Quantity"));
    dialog->setLabelText(tr("New quantity for %1:").arg(m_lines.lines().at(line).name));
    connect(dialog, &QInputDialog::intValueSelected, this, [this, line](int quantity) {
        const QString what =
            tr("quantity of %1 to %2").arg(m_lines.lines().at(line).name).arg(quantity);
        withApproval(QStringLiteral("change_quantity"), what,
                     [this, line, quantity](const StaffMember& m) {
                         const Status done = m_session->changeQuantity(line, quantity, m);
                         showNotice(done ? tr("Quantity changed (approved by %1).").arg(m.name)
                                         : done.error().message(),
                                    done ? QStringLiteral("good") : QStringLiteral("error"));
                         refresh();
                     });
    });
    connect(dialog, &QDialog::rejected, this, &CheckoutPage::afterDialog);
    dialog->open();
}

void CheckoutPage::voidLine()
{
    const int line = selectedLine();
    if (!m_session || line < 0) {
        showNotice(tr("Choose a line first (Up/Down)."), QStringLiteral("error"));
        return;
    }
    const QString what = tr("void the line %1").arg(m_lines.lines().at(line).name);
    withApproval(QStringLiteral("void_line"), what, [this, line](const StaffMember& m) {
        const Status done = m_session->voidLine(line, m);
        showNotice(done ? tr("Line voided (approved by %1).").arg(m.name) : done.error().message(),
                   done ? QStringLiteral("good") : QStringLiteral("error"));
        refresh();
    });
}

void CheckoutPage::voidSale()
{
    if (!m_session || m_session->isEmpty())
        return;
    withApproval(QStringLiteral("void_sale"),
                 tr("void the whole sale of ¥%1").arg(m_session->total().toYuanString()),
                 [this](const StaffMember& m) {
                     const Status done = m_session->voidSale(m);
                     showNotice(done ? tr("Sale voided (approved by %1).").arg(m.name)
                                     : done.error().message(),
                                done ? QStringLiteral("good") : QStringLiteral("error"));
                     refresh();
                 });
}

void CheckoutPage::pay()
{
    if (!m_session || m_session->isEmpty()) {
        showNotice(tr("Scan the items first."), QStringLiteral("info"));
        return;
    }
    auto* dialog = new PaymentDialog(m_session->total(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentDialog::paid, this, [this](const QList<Tender>& tenders) {
        const Result<Receipt> receipt = m_session->pay(tenders);
        if (!receipt) {
            // The sale stays on screen; nothing was written.
            showNotice(receipt.error().message(), QStringLiteral("error"));
            return;
        }
        m_lastReceipt = receipt.value();
        m_change = receipt->change;
        const Status printed =
            m_till.receipts.printSale(receipt.value(), m_session->cashier(), false);
        QStringList lines{tr("Paid. Change ¥%1 · receipt %2")
                              .arg(receipt->change.toYuanString(), receipt->sale.receiptNo)};
        if (receipt->sale.points)
            lines << tr("Points +%1, balance %2")
                         .arg(receipt->sale.points->award.earned())
                         .arg(receipt->member->balance);
        if (receipt->lotteryEligible)
            lines << tr("Points end in 8: the member may enter the lottery.");
        if (receipt->sale.birthdayGift)
            lines << tr("Happy birthday: hand over the birthday gift.");
        if (receipt->sale.upgradedTo)
            lines << tr("Upgraded to diamond! The service desk swaps the card.");
        if (!printed)
            lines << printed.error().message();
        showNotice(lines.join(u'\n'), printed ? QStringLiteral("good") : QStringLiteral("error"));
        refresh();
        emit salePaid(receipt.value());
    });
    connect(dialog, &QDialog::finished, this, &CheckoutPage::afterDialog);
    dialog->open();
}

void CheckoutPage::reprintLast()
{
    if (!m_session || !m_lastReceipt) {
        showNotice(tr("No receipt to reprint yet at this till."), QStringLiteral("info"));
        return;
    }
    withApproval(
        QStringLiteral("reprint"), tr("reprint receipt %1").arg(m_lastReceipt->sale.receiptNo),
        [this](const StaffMember&) {
            const Status printed =
                m_till.receipts.printSale(*m_lastReceipt, m_session->cashier(), true);
            showNotice(printed ? tr("Receipt reprinted (logged).") : printed.error().message(),
                       printed ? QStringLiteral("good") : QStringLiteral("error"));
        });
}

void CheckoutPage::previewLast()
{
    const QImage& image = m_till.receipts.lastPreview();
    if (image.isNull()) {
        showNotice(tr("No receipt printed yet at this till."), QStringLiteral("info"));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Last receipt"));
    auto* picture = new QLabel(dialog);
    picture->setPixmap(QPixmap::fromImage(image));
    auto* scroll = new QScrollArea(dialog);
    scroll->setWidget(picture);
    scroll->setAlignment(Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    auto* keys = new QLabel(tr("↑↓ scroll · Esc close"), dialog);
    keys->setProperty("role", QStringLiteral("keys"));
    layout->addWidget(keys);
    dialog->resize(image.width() + 60, 700);
    connect(dialog, &QDialog::finished, this, &CheckoutPage::afterDialog);
    dialog->open();
    scroll->setFocus();
}

void CheckoutPage::startReturn()
{
    if (!m_session)
        return;
    if (!m_session->isEmpty()) {
        showNotice(tr("Finish or hold the current sale before a return."), QStringLiteral("error"));
        return;
    }
    auto* dialog = new ReturnDialog(m_till, m_session->cashier(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReturnDialog::returned, this,
            [this](const QString& summary) { showNotice(summary, QStringLiteral("good")); });
    connect(dialog, &QDialog::finished, this, &CheckoutPage::afterDialog);
    dialog->open();
}

bool CheckoutPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_ui->barcode || event->type() != QEvent::KeyPress)
        return Workspace::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() == Qt::ControlModifier && key->key() == Qt::Key_P) {
        previewLast();
        return true;
    }
    switch (key->key()) {
    case Qt::Key_F1:
        showHelp();
        return true;
    case Qt::Key_F2:
        enterMemberCard();
        return true;
    case Qt::Key_F3:
        suspendOrResume();
        return true;
    case Qt::Key_F4:
        changeQuantity();
        return true;
    case Qt::Key_F8:
        voidLine();
        return true;
    case Qt::Key_F9:
        voidSale();
        return true;
    case Qt::Key_F10:
        pay();
        return true;
    case Qt::Key_F11:
        reprintLast();
        return true;
    case Qt::Key_F12:
        startReturn();
        return true;
    case Qt::Key_Up:
        selectLine(std::max(0, selectedLine() - 1));
        return true;
    case Qt::Key_Down:
        selectLine(std::min(m_lines.rowCount() - 1, selectedLine() + 1));
        return true;
    case Qt::Key_Escape:
        m_ui->barcode->clear();
        m_entry.clear();
        showNotice(QString(), QStringLiteral("info"));
        refresh();
        return true;
    default:
        return false;
    }
}

} // namespace viptill
