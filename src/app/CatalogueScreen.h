#pragma once

#include "OfficeScreen.h"
#include "ReportTableModel.h"
#include "services/CatalogueService.h"

#include <QScopedPointer>

namespace Ui {
class CatalogueScreen;
}

namespace viptill {

// The catalogue (F4), three sections (PgUp/PgDn): an item's price and its
// history, with special price on or off (F11); a catalogue file's dry run
// (Enter) and import (F9); a counter's promotion with its dates (Enter),
// cleared with F8, its goods special-price on (F11) or off (F12). Every
// change asks a manager's PIN and is kept with who made it.
class CatalogueScreen : public OfficeScreen
{
    Q_OBJECT
public:
    enum class Section
    {
        Price,
        Import,
        Counters
    };

    explicit CatalogueScreen(OfficeContext& office, QWidget* parent = nullptr);
    ~CatalogueScreen() override;

    QString title() const override;
    QString keys() const override;
    QList<std::pair<QString, QString>> keyHelp() const override;
    void activate() override;
    void restoreFocus() override;
    void reset() override;

    void showSection(Section section);
    Section section() const;
    const std::optional<Product>& product() const { return m_product; }
    const std::optional<ImportPreview>& preview() const { return m_preview; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadProduct();
    void changePrice();
    void toggleItemSpecial();
    void dryRun();
    void importFile();
    void setPromotion();
    void clearPromotion();
    void setCounterSpecial(bool special);
    void loadPromotions();
    void functionKey(int key);

    const QScopedPointer<Ui::CatalogueScreen> m_ui;
    ReportTableModel m_history;
    ReportTableModel m_changes;
    ReportTableModel m_promotions;
    std::optional<Product> m_product;
    std::optional<ImportPreview> m_preview;
    QString m_previewedPath;
};

} // namespace viptill
