#pragma once

#include "CareModels.h"
#include "TillContext.h"
#include "Workspace.h"
#include "core/CustomerCare.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QTabBar;
class QTableView;
class QTextBrowser;

namespace viptill {

// 客户维护: the back office that keeps members. F2 today's calls, F3 the
// day's text messages, F4 dormant members and lapsing cards, F5 member
// classes, F6 the season's feedback; F7 finds a member and opens the file.
// Each list is a view of a customer-care service; Enter acts on its row.
class CustomerCarePage : public Workspace
{
    Q_OBJECT
public:
    enum Section
    {
        Calls,
        Messages,
        Lists,
        Classes,
        Feedback
    };

    explicit CustomerCarePage(TillContext& till, QWidget* parent = nullptr);
    ~CustomerCarePage() override;

    Area area() const override { return Area::CustomerCare; }
    QString title() const override;
    void start(const StaffMember& staff) override;
    void activate() override;
    void presentCard(const viptill::PresentedCard& card) override;
    void showNotice(const QString& text, const QString& tone) override;

    Section section() const;
    void showSection(Section section);
    QString messageText() const;
    QString messageTone() const;
    const CallListModel& calls() const { return m_calls; }
    const OutboxModel& messages() const { return m_messages; }
    const CareMemberModel& dormant() const { return m_dormant; }
    const CareMemberModel& lapsing() const { return m_lapsing; }
    const CareMemberModel& classes() const { return m_classes; }
    QString feedbackText() const;
    FeedbackSeason feedbackSeason() const { return m_season; }

    // The keys (F1 shows them all).
    void showHelp();
    void findMember();
    void openChosenFile();
    void actOnChosenRow();
    void sectionAction();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildCalls();
    QWidget* buildMessages();
    QWidget* buildLists();
    QWidget* buildClasses();
    QWidget* buildFeedback();
    void retranslate();
    void refresh();
    void refreshCalls();
    void refreshMessages();
    void refreshLists();
    void refreshClasses();
    void refreshFeedback();
    void showChosenScript();
    void openCall(int row);
    void openFile(Id memberId);
    void exportMessages();
    void classifyNow();
    void stepSeason(int direction);
    QTableView* currentTable() const;
    std::optional<Id> chosenMember() const;

    TillContext& m_till;
    std::optional<StaffMember> m_staff;
    QLabel* m_heading;
    QTabBar* m_bar;
    QStackedWidget* m_sections;
    QLabel* m_message;
    QLabel* m_keys;
    // Calls
    QLabel* m_callSummary = nullptr;
    QTableView* m_callTable = nullptr;
    QLabel* m_callScript = nullptr;
    CallListModel m_calls;
    // Messages
    QLabel* m_messageSummary = nullptr;
    QTableView* m_messageTable = nullptr;
    OutboxModel m_messages;
    // Dormant and lapsing
    QLabel* m_dormantLabel = nullptr;
    QLabel* m_lapsingLabel = nullptr;
    QSpinBox* m_dormantDays = nullptr;
    QSpinBox* m_lapsingDays = nullptr;
    QTableView* m_dormantTable = nullptr;
    QTableView* m_lapsingTable = nullptr;
    CareMemberModel m_dormant;
    CareMemberModel m_lapsing;
    // Classes
    QComboBox* m_classFilter = nullptr;
    QComboBox* m_tierFilter = nullptr;
    QLineEdit* m_counterFilter = nullptr;
    QComboBox* m_visitFilter = nullptr;
    QLabel* m_classSummary = nullptr;
    QTableView* m_classTable = nullptr;
    CareMemberModel m_classes;
    // Feedback
    QTextBrowser* m_feedback = nullptr;
    FeedbackSeason m_season;
};

} // namespace viptill
