#include "CustomerCare.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace viptill {

namespace {

class CareText
{
    Q_DECLARE_TR_FUNCTIONS(CareText)
public:
    static QString channel(ContactChannel c)
    {
        switch (c) {
        case ContactChannel::Phone:
            return tr("Phone");
        case ContactChannel::Sms:
            return tr("Text message");
        case ContactChannel::WeChat:
            return tr("WeChat");
        case ContactChannel::Email:
            return tr("E-mail");
        }
        return {};
    }
    static QString response(PromotionResponse r)
    {
        switch (r) {
        case PromotionResponse::Unknown:
            return tr("Not known yet");
        case PromotionResponse::Keen:
            return tr("Keen on promotions");
        case PromotionResponse::Neutral:
            return tr("Sometimes");
        case PromotionResponse::Uninterested:
            return tr("Not interested");
        }
        return {};
    }
    static QString window(CallWindow w)
    {
        switch (w) {
        case CallWindow::Daytime:
            return tr("Daytime 10:00-17:00");
        case CallWindow::Noon:
            return tr("Office worker, lunch 12:30-13:00");
        case CallWindow::Evening:
            return tr("Office worker, evening 19:30-20:30");
        }
        return {};
    }
    static QString kind(CallKind k)
    {
        switch (k) {
        case CallKind::ProductUse:
            return tr("Product use");
        case CallKind::Birthday:
            return tr("Birthday");
        case CallKind::AfterSales:
            return tr("After-sales");
        case CallKind::PointsReminder:
            return tr("Points reminder");
        case CallKind::Dormant:
            return tr("Dormant member");
        }
        return {};
    }
    static QString outcome(CallOutcome o)
    {
        switch (o) {
        case CallOutcome::Reached:
            return tr("Reached");
        case CallOutcome::NoAnswer:
            return tr("No answer");
        case CallOutcome::WrongNumber:
            return tr("Wrong number");
        case CallOutcome::Declined:
            return tr("Did not want to talk");
        }
        return {};
    }
};

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<Enum, N>& all, QString (*code)(Enum),
                             const QString& text)
{
    for (Enum e : all) {
        if (code(e) == text)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<ContactChannel, 4> allChannels{ContactChannel::Phone, ContactChannel::Sms,
                                                    ContactChannel::WeChat, ContactChannel::Email};
constexpr std::array<PromotionResponse, 4> allResponses{
    PromotionResponse::Unknown, PromotionResponse::Keen, PromotionResponse::Neutral,
    PromotionResponse::Uninterested};
constexpr std::array<CallWindow, 3> allWindows{CallWindow::Daytime, CallWindow::Noon,
                                               CallWindow::Evening};
constexpr std::array<MemberClass, 3> allClasses{MemberClass::A, MemberClass::B, MemberClass::C};

} // namespace

QString contactChannelCode(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Phone:
        return QStringLiteral("phone");
    case ContactChannel::Sms:
        return QStringLiteral("sms");
    case ContactChannel::WeChat:
        return QStringLiteral("wechat");
    case ContactChannel::Email:
        return QStringLiteral("email");
    }
    return {};
}

std::optional<ContactChannel> contactChannelFromCode(const QString& code)
{
    return fromCode(allChannels, &contactChannelCode, code);
}

QString contactChannelName(ContactChannel channel)
{
    return CareText::channel(channel);
}

QString promotionResponseCode(PromotionResponse response)
{
    switch (response) {
    case PromotionResponse::Unknown:
        return QStringLiteral("unknown");
    case PromotionResponse::Keen:
        return QStringLiteral("keen");
    case PromotionResponse::Neutral:
        return QStringLiteral("neutral");
    case PromotionResponse::Uninterested:
        return QStringLiteral("uninterested");
    }
    return {};
}

std::optional<PromotionResponse> promotionResponseFromCode(const QString& code)
{
    return fromCode(allResponses, &promotionResponseCode, code);
}

