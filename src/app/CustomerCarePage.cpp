#include "CustomerCarePage.h"

#include "CallDialog.h"
#include "MemberFileDialog.h"
#include "Tone.h"
#include "services/CareSettings.h"
#include "services/DormancyService.h"
#include "services/MemberClassService.h"
#include "services/MemberService.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace viptill {

namespace {

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model, int stretch)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretch >= 0)
        view->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return view;
}

void chooseFirstRow(QTableView* view)
{
    if (view->model()->rowCount() > 0 && !view->currentIndex().isValid())
        view->setCurrentIndex(view->model()->index(0, 0));
}

MemberRow rowOf(const MemberVisit& v)
{
    MemberRow r;
    r.memberId = v.memberId;
    r.name = v.name;
    r.tier = v.tier;
    r.lastVisit = v.lastVisit;
    return r;
}

MemberRow rowOf(const LapsingCard& c)
{
    MemberRow r;
    r.memberId = c.clock.memberId;
    r.name = c.clock.name;
    r.tier = c.clock.tier;
    r.lastVisit = c.clock.lastVisit;
    r.lapsesOn = c.lapsesOn;
    r.cardNumber = c.clock.cardNumber;
    return r;
}

MemberRow rowOf(const MemberClassRecord& c)
{
    MemberRow r;
    r.memberId = c.memberId;
    r.name = c.name;
    r.tier = c.tier;
    r.memberClass = c.memberClass;
    r.lastVisit = c.lastVisit;
    r.visits = c.visits;
    r.spend = c.spend;
    return r;
}

} // namespace

CustomerCarePage::CustomerCarePage(TillContext& till, QWidget* parent)
    : Workspace(parent)
    , m_till(till)
    , m_heading(new QLabel(this))
    , m_bar(new QTabBar(this))
    , m_sections(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_keys(new QLabel(this))
    , m_dormant({CareMemberModel::Name, CareMemberModel::Tier, CareMemberModel::LastVisit})
    , m_lapsing({CareMemberModel::Name, CareMemberModel::Tier, CareMemberModel::LapsesOn,
                 CareMemberModel::LastVisit, CareMemberModel::Card})
    , m_classes({CareMemberModel::Name, CareMemberModel::Class, CareMemberModel::Tier,
                 CareMemberModel::LastVisit, CareMemberModel::Visits, CareMemberModel::Spend})
    , m_season(latestFeedbackSeason(till.services.clock.today()))
{
    setObjectName(QStringLiteral("customerCare"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_heading->setProperty("role", QStringLiteral("title"));
    layout->addWidget(m_heading);
    m_bar->setObjectName(QStringLiteral("careSections"));
    m_bar->setFocusPolicy(Qt::NoFocus);
    m_bar->setExpanding(false);
    m_bar->setDrawBase(false);
    for (int i = 0; i < 5; ++i)
        m_bar->addTab(QString());
    layout->addWidget(m_bar);
    m_sections->addWidget(buildCalls());
    m_sections->addWidget(buildMessages());
    m_sections->addWidget(buildLists());
    m_sections->addWidget(buildClasses());
    m_sections->addWidget(buildFeedback());
    layout->addWidget(m_sections, 1);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("careMessage"));
    layout->addWidget(m_message);
    m_keys->setProperty("role", QStringLiteral("keys"));
    m_keys->setWordWrap(true);
    layout->addWidget(m_keys);
    connect(m_bar, &QTabBar::tabBarClicked, this,
            [this](int index) { showSection(static_cast<Section>(index)); });

    auto key = [this](QKeySequence sequence, auto&& slot) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_F1), [this] { showHelp(); });
    key(QKeySequence(Qt::Key_F2), [this] { showSection(Calls); });
    key(QKeySequence(Qt::Key_F3), [this] { showSection(Messages); });
    key(QKeySequence(Qt::Key_F4), [this] { showSection(Lists); });
    key(QKeySequence(Qt::Key_F5), [this] { showSection(Classes); });
    key(QKeySequence(Qt::Key_F6), [this] { showSection(Feedback); });
    key(QKeySequence(Qt::Key_F7), [this] { findMember(); });
    key(QKeySequence(Qt::Key_F9), [this] { sectionAction(); });
    key(QKeySequence(Qt::Key_F11), [this] { openChosenFile(); });
    retranslate();
}

