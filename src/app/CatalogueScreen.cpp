#include "CatalogueScreen.h"

#include "ui_cataloguescreen.h"

#include <QCompleter>
#include <QHeaderView>
#include <QShortcut>

namespace viptill {

namespace {

QString specialText(bool special)
{
    return special ? QCoreApplication::translate("CatalogueScreen", "special price")
                   : QCoreApplication::translate("CatalogueScreen", "member discounts apply");
}

} // namespace

CatalogueScreen::CatalogueScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::CatalogueScreen)
{
    m_ui->setupUi(this);
    for (const auto& [view, model] :
         QList<std::pair<QTableView*, ReportTableModel*>>{{m_ui->history, &m_history},
                                                          {m_ui->changes, &m_changes},
                                                          {m_ui->promotions, &m_promotions}}) {
        view->setModel(model);
        view->setFocusPolicy(Qt::NoFocus);
        view->verticalHeader()->setVisible(false);
        view->setAlternatingRowColors(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    connect(m_ui->barcode, &QLineEdit::returnPressed, this, &CatalogueScreen::loadProduct);
    connect(m_ui->newPrice, &QLineEdit::returnPressed, this, &CatalogueScreen::changePrice);
    connect(m_ui->importPath, &QLineEdit::returnPressed, this, &CatalogueScreen::dryRun);
    // The counter form goes field by field; Enter on the last sets the promotion.
    connect(m_ui->counter, &QLineEdit::returnPressed, m_ui->rate, qOverload<>(&QWidget::setFocus));
    connect(m_ui->rate, &QLineEdit::returnPressed, m_ui->from, qOverload<>(&QWidget::setFocus));
    connect(m_ui->from, &QLineEdit::returnPressed, m_ui->to, qOverload<>(&QWidget::setFocus));
    connect(m_ui->to, &QLineEdit::returnPressed, this, &CatalogueScreen::setPromotion);
    for (const int key : {int(Qt::Key_PageUp), int(Qt::Key_PageDown), int(Qt::Key_F8),
                          int(Qt::Key_F9), int(Qt::Key_F11), int(Qt::Key_F12)}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, key] { functionKey(key); });
    }
    connect(m_ui->sections, &QTabWidget::currentChanged, this, [this] {
        restoreFocus();
        emit keysChanged();
    });
}

CatalogueScreen::~CatalogueScreen() = default;

QString CatalogueScreen::title() const
{
    return tr("Catalogue");
}

QString CatalogueScreen::keys() const
{
    switch (section()) {
    case Section::Price:
        return tr("Barcode, Enter · new price, Enter: change it (manager PIN) · F11 Special "
                  "price on/off · PgUp/PgDn Sections");
    case Section::Import:
        return tr("File, Enter: what would change (nothing is changed) · F9 Import it (manager "
                  "PIN) · PgUp/PgDn Sections");
    case Section::Counters:
        return tr("Counter, rate, from, to, Enter: promotion (manager PIN) · F8 Clear it · F11 "
                  "Counter special price · F12 Not special · PgUp/PgDn Sections");
    }
    return {};
}

QList<std::pair<QString, QString>> CatalogueScreen::keyHelp() const
{
    return {
        {QStringLiteral("PgUp PgDn"), tr("Price of an item · import a file · counters")},
        {QStringLiteral("Enter"), tr("Next field; on the last, make the change (manager PIN)")},
        {QStringLiteral("F11"), tr("Item or counter: special price (no member discount) on")},
        {QStringLiteral("F12"), tr("Counter: special price off")},
        {QStringLiteral("F8"), tr("Counter: clear its promotion")},
        {QStringLiteral("F9"), tr("Import the file the dry run showed")},
    };
}

CatalogueScreen::Section CatalogueScreen::section() const
{
    return static_cast<Section>(m_ui->sections->currentIndex());
}

void CatalogueScreen::showSection(Section s)
{
    m_ui->sections->setCurrentIndex(static_cast<int>(s));
    restoreFocus();
}

void CatalogueScreen::reset()
{
    m_product.reset();
    m_preview.reset();
    m_previewedPath.clear();
    for (QLineEdit* field : {m_ui->barcode, m_ui->newPrice, m_ui->importPath, m_ui->counter,
                             m_ui->rate, m_ui->from, m_ui->to})
        field->clear();
    m_ui->item->clear();
    m_ui->importSummary->clear();
    m_history.setTable({});
    m_changes.setTable({});
    m_ui->sections->setCurrentIndex(0);
}

void CatalogueScreen::activate()
{
    loadPromotions();
    const Result<QList<Counter>> counters = CatalogueService(m_office.till.services).counters();
    QStringList names;
    for (const Counter& c : counters ? counters.value() : QList<Counter>{})
        names << c.name;
    m_ui->counter->setCompleter(new QCompleter(names, m_ui->counter));
    restoreFocus();
}

void CatalogueScreen::restoreFocus()
{
    switch (section()) {
    case Section::Price:
        (m_product ? m_ui->newPrice : m_ui->barcode)->setFocus();
        break;
    case Section::Import:
        m_ui->importPath->setFocus();
        break;
    case Section::Counters:
        m_ui->counter->setFocus();
        break;
    }
}

