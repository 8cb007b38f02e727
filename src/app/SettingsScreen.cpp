#include "SettingsScreen.h"

#include "ui_settingsscreen.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace viptill {

namespace {

void tableLook(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->setAlternatingRowColors(true);
}

// "0.80 (8折)", as a rate setting shows.
QString rateText(const Rate& rate)
{
    SettingSpec spec;
    spec.kind = SettingKind::Rate;
    return SettingText::shown(spec, rate.toString());
}

} // namespace

SettingsScreen::SettingsScreen(OfficeContext& office, QWidget* parent)
    : OfficeScreen(office, parent)
    , m_ui(new Ui::SettingsScreen)
{
    m_ui->setupUi(this);
    m_ui->rulesLabel->setProperty("role", QStringLiteral("heading"));
    m_ui->promotionsLabel->setProperty("role", QStringLiteral("heading"));
    m_ui->settingsTable->setModel(&m_settings);
    tableLook(m_ui->settingsTable);
    QHeaderView* header = m_ui->settingsTable->horizontalHeader();
    header->setSectionResizeMode(SettingsModel::Setting, QHeaderView::Stretch);
    header->setSectionResizeMode(SettingsModel::Today, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SettingsModel::Days, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SettingsModel::Note, QHeaderView::Stretch);
    m_ui->rulesTable->setModel(&m_rulesTable);
    tableLook(m_ui->rulesTable);
    m_ui->rulesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->rulesTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->promotionsTable->setModel(&m_promotions);
    tableLook(m_ui->promotionsTable);
    m_ui->promotionsTable->setFocusPolicy(Qt::NoFocus);
    m_ui->promotionsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->settingsTable->installEventFilter(this);
    // The list has the screen; the form shows while a change is typed.
    m_ui->changeBox->hide();
    for (QLineEdit* field : {m_ui->value, m_ui->from, m_ui->to, m_ui->note})
        field->installEventFilter(this);
    connect(m_ui->value, &QLineEdit::returnPressed, m_ui->from, qOverload<>(&QWidget::setFocus));
    connect(m_ui->from, &QLineEdit::returnPressed, m_ui->to, qOverload<>(&QWidget::setFocus));
    connect(m_ui->to, &QLineEdit::returnPressed, m_ui->note, qOverload<>(&QWidget::setFocus));
    connect(m_ui->note, &QLineEdit::returnPressed, this, &SettingsScreen::changeSetting);
    auto* stop = new QShortcut(QKeySequence(Qt::Key_F8), this);
    stop->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stop, &QShortcut::activated, this,
            [this] { section() == Section::Settings ? stopChange() : stopRule(); });
    for (const int key : {int(Qt::Key_PageUp), int(Qt::Key_PageDown)}) {
        auto* turn = new QShortcut(QKeySequence(key), this);
        turn->setContext(Qt::WidgetWithChildrenShortcut);
        connect(turn, &QShortcut::activated, this, [this] {
            showSection(section() == Section::Settings ? Section::Rules : Section::Settings);
        });
    }
    connect(m_ui->sections, &QTabWidget::currentChanged, this, [this] {
        restoreFocus();
        emit keysChanged();
    });
}

SettingsScreen::~SettingsScreen() = default;

QString SettingsScreen::title() const
{
    return tr("The programme's settings (设置)");
}

QString SettingsScreen::keys() const
{
    if (section() == Section::Rules)
        return tr("↑↓ Choose a rule · F8 Stop it from today (manager PIN) · PgUp/PgDn Sections");
    return tr("↑↓ Choose · Enter: change it (value, from, last day, note, Enter; manager PIN) · "
              "F8 Stop the chosen change · Esc Back to the list · PgUp/PgDn Sections");
}

QList<std::pair<QString, QString>> SettingsScreen::keyHelp() const
{
    return {
        {QStringLiteral("↑ ↓"), tr("Choose a setting, or a change planned under it")},
        {QStringLiteral("Enter"),
         tr("Change the chosen setting: the value, from which day (empty: today), the last day "
            "for some days only (a VIP 专场), a note; Enter on the note asks the PIN")},
        {QStringLiteral("F8"), tr("Stop the chosen change, or on the rules the chosen rule, "
                                  "from today")},
        {QStringLiteral("Esc"), tr("From the form back to the list")},
        {QStringLiteral("PgUp PgDn"), tr("The settings · the points rules and promotions")},
    };
}