CustomerCarePage::~CustomerCarePage() = default;

QString CustomerCarePage::title() const
{
    return tr("Customer care (客户维护)");
}

QWidget* CustomerCarePage::buildCalls()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    m_callSummary = new QLabel(page);
    layout->addWidget(m_callSummary);
    m_callTable = makeTable(page, &m_calls, CallListModel::About);
    m_callTable->setObjectName(QStringLiteral("callTable"));
    layout->addWidget(m_callTable, 1);
    m_callScript = new QLabel(page);
    m_callScript->setProperty("role", QStringLiteral("script"));
    m_callScript->setWordWrap(true);
    layout->addWidget(m_callScript);
    connect(m_callTable, &QTableView::activated, this, [this] { actOnChosenRow(); });
    connect(m_callTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerCarePage::showChosenScript);
    return page;
}

QWidget* CustomerCarePage::buildMessages()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    m_messageSummary = new QLabel(page);
    m_messageSummary->setWordWrap(true);
    layout->addWidget(m_messageSummary);
    m_messageTable = makeTable(page, &m_messages, OutboxModel::Text);
    m_messageTable->setObjectName(QStringLiteral("messageTable"));
    layout->addWidget(m_messageTable, 1);
    connect(m_messageTable, &QTableView::activated, this, [this] { actOnChosenRow(); });
    return page;
}

QWidget* CustomerCarePage::buildLists()
{
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    auto column = [&](QLabel*& label, QSpinBox*& days, QTableView*& table, CareMemberModel& model,
                      const char* name, int stretch) {
        auto* box = new QVBoxLayout;
        auto* row = new QHBoxLayout;
        label = new QLabel(page);
        days = new QSpinBox(page);
        days->setRange(1, 3650);
        days->setObjectName(QString::fromLatin1(name) + QStringLiteral("Days"));
        label->setBuddy(days);
        row->addWidget(label);
        row->addWidget(days);
        row->addStretch(1);
        box->addLayout(row);
        table = makeTable(page, &model, stretch);
        table->setObjectName(QString::fromLatin1(name) + QStringLiteral("Table"));
        box->addWidget(table, 1);
        layout->addLayout(box, 1);
        connect(table, &QTableView::activated, this, [this] { actOnChosenRow(); });
        connect(days, &QSpinBox::valueChanged, this, &CustomerCarePage::refreshLists);
    };
    column(m_dormantLabel, m_dormantDays, m_dormantTable, m_dormant, "dormant", 0);
    column(m_lapsingLabel, m_lapsingDays, m_lapsingTable, m_lapsing, "lapsing", 0);
    return page;
}

QWidget* CustomerCarePage::buildClasses()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* filters = new QHBoxLayout;
    m_classFilter = new QComboBox(page);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_tierFilter = new QComboBox(page);
    m_tierFilter->setObjectName(QStringLiteral("tierFilter"));
    m_counterFilter = new QLineEdit(page);
    m_counterFilter->setObjectName(QStringLiteral("counterFilter"));
    m_counterFilter->setMaximumWidth(220);
    m_visitFilter = new QComboBox(page);
    m_visitFilter->setObjectName(QStringLiteral("visitFilter"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_classFilter), static_cast<QWidget*>(m_tierFilter),
          static_cast<QWidget*>(m_counterFilter), static_cast<QWidget*>(m_visitFilter)})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_classSummary = new QLabel(page);
    layout->addWidget(m_classSummary);
    m_classTable = makeTable(page, &m_classes, 0);
    m_classTable->setObjectName(QStringLiteral("classTable"));
    layout->addWidget(m_classTable, 1);
    connect(m_classTable, &QTableView::activated, this, [this] { actOnChosenRow(); });
    for (QComboBox* box : {m_classFilter, m_tierFilter, m_visitFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomerCarePage::refreshClasses);
    connect(m_counterFilter, &QLineEdit::returnPressed, this, &CustomerCarePage::refreshClasses);
    return page;
}