QString promotionResponseName(PromotionResponse response)
{
    return CareText::response(response);
}

QString callWindowCode(CallWindow window)
{
    switch (window) {
    case CallWindow::Daytime:
        return QStringLiteral("daytime");
    case CallWindow::Noon:
        return QStringLiteral("noon");
    case CallWindow::Evening:
        return QStringLiteral("evening");
    }
    return {};
}

std::optional<CallWindow> callWindowFromCode(const QString& code)
{
    return fromCode(allWindows, &callWindowCode, code);
}

QString callWindowName(CallWindow window)
{
    return CareText::window(window);
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;.]{2,}$"));
    return email.isEmpty() || (email.size() <= 100 && shape.match(email).hasMatch());
}

bool isDormant(QDate lastVisit, QDate today, int days)
{
    return lastVisit.isValid() && lastVisit.daysTo(today) >= days;
}

QDate lapseAnchor(QDate lastVisit, std::optional<QDate> lastRevival)
{
    if (lastRevival && lastRevival->isValid() && *lastRevival > lastVisit)
        return *lastRevival;
    return lastVisit;
}

QDate lapsesOn(QDate anchor, int lapseDays)
{
    return anchor.addDays(lapseDays);
}

bool hasLapsed(QDate anchor, QDate today, int lapseDays)
{
    return anchor.isValid() && today >= lapsesOn(anchor, lapseDays);
}

QString memberClassCode(MemberClass c)
{
    switch (c) {
    case MemberClass::A:
        return QStringLiteral("A");
    case MemberClass::B:
        return QStringLiteral("B");
    case MemberClass::C:
        return QStringLiteral("C");
    }
    return {};
}

std::optional<MemberClass> memberClassFromCode(const QString& code)
{
    return fromCode(allClasses, &memberClassCode, code.toUpper());
}

MemberClass classify(const RfmFigures& f, const RfmThresholds& t)
{
    if (f.daysSinceVisit <= t.aRecencyDays && f.visits >= t.aVisits && f.spend >= t.aSpend)
        return MemberClass::A;
    if (f.daysSinceVisit <= t.bRecencyDays && (f.visits >= t.bVisits || f.spend >= t.bSpend))
        return MemberClass::B;
    return MemberClass::C;
}

QString callKindCode(CallKind kind)
{
    switch (kind) {
    case CallKind::ProductUse:
        return QStringLiteral("product_use");
    case CallKind::Birthday:
        return QStringLiteral("birthday");
    case CallKind::AfterSales:
        return QStringLiteral("after_sales");
    case CallKind::PointsReminder:
        return QStringLiteral("points_reminder");
    case CallKind::Dormant:
        return QStringLiteral("dormant");
    }
    return {};
}

std::optional<CallKind> callKindFromCode(const QString& code)
{
    return fromCode(allCallKinds, &callKindCode, code);
}

QString callKindName(CallKind kind)
{
    return CareText::kind(kind);
}

int callUrgency(CallKind kind)
{
    switch (kind) {
    case CallKind::Birthday:
        return 0;
    case CallKind::AfterSales:
        return 1;
    case CallKind::ProductUse:
        return 2;
    case CallKind::PointsReminder:
        return 3;
    case CallKind::Dormant:
        return 4;
    }
    return 5;
}

QString TimeWindow::text() const
{
    return from.toString(QStringLiteral("HH:mm")) + u'-' + to.toString(QStringLiteral("HH:mm"));
}

TimeWindow preferredWindow(CallWindow preference)
{
    switch (preference) {
    case CallWindow::Noon:
        return {QTime(12, 30), QTime(13, 0)};
    case CallWindow::Evening:
        return {QTime(19, 30), QTime(20, 30)};
    case CallWindow::Daytime:
        break;
    }
    return {QTime(10, 0), QTime(17, 0)};
}

