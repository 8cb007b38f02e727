#include "FirstRunPage.h"

#include "StaffText.h"
#include "Tone.h"
#include "services/StoreSetup.h"
#include "storage/Store.h"
#include "ui_firstrunpage.h"

#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>

namespace viptill {

FirstRunPage::FirstRunPage(TillContext& till, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::FirstRunPage)
    , m_till(till)
{
    m_ui->setupUi(this);
    m_ui->title->setProperty("role", QStringLiteral("title"));
    m_ui->keyMap->setProperty("role", QStringLiteral("keys"));
    m_ui->keyFilePath->setProperty("role", QStringLiteral("heading"));
    // The command IT types, as it is typed.
    m_ui->keyFileCommand->setProperty("role", QStringLiteral("script"));
    m_ui->keyFileCommand->setStyleSheet(
        QStringLiteral("font-family: \"DejaVu Sans Mono\", monospace;"));
    for (QLabel* fault :
         {m_ui->storeNameFault, m_ui->storeAddressFault, m_ui->storePhoneFault,
          m_ui->managerNumberFault, m_ui->managerNameFault, m_ui->managerRoleFault,
          m_ui->managerPinFault, m_ui->managerPinAgainFault, m_ui->cataloguePathFault})
        fault->setProperty("role", QStringLiteral("fault"));
    m_ui->storeName->setMaxLength(40);
    m_ui->storeAddress->setMaxLength(80);
    m_ui->storePhone->setMaxLength(20);
    m_ui->managerName->setMaxLength(40);
    // The key step has no field: the step itself takes the focus and its
    // Enter. (A field's Enter goes on to its parents after returnPressed, so
    // the page must not take Enter for itself.)
    m_ui->keyFileStep->setFocusPolicy(Qt::StrongFocus);
    m_ui->keyFileStep->installEventFilter(this);
    m_ui->managerRole->installEventFilter(this);

    connect(m_ui->storeName, &QLineEdit::returnPressed, this, [this] {
        if (checkStoreField(m_ui->storeName, QStringLiteral("store_name")))
            m_ui->storeAddress->setFocus();
    });
    connect(m_ui->storeAddress, &QLineEdit::returnPressed, this, [this] {
        if (checkStoreField(m_ui->storeAddress, QStringLiteral("store_address")))
            m_ui->storePhone->setFocus();
    });
    connect(m_ui->storePhone, &QLineEdit::returnPressed, this, &FirstRunPage::storeDone);
    connect(m_ui->managerNumber, &QLineEdit::returnPressed, m_ui->managerName,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->managerName, &QLineEdit::returnPressed, m_ui->managerRole,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->managerPin, &QLineEdit::returnPressed, m_ui->managerPinAgain,
            qOverload<>(&QWidget::setFocus));
    connect(m_ui->managerPinAgain, &QLineEdit::returnPressed, this, &FirstRunPage::addManager);
    connect(m_ui->cataloguePath, &QLineEdit::returnPressed, this, &FirstRunPage::catalogueEnter);
    showStep(Step::Store);
}

FirstRunPage::~FirstRunPage() = default;

void FirstRunPage::start()
{
    m_manager.reset();
    m_preview.reset();
    m_previewedPath.clear();
    clearFaults();
    for (QLineEdit* field :
         {m_ui->storeName, m_ui->storeAddress, m_ui->storePhone, m_ui->managerNumber,
          m_ui->managerName, m_ui->managerPin, m_ui->managerPinAgain, m_ui->cataloguePath})
        field->clear();
    m_ui->catalogueSummary->clear();
    m_ui->managerRole->setCurrentIndex(0);
    showStep(Step::Store);
}

FirstRunPage::Step FirstRunPage::step() const
{
    return m_step;
}

QList<QWidget*> FirstRunPage::stepPages() const
{
    return {m_ui->storeStep, m_ui->keyFileStep, m_ui->managerStep, m_ui->catalogueStep};
}

QString FirstRunPage::faultOf(const QString& field) const
{
    const auto* label = findChild<QLabel*>(field + QStringLiteral("Fault"));
    return label ? label->text() : QString();
}

QString FirstRunPage::messageText() const
{
    return m_ui->message->text();
}

QString FirstRunPage::messageTone() const
{
    return m_ui->message->property("tone").toString();
}

QString FirstRunPage::keyFilePath() const
{
    return KeyFile::defaultPath(m_till.storeLocation);
}

bool FirstRunPage::hasKeys() const
{
    return m_till.keys && m_till.keys->ok();
}

void FirstRunPage::say(const QString& text, const QString& tone)
{
    showToned(m_ui->message, text, tone);
}

QLabel* FirstRunPage::faultLabel(const QWidget* field) const
{
    return findChild<QLabel*>(field->objectName() + QStringLiteral("Fault"));
}

void FirstRunPage::fault(QLineEdit* field, const QString& text)
{
    faultLabel(field)->setText(text);
    field->setFocus();
    field->selectAll();
}

void FirstRunPage::clearFaults()
{
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->objectName().endsWith(u"Fault"))
            label->clear();
    }
}