QWidget* CustomerCarePage::buildFeedback()
{
    m_feedback = new QTextBrowser(this);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->installEventFilter(this);
    return m_feedback;
}

void CustomerCarePage::retranslate()
{
    const QStringList names{tr("F2 Today's calls"), tr("F3 Text messages"),
                            tr("F4 Dormant and lapsing"), tr("F5 Member classes"),
                            tr("F6 Feedback")};
    for (int i = 0; i < names.size(); ++i)
        m_bar->setTabText(i, names.at(i));
    m_dormantLabel->setText(tr("Dormant: no purchase for at least"));
    m_lapsingLabel->setText(tr("Cards lapsing within"));
    m_dormantDays->setSuffix(tr(" days"));
    m_lapsingDays->setSuffix(tr(" days"));
    m_counterFilter->setPlaceholderText(tr("Counter, Enter"));
    const QSignalBlocker a(m_classFilter), b(m_tierFilter), c(m_visitFilter);
    const int cls = std::max(0, m_classFilter->currentIndex());
    const int tier = std::max(0, m_tierFilter->currentIndex());
    const int visit = std::max(0, m_visitFilter->currentIndex());
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes"), QString());
    for (const char* code : {"A", "B", "C"})
        m_classFilter->addItem(tr("Class %1").arg(QLatin1String(code)), QString::fromLatin1(code));
    m_tierFilter->clear();
    m_tierFilter->addItem(tr("Gold and diamond"), QString());
    m_tierFilter->addItem(tierName(Tier::Gold), tierCode(Tier::Gold));
    m_tierFilter->addItem(tierName(Tier::Diamond), tierCode(Tier::Diamond));
    m_visitFilter->clear();
    m_visitFilter->addItem(tr("Any last visit"), 0);
    m_visitFilter->addItem(tr("Seen in the last 30 days"), 30);
    m_visitFilter->addItem(tr("Seen in the last 90 days"), 90);
    m_visitFilter->addItem(tr("Not seen for 90 days"), -90);
    m_visitFilter->addItem(tr("Not seen for 180 days"), -180);
    m_classFilter->setCurrentIndex(cls);
    m_tierFilter->setCurrentIndex(tier);
    m_visitFilter->setCurrentIndex(visit);
    refresh();
}

void CustomerCarePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Workspace::changeEvent(event);
}

void CustomerCarePage::start(const StaffMember& staff)
{
    m_staff = staff;
    const CareSettings settings =
        CareSettings::read(m_till.services.store, m_till.services.clock.today());
    {
        const QSignalBlocker a(m_dormantDays), b(m_lapsingDays);
        m_dormantDays->setValue(settings.dormantDays);
        m_lapsingDays->setValue(settings.lapsingWithinDays);
    }
    m_season = latestFeedbackSeason(m_till.services.clock.today());
    showNotice(QString(), QStringLiteral("info"));
    m_sections->setCurrentIndex(Calls);
    m_bar->setCurrentIndex(Calls);
}

void CustomerCarePage::activate()
{
    showSection(section());
}

CustomerCarePage::Section CustomerCarePage::section() const
{
    return static_cast<Section>(m_sections->currentIndex());
}

void CustomerCarePage::showSection(Section s)
{
    if (s != section())
        showNotice(QString(), QStringLiteral("info"));
    m_sections->setCurrentIndex(s);
    m_bar->setCurrentIndex(s);
    refresh();
    if (QTableView* table = currentTable())
        table->setFocus();
    else if (s == Feedback)
        m_feedback->setFocus();
}

void CustomerCarePage::refresh()
{
    if (!m_staff)
        return;
    m_heading->setText(
        tr("Customer care · %1")
            .arg(m_till.services.clock.today().toString(QStringLiteral("yyyy-MM-dd"))));
    switch (section()) {
    case Calls:
        refreshCalls();
        m_keys->setText(tr("↑↓ choose · Enter: make the call · F11: member file · F7: find a "
                           "member · F1: all keys"));
        break;
    case Messages:
        refreshMessages();
        m_keys->setText(tr("↑↓ choose · F9: export for the SMS gateway · Enter/F11: member file "
                           "· F1: all keys"));
        break;
    case Lists:
        refreshLists();
        m_keys->setText(tr("Tab: the other list or the days · Enter/F11: member file (F8 there "
                           "revives a lapsed card) · F1: all keys"));
        break;
    case Classes:
        refreshClasses();
        m_keys->setText(tr("Tab: filters · Enter/F11: member file · F9: classify again now · "
                           "F1: all keys"));
        break;
    case Feedback:
        refreshFeedback();
        m_keys->setText(tr("PgUp/PgDn: the season before / after · ↑↓ scroll · F1: all keys"));
        break;
    }
}