TimeWindow callWindowFor(CallKind kind, CallWindow preference)
{
    if (kind == CallKind::Birthday)
        return {QTime(9, 0), QTime(11, 0)};
    return preferredWindow(preference);
}

QString callOutcomeCode(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Reached:
        return QStringLiteral("reached");
    case CallOutcome::NoAnswer:
        return QStringLiteral("no_answer");
    case CallOutcome::WrongNumber:
        return QStringLiteral("wrong_number");
    case CallOutcome::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<CallOutcome> callOutcomeFromCode(const QString& code)
{
    return fromCode(allCallOutcomes, &callOutcomeCode, code);
}

QString callOutcomeName(CallOutcome outcome)
{
    return CareText::outcome(outcome);
}

int callsAllowedBefore(CallKind kind, const CallHistory& history, int maxPerYear)
{
    const int birthdayRoom = history.birthdayCallAhead ? 1 : 0;
    switch (kind) {
    case CallKind::Birthday:
        return maxPerYear;
    case CallKind::AfterSales:
        return maxPerYear - birthdayRoom;
    case CallKind::ProductUse:
    case CallKind::PointsReminder:
    case CallKind::Dormant:
        break;
    }
    return maxPerYear - birthdayRoom - 1; // and room for one after-sales call
}

QList<CallCandidate> chooseCalls(const QList<CallCandidate>& candidates,
                                 const QHash<Id, CallHistory>& history, int maxPerYear)
{
    QHash<Id, CallCandidate> best;
    for (const CallCandidate& c : candidates) {
        const CallHistory h = history.value(c.memberId);
        if (h.callPlannedToday || h.callsThisYear >= callsAllowedBefore(c.kind, h, maxPerYear))
            continue;
        const auto it = best.constFind(c.memberId);
        if (it == best.cend() || callUrgency(c.kind) < callUrgency(it->kind))
            best.insert(c.memberId, c);
    }
    QList<CallCandidate> chosen = best.values();
    std::sort(chosen.begin(), chosen.end(), [](const CallCandidate& a, const CallCandidate& b) {
        return a.memberId < b.memberId;
    });
    return chosen;
}

QString FeedbackSeason::code() const
{
    return QStringLiteral("%1-%2").arg(year).arg(reportMonth, 2, 10, QLatin1Char('0'));
}

std::optional<FeedbackSeason> feedbackSeason(int year, int reportMonth)
{
    if (year < 2000 || year > 2999)
        return std::nullopt;
    FeedbackSeason s;
    s.year = year;
    s.reportMonth = reportMonth;
    switch (reportMonth) {
    case 3:
        s.from = QDate(year - 1, 12, 1);
        break;
    case 5:
        s.from = QDate(year, 3, 1);
        break;
    case 9:
        s.from = QDate(year, 5, 1);
        break;
    case 12:
        s.from = QDate(year, 9, 1);
        break;
    default:
        return std::nullopt;
    }
    s.to = QDate(year, reportMonth, 1).addDays(-1);
    return s;
}

std::optional<FeedbackSeason> parseFeedbackSeason(const QString& code)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = shape.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return feedbackSeason(m.captured(1).toInt(), m.captured(2).toInt());
}

FeedbackSeason latestFeedbackSeason(QDate day)
{
    int month = 0;
    for (int m : {3, 5, 9, 12}) {
        if (m <= day.month())
            month = m;
    }
    if (month == 0)
        return *feedbackSeason(day.year() - 1, 12);
    return *feedbackSeason(day.year(), month);
}

FeedbackSeason previousFeedbackSeason(const FeedbackSeason& season)
{
    return latestFeedbackSeason(QDate(season.year, season.reportMonth, 1).addDays(-1));
}

FeedbackSeason nextFeedbackSeason(const FeedbackSeason& season)
{
    for (int m : {3, 5, 9, 12}) {
        if (m > season.reportMonth)
            return *feedbackSeason(season.year, m);
    }
    return *feedbackSeason(season.year + 1, 3);
}

} // namespace viptill