SettingsScreen::Section SettingsScreen::section() const
{
    return static_cast<Section>(m_ui->sections->currentIndex());
}

void SettingsScreen::showSection(Section s)
{
    m_ui->sections->setCurrentIndex(static_cast<int>(s));
    restoreFocus();
}

void SettingsScreen::reset()
{
    for (QLineEdit* field : {m_ui->value, m_ui->from, m_ui->to, m_ui->note})
        field->clear();
    m_settings.setStates({});
    m_rulesTable.setTable({});
    m_promotions.setTable({});
    m_rules.clear();
    m_ui->sections->setCurrentIndex(0);
}

void SettingsScreen::activate()
{
    load();
    restoreFocus();
}

void SettingsScreen::restoreFocus()
{
    (section() == Section::Settings ? m_ui->settingsTable : m_ui->rulesTable)->setFocus();
}

int SettingsScreen::chosenRow() const
{
    return m_ui->settingsTable->currentIndex().row();
}

void SettingsScreen::load()
{
    const Result<QList<SettingState>> states =
        SettingsService(m_office.till.services).show(m_office.till.services.clock.today());
    if (!states) {
        bad(states.error().message());
        return;
    }
    const SettingState* before = m_settings.stateAt(chosenRow());
    const QString key = before ? before->spec->key : QString();
    m_settings.setStates(states.value());
    // A group's heading runs across the table.
    m_ui->settingsTable->clearSpans();
    for (int row = 0; row < m_settings.rowCount(); ++row) {
        if (m_settings.isGroup(row))
            m_ui->settingsTable->setSpan(row, 0, 1, SettingsModel::ColumnCount);
    }
    if (key.isEmpty() || !choose(key))
        chooseRow(1); // the first setting, under its group's heading
    loadRules();
}

void SettingsScreen::loadRules()
{
    CatalogueService catalogue(m_office.till.services);
    const int chosen = m_ui->rulesTable->currentIndex().row();
    ReportTable rules;
    rules.headers = {tr("No."), tr("Rule"), tr("Points"), tr("When"), tr("Status")};
    const Result<QList<RuleState>> found = catalogue.rules();
    m_rules = found ? found.value() : QList<RuleState>{};
    static const std::array<const char*, 7> weekdays{
        QT_TR_NOOP("Mon"), QT_TR_NOOP("Tue"), QT_TR_NOOP("Wed"), QT_TR_NOOP("Thu"),
        QT_TR_NOOP("Fri"), QT_TR_NOOP("Sat"), QT_TR_NOOP("Sun")};
    for (const RuleState& state : std::as_const(m_rules)) {
        const MultiplierRule& r = state.rule;
        QStringList when;
        if (!r.weekdays.isEmpty()) {
            QStringList days;
            for (const int d : r.weekdays)
                days << tr(weekdays.at(static_cast<size_t>(std::clamp(d, 1, 7) - 1)));
            when << days.join(QStringLiteral("、"));
        }
        if (!r.months.isEmpty()) {
            QStringList months;
            for (const int m : r.months)
                months << QString::number(m);
            when << tr("months %1").arg(months.join(QStringLiteral(", ")));
        }
        if (r.birthdayOnly)
            when << tr("on the member's birthday");
        if (r.firstMembersPerDay > 0)
            when << tr("the first %1 members of each day").arg(r.firstMembersPerDay);
        if (r.from)
            when << tr("from %1").arg(formatDate(*r.from));
        if (r.to)
            when << tr("to %1").arg(formatDate(*r.to));
        QString status = tr("running");
        if (!state.active)
            status =
                r.stoppedAt ? tr("stopped %1").arg(formatDate(r.stoppedAt->date())) : tr("over");
        rules.rows << QStringList{
            QString::number(r.id), r.name, tr("x%1").arg(r.multiplier),
            when.isEmpty() ? tr("every day") : when.join(QStringLiteral(" · ")), status};
    }
    if (!found)
        bad(found.error().message());
    m_rulesTable.setTable(rules);
    m_ui->rulesTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (!m_rules.isEmpty())
        m_ui->rulesTable->selectRow(std::clamp(chosen, 0, static_cast<int>(m_rules.size()) - 1));

    ReportTable promotions;
    promotions.headers = {tr("Counter"), tr("Rate"), tr("From"), tr("To")};
    const Result<QList<Promotion>> running = catalogue.promotions();
    for (const Promotion& p : running ? running.value() : QList<Promotion>{})
        promotions.rows << QStringList{p.counter, rateText(p.rate),
                                       p.from ? formatDate(*p.from) : tr("now"),
                                       p.to ? formatDate(*p.to) : tr("until cleared")};
    m_promotions.setTable(promotions);
}