QString CustomerCarePage::messageText() const
{
    return m_message->text();
}

QString CustomerCarePage::messageTone() const
{
    return m_message->property("tone").toString();
}

void CustomerCarePage::showNotice(const QString& text, const QString& tone)
{
    showToned(m_message, text, tone);
}

QString CustomerCarePage::feedbackText() const
{
    return m_feedback->toPlainText();
}

void CustomerCarePage::refreshCalls()
{
    const Result<QList<CallView>> calls =
        FollowUpService(m_till.services).callsFor(m_till.services.clock.today());
    if (!calls) {
        showNotice(calls.error().message(), QStringLiteral("error"));
        return;
    }
    const int keep = m_callTable->currentIndex().row();
    m_calls.setCalls(calls.value());
    int made = 0;
    int mine = 0;
    int firstOpen = -1;
    for (int i = 0; i < calls->size(); ++i) {
        const CallView& v = calls->at(i);
        if (v.call.outcome)
            ++made;
        else if (firstOpen < 0)
            firstOpen = i;
        if (m_staff && v.call.assignedTo == m_staff->id)
            ++mine;
    }
    m_callSummary->setText(
        calls->isEmpty()
            ? tr("No calls are due today.")
            : tr("%1 calls today · %2 made · %3 for you").arg(calls->size()).arg(made).arg(mine));
    const int row = keep >= 0 && keep < calls->size() ? keep : std::max(firstOpen, 0);
    if (!calls->isEmpty())
        m_callTable->setCurrentIndex(m_calls.index(row, 0));
    showChosenScript();
}

void CustomerCarePage::showChosenScript()
{
    const int row = m_callTable->currentIndex().row();
    if (row < 0 || row >= m_calls.calls().size()) {
        m_callScript->clear();
        return;
    }
    m_callScript->setText(FollowUpService::script(
        m_calls.calls().at(row),
        CareSettings::read(m_till.services.store, m_till.services.clock.today()).smsSignature));
}

void CustomerCarePage::refreshMessages()
{
    const Result<DayMessages> day =
        GreetingService(m_till.services).messagesFor(m_till.services.clock.today());
    if (!day) {
        showNotice(day.error().message(), QStringLiteral("error"));
        return;
    }
    m_messages.setMessages(day->messages, day->memberNames);
    QStringList occasions;
    int waiting = 0;
    for (const OutboxMessage& m : day->messages) {
        const QString name = occasionName(m.occasion);
        if (!occasions.contains(name))
            occasions << name;
        if (m.status == OutboxStatus::Pending)
            ++waiting;
    }
    m_messageSummary->setText(
        day->messages.isEmpty()
            ? tr("No text messages today: no festival, birthday or points reminder is due.")
            : tr("%1 text messages today (%2) · %3 waiting for the SMS gateway")
                  .arg(day->messages.size())
                  .arg(occasions.join(QStringLiteral("、")))
                  .arg(waiting));
    chooseFirstRow(m_messageTable);
}

void CustomerCarePage::refreshLists()
{
    DormancyService care(m_till.services);
    const Result<QList<MemberVisit>> dormant = care.dormant(m_dormantDays->value());
    const Result<QList<LapsingCard>> lapsing = care.lapsing(m_lapsingDays->value());
    if (!dormant || !lapsing) {
        showNotice((dormant ? lapsing.error() : dormant.error()).message(),
                   QStringLiteral("error"));
        return;
    }
    QList<MemberRow> rows;
    for (const MemberVisit& v : dormant.value())
        rows << rowOf(v);
    m_dormant.setRows(rows);
    rows.clear();
    for (const LapsingCard& c : lapsing.value())
        rows << rowOf(c);
    m_lapsing.setRows(rows);
    chooseFirstRow(m_dormantTable);
    chooseFirstRow(m_lapsingTable);
}