void FirstRunPage::showStep(Step s)
{
    // One step on view, and only it takes room: the message sits right under it.
    m_step = s;
    const QList<QWidget*> pages = stepPages();
    for (qsizetype i = 0; i < pages.size(); ++i)
        pages.at(i)->setVisible(i == static_cast<qsizetype>(s));
    retranslate();
    switch (s) {
    case Step::Store:
        say(tr("Type the store's name as it goes on every receipt; the address and telephone "
               "print under it."),
            QStringLiteral("info"));
        m_ui->storeName->setFocus();
        break;
    case Step::KeyFile:
        showKeyFile();
        m_ui->keyFileStep->setFocus();
        break;
    case Step::Manager:
        say(tr("The store's first member of staff is its manager, who then adds everyone else "
               "in the manager's office."),
            QStringLiteral("info"));
        m_ui->managerNumber->setFocus();
        break;
    case Step::Catalogue:
        say(tr("%1 is the store's manager. Now the goods: a catalogue file, or Enter on an "
               "empty path to import it later in the manager's office (F4).")
                .arg(m_manager ? m_manager->name : QString()),
            QStringLiteral("good"));
        m_ui->cataloguePath->setFocus();
        break;
    }
}

void FirstRunPage::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        back();
        return;
    case Qt::Key_F4:
        if (step() == Step::Catalogue) {
            chooseCatalogueFile();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool FirstRunPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_ui->keyFileStep) {
                keyFileDone();
                return true;
            }
            // The role is chosen with ↑ ↓; Enter goes on to the PIN as in a field.
            if (watched == m_ui->managerRole) {
                m_ui->managerPin->setFocus();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FirstRunPage::back()
{
    switch (step()) {
    case Step::Store:
        break;
    case Step::KeyFile:
        showStep(Step::Store);
        break;
    case Step::Manager:
        m_ui->managerPin->clear();
        m_ui->managerPinAgain->clear();
        showStep(Step::KeyFile);
        break;
    case Step::Catalogue:
        // The manager is recorded: there is no step back to undo.
        say(tr("The manager and the store's name are recorded; change them later in the "
               "manager's office. Enter on an empty path skips the catalogue."),
            QStringLiteral("info"));
        break;
    }
}

bool FirstRunPage::checkStoreField(QLineEdit* field, const QString& key)
{
    const Result<QString> checked = checkSetting(*settingSpec(key), field->text());
    if (!checked) {
        fault(field, checked.error().message());
        return false;
    }
    faultLabel(field)->clear();
    return true;
}

void FirstRunPage::storeDone()
{
    // Every field again: the first fault is where the keyboard goes.
    const bool ok = checkStoreField(m_ui->storeName, QStringLiteral("store_name")) &&
                    checkStoreField(m_ui->storeAddress, QStringLiteral("store_address")) &&
                    checkStoreField(m_ui->storePhone, QStringLiteral("store_phone"));
    if (ok)
        showStep(Step::KeyFile);
}

void FirstRunPage::showKeyFile()
{
    const QString path = keyFilePath();
    m_ui->keyFilePath->setText(QDir::toNativeSeparators(path));
    m_ui->keyFileCommand->hide();
    if (hasKeys()) {
        m_ui->keyFileIntro->setText(m_till.keyFileMadeNow
                                        ? tr("The store's key file was made just now:")
                                        : tr("The store's key file is here:"));
        m_ui->keyFileAdvice->setText(
            tr("Copy it now onto a USB stick: one copy for the store's safe, and one for every "
               "till and service desk of the store, in the same place. It holds the keys of "
               "the member cards, the audit trail and the members' personal data: without it "
               "none of them can be read, and lost keys cannot be made again. Keep it from "
               "anyone else."));
        say(tr("Enter when the copies are made."), QStringLiteral("info"));
        return;
    }
    if (isServerLocation(m_till.storeLocation)) {
        m_ui->keyFileIntro->setText(
            tr("A store of many tills is given one key file, made once. This till has none "
               "yet; it looks for it here:"));
        m_ui->keyFileAdvice->setText(
            tr("Run the command below once, on the store's back-office computer. Copy the "
               "viptill.keys it makes to the path above on this till, on every till and service "
               "desk, and into the store's safe. Then press Enter here."));
        m_ui->keyFileCommand->setText(
            QStringLiteral("viptillctl --db %1 keys create --to viptill.keys")
                .arg(displayLocation(m_till.storeLocation)));
        m_ui->keyFileCommand->show();
        say(m_till.keys ? m_till.keys->error().message()
                        : tr("This till has no key file: it cannot go on without one."),
            QStringLiteral("error"));
        return;
    }
    m_ui->keyFileIntro->setText(tr("The store's key file cannot be used:"));
    m_ui->keyFileAdvice->setText(tr("Put the store's key file at the path above, or ask IT, "
                                    "then press Enter here."));
    say(m_till.keys ? m_till.keys->error().message() : QString(), QStringLiteral("error"));
}

void FirstRunPage::keyFileDone()
{
    if (hasKeys()) {
        showStep(Step::Manager);
        return;
    }
    if (!m_till.keys)
        return;
    // IT may have put the file in place meanwhile: look again.
    *m_till.keys = KeyFile::forStore(m_till.storeLocation);
    if (hasKeys()) {
        applyKeys(m_till.services.store, m_till.keys->value());
        showKeyFile();
        say(tr("The key file is found. Enter goes on."), QStringLiteral("good"));
        return;
    }
    showKeyFile();
}

StoreIdentity FirstRunPage::identity() const
{
    return {m_ui->storeName->text().trimmed(), m_ui->storeAddress->text().trimmed(),
            m_ui->storePhone->text().trimmed()};
}

void FirstRunPage::addManager()
{
    clearFaults();
    const QString pin = m_ui->managerPin->text();
    const QString again = m_ui->managerPinAgain->text();
    m_ui->managerPin->clear();
    m_ui->managerPinAgain->clear();
    if (pin != again) {
        faultLabel(m_ui->managerPinAgain)
            ->setText(tr("The two PINs differ: type the PIN twice again."));
        m_ui->managerPin->setFocus();
        return;
    }
    const auto role = static_cast<StaffRole>(m_ui->managerRole->currentData().toInt());
    const Result<StaffMember> manager =
        StoreSetup(m_till.services)
            .begin(identity(), m_ui->managerNumber->text().trimmed(), m_ui->managerName->text(),
                   role, pin);
    if (!manager) {
        const Error& e = manager.error();
        switch (e.code()) {
        case ErrorCode::UnknownStaff:
        case ErrorCode::StaffExists:
            fault(m_ui->managerNumber, e.message());
            break;
        case ErrorCode::InvalidName:
            fault(m_ui->managerName, e.message());
            break;
        case ErrorCode::NotPermitted:
            faultLabel(m_ui->managerRole)->setText(e.message());
            m_ui->managerRole->setFocus();
            break;
        case ErrorCode::InvalidPin:
        case ErrorCode::WrongPin:
            faultLabel(m_ui->managerPin)->setText(e.message());
            m_ui->managerPin->setFocus();
            break;
        case ErrorCode::StaffRequired:
            // Another till of the store was set up meanwhile.
            emit finished(e.message(), {});
            break;
        default:
            say(e.message(), QStringLiteral("error"));
            m_ui->managerPin->setFocus();
            break;
        }
        return;
    }
    m_manager = manager.value();
    showStep(Step::Catalogue);
}

void FirstRunPage::chooseCatalogueFile()
{
    auto* dialog = new QFileDialog(this, tr("The catalogue file"), QDir::homePath(),
                                   tr("Catalogue files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        m_ui->cataloguePath->setText(file);
        catalogueEnter();
    });
    connect(dialog, &QDialog::finished, this, [this] { m_ui->cataloguePath->setFocus(); });
    dialog->open();
}

void FirstRunPage::catalogueEnter()
{
    if (!m_manager)
        return;
    const QString path = m_ui->cataloguePath->text().trimmed();
    m_ui->cataloguePathFault->clear();
    if (path.isEmpty()) {
        finish(tr("VipTill is ready, without goods yet: import the catalogue in the manager's "
                  "office (F4). Log in as %1.")
                   .arg(m_manager->number));
        return;
    }
    CatalogueService catalogue(m_till.services);
    if (!m_preview || path != m_previewedPath) {
        const Result<ImportPreview> preview = catalogue.previewCsvFile(path);
        m_preview.reset();
        m_previewedPath.clear();
        m_ui->catalogueSummary->clear();
        if (!preview) {
            fault(m_ui->cataloguePath, preview.error().message());
            return;
        }
        m_preview = preview.value();
        m_previewedPath = path;
        showToned(m_ui->catalogueSummary,
                  tr("Dry run, nothing imported yet: %1 new items, %2 changed, %3 as they are.")
                      .arg(m_preview->counts.imported)
                      .arg(m_preview->counts.updated)
                      .arg(m_preview->counts.unchanged),
                  QStringLiteral("good"));
        say(tr("Enter imports the file in %1's name.").arg(m_manager->name),
            QStringLiteral("info"));
        return;
    }
    const Result<ImportOutcome> done = catalogue.importCsvFile(path, m_manager);
    if (!done) {
        fault(m_ui->cataloguePath, done.error().message());
        return;
    }
    finish(tr("VipTill is ready: %1 items imported. Log in as %2.")
               .arg(done->imported + done->updated)
               .arg(m_manager->number));
}

void FirstRunPage::finish(const QString& message)
{
    const QString number = m_manager ? m_manager->number : QString();
    m_manager.reset();
    m_preview.reset();
    emit finished(message, number);
}

void FirstRunPage::retranslate()
{
    m_ui->title->setText(tr("A new store: setting up VipTill"));
    const QStringList names{tr("1 The store"), tr("2 Key file"), tr("3 First manager"),
                            tr("4 Catalogue")};
    QStringList bar;
    for (qsizetype i = 0; i < names.size(); ++i)
        bar << (i == static_cast<qsizetype>(m_step)
                    ? QStringLiteral("<b style=\"color:#1f6feb\">%1</b>")
                          .arg(names.at(i).toHtmlEscaped())
                    : names.at(i).toHtmlEscaped());
    m_ui->stepBar->setText(bar.join(QStringLiteral(" &nbsp;→&nbsp; ")));
    m_ui->storeIntro->setText(tr("No one has worked on this store yet. Four steps and VipTill "
                                 "is ready for its first sale; nothing of the demo is needed."));
    m_ui->managerIntro->setText(tr("Choose your staff number and PIN: you log in with them, "
                                   "and approve others' work with the PIN."));
    m_ui->catalogueIntro->setText(
        tr("The catalogue file has the header barcode,name,counter,price,special (price in "
           "yuan, special 1 for special-price goods). First its dry run shows what it holds, "
           "then it is imported."));
    const int role = m_ui->managerRole->currentIndex();
    m_ui->managerRole->clear();
    for (const StaffRole r : StaffText::roles())
        m_ui->managerRole->addItem(StaffText::role(r), static_cast<int>(r));
    m_ui->managerRole->setCurrentIndex(std::max(role, 0));
    switch (step()) {
    case Step::Store:
        m_ui->keyMap->setText(tr("Enter: next field, on the last the next step · Ctrl+L: "
                                 "English / 中文"));
        break;
    case Step::KeyFile:
        m_ui->keyMap->setText(tr("Enter: go on (or look for the key file again) · Esc: back"));
        break;
    case Step::Manager:
        m_ui->keyMap->setText(tr("Enter: next field; on the last the manager is recorded · "
                                 "↑ ↓ the role · Esc: back"));
        break;
    case Step::Catalogue:
        m_ui->keyMap->setText(tr("Enter: the file's dry run, Enter again imports it · F4: "
                                 "choose the file · Enter on an empty path: skip"));
        break;
    }
}

void FirstRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        if (step() == Step::KeyFile)
            showKeyFile();
    }
    QWidget::changeEvent(event);
}

} // namespace viptill