bool SettingsScreen::choose(const QString& key)
{
    const int row = m_settings.rowOf(key);
    if (row < 0)
        return false;
    chooseRow(row);
    return true;
}

void SettingsScreen::chooseRow(int row)
{
    if (row < 0 || row >= m_settings.rowCount() || m_settings.isGroup(row))
        return;
    m_ui->settingsTable->selectRow(row);
    m_ui->settingsTable->setCurrentIndex(m_settings.index(row, 0));
    m_ui->settingsTable->scrollTo(m_settings.index(row, 0));
    showChosen();
}

void SettingsScreen::move(int step)
{
    int row = chosenRow();
    do {
        row += step;
    } while (row >= 0 && row < m_settings.rowCount() && m_settings.isGroup(row));
    chooseRow(row);
}

QString SettingsScreen::valueHint(const SettingSpec& spec) const
{
    switch (spec.kind) {
    case SettingKind::Rate:
        return tr("A rate: 0.85 is 8.5折, 1 no discount");
    case SettingKind::Fen:
        return tr("An amount in yuan, such as 300.00");
    case SettingKind::Number:
        return tr("A whole number from %1 to %2").arg(spec.low).arg(spec.high);
    case SettingKind::MaybeDays:
        return tr("Days from %1 to %2; empty: no limit").arg(spec.low).arg(spec.high);
    case SettingKind::Text:
        return tr("Up to %1 characters").arg(spec.high);
    }
    return {};
}

void SettingsScreen::showChosen()
{
    const SettingState* state = m_settings.stateAt(chosenRow());
    if (!state)
        return;
    const SettingSpec& spec = *state->spec;
    // The value as it is typed: yuan for money, empty for no limit.
    QString value = state->value;
    if (spec.kind == SettingKind::Fen)
        value = Money::fromFen(value.toLongLong()).toYuanString();
    else if (spec.kind == SettingKind::MaybeDays && value == u"none")
        value.clear();
    m_ui->changeBox->hide();
    m_ui->value->setText(value);
    m_ui->valueHint->setText(valueHint(spec));
    m_ui->changeBox->setTitle(tr("Change: %1").arg(SettingText::label(spec.key)));
    for (QLineEdit* field : {m_ui->from, m_ui->to, m_ui->note})
        field->clear();
}

bool SettingsScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (watched == m_ui->settingsTable) {
            if (key == Qt::Key_Up || key == Qt::Key_Down) {
                move(key == Qt::Key_Up ? -1 : 1);
                return true;
            }
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (m_settings.stateAt(chosenRow())) {
                    m_ui->changeBox->show();
                    m_ui->settingsTable->scrollTo(m_ui->settingsTable->currentIndex());
                    m_ui->value->setFocus();
                    m_ui->value->selectAll();
                }
                return true;
            }
        } else if (key == Qt::Key_Escape) {
            showChosen(); // what was typed goes, and the form
            m_ui->settingsTable->setFocus();
            return true;
        }
    }
    return OfficeScreen::eventFilter(watched, event);
}