void CustomerCarePage::refreshClasses()
{
    ClassQuery query;
    query.memberClass = memberClassFromCode(m_classFilter->currentData().toString());
    query.tier = tierFromCode(m_tierFilter->currentData().toString());
    query.counter = m_counterFilter->text();
    const int days = m_visitFilter->currentData().toInt();
    const QDate today = m_till.services.clock.today();
    if (days > 0)
        query.visitedFrom = today.addDays(-days);
    else if (days < 0)
        query.visitedTo = today.addDays(days);
    const Result<QList<MemberClassRecord>> found =
        MemberClassService(m_till.services).members(query);
    if (!found) {
        showNotice(found.error().message(), QStringLiteral("error"));
        m_classes.setRows({});
        return;
    }
    QList<MemberRow> rows;
    QDate computed;
    for (const MemberClassRecord& r : found.value()) {
        rows << rowOf(r);
        computed = std::max(computed, r.computedOn);
    }
    m_classes.setRows(rows);
    m_classSummary->setText(
        rows.isEmpty() ? tr("No member matches (F9 classifies the members now).")
                       : tr("%1 members · classes as of %2 · A: seen lately, often, spending "
                            "much; C: the rest")
                             .arg(rows.size())
                             .arg(formatDate(computed)));
    chooseFirstRow(m_classTable);
}

void CustomerCarePage::refreshFeedback()
{
    const Result<FeedbackReport> report = FollowUpService(m_till.services).feedback(m_season);
    if (!report) {
        showNotice(report.error().message(), QStringLiteral("error"));
        return;
    }
    const FeedbackReport& r = report.value();
    const QDate month(r.season.year, r.season.reportMonth, 1);
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(tr("Feedback report of %1 (calls due %2 to %3)")
                                .arg(month.toString(QStringLiteral("yyyy-MM")),
                                     formatDate(r.season.from), formatDate(r.season.to))
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 calls planned, %2 made, %3 members reached. Average satisfaction "
                        "%4 of 5.")
                         .arg(r.planned)
                         .arg(r.made)
                         .arg(r.reached)
                         .arg(r.averageSatisfaction)
                         .toHtmlEscaped());
    QStringList counts;
    for (int i = 0; i < 5; ++i)
        counts << tr("%1: %2").arg(i + 1).arg(r.satisfactionCounts.at(static_cast<std::size_t>(i)));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Satisfaction given: %1")
                         .arg(counts.join(QStringLiteral(" · ")))
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='6' border='1' cellspacing='0'><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Call"), tr("Planned"), tr("Made"), tr("Reached"), tr("Satisfaction"));
    for (const FeedbackByKind& k : r.byKind)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                               "<td align='right'>%4</td><td align='right'>%5</td></tr>")
                    .arg(callKindName(k.kind).toHtmlEscaped())
                    .arg(k.planned)
                    .arg(k.made)
                    .arg(k.reached)
                    .arg(k.averageSatisfaction);
    html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Suggestions").toHtmlEscaped());
    if (r.suggestions.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("None this season.").toHtmlEscaped());
    else {
        html += QStringLiteral("<ul>");
        for (const Suggestion& sg : r.suggestions)
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 · %2 · %3 · %4: %5")
                                 .arg(formatDate(sg.day), sg.memberName, callKindName(sg.kind),
                                      sg.satisfaction ? tr("%1/5").arg(*sg.satisfaction)
                                                      : tr("no rating"),
                                      sg.text)
                                 .toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_feedback->setHtml(html);
}

QTableView* CustomerCarePage::currentTable() const
{
    switch (section()) {
    case Calls:
        return m_callTable;
    case Messages:
        return m_messageTable;
    case Lists:
        return m_lapsingTable->hasFocus() ? m_lapsingTable : m_dormantTable;
    case Classes:
        return m_classTable;
    case Feedback:
        return nullptr;
    }
    return nullptr;
}

