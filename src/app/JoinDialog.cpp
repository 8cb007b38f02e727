#include "JoinDialog.h"

#include "Tone.h"
#include "core/Identity.h"
#include "services/CatalogueService.h"
#include "ui_joindialog.h"

#include <QKeyEvent>
#include <QStyle>

namespace viptill {

namespace {

void setTone(QLabel* label, const QString& text, const QString& tone)
{
    showToned(label, text, text.isEmpty() ? QString() : tone);
}

// A fault beside its field: red words, no box, so the form keeps its rows.
void setFault(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setProperty("role", QStringLiteral("fault"));
    label->style()->polish(label);
}

} // namespace

JoinDialog::JoinDialog(TillContext& till, bool chipWriter, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::JoinDialog)
    , m_till(till)
{
    m_ui->setupUi(this);
    setMinimumWidth(980);
    m_ui->title->setProperty("role", QStringLiteral("title"));
    m_ui->keys->setProperty("role", QStringLiteral("keys"));
    m_ui->gender->addItem(tr("— choose —"), QString());
    m_ui->gender->addItem(tr("Female"), QStringLiteral("F"));
    m_ui->gender->addItem(tr("Male"), QStringLiteral("M"));
    CatalogueService catalogue(till.services);
    if (const Result<QList<Counter>> counters = catalogue.counters()) {
        for (const Counter& c : counters.value())
            m_ui->category->addItem(c.name);
    }
    m_ui->category->setCurrentIndex(-1);
    if (chipWriter)
        m_ui->cardKind->addItem(tr("NFC card, written now"), static_cast<int>(NewCard::Kind::Chip));
    m_ui->cardKind->addItem(tr("Magnetic card from the stock"),
                            static_cast<int>(NewCard::Kind::Magnetic));
    m_ui->cardKind->addItem(tr("Card number only (write a card later)"),
                            static_cast<int>(NewCard::Kind::Number));
    connect(m_ui->receipt, &QLineEdit::returnPressed, this, &JoinDialog::addReceipt);
    connect(m_ui->idNumber, &QLineEdit::textChanged, this, &JoinDialog::idNumberEdited);
    connect(m_ui->cardKind, &QComboBox::currentIndexChanged, this, &JoinDialog::cardKindChanged);
    cardKindChanged();
    refreshSummary({});
    // The receipts come first: they decide whether the customer can join.
    m_ui->receipt->setFocus();
}

JoinDialog::~JoinDialog() = default;

Application JoinDialog::form() const
{
    Application a;
    a.name = m_ui->name->text().trimmed();
    a.gender = m_ui->gender->currentData().toString();
    a.birthday = parseDate(m_ui->birthday->text().trimmed());
    a.idNumber = m_ui->idNumber->text().trimmed().toUpper();
    a.mobile = m_ui->mobile->text().trimmed();
    a.address = m_ui->address->text().trimmed();
    a.category = m_ui->category->currentText().trimmed();
    return a;
}

QStringList JoinDialog::receiptNumbers() const
{
    QStringList numbers;
    for (int i = 0; i < m_ui->receipts->count(); ++i)
        numbers << m_ui->receipts->item(i)->text();
    return numbers;
}

NewCard JoinDialog::newCard() const
{
    NewCard card;
    card.kind = static_cast<NewCard::Kind>(m_ui->cardKind->currentData().toInt());
    card.magneticNumber = m_ui->stockNumber->text().trimmed();
    return card;
}

void JoinDialog::cardSwiped(const QString& number)
{
    const int magnetic = m_ui->cardKind->findData(static_cast<int>(NewCard::Kind::Magnetic));
    m_ui->cardKind->setCurrentIndex(magnetic);
    m_ui->stockNumber->setText(number);
}

void JoinDialog::idNumberEdited()
{
    // The ID number carries the birthday and the gender (odd 17th digit:
    // male): filled in for the clerk, who checks them with the customer.
    const QString id = m_ui->idNumber->text().trimmed().toUpper();
    const QDate birth = idNumberBirthDate(id);
    if (!birth.isValid())
        return;
    if (m_ui->birthday->text().trimmed().isEmpty())
        m_ui->birthday->setText(formatDate(birth));
    if (m_ui->gender->currentData().toString().isEmpty())
        m_ui->gender->setCurrentIndex(m_ui->gender->findData(
            id.at(16).digitValue() % 2 == 1 ? QStringLiteral("M") : QStringLiteral("F")));
}

void JoinDialog::cardKindChanged()
{
    const bool magnetic = newCard().kind == NewCard::Kind::Magnetic;
    m_ui->stockNumber->setVisible(magnetic);
    m_ui->stockNumberLabel->setVisible(magnetic);
}

void JoinDialog::addReceipt()
{
    const QString number = m_ui->receipt->text().trimmed();
    if (number.isEmpty())
        return;
    QStringList receipts = receiptNumbers();
    receipts << number;
    MemberService members(m_till.services);
    const Result<JoinPreview> preview = members.previewJoin(receipts);
    if (!preview) {
        setTone(m_ui->message, preview.error().message(), QStringLiteral("error"));
        m_ui->receipt->selectAll();
        return;
    }
    m_ui->receipts->addItem(number);
    m_ui->receipt->clear();
    setTone(m_ui->message, QString(), QString());
    refreshSummary(receipts);
}

void JoinDialog::removeLastReceipt()
{
    if (m_ui->receipts->count() == 0)
        return;
    delete m_ui->receipts->takeItem(m_ui->receipts->count() - 1);
    refreshSummary(receiptNumbers());
}

void JoinDialog::refreshSummary(const QStringList& receipts)
{
    MemberService members(m_till.services);
    const Result<JoinPreview> preview = members.previewJoin(receipts);
    if (!preview) {
        setTone(m_ui->summary, preview.error().message(), QStringLiteral("error"));
        return;
    }
    QString text = tr("%n receipt(s), ¥%1 paid", nullptr, static_cast<int>(receipts.size()))
                       .arg(preview->paid.toYuanString());
    if (!preview->tier)
        text += u'\n' + tr("¥%1 more for a gold card")
                            .arg((preview->goldMinimum - preview->paid).toYuanString());
    else if (*preview->tier == Tier::Gold)
        text += u'\n' + tr("Gold card (尊贵VIP黄金卡); ¥%1 more for diamond")
                            .arg((preview->diamondMinimum - preview->paid).toYuanString());
    else
        text += u'\n' + tr("Diamond card (VIP钻石卡)");
    setTone(m_ui->summary, text, preview->tier ? QStringLiteral("good") : QStringLiteral("info"));
}

QLabel* JoinDialog::faultLabel(ErrorCode code) const
{
    switch (code) {
    case ErrorCode::InvalidName:
        return m_ui->nameFault;
    case ErrorCode::InvalidGender:
        return m_ui->genderFault;
    case ErrorCode::InvalidBirthday:
        return m_ui->birthdayFault;
    case ErrorCode::InvalidIdNumber:
    case ErrorCode::IdNumberBirthdayMismatch:
    case ErrorCode::DuplicateIdNumber:
        return m_ui->idNumberFault;
    case ErrorCode::InvalidMobile:
    case ErrorCode::DuplicateMobile:
        return m_ui->mobileFault;
    case ErrorCode::InvalidAddress:
        return m_ui->addressFault;
    case ErrorCode::InvalidCategory:
        return m_ui->categoryFault;
    case ErrorCode::InvalidCardNumber:
    case ErrorCode::CardNumberTaken:
        return m_ui->cardKindFault;
    default:
        return nullptr;
    }
}

void JoinDialog::clearFaults()
{
    for (QLabel* label :
         {m_ui->nameFault, m_ui->genderFault, m_ui->birthdayFault, m_ui->idNumberFault,
          m_ui->mobileFault, m_ui->addressFault, m_ui->categoryFault, m_ui->cardKindFault})
        setFault(label, QString());
    setTone(m_ui->message, QString(), QString());
}

void JoinDialog::showFaults(const QList<Error>& faults)
{
    clearFaults();
    for (const Error& fault : faults) {
        if (QLabel* label = faultLabel(fault.code()))
            setFault(label, fault.message());
        else
            setTone(m_ui->message, fault.message(), QStringLiteral("error"));
    }
}

void JoinDialog::submit()
{
    MemberService members(m_till.services);
    QList<Error> faults = members.applicationFaults(form());
    if (m_ui->receipts->count() == 0)
        faults << Error(ErrorCode::NoReceipts,
                        tr("Scan the customer's receipts of today before joining."));
    if (newCard().kind == NewCard::Kind::Magnetic && newCard().magneticNumber.isEmpty())
        faults << Error(ErrorCode::InvalidCardNumber,
                        tr("Swipe the magnetic card from the stock first."));
    if (!faults.isEmpty()) {
        showFaults(faults);
        return;
    }
    clearFaults();
    emit joinRequested();
}

void JoinDialog::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_F10:
        submit();
        return;
    case Qt::Key_F8:
        removeLastReceipt();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter never closes the form half filled: it moves on, as Tab does.
        if (focusWidget() != m_ui->receipt)
            focusNextChild();
        return;
    default:
        break;
    }
    QDialog::keyPressEvent(event);
}

} // namespace viptill