void SettingsScreen::changeSetting()
{
    const SettingState* state = m_settings.stateAt(chosenRow());
    if (!state)
        return;
    const SettingSpec& spec = *state->spec;
    QString value = m_ui->value->text().trimmed();
    if (spec.kind == SettingKind::Fen) {
        const std::optional<Money> money = Money::parseYuan(value);
        if (!money) {
            bad(tr("Type an amount in yuan, such as 300.00."));
            m_ui->value->setFocus();
            return;
        }
        value = QString::number(money->fen());
    }
    const QString fromText = m_ui->from->text().trimmed();
    const QString toText = m_ui->to->text().trimmed();
    const QDate from = parseDate(fromText);
    const QDate to = parseDate(toText);
    if ((!fromText.isEmpty() && !from.isValid()) || (!toText.isEmpty() && !to.isValid())) {
        bad(tr("Dates are written YYYY-MM-DD, such as 2026-11-01."));
        (fromText.isEmpty() || from.isValid() ? m_ui->to : m_ui->from)->setFocus();
        return;
    }
    const QString key = spec.key;
    const QString note = m_ui->note->text();
    QString what = tr("%1 to %2 from %3")
                       .arg(SettingText::label(key), SettingText::shown(spec, value),
                            fromText.isEmpty() ? tr("today") : fromText);
    if (to.isValid())
        what += tr(", last day %1").arg(toText);
    withApproval(
        QStringLiteral("approve_setting_change"), what,
        [this, key, value, from, to, note](const StaffMember& manager) {
            const Result<SettingChange> done =
                SettingsService(m_office.till.services)
                    .set(manager, key, value, from.isValid() ? std::optional(from) : std::nullopt,
                         to.isValid() ? std::optional(to) : std::nullopt, note);
            if (!done) {
                // The form stays as typed: Enter on the list goes back to it.
                bad(done.error().message());
                return;
            }
            load(); // the form goes with the row it was for
            choose(key);
            const SettingSpec& changed = *settingSpec(key);
            QString said =
                tr("%1 is %2 from %3")
                    .arg(SettingText::label(key), SettingText::shown(changed, done->value),
                         formatDate(done->from));
            if (done->to)
                said += tr(" to %1, then as before").arg(formatDate(*done->to));
            good(said + tr(". Changed by %1.").arg(manager.number));
        },
        m_ui->settingsTable);
}

void SettingsScreen::stopChange()
{
    const int row = chosenRow();
    const SettingState* state = m_settings.stateAt(row);
    if (!state)
        return;
    const std::optional<SettingChange> change = m_settings.row(row).change;
    const QString label = SettingText::label(state->spec->key);
    if (!change) {
        bad(tr("%1 holds its default: there is no change to stop.").arg(label));
        return;
    }
    const QString key = state->spec->key;
    const Id id = change->id;
    withApproval(
        QStringLiteral("approve_setting_stop"),
        tr("stop the change of %1 to %2 (from %3)")
            .arg(label, SettingText::shown(*state->spec, change->value), formatDate(change->from)),
        [this, key, id, label](const StaffMember& manager) {
            const Result<SettingChange> done =
                SettingsService(m_office.till.services).stop(manager, id, std::nullopt);
            if (!done) {
                bad(done.error().message());
                return;
            }
            load();
            choose(key);
            const SettingState* now = m_settings.stateAt(chosenRow());
            good(tr("The change is stopped: from today %1 is %2.")
                     .arg(label, now ? SettingText::shown(*now->spec, now->value) : QString()));
        },
        m_ui->settingsTable);
}

void SettingsScreen::stopRule()
{
    const int row = m_ui->rulesTable->currentIndex().row();
    if (row < 0 || row >= m_rules.size()) {
        bad(tr("Choose a rule with ↑ ↓ first."));
        return;
    }
    const MultiplierRule rule = m_rules.at(row).rule;
    if (!m_rules.at(row).active) {
        bad(tr("The rule %1 does not run any more.").arg(rule.name));
        return;
    }
    withApproval(
        QStringLiteral("approve_rule_stop"),
        tr("stop the points rule %1 (x%2) from today").arg(rule.name).arg(rule.multiplier),
        [this, rule](const StaffMember& manager) {
            const Result<RuleState> done =
                CatalogueService(m_office.till.services).stopRule(manager, rule.id, std::nullopt);
            if (!done) {
                bad(done.error().message());
                return;
            }
            loadRules();
            good(tr("The points rule %1 is stopped: from today it gives no more points.")
                     .arg(rule.name));
        },
        m_ui->rulesTable);
}

void SettingsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_settings.rowCount() > 0)
            load();
    }
    OfficeScreen::changeEvent(event);
}

} // namespace viptill