std::optional<Id> CustomerCarePage::chosenMember() const
{
    QTableView* table = currentTable();
    if (!table || !table->currentIndex().isValid())
        return std::nullopt;
    const int row = table->currentIndex().row();
    if (table == m_callTable)
        return m_calls.calls().value(row).member.id;
    if (table == m_messageTable)
        return m_messages.messages().value(row).memberId;
    const CareMemberModel& model = table == m_dormantTable   ? m_dormant
                                   : table == m_lapsingTable ? m_lapsing
                                                             : m_classes;
    return model.rows().value(row).memberId;
}

void CustomerCarePage::actOnChosenRow()
{
    if (section() == Calls) {
        openCall(m_callTable->currentIndex().row());
        return;
    }
    openChosenFile();
}

void CustomerCarePage::openChosenFile()
{
    const std::optional<Id> member = chosenMember();
    if (!member || *member == 0) {
        showNotice(tr("Choose a member in the list first (↑↓)."), QStringLiteral("info"));
        return;
    }
    openFile(*member);
}

void CustomerCarePage::openFile(Id memberId)
{
    if (!m_staff)
        return;
    QTableView* back = currentTable();
    const Result<MemberFileDialog*> dialog =
        MemberFileDialog::openFor(m_till.services, *m_staff, memberId, this);
    if (!dialog) {
        showNotice(dialog.error().message(), QStringLiteral("error"));
        return;
    }
    connect(dialog.value(), &QDialog::finished, this, [this, back] {
        refresh();
        if (back)
            back->setFocus();
    });
}

void CustomerCarePage::openCall(int row)
{
    if (!m_staff || row < 0 || row >= m_calls.calls().size())
        return;
    auto* dialog = new CallDialog(
        m_till.services, *m_staff, m_calls.calls().at(row),
        CareSettings::read(m_till.services.store, m_till.services.clock.today()).smsSignature,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CallDialog::logged, this, [this](const FollowUpCall& call) {
        showNotice(tr("Call logged: %1.").arg(CallListModel::outcomeText(call)),
                   QStringLiteral("good"));
    });
    connect(dialog, &QDialog::finished, this, [this] {
        refreshCalls();
        m_callTable->setFocus();
    });
    dialog->open();
}

void CustomerCarePage::sectionAction()
{
    switch (section()) {
    case Messages:
        exportMessages();
        break;
    case Classes:
        classifyNow();
        break;
    case Calls:
    case Lists:
    case Feedback:
        refresh();
        break;
    }
}

void CustomerCarePage::exportMessages()
{
    const QDate today = m_till.services.clock.today();
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sms");
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export for the SMS gateway"));
    dialog->setLabelText(tr("The CSV file the SMS gateway collects:"));
    dialog->setTextValue(QDir(folder).filePath(
        QStringLiteral("sms-%1.csv").arg(today.toString(QStringLiteral("yyyy-MM-dd")))));
    dialog->resize(760, dialog->height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, today](const QString& path) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        CsvOutboxFile file(path.trimmed());
        const Result<OutboxExport> done =
            GreetingService(m_till.services).exportOutbox(today, file);
        if (!done)
            showNotice(done.error().message(), QStringLiteral("error"));
        else if (done->exported == 0)
            showNotice(tr("Nothing was waiting to go (%1 withdrawn).").arg(done->withdrawn),
                       QStringLiteral("info"));
        else
            showNotice(tr("%1 messages written to %2 for the SMS gateway; %3 withdrawn "
                          "(opted out).")
                           .arg(done->exported)
                           .arg(path)
                           .arg(done->withdrawn),
                       QStringLiteral("good"));
        refreshMessages();
    });
    connect(dialog, &QDialog::finished, this, [this] { m_messageTable->setFocus(); });
    dialog->open();
}

void CustomerCarePage::classifyNow()
{
    const Result<ClassCounts> counts = MemberClassService(m_till.services).classify();
    if (!counts) {
        showNotice(counts.error().message(), QStringLiteral("error"));
        return;
    }
    showNotice(
        tr("Members classified: A %1 · B %2 · C %3.").arg(counts->a).arg(counts->b).arg(counts->c),
        QStringLiteral("good"));
    refreshClasses();
}