void CatalogueScreen::functionKey(int key)
{
    switch (key) {
    case Qt::Key_PageUp:
        m_ui->sections->setCurrentIndex((m_ui->sections->currentIndex() + 2) % 3);
        break;
    case Qt::Key_PageDown:
        m_ui->sections->setCurrentIndex((m_ui->sections->currentIndex() + 1) % 3);
        break;
    case Qt::Key_F8:
        if (section() == Section::Counters)
            clearPromotion();
        break;
    case Qt::Key_F9:
        if (section() == Section::Import)
            importFile();
        break;
    case Qt::Key_F11:
        if (section() == Section::Price)
            toggleItemSpecial();
        else if (section() == Section::Counters)
            setCounterSpecial(true);
        break;
    case Qt::Key_F12:
        if (section() == Section::Counters)
            setCounterSpecial(false);
        break;
    default:
        break;
    }
}

void CatalogueScreen::loadProduct()
{
    CatalogueService catalogue(m_office.till.services);
    const Result<Product> found = catalogue.product(m_ui->barcode->text());
    if (!found) {
        m_product.reset();
        m_ui->item->clear();
        m_history.setTable({});
        bad(found.error().message());
        m_ui->barcode->selectAll();
        return;
    }
    m_product = found.value();
    m_ui->item->setText(tr("%1 · %2 · ¥%3 · %4")
                            .arg(m_product->name, m_product->counterName,
                                 m_product->listPrice.toYuanString(),
                                 specialText(m_product->specialPrice)));
    ReportTable table;
    table.headers = {tr("Changed"), tr("List price"), tr("Special price"), tr("How"), tr("By")};
    table.numericColumns = {1};
    const Result<QList<PriceChange>> history = catalogue.priceHistory(m_product->barcode);
    for (const PriceChange& c : history ? history.value() : QList<PriceChange>{})
        table.rows << QStringList{c.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  c.listPrice.toYuanString(), c.specialPrice ? tr("yes") : tr("no"),
                                  c.source, c.staffNumber};
    m_history.setTable(table);
    m_ui->newPrice->setText(m_product->listPrice.toYuanString());
    m_ui->newPrice->setFocus();
    m_ui->newPrice->selectAll();
    info(tr("Type the new list price and press Enter; F11 turns special price on or off."));
}

void CatalogueScreen::changePrice()
{
    if (!m_product) {
        loadProduct();
        return;
    }
    const QString barcode = m_product->barcode;
    const QString price = m_ui->newPrice->text().trimmed();
    withApproval(
        QStringLiteral("approve_price_change"),
        tr("list price of %1 from ¥%2 to ¥%3")
            .arg(m_product->name, m_product->listPrice.toYuanString(), price),
        [this, barcode, price](const StaffMember& manager) {
            const Result<PriceChangeOutcome> done =
                CatalogueService(m_office.till.services).changePrice(barcode, price, manager);
            if (!done) {
                bad(done.error().message());
                return;
            }
            if (!done->changed()) {
                info(tr("The price is already ¥%1; nothing changed.")
                         .arg(done->after.listPrice.toYuanString()));
                return;
            }
            m_ui->barcode->setText(barcode);
            loadProduct();
            good(tr("%1 now lists at ¥%2 (was ¥%3), changed by %4.")
                     .arg(done->after.name, done->after.listPrice.toYuanString(),
                          done->before.listPrice.toYuanString(), manager.number));
        },
        m_ui->newPrice);
}

void CatalogueScreen::toggleItemSpecial()
{
    if (!m_product) {
        bad(tr("Scan or type the item's barcode first."));
        return;
    }
    const QString barcode = m_product->barcode;
    const bool special = !m_product->specialPrice;
    withApproval(
        QStringLiteral("approve_price_change"),
        tr("%1 to %2").arg(m_product->name, specialText(special)),
        [this, barcode, special](const StaffMember& manager) {
            const Result<PriceChangeOutcome> done =
                CatalogueService(m_office.till.services).setSpecial(barcode, special, manager);
            if (!done) {
                bad(done.error().message());
                return;
            }
            m_ui->barcode->setText(barcode);
            loadProduct();
            good(tr("%1: %2.").arg(done->after.name, specialText(done->after.specialPrice)));
        },
        m_ui->newPrice);
}

