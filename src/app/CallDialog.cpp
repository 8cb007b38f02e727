#include "CallDialog.h"

#include "CareModels.h"
#include "Tone.h"
#include "ui_calldialog.h"

#include <QKeyEvent>

namespace viptill {

CallDialog::CallDialog(ServiceContext& context, StaffMember clerk, CallView call,
                       const QString& storeName, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CallDialog)
    , m_ctx(context)
    , m_clerk(std::move(clerk))
    , m_call(std::move(call))
{
    m_ui->setupUi(this);
    setMinimumWidth(820);
    m_ui->heading->setProperty("role", QStringLiteral("title"));
    m_ui->script->setProperty("role", QStringLiteral("script"));
    m_ui->keys->setProperty("role", QStringLiteral("keys"));
    m_ui->heading->setText(
        tr("%1 · %2 call").arg(m_call.member.name, callKindName(m_call.call.kind)));
    // The clerk dials this number: the call screen is the one place it is shown whole.
    m_ui->mobile->setText(m_call.member.mobile);
    m_ui->mobile->setProperty("role", QStringLiteral("dial"));
    m_ui->callWindow->setText(m_call.call.window.text());
    m_ui->about->setText(m_call.about);
    m_ui->script->setText(FollowUpService::script(m_call, storeName));
    for (CallOutcome o : allCallOutcomes)
        m_ui->outcome->addItem(callOutcomeName(o), callOutcomeCode(o));
    m_ui->satisfaction->addItem(tr("—"), 0);
    const QStringList levels{tr("1 · very unhappy"), tr("2 · unhappy"), tr("3 · fair"),
                             tr("4 · happy"), tr("5 · very happy")};
    for (int i = 0; i < levels.size(); ++i)
        m_ui->satisfaction->addItem(levels.at(i), i + 1);
    connect(m_ui->outcome, &QComboBox::currentIndexChanged, this, &CallDialog::outcomeChanged);
    if (m_call.call.outcome) {
        // Made already: shown as it was logged, not to be logged twice.
        m_ui->outcome->setCurrentIndex(
            m_ui->outcome->findData(callOutcomeCode(*m_call.call.outcome)));
        if (m_call.call.satisfaction)
            m_ui->satisfaction->setCurrentIndex(*m_call.call.satisfaction);
        m_ui->suggestions->setPlainText(m_call.call.suggestions);
        for (QWidget* w :
             {static_cast<QWidget*>(m_ui->outcome), static_cast<QWidget*>(m_ui->satisfaction),
              static_cast<QWidget*>(m_ui->suggestions)})
            w->setEnabled(false);
        showMessage(tr("Logged: %1.").arg(CallListModel::outcomeText(m_call.call)),
                    QStringLiteral("info"));
    } else {
        m_ui->satisfaction->setCurrentIndex(0);
        outcomeChanged();
    }
    m_ui->outcome->setFocus();
}

CallDialog::~CallDialog() = default;

QString CallDialog::messageText() const
{
    return m_ui->message->text();
}

void CallDialog::showMessage(const QString& text, const QString& tone)
{
    showToned(m_ui->message, text, tone);
}

void CallDialog::outcomeChanged()
{
    const bool reached =
        m_ui->outcome->currentData().toString() == callOutcomeCode(CallOutcome::Reached);
    m_ui->satisfaction->setEnabled(reached && !m_call.call.outcome);
    if (!reached)
        m_ui->satisfaction->setCurrentIndex(0);
}

void CallDialog::save()
{
    if (m_call.call.outcome)
        return;
    const std::optional<CallOutcome> outcome =
        callOutcomeFromCode(m_ui->outcome->currentData().toString());
    if (!outcome)
        return;
    const int level = m_ui->satisfaction->currentData().toInt();
    const Result<FollowUpCall> done = FollowUpService(m_ctx).logCall(
        m_call.call.id, *outcome, level > 0 ? std::optional(level) : std::nullopt,
        m_ui->suggestions->toPlainText(), m_clerk);
    if (!done) {
        showMessage(done.error().message(), QStringLiteral("error"));
        return;
    }
    emit logged(done.value());
    accept();
}

void CallDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F10) {
        save();
        return;
    }
    // Enter belongs to the fields (a new line in the suggestions); F10 saves.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        return;
    QDialog::keyPressEvent(event);
}

} // namespace viptill
