#include "EmulatedReaderPanel.h"

#include "cards/CardReader.h"
#include "core/Identity.h"
#include "storage/Store.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace viptill {

EmulatedReaderPanel::EmulatedReaderPanel(EmulatedCardReader& reader, Store& store, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_reader(reader)
    , m_cards(new QListWidget(this))
{
    setWindowTitle(tr("Emulated card reader (demo)"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Double-click or Enter: tap the card on the reader"), this));
    layout->addWidget(m_cards);
    // The first members of the demo store, and one blocked card to try.
    for (Id id = 1; id <= 12; ++id) {
        std::optional<Member> member;
        std::optional<Card> card;
        try {
            member = store.member(id);
            card = store.currentCard(id);
        } catch (const std::exception&) {
            break;
        }
        if (!member || !card)
            continue;
        auto* item =
            new QListWidgetItem(QStringLiteral("%1  %2  %3  %4")
                                    .arg(card->number, member->name, tierCode(member->tier),
                                         maskMobile(member->mobile)),
                                m_cards);
        item->setData(Qt::UserRole, card->number);
    }
    auto* unknown = new QListWidgetItem(tr("8899999999990  (not a card of this store)"), m_cards);
    unknown->setData(Qt::UserRole, QStringLiteral("8899999999990"));
    connect(m_cards, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { m_reader.tap(item->data(Qt::UserRole).toString()); });
    resize(520, 420);
}

} // namespace viptill