void CustomerCarePage::stepSeason(int direction)
{
    m_season = direction < 0 ? previousFeedbackSeason(m_season) : nextFeedbackSeason(m_season);
    refreshFeedback();
}

void CustomerCarePage::findMember()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Find a member"));
    dialog->setLabelText(tr("Card number, mobile, ID number or the start of the name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const Result<QList<MemberView>> found = MemberService(m_till.services).find(text);
        if (!found) {
            showNotice(found.error().message(), QStringLiteral("error"));
            return;
        }
        if (found->isEmpty()) {
            showNotice(tr("No member found for %1.").arg(text), QStringLiteral("error"));
            return;
        }
        if (found->size() == 1) {
            openFile(found->first().member.id);
            return;
        }
        auto* choose = new QDialog(this);
        choose->setAttribute(Qt::WA_DeleteOnClose);
        choose->setWindowTitle(tr("Which member?"));
        auto* list = new QListWidget(choose);
        for (const MemberView& v : found.value()) {
            auto* item = new QListWidgetItem(tr("%1 · %2 · %3")
                                                 .arg(v.member.name, tierName(v.member.tier),
                                                      formatDate(v.member.joinedAt.date())),
                                             list);
            item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qint64>(v.member.id)));
        }
        list->setCurrentRow(0);
        auto* layout = new QVBoxLayout(choose);
        layout->addWidget(list);
        connect(list, &QListWidget::itemActivated, choose, [this, choose](QListWidgetItem* item) {
            const Id id = item->data(Qt::UserRole).toLongLong();
            choose->accept();
            openFile(id);
        });
        choose->open();
        list->setFocus();
    });
    dialog->open();
}

void CustomerCarePage::presentCard(const PresentedCard& card)
{
    // A card swiped at the desk opens its member's file, whatever the
    // card's state: a lapsed card is what the desk revives.
    const Result<QList<MemberView>> found = MemberService(m_till.services).find(card.number);
    if (!found || found->isEmpty()) {
        showNotice(found ? Error::unknownCard(card.number).message() : found.error().message(),
                   QStringLiteral("error"));
        return;
    }
    openFile(found->first().member.id);
}

void CustomerCarePage::showHelp()
{
    auto* help = new QDialog(this);
    help->setAttribute(Qt::WA_DeleteOnClose);
    help->setWindowTitle(tr("Keys of customer care"));
    auto* grid = new QGridLayout(help);
    const QList<std::pair<QString, QString>> keys{
        {QStringLiteral("F2"), tr("Today's follow-up calls; Enter makes the chosen call")},
        {QStringLiteral("F3"), tr("Today's text messages; F9 exports them for the SMS gateway")},
        {QStringLiteral("F4"), tr("Dormant members and cards lapsing soon")},
        {QStringLiteral("F5"), tr("Member classes A/B/C with filters; F9 classifies now")},
        {QStringLiteral("F6"), tr("The season's feedback report; PgUp/PgDn other seasons")},
        {QStringLiteral("F7"), tr("Find a member and open the file (or swipe the card)")},
        {QStringLiteral("F11"), tr("Open the file of the member on the chosen row")},
        {QStringLiteral("Enter"), tr("Act on the chosen row: the call, or the member's file")},
        {QStringLiteral("F10"), tr("In a call or a file: save")},
        {QStringLiteral("F8"), tr("In a file: revive a lapsed card (points are kept)")},
        {QStringLiteral("Esc"), tr("Close / back")},
        {QStringLiteral("Ctrl+Q"), tr("Log out")},
    };
    int row = 0;
    for (const auto& [k, what] : keys) {
        auto* label = new QLabel(k, help);
        label->setProperty("role", QStringLiteral("key"));
        grid->addWidget(label, row, 0);
        grid->addWidget(new QLabel(what, help), row, 1);
        ++row;
    }
    grid->addWidget(new QLabel(tr("Esc closes this help."), help), row, 0, 1, 2);
    help->open();
}

bool CustomerCarePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_feedback && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown) {
            stepSeason(key->key() == Qt::Key_PageUp ? -1 : 1);
            return true;
        }
    }
    return Workspace::eventFilter(watched, event);
}

} // namespace viptill
