#pragma once

#include "TillContext.h"
#include "core/Records.h"

#include <QDialog>
#include <QPointer>

class QLabel;

namespace viptill {

class CardReader;

// Writing a member's NFC card: the clerk holds a card on the reader and
// presses Enter; the reader writes it and reads it back, and only then does
// the card become the member's (CardService::activateWritten). A card taken
// away too soon is refused and the clerk taps again; Esc leaves the card
// waiting to be written (F5 on the member later), the old card still valid.
class CardWriteDialog : public QDialog
{
    Q_OBJECT
public:
    // `staffId`: the clerk writing it, named in the audit trail.
    CardWriteDialog(TillContext& till, CardReader& writer, Card card, std::optional<Id> staffId,
                    QWidget* parent = nullptr);

    // Starts writing (also what Enter does).
    void writeNow();
    QString messageText() const;

signals:
    // The card is written, read back and active.
    void cardActivated(const viptill::Card& card);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void written(const PresentedCard& chip);
    void failed(const QString& message);
    void say(const QString& text, const QString& tone);

    TillContext& m_till;
    QPointer<CardReader> m_writer;
    Card m_card;
    std::optional<Id> m_staffId;
    QLabel* m_message;
    bool m_writing = false;
    bool m_done = false;
};

} // namespace viptill