void CatalogueScreen::dryRun()
{
    const QString path = m_ui->importPath->text().trimmed();
    const Result<ImportPreview> preview =
        CatalogueService(m_office.till.services).previewCsvFile(path);
    m_preview.reset();
    m_previewedPath.clear();
    ReportTable table;
    table.headers = {tr("Line"),   tr("Barcode"),    tr("Item"),      tr("Counter"),
                     tr("Change"), tr("List price"), tr("New price"), tr("Special price")};
    table.numericColumns = {0, 5, 6};
    if (!preview) {
        m_changes.setTable(table);
        m_ui->importSummary->clear();
        bad(preview.error().message());
        return;
    }
    m_preview = preview.value();
    m_previewedPath = path;
    for (const CatalogueChange& c : m_preview->changes) {
        QStringList what;
        if (!c.before) {
            what << tr("new");
        } else {
            if (c.priceChanges())
                what << tr("price");
            if (c.specialChanges())
                what << tr("special");
            if (c.before->name != c.row.name)
                what << tr("name");
            if (c.before->counterName != c.row.counter)
                what << tr("counter %1 → %2").arg(c.before->counterName, c.row.counter);
            if (!c.before->onSale)
                what << tr("back on sale");
        }
        table.rows << QStringList{QString::number(c.row.line),
                                  c.row.barcode,
                                  c.row.name,
                                  c.row.counter,
                                  what.join(QStringLiteral(", ")),
                                  c.before ? c.before->listPrice.toYuanString() : QString(),
                                  c.row.price.toYuanString(),
                                  c.row.special ? tr("yes") : tr("no")};
    }
    m_changes.setTable(table);
    m_ui->importSummary->setText(
        tr("Dry run, nothing changed: %1 new, %2 changed, %3 as they are. F9 imports it.")
            .arg(m_preview->counts.imported)
            .arg(m_preview->counts.updated)
            .arg(m_preview->counts.unchanged));
    info(m_ui->importSummary->text());
}

void CatalogueScreen::importFile()
{
    if (!m_preview || m_previewedPath != m_ui->importPath->text().trimmed()) {
        bad(tr("Look at the dry run first: type the file and press Enter."));
        return;
    }
    const QString path = m_previewedPath;
    withApproval(
        QStringLiteral("approve_import"),
        tr("import %1: %2 new, %3 changed")
            .arg(path)
            .arg(m_preview->counts.imported)
            .arg(m_preview->counts.updated),
        [this, path](const StaffMember& manager) {
            const Result<ImportOutcome> done =
                CatalogueService(m_office.till.services).importCsvFile(path, manager);
            if (!done) {
                bad(done.error().message());
                return;
            }
            m_preview.reset();
            m_previewedPath.clear();
            m_changes.setTable({});
            m_ui->importSummary->clear();
            good(tr("Imported %1: %2 new, %3 changed, %4 as they were.")
                     .arg(path)
                     .arg(done->imported)
                     .arg(done->updated)
                     .arg(done->unchanged));
        },
        m_ui->importPath);
}

void CatalogueScreen::loadPromotions()
{
    ReportTable table;
    table.headers = {tr("Counter"), tr("Rate"), tr("From"), tr("To"), tr("Set on")};
    const Result<QList<Promotion>> promotions =
        CatalogueService(m_office.till.services).promotions();
    for (const Promotion& p : promotions ? promotions.value() : QList<Promotion>{})
        table.rows << QStringList{p.counter, p.rate.toString(),
                                  p.from ? formatDate(*p.from) : tr("now"),
                                  p.to ? formatDate(*p.to) : tr("until cleared"),
                                  p.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
    m_promotions.setTable(table);
}

void CatalogueScreen::setPromotion()
{
    const QString counter = m_ui->counter->text().trimmed();
    const QString rate = m_ui->rate->text().trimmed();
    const QString from = m_ui->from->text().trimmed();
    const QString to = m_ui->to->text().trimmed();
    withApproval(
        QStringLiteral("promotion"),
        tr("promotion %1 at %2 from %3 to %4")
            .arg(counter, rate, from.isEmpty() ? tr("now") : from,
                 to.isEmpty() ? tr("until cleared") : to),
        [this, counter, rate, from, to](const StaffMember&) {
            const Result<Rate> done =
                CatalogueService(m_office.till.services).setPromotion(counter, rate, from, to);
            if (!done) {
                bad(done.error().message());
                return;
            }
            loadPromotions();
            good(tr("%1 runs its promotion at %2.").arg(counter, done->toString()));
        },
        m_ui->counter);
}

void CatalogueScreen::clearPromotion()
{
    const QString counter = m_ui->counter->text().trimmed();
    withApproval(
        QStringLiteral("promotion"), tr("clear the promotions of %1").arg(counter),
        [this, counter](const StaffMember&) {
            const Status done = CatalogueService(m_office.till.services).clearPromotion(counter);
            if (!done) {
                bad(done.error().message());
                return;
            }
            loadPromotions();
            good(tr("%1 has no promotion now.").arg(counter));
        },
        m_ui->counter);
}

void CatalogueScreen::setCounterSpecial(bool special)
{
    const QString counter = m_ui->counter->text().trimmed();
    withApproval(
        QStringLiteral("approve_price_change"),
        tr("every item of %1 to %2").arg(counter, specialText(special)),
        [this, counter, special](const StaffMember& manager) {
            const Result<std::int64_t> done = CatalogueService(m_office.till.services)
                                                  .setCounterSpecial(counter, special, manager);
            if (!done) {
                bad(done.error().message());
                return;
            }
            good(tr("%1: %2 items changed to %3.")
                     .arg(counter)
                     .arg(done.value())
                     .arg(specialText(special)));
        },
        m_ui->counter);
}

void CatalogueScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
