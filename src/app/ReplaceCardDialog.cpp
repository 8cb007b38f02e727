#include "ReplaceCardDialog.h"

#include "MemberListModel.h"
#include "Tone.h"
#include "core/Identity.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace viptill {

ReplaceCardDialog::ReplaceCardDialog(const MemberView& member, bool chipWriter,
                                     ReplacementReason reason, QWidget* parent)
    : QDialog(parent)
    , m_idNumber(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_cardKind(new QComboBox(this))
    , m_stockNumber(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(reason == ReplacementReason::Upgrade ? tr("Diamond card swap")
                                                        : tr("Card replacement (补卡)"));
    setMinimumWidth(760);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(windowTitle(), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    QString cardText;
    if (member.card)
        cardText =
            tr("card %1 (%2)")
                .arg(member.card->number, MemberListModel::cardStateName(member.card->status));
    layout->addWidget(
        new QLabel(tr("%1 · %2 · %3 · %4 points")
                       .arg(member.member.name, maskIdNumber(member.member.idNumber), cardText)
                       .arg(member.balance),
                   this));
    auto* form = new QFormLayout;
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("Type the number from the member's ID card"));
    form->addRow(tr("ID number"), m_idNumber);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("Lost: block the old card now"),
                      static_cast<int>(ReplacementReason::Lost));
    m_reason->addItem(tr("Damaged"), static_cast<int>(ReplacementReason::Damaged));
    m_reason->addItem(tr("Demagnetised"), static_cast<int>(ReplacementReason::Demagnetized));
    m_reason->addItem(tr("Diamond card swap"), static_cast<int>(ReplacementReason::Upgrade));
    m_reason->setCurrentIndex(m_reason->findData(static_cast<int>(reason)));
    form->addRow(tr("Reason"), m_reason);
    m_cardKind->setObjectName(QStringLiteral("cardKind"));
    if (chipWriter)
        m_cardKind->addItem(tr("NFC card, written now"), static_cast<int>(NewCard::Kind::Chip));
    m_cardKind->addItem(tr("Magnetic card from the stock"),
                        static_cast<int>(NewCard::Kind::Magnetic));
    m_cardKind->addItem(tr("Card number only (write a card later)"),
                        static_cast<int>(NewCard::Kind::Number));
    form->addRow(tr("New card"), m_cardKind);
    m_stockNumber->setObjectName(QStringLiteral("stockNumber"));
    m_stockNumber->setMaxLength(13);
    m_stockNumber->setPlaceholderText(tr("Swipe the magnetic card from the stock"));
    form->addRow(tr("Stock card number"), m_stockNumber);
    layout->addLayout(form);
    auto showStock = [this, form] {
        form->setRowVisible(m_stockNumber, newCard().kind == NewCard::Kind::Magnetic);
    };
    connect(m_cardKind, &QComboBox::currentIndexChanged, this, showStock);
    showStock();
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* keys = new QLabel(tr("Enter: replace · Esc: cancel"), this);
    keys->setProperty("role", QStringLiteral("keys"));
    layout->addWidget(keys);
    m_idNumber->setFocus();
}

QString ReplaceCardDialog::idNumber() const
{
    return m_idNumber->text().trimmed().toUpper();
}

ReplacementReason ReplaceCardDialog::reason() const
{
    return static_cast<ReplacementReason>(m_reason->currentData().toInt());
}

NewCard ReplaceCardDialog::newCard() const
{
    return {static_cast<NewCard::Kind>(m_cardKind->currentData().toInt()),
            m_stockNumber->text().trimmed()};
}

void ReplaceCardDialog::showFault(const QString& message)
{
    showToned(m_message, message, QStringLiteral("error"));
}

void ReplaceCardDialog::cardSwiped(const QString& number)
{
    m_cardKind->setCurrentIndex(m_cardKind->findData(static_cast<int>(NewCard::Kind::Magnetic)));
    m_stockNumber->setText(number);
}

void ReplaceCardDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (newCard().kind == NewCard::Kind::Magnetic && newCard().magneticNumber.isEmpty()) {
            showFault(tr("Swipe the magnetic card from the stock first."));
            return;
        }
        emit replaceRequested();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace viptill
