#include "CardWriteDialog.h"

#include "Tone.h"
#include "cards/CardReader.h"
#include "services/CardService.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace viptill {

CardWriteDialog::CardWriteDialog(TillContext& till, CardReader& writer, Card card,
                                 std::optional<Id> staffId, QWidget* parent)
    : QDialog(parent)
    , m_till(till)
    , m_writer(&writer)
    , m_card(std::move(card))
    , m_staffId(staffId)
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Write the member card"));
    setMinimumWidth(620);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Card %1").arg(m_card.number), this);
    title->setProperty("role", QStringLiteral("title"));
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("Reader: %1").arg(writer.description()), this));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* keys = new QLabel(tr("Enter: write · Esc: later (the card waits to be written)"), this);
    keys->setProperty("role", QStringLiteral("keys"));
    layout->addWidget(keys);
    connect(&writer, &CardReader::cardWritten, this, &CardWriteDialog::written);
    connect(&writer, &CardReader::writeFailed, this, &CardWriteDialog::failed);
    say(tr("Hold a blank card on the reader, then press Enter. Keep it there until this says "
           "it is done."),
        QStringLiteral("info"));
}

QString CardWriteDialog::messageText() const
{
    return m_message->text();
}

void CardWriteDialog::say(const QString& text, const QString& tone)
{
    showToned(m_message, text, tone);
}

void CardWriteDialog::writeNow()
{
    if (m_writing || m_done || !m_writer)
        return;
    m_writing = true;
    say(tr("Writing… keep the card on the reader."), QStringLiteral("info"));
    m_writer->write(CardImage{m_card.number, m_card.generation});
}

void CardWriteDialog::written(const PresentedCard& chip)
{
    if (!m_writing)
        return; // another part of the terminal wrote a card
    m_writing = false;
    CardService cards(m_till.services);
    const Result<Card> active = cards.activateWritten(m_card.id, chip, m_staffId);
    if (!active) {
        say(active.error().message(), QStringLiteral("error"));
        return;
    }
    m_done = true;
    m_card = active.value();
    say(tr("Card %1 is written and active. Hand it to the member.").arg(m_card.number),
        QStringLiteral("good"));
    emit cardActivated(m_card);
    accept();
}

void CardWriteDialog::failed(const QString& message)
{
    if (!m_writing)
        return;
    m_writing = false;
    say(message + u'\n' + tr("The card is not issued. Press Enter to write it again."),
        QStringLiteral("error"));
}

void CardWriteDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        writeNow();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace viptill
